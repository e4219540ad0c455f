// Undo for the add-in's commands. Excel's own: from ExcelApi 1.20, `Excel.run({ mergeUndoGroup:
// true }, ...)` makes every sync of one run a single step of Excel's undo list (Excel.RunOptions;
// "Undo support with the Excel JavaScript API"); before 1.20 each sync is its own step. The pane's
// own, everywhere: "Undo" for the last fix command puts back the values it replaced, but only in
// cells that still hold what the fix wrote, so an edit made since is never overwritten.
import type { Finding } from "../domain/findings";
import type { CellValue } from "../domain/grid";
import type { AddinActions } from "./addin-actions";
import { cellInputFor } from "./cell-input";
import type { AddinContext } from "./excel-api";
import { withUserMessage, type ExcelBatch, type ExcelRun } from "./excel-run";
import { FIXES_PER_REQUEST, type FixReport } from "./fixes";
import { spans } from "./payload";

/** Excel makes one run one undo step from ExcelApi 1.20 (RunOptions.mergeUndoGroup). */
export const UNDO_GROUPING_API = "1.20";

/**
 * Office's Excel.run, with every sync of a batch merged into one undo step. A batch on an existing
 * context (the way an event handler is removed) runs as that context's own run did.
 */
export function officeUndoGroupRun(plain: ExcelRun): ExcelRun {
  const run = <T>(first: AddinContext | ExcelBatch<T>, second?: ExcelBatch<T>): Promise<T> =>
    typeof first === "function" ? Excel.run({ mergeUndoGroup: true }, first) : plain(first, second!);
  return Object.assign(run, plain);
}

export interface UndoSteps {
  /** The run every action uses: grouped into one undo step inside `asOneStep`, plain elsewhere. */
  readonly run: ExcelRun;
  /**
   * Runs a command as one undo step where Excel allows it. Only for commands that are safe to run
   * again: an API without undo support makes Excel refuse the grouped run (UndoNotSupported; the
   * page above lists Worksheet.delete and, on Windows and Mac, Worksheet.visibility), and the
   * command is then run again ungrouped.
   */
  asOneStep<T>(work: () => Promise<T>): Promise<T>;
}

export function undoSteps(plain: ExcelRun, grouped?: ExcelRun): UndoSteps {
  let grouping = 0;
  // Both forms of the call are forwarded, and whatever `plain` carries besides (what it supports).
  const forward = <T>(first: AddinContext | ExcelBatch<T>, second?: ExcelBatch<T>): Promise<T> => {
    const target = grouping > 0 && grouped ? grouped : plain;
    return typeof first === "function" ? target(first) : target(first, second!);
  };
  const run = Object.assign(forward, plain);
  const asOneStep = async <T>(work: () => Promise<T>): Promise<T> => {
    if (!grouped) return work();
    grouping += 1;
    try {
      return await work();
    } catch (error) {
      if (!isUndoNotSupported(error)) throw error;
    } finally {
      grouping -= 1;
    }
    return work();
  };
  return { run, asOneStep };
}

function isUndoNotSupported(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if ((cause as { code?: string }).code === "UndoNotSupported") return true;
  }
  return false;
}

interface CellState {
  readonly value: CellValue;
  readonly format: string;
}

interface CellChange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly before: CellState;
  readonly after: CellState;
}

export interface UndoReport {
  /** Cells put back as they were before the fix. */
  readonly restored: number;
  /** Cells changed since the fix, left as they are. */
  readonly kept: number;
  /** Where the cells put back are, to be checked again (the add-in's own writes are not re-checked as edits). */
  readonly cells: readonly { readonly sheet: string; readonly row: number }[];
}

/** Remembers what the last fix command replaced, and puts it back when asked. */
export class FixUndo {
  private last: readonly CellChange[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly run: ExcelRun) {}

