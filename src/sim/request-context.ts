// A request context with Office.js semantics: a queue of commands that only sync runs, in order, as
// one batch; a sync with nothing queued makes no request; a request or response over Excel's limit
// fails. Each sync is counted, with its operations and its request and response bytes (SimStats).
import type { Steps } from "../domain/steps";
import type { AddinWorkbook } from "../excel/excel-api";
import type { SimDocument } from "./document";
import type { ProxyContext } from "./proxy";
import { PAYLOAD_LIMIT_BYTES, SimError } from "./sheet";
import { giveWay, jsonLength, now, Stepwise, SYNC_GIVE_WAY_MS } from "./sync-steps";
import { workbookProxy } from "./workbook-proxy";

interface Command {
  bytes: number;
  run: () => unknown;
  /** Copies loaded values into the proxy once the command has run. */
  deliver?: (result: unknown) => void;
}

/**
 * A request context with the Excel the add-in uses (src/excel/excel-api.ts): each proxy
 * (workbook-proxy.ts and those it leads to) is built to its type there, so a member the add-in
 * starts to use that the simulator lacks, or gives in another shape, does not compile.
 */
export class SimContext implements ProxyContext {
  private queue: Command[] = [];
  readonly workbook: AddinWorkbook;

  constructor(readonly sim: SimDocument) {
    this.workbook = workbookProxy(this);
  }

  enqueue(payload: unknown, run: () => unknown, deliver?: (result: unknown) => void): void {
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length, run, deliver });
  }

  /** Excel's error for a request or response over the limit; Excel on the web may say only GeneralException. */
  private oversized(kind: "Request" | "Response", bytes: number): SimError {
    return this.sim.oversized === "GeneralException"
      ? new SimError("GeneralException", "An internal error has occurred.")
      : new SimError(
          `${kind}PayloadSizeLimitExceeded`,
          `The ${kind.toLowerCase()} payload size (${bytes} bytes) has exceeded the limit.`,
        );
  }

  /** Office.js's signature (ClientRequestContext.sync): the promise resolves to `passThroughValue`. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.send();
    return passThroughValue as T;
  }

  private async send(): Promise<void> {
    // As in Office.js, a sync with nothing queued makes no request.
    if (this.queue.length === 0) return;
    const queue = this.queue;
    this.queue = [];
    const stats = this.sim.stats;
    stats.syncs += 1;
    stats.ops += queue.length;
    const requestBytes = queue.reduce((sum, command) => sum + command.bytes, 0);
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw this.oversized("Request", requestBytes);
    }
    // Applied in steps, giving way to the browser between them (sync-steps.ts), and whole before any other batch,
    // a person's edit or an event sees the workbook (workbook.ts `exclusive`).
    await this.sim.exclusive(async () => {
      let gaveWayAt = now();
      const drive = async <T>(steps: Steps<T>): Promise<T> => {
        for (;;) {
          const step = steps.next();
          if (step.done) return step.value;
          if (now() - gaveWayAt >= SYNC_GIVE_WAY_MS) {
            await giveWay();
            gaveWayAt = now();
          }
        }
      };
      const { results, responseBytes } = await drive(this.apply(queue));
      // What is left (delivering, recalculating) starts after giving way, if half the time is gone.
      if (now() - gaveWayAt >= SYNC_GIVE_WAY_MS / 2) {
        await giveWay();
        gaveWayAt = now();
      }
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      if (responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw this.oversized("Response", responseBytes);
      }
      for (const { command, result } of results) command.deliver!(result);
      await drive(this.sim.recalculation());
      this.sim.notify();
      // Excel raises change events for the add-in's own writes too, after the batch completes.
      this.sim.scheduleDelivery();
    });
  }

  /** Runs the queue's commands in order, a step at a time (a command on a large range in several). */
  private *apply(
    queue: readonly Command[],
  ): Steps<{ results: { command: Command; result: unknown }[]; responseBytes: number }> {
    const results: { command: Command; result: unknown }[] = [];
    let responseBytes = 0;
    for (const command of queue) {
      const ran = command.run();
      const result = ran instanceof Stepwise ? yield* ran.steps : ran;
      if (command.deliver) {
        responseBytes += yield* jsonLength(result ?? null);
        results.push({ command, result });
      }
      yield 0;
    }
    return { results, responseBytes };
  }

  /** Shorthand used by proxies. */
  get sheets() {
    return this.sim;
  }
}
