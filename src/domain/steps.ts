// Work done in steps: a generator yielding how many rows (or children) it has done since its last
// step, so the task pane can give way between steps (issue 12: never blocking for long), while the
// command line and tests run the same work straight through.

/** Runs stepwise work to its end, with no pause: the synchronous entry points. */
export function runToEnd<T>(steps: Generator<number, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
