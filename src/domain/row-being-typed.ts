// A row being typed (issue 21 point 6): a person typing a new child's row, cell by cell, is not told
// that every cell they have not reached yet is required. While the selected cell stays on a new
// row, the findings that say a value is missing from one of its blank cells are held back from the
// marks and the pane; every other finding on the row (a date typed wrongly) shows at once. Leaving
// the row shows them. A full check holds nothing back, and the pane says what is held (typingNote).
import type { WorkbookResult } from "./engine";
import type { Finding } from "./findings";
import { isBlank, isBlankRow, type CellValue } from "./grid";
import { plural } from "./text";

/** A sheet's row (zero-based) that a person is typing. */
export interface RowBeingTyped {
  readonly sheet: string;
  readonly row: number;
}

/** Excel's selected cell or range: its sheet, first row (zero-based) and how many rows it spans. */
export interface SelectedRows {
  readonly sheet: string;
  readonly row: number;
  readonly rowCount: number;
}

/** The rules that say a value is missing: each reports a blank cell, and only a blank cell. */
export const HELD_WHILE_TYPING: readonly string[] = ["REQUIRED-BLANK", "BIRTH-DATE-MISSING", "AGE-BLANK"];

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether the selected cell is on the row (one row selected, that one). */
export function selectedOnRow(selected: SelectedRows | undefined, row: RowBeingTyped): boolean {
  return !!selected && selected.rowCount === 1 && selected.row === row.row && sameSheet(selected.sheet, row.sheet);
}

/**
 * The row being typed after one edit. Typing is one cell at a time with the cell selected, into a
 * row that was wholly blank before it (a new row), or into the row already being typed. A block
 * (a paste, even of one row) or an edit elsewhere is not typing: everything is checked.
 */
export function rowTypedAfter(
  current: RowBeingTyped | undefined,
  edit: { readonly sheet: string; readonly row: number; readonly oneCell: boolean },
  /** The edited row's values before the edit. */
  before: readonly CellValue[] | undefined,
  selected: SelectedRows | undefined,
): RowBeingTyped | undefined {
  const row = { sheet: edit.sheet, row: edit.row };
  if (!edit.oneCell || !selectedOnRow(selected, row)) return undefined;
  if (current && current.row === row.row && sameSheet(current.sheet, row.sheet)) return current;
  return isBlankRow(before) ? row : undefined;
}

/** Whether a finding is held back while `typed` is being typed: a missing value in one of its blank cells. */
export function heldWhileTyping(
  item: Finding,
  typed: RowBeingTyped,
  /** The typed row's values now. */
  values: readonly CellValue[],
): boolean {
  return (
    item.row === typed.row &&
    !!item.sheet &&
    sameSheet(item.sheet, typed.sheet) &&
    HELD_WHILE_TYPING.includes(item.code) &&
    isBlank(values[item.column])
  );
}

/** A result as the pane and marks show it while `typed` is typed, and the findings held back. */
export function holdBackTyping(
  result: WorkbookResult,
  typed: RowBeingTyped | undefined,
  values: readonly CellValue[],
): { readonly shown: WorkbookResult; readonly held: readonly Finding[] } {
  if (!typed) return { shown: result, held: [] };
  const held = result.findings.filter((item) => heldWhileTyping(item, typed, values));
  if (held.length === 0) return { shown: result, held };
  const keep = (item: Finding) => !held.includes(item);
  return {
    shown: {
      ...result,
      lists: result.lists.map((list) => ({ ...list, findings: list.findings.filter(keep) })),
      findings: result.findings.filter(keep),
    },
    held,
  };
}

/** What the pane says beside the counts while findings are held back; nothing when none are. */
export function typingNote(typed: RowBeingTyped | undefined, held: readonly Finding[]): string | undefined {
  if (!typed || held.length === 0) return undefined;
  return `Row ${typed.row + 1} of ‘${typed.sheet}’ is being typed: its blank cells will be checked when you leave it (${plural(held.length, "finding")} held back until then).`;
}
