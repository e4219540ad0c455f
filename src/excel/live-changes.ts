// What an edit means for live re-checking: each onChanged event read as a change to a list's rows
// (or to its headings, which needs a full check), and the changes queued meanwhile batched into the
// rows to read per sheet.
//
// Events as Excel raises them (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events):
// a paste arrives without `details`, one edit may raise two events (value and format) or several
// writes one: only the address and the change type are relied on. Whole rows and columns come as
// "5:5" and "C:C" (WorksheetChangedEventArgs.address).
import { parseRangeAddress, SHEET_COLUMNS } from "../domain/grid";
import type { AddinWorksheetChangedEventArgs } from "./excel-api";
import { movedRows, type LiveState } from "./live-state";
import type { OwnWrites } from "./own-writes";
import type { WatchedList } from "./recheck";

/** Past this many rows an edit is read as the whole list (its used rows), not row by row. */
const MANY_ROWS = 100_000;

export type Change =
  /**
   * `toColumn`: one past the last column edited, so a paste into new columns is read whole;
   * `oneCell`: a single cell was edited, as typing edits (row-being-typed.ts).
   */
  | {
      readonly kind: "rows";
      readonly sheet: string;
      readonly rows: readonly number[];
      readonly toColumn?: number;
      readonly oneCell?: boolean;
    }
  | { readonly kind: "allRows"; readonly sheet: string }
  | { readonly kind: "inserted" | "deleted"; readonly sheet: string; readonly at: number; readonly count: number }
  /** The sheet holding the ReferenceDate cell changed: ages and windows may move for every row. */
  | { readonly kind: "reference" }
  /** The selected cell moved: a row being typed may have been left (row-being-typed.ts). */
  | { readonly kind: "selection" };

/** The rows of one sheet to read again; `all`: every used row below the headings. */
export interface PendingRead {
  readonly sheet: string;
  rows: Set<number>;
  all: boolean;
  width: number;
}

/**
 * What one onChanged event on a watched list means: a change to re-check, "headings" (the list's
 * headings or its columns moved, so a full check finds it again), or nothing (the add-in's own
 * write, or an address not understood).
 */
export function changeOf(
  list: WatchedList,
  event: AddinWorksheetChangedEventArgs,
  ownWrites: OwnWrites,
): Change | "headings" | undefined {
  const block = parseRangeAddress(event.address);
  if (!block) return undefined;
  const type = event.changeType as string;
  switch (type) {
    case "RowInserted":
    case "RowDeleted":
      // Rows moving at or above the headings move the list: a full check finds it again.
      if (block.row <= list.headerRow) return "headings";
      return {
        kind: type === "RowInserted" ? "inserted" : "deleted",
        sheet: list.sheet,
        at: block.row,
        count: block.rowCount,
      };
    case "RangeEdited": {
      // The headings changed (a whole column "C:C" includes them): a full check.
      if (block.row <= list.headerRow && block.row + block.rowCount > list.headerRow) return "headings";
      if (ownWrites.isEcho(list.sheet, event.address, event.details)) return undefined;
      const first = Math.max(block.row, list.headerRow + 1);
      const rows = Array.from(
        { length: Math.min(Math.max(0, block.row + block.rowCount - first), MANY_ROWS + 1) },
        (_, offset) => first + offset,
      );
      if (rows.length > MANY_ROWS) return { kind: "allRows", sheet: list.sheet };
      // A whole row ("5:5") is read across the columns known; a block, to its last column.
      return {
        kind: "rows",
        sheet: list.sheet,
        rows,
        ...(block.columnCount < SHEET_COLUMNS ? { toColumn: block.column + block.columnCount } : {}),
        ...(block.rowCount === 1 && block.columnCount === 1 ? { oneCell: true } : {}),
      };
    }
    default:
      // Columns or cells inserted or deleted shift the columns under the headings.
      return "headings";
  }
}

/**
 * Applies queued changes in order: rows inserted or deleted move in `state` at once, and rows
 * already waiting to be read move with them. Returns the rows to read, per sheet.
 */
export function pendingReads(changes: readonly Change[], state: LiveState): Map<string, PendingRead> {
  const reads = new Map<string, PendingRead>();
  const readsOf = (sheet: string) => {
    const key = sheet.toLowerCase();
    let entry = reads.get(key);
    if (!entry) reads.set(key, (entry = { sheet, rows: new Set(), all: false, width: state.width(sheet) }));
    return entry;
  };
  for (const change of changes) {
    if (change.kind === "reference" || change.kind === "selection") continue;
    const entry = readsOf(change.sheet);
    if (change.kind === "rows") {
      for (const row of change.rows) entry.rows.add(row);
      entry.width = Math.max(entry.width, change.toColumn ?? 0);
    } else if (change.kind === "allRows") entry.all = true;
    else {
      entry.rows = movedRows(entry.rows, change);
      if (change.kind === "inserted") state.insertRows(change.sheet, change.at, change.count);
      else state.deleteRows(change.sheet, change.at, change.count);
      // Rows a re-check read may have moved already when it read them: read again (readAgainAfter).
      for (const row of state.readAgainAfter(change.sheet, change.at)) entry.rows.add(row);
    }
  }
  return reads;
}