  /** Cells the last fix command changed, which "Undo" would try to put back. */
  get pending(): number {
    return this.last.length;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a fix command, noting each fixable cell's value and format before and after. */
  async track(findings: readonly Finding[], apply: () => Promise<FixReport>): Promise<FixReport> {
    const cells = [
      ...new Map(
        findings
          .filter((item) => item.fix && item.sheet)
          .map((item) => [`${item.sheet}!${item.row},${item.column}`, item]),
      ).values(),
    ].map((item) => ({
      sheet: item.sheet!,
      row: item.row,
      column: item.column,
    }));
    const before = await this.read(cells);
    const report = await apply();
    const after = await this.read(cells);
    this.last = cells
      .map((cell, index) => ({ ...cell, before: before[index], after: after[index] }))
      .filter((change) => change.before.value !== change.after.value || change.before.format !== change.after.format);
    this.notify();
    return report;
  }

  /** Puts back the last fix command's cells that still hold what it wrote; forgets it either way. */
  async undo(): Promise<UndoReport> {
    const changes = this.last;
    const now = await this.read(changes);
    const unchanged = changes.filter(
      (change, index) => now[index].value === change.after.value && now[index].format === change.after.format,
    );
    await withUserMessage("undo the last fixes", () =>
      this.run(async (context) => {
        // In chunks under Excel's request limit, as the fixes were written (fixes.ts).
        for (const span of spans(0, unchanged.length, FIXES_PER_REQUEST)) {
          for (const change of unchanged.slice(span.start, span.start + span.count)) {
            const cell = context.workbook.worksheets
              .getItem(change.sheet)
              .getRangeByIndexes(change.row, change.column, 1, 1);
            // The format first, so a value goes back into the cell as it was read ("@" keeps text).
            if (change.before.format !== change.after.format) cell.numberFormat = [[change.before.format]];
            // Text goes back as text (cell-input.ts), never re-read as a number or a date.
            cell.values = [
              [
                change.before.value === null || change.before.value === undefined
                  ? ""
                  : cellInputFor(change.before.value, change.before.format),
              ],
            ];
          }
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one per chunk
        }
      }),
    );
    this.last = [];
    this.notify();
    return {
      restored: unchanged.length,
      kept: changes.length - unchanged.length,
      cells: unchanged.map(({ sheet, row }) => ({ sheet, row })),
    };
  }

  private read(cells: readonly { sheet: string; row: number; column: number }[]): Promise<CellState[]> {
    if (cells.length === 0) return Promise.resolve([]);
    return withUserMessage("read the cells being fixed", () =>
      this.run(async (context) => {
        const states: CellState[] = [];
        // In chunks, so the response stays under Excel's limit however many cells were fixed.
        for (const span of spans(0, cells.length, FIXES_PER_REQUEST)) {
          const ranges = cells.slice(span.start, span.start + span.count).map((cell) => {
            const range = context.workbook.worksheets
              .getItem(cell.sheet)
              .getRangeByIndexes(cell.row, cell.column, 1, 1);
            range.load("values,numberFormat");
            return range;
          });
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one per chunk
          for (const range of ranges)
            states.push({ value: range.values[0][0] as CellValue, format: String(range.numberFormat[0][0]) });
        }
        return states;
      }),
    );
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * The pane's actions with undo: each fix command remembered for "Undo" and, with creating the
 * templates, made one step of Excel's undo list where ExcelApi 1.20 allows. (Import and the
 * selection sheet are left ungrouped: the selection deletes and re-adds its sheet, which Excel
 * cannot undo, and an import refuses to run twice.)
 */
export function withUndo(actions: AddinActions, steps: UndoSteps, fixUndo: FixUndo): AddinActions {
  return {
    ...actions,
    applyFixes: (findings) => fixUndo.track(findings, () => steps.asOneStep(() => actions.applyFixes(findings))),
    createTemplates: (options) => steps.asOneStep(() => actions.createTemplates(options)),
  };
}
