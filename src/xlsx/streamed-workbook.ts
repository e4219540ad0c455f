// What reading a workbook file gives the command line: each sheet's grid of plain values, the shapes
// Office.js gives, and the workbook's defined names. The .xlsx reader (stream-grids.ts), the CSV reader
// (csv.ts) and the copy writer (workbook-file.ts) all speak it, so it sits here, importing none of them.
import type { CellBlock, CellValue } from "../domain/grid";

/** Visible, hidden (Unhide shows it) or very hidden (only code shows it): workbook.xml's sheet state. */
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  readonly sheet: string;
  readonly grid: CellValue[][];
  readonly merged?: readonly CellBlock[];
  readonly state?: SheetState;
  /** Hidden or very hidden: what the engine's sheet decisions read (sheets.ts). */
  readonly hidden?: boolean;
  /** Formulas the file holds no result for (a writer that never calculated): read as NO_SAVED_RESULT. */
  readonly formulasWithoutResult?: number;
}

export interface StreamedWorkbook {
  readonly grids: readonly SheetGrid[];
  /** The workbook's defined names: name and ranges such as Inspection!$B$5. */
  readonly definedNames: readonly { readonly name: string; readonly ranges: readonly string[] }[];
}
