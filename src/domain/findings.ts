// What the engine reports: plain data that every adapter (ExcelJS, Office.js, the task pane, the
// command line) turns into marks, notes, lists or JSON without deciding anything itself.
import type { ListId } from "./catalogue";

export type Severity = "error" | "warning";

/** A value the user can ask to have written in place of theirs, when its meaning is certain. */
export interface Fix {
  /** What would be written: text, or a number (a date serial for dates). */
  readonly value: string | number;
  /** How the fix reads to a person: "Y", "08/04/2019", "(blank)". */
  readonly display: string;
}

export interface Finding {
  readonly list: ListId;
  /** The sheet the list was read from, where known. */
  readonly sheet?: string;
  /** Zero-based row and column in the sheet's grid. */
  readonly row: number;
  readonly column: number;
  /** The catalogue heading of the column (or the sheet's own text for an unknown column). */
  readonly heading: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly fix?: Fix;
  /** The child the row is about, when the row has a readable child unique ID. */
  readonly childId?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.row - b.row || a.column - b.column || a.code.localeCompare(b.code);
}
