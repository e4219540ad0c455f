// How the add-in reaches Excel: `Excel.run` in Office, the in-memory workbook in tests and the
// demo. Every Excel action takes one, so none of them depends on a global. Its batches see the
// Excel the add-in uses (excel-api.ts), which both provide without a cast.
import type { AddinContext } from "./excel-api";

/** A batch of Excel requests, queued on the context and sent by `context.sync()`. */
export type ExcelBatch<T> = (context: AddinContext) => Promise<T>;

export interface ExcelRun {
  <T>(batch: ExcelBatch<T>): Promise<T>;
  /**
   * On an existing context: the only way to remove an event handler, which must be removed through
   * the context that added it (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult).
   */
  <T>(context: AddinContext, batch: ExcelBatch<T>): Promise<T>;
  /** Whether this Excel has an ExcelApi requirement set; absent: only the manifest's minimum (1.8). */
  readonly supports?: (version: string) => boolean;
}

/** Whether `run`'s Excel has ExcelApi `version`. */
export function excelApiSupported(run: ExcelRun, version: string): boolean {
  return run.supports?.(version) ?? false;
}

/**
 * Office's own Excel.run, for the task pane running inside Excel. Its batches take any
 * Excel.RequestContext where an AddinContext is asked for, which excel-api.ts exists to allow.
 */
export function officeExcelRun(): ExcelRun {
  const run = <T>(
    first: AddinContext | ((context: AddinContext) => Promise<T>),
    second?: (context: AddinContext) => Promise<T>,
  ) =>
    typeof first === "function"
      ? Excel.run(first)
      : // The only context the add-in holds is one an Excel.run gave it (kept to remove its handlers).
        Excel.run(first as Excel.RequestContext, second!);
  return Object.assign(run, {
    supports: (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}

/** A failure to show the user: `message` is for them; `cause` keeps Excel's own error. */
export class ExcelActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ExcelActionError";
  }
}

/** Office.js's error codes, in words a data team can act on. */
function explain(action: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "AccessDenied":
      return `Could not ${action}: the sheet or workbook is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`;
    case "InvalidOperationInCellEditMode":
      return `Could not ${action} while a cell is being edited. Press Enter or Esc in the cell, then try again.`;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return `Could not ${action}: Excel refused a request as too large. Try again; if it happens again, check one list at a time.`;
    default:
      return `Could not ${action}: ${(error as Error)?.message ?? String(error)}`;
  }
}

/** Runs an Excel action, turning any Office error into one the task pane can show. */
export async function withUserMessage<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    throw new ExcelActionError(explain(action, error), { cause: error });
  }
}

/** The user cancelled a long action before it changed anything. */
export class CancelledError extends ExcelActionError {
  constructor(message: string) {
    super(message);
    this.name = "CancelledError";
  }
}

/** How a long read reports progress and learns it has been cancelled. */
export interface ReadMonitor {
  readonly signal?: AbortSignal;
  /** Called as rows arrive: rows read so far, of the total to read. */
  readonly onProgress?: (rowsRead: number, rowsTotal: number) => void;
}
