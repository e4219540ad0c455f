// Work done in steps (issue 12: the task pane never blocked for long): a generator whose every
// `yield` is a point where its runner may pause, to give way to the browser or look for a cancel.
// The task pane runs steps giving way (src/excel/give-way.ts), the in-memory Excel's syncs too
// (src/sim/sync-steps.ts); the command line and tests run the same work straight through.

/**
 * Work done in steps, ending with a `T`. Each step yields how much it has done since the last (rows
 * or children, the work's own count, which the pane shows as progress; 0 where it counts none).
 */
export type Steps<T> = Generator<number, T, void>;

/** Runs the steps to their end, with no pause: the synchronous entry points. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
