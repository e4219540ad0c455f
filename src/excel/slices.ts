// Long work in the task pane in slices: the pane's thread also paints and handles clicks, so no
// slice may hold it for long (issue 12: never more than 100 ms at a time). Between slices the work
// gives way to the browser and looks for a cancel.
import { CancelledError } from "./excel-run";

/** Time one slice may take before giving way: well under the 100 ms a user notices. */
export const SLICE_MS = 25;

export const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Lets the browser paint and handle input: a macrotask, as a real Excel sync would be. In a browser,
 * a message the page posts to itself, which runs without the 4 ms wait a chain of timers is held to
 * (HTML, timer nesting level: https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers);
 * elsewhere (Node, in tests) a timer.
 */
export const giveWay = (): Promise<void> =>
  new Promise((resolve) => {
    if (!channel) return void setTimeout(resolve, 0);
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const channel =
  typeof window !== "undefined" && typeof MessageChannel !== "undefined" ? new MessageChannel() : undefined;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/**
 * Runs stepwise work (a generator yielding the rows done since its last step) to its end, giving
 * way at least every SLICE_MS, reporting rows done, and stopping with CancelledError on a cancel.
 */
export async function runInSlices<T>(
  steps: Generator<number, T>,
  options: { signal?: AbortSignal; onRows?: (rows: number) => void; cancelled: string },
): Promise<T> {
  // A cancel heard before the work began (while reading, say) stops it before its first slice.
  if (options.signal?.aborted) throw new CancelledError(options.cancelled);
  let sliceStart = now();
  let rows = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      if (rows > 0) options.onRows?.(rows);
      return next.value;
    }
    rows += next.value;
    if (now() - sliceStart >= SLICE_MS) {
      options.onRows?.(rows);
      rows = 0;
      await giveWay();
      if (options.signal?.aborted) throw new CancelledError(options.cancelled);
      sliceStart = now();
    }
  }
}
