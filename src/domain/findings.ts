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

/**
 * The sheet every adapter writes the findings to, one row per group of alike findings
 * (finding-groups.ts) with a link to its first cell.
 */
export const FINDINGS_SHEET = "Annex A findings";
/** The add-in's hidden sheet of marks for a list is named with this prefix and the list's id. */
export const MARKS_SHEET_PREFIX = "AnnexA_Marks_";
/** The findings sheet's headings, in order; its rows are made in findings-plan.ts (groupRow). */
export const FINDINGS_HEADINGS = [
  "Severity",
  "Code",
  "List",
  "Sheet",
  "First cell",
  "Column",
  "What is wrong and how to fix it",
  "Suggested fix",
  "Cells",
  "Which cells",
] as const;
/** Where the first cell is: each adapter makes it a link to the cell in its own way. */
export const FINDINGS_CELL_COLUMN = FINDINGS_HEADINGS.indexOf("First cell");
