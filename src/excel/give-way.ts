// Long work in the task pane, in steps (domain/steps.ts): the pane's thread also paints and handles
// clicks, so the work may not hold it for long (issue 12: never more than 100 ms at a time). Every
// GIVE_WAY_MS, between two steps, it gives way to the browser and looks for a cancel.
import type { Steps } from "../domain/steps";
import { CancelledError } from "./excel-run";

/** Time the work may hold the thread before giving way: well under the 100 ms a user notices. */
export const GIVE_WAY_MS = 25;

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
 * Runs the steps to their end, as runToEnd does (domain/steps.ts), but giving way at least every
 * GIVE_WAY_MS, reporting rows done, and stopping with CancelledError on a cancel.
 */
export async function runGivingWay<T>(
  steps: Steps<T>,
  options: { signal?: AbortSignal; onRows?: (rows: number) => void; cancelled: string },
): Promise<T> {
  // A cancel heard before the work began (while reading, say) stops it before its first step.
  if (options.signal?.aborted) throw new CancelledError(options.cancelled);
  let gaveWayAt = now();
  let rows = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      if (rows > 0) options.onRows?.(rows);
      return next.value;
    }
    rows += next.value;
    if (now() - gaveWayAt >= GIVE_WAY_MS) {
      options.onRows?.(rows);
      rows = 0;
      await giveWay();
      if (options.signal?.aborted) throw new CancelledError(options.cancelled);
      gaveWayAt = now();
    }
  }
}
