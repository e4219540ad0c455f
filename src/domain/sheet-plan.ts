// What a generated sheet holds, described once as data: cells, a table (or headed rows with a
// filter), column widths and formats, drop-downs, conditional formats, links. Each plan (the
// template's sheets, the Selection sheet, the findings sheet) is made in the domain; the ExcelJS
// writer (src/xlsx/render-sheet.ts) and the Office.js writers render it and decide nothing it does
// not say. How things look is in workbook-conventions.ts.
import type { CellValue } from "./grid";
import type { Style } from "./workbook-conventions";

export interface CellPlan {
  readonly address: string;
  readonly value: CellValue;
  /** When given, written as a formula; `value` is its result at the time of writing. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  readonly name?: string;
  readonly note?: string;
}

/** An in-cell drop-down over a column's first `rows` data rows, warning (not refusing) other values. */
export interface DropDownPlan {
  /** A workbook name of a range, or a quoted list such as "\"Y\"" (as data validation formula1). */
  readonly source: string;
  /** The code list's id, for a reader of the plan. */
  readonly codeList?: string;
  readonly rows: number;
  readonly errorTitle: string;
  readonly error: string;
}

export interface ColumnPlan {
  readonly heading: string;
  /** In characters of the default font. */
  readonly width: number;
  readonly numberFormat?: string;
  /** Long text: wrapped in the column's cells. */
  readonly wrap?: boolean;
  readonly dropDown?: DropDownPlan;
  readonly note?: string;
}

export type TableCell = CellValue | { readonly formula: string; readonly value: CellValue };

export interface LinkPlan {
  readonly sheet: string;
  readonly address: string;
}

export interface TablePlan {
  readonly name: string;
  /** Headings with a filter over plain rows, not an Excel table (the findings sheet, rewritten whole on each check). */
  readonly plainRange?: boolean;
  /** Top-left cell of the heading row, zero-based. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly columns: readonly ColumnPlan[];
  readonly rows: readonly (readonly TableCell[])[];
  /**
   * Cells that link to a cell elsewhere in the workbook: the text is the row's value in `column`.
   * The first `targets.length` rows link; any rows after them hold their value as plain text
   * (Excel keeps a limited number of links on a sheet).
   */
  readonly links?: { readonly column: number; readonly targets: readonly LinkPlan[] };
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** Relative to the first row of `range`, as Excel expects. */
  readonly formula: string;
  readonly style: Style;
  readonly description: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly role: "inspection" | "list" | "checklist" | "codes" | "selection" | "findings";
  readonly cells: readonly CellPlan[];
  readonly table?: TablePlan;
  /** Columns outside the table (zero-based) and their widths in characters. */
  readonly columnWidths?: readonly { readonly column: number; readonly width: number }[];
  /** Rows frozen at the top; also the rows repeated on every printed page. */
  readonly freezeRows: number;
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Shown as the note on the first heading: what the list should contain. */
  readonly scopeNote?: string;
}

/** Widths that show a heading in at most two lines, and long text wrapped. */
export function headingWidth(heading: string, minimum = 12, maximum = 40): number {
  return Math.min(Math.max(Math.ceil(heading.length / 2) + 2, minimum), maximum);
}
