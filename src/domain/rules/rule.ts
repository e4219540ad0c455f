// The shapes of a rule. Each rule lives in its own file, named after its code: metadata first
// (code, severity, a one-line summary for `annex-a rules`, stage, the columns it reads), its own
// examples, then the check. The registry (index.ts) finds every rule file through all.ts, which
// scripts/make-rule-index.ts writes. See README.md here.
import type { ColumnKey, ColumnSpec, Form, ListId, ListSpec } from "../catalogue";
import type { Fix, Severity } from "../findings";
import type { CellBlock, CellValue } from "../grid";
import type { HeaderAnalysis } from "../headers";
import type { Examples } from "./examples";

/** The order rules run in: stage by stage, as a row flows through the engine. */
export const STAGES = ["header", "cell", "row", "list", "workbook"] as const;
export type Stage = (typeof STAGES)[number];

export interface RuleMeta {
  readonly code: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly stage: Stage;
  /** Workbooks the rule must fire on and stay silent on; rules.test.ts runs them. */
  readonly examples: Examples;
}

/** A rule that reads some columns of a row (or of a list's rows) by key. */
interface ReadsColumns {
  /**
   * The columns the check reads; every problem it reports is in one of them. A rule that reads
   * every column of a kind (every date) names them from the form it checks.
   */
  readonly columns: readonly ColumnKey[] | ((form: Form) => readonly ColumnKey[]);
}

/** The columns a rule reads in a form. */
export function ruleColumns(rule: ReadsColumns, form: Form): readonly ColumnKey[] {
  return typeof rule.columns === "function" ? rule.columns(form) : rule.columns;
}

export interface Problem {
  readonly message: string;
  readonly fix?: Fix;
}

/**
 * What a cell or row rule may add to a problem whose fix follows from other cells of the row. (A
 * rule across rows or lists judges its sources itself: CASE-STATUS reads whether a closure date
 * was recognised.)
 */
export interface FixFrom {
  /**
   * The other cells of the row, by key, the fix follows from (an age from the date of birth). The
   * engine offers the fix only while none of them has a finding of its own on the row: a fix worked
   * out from a cell that is wrong, or doubted, would be wrong once that cell is put right.
   */
  readonly fixFrom?: readonly ColumnKey[];
}

/** A problem on one row, in the column with this key. */
export interface RowProblem extends Problem {
  readonly column: ColumnKey;
}

export interface ListContext {
  readonly form: Form;
  /** The other forms known: a heading or code of one of them is named as theirs. */
  readonly otherForms: readonly Form[];
  readonly list: ListSpec;
  readonly referenceSerial: number;
  /** Keys of the columns the sheet has. */
  readonly present: ReadonlySet<ColumnKey>;
}

/**
 * One data row: its cells as the sheet has them (never changed; a column's by `rawCell`) and what
 * each means once recognised (undefined when not certain).
 */
export interface TypedRow {
  readonly rowIndex: number;
  /** The sheet row's cells, every column, as read: the grid's own array, which nothing changes in place. */
  readonly cells: readonly CellValue[];
  /** Where each of the list's columns the sheet has is in `cells`, by key: one object per list, its rows share it. */
  readonly columnAt: Readonly<Partial<Record<ColumnKey, number>>>;
  readonly value: Readonly<Partial<Record<ColumnKey, unknown>>>;
}

/** A row's cell in the column with this key, as the sheet has it; undefined where the sheet lacks the column. */
export function rawCell(row: TypedRow, key: ColumnKey): CellValue | undefined {
  const at = row.columnAt[key];
  return at === undefined ? undefined : row.cells[at];
}

/**
 * Runs on a cell the row schema rejected: explains why, and offers a fix when certain. It reads
 * that one cell; `appliesTo` says in which columns. The first rule (lowest `order`) with something
 * to say speaks for the cell, so a specific rule has a lower order than a general one.
 */
export interface CellRule extends RuleMeta {
  readonly stage: "cell";
  readonly order: number;
  appliesTo(column: ColumnSpec): boolean;
  check(raw: CellValue, column: ColumnSpec, context: ListContext): (Problem & FixFrom) | undefined;
}

/** Runs on every data row's typed values: cross-column consistency. */
export interface RowRule extends RuleMeta, ReadsColumns {
  readonly stage: "row";
  check(row: TypedRow, context: ListContext): (RowProblem & FixFrom) | readonly (RowProblem & FixFrom)[] | undefined;
}

/** A problem on one row of a list: in a column of the catalogue, or at a sheet column outside it. */
export type ListProblem = (RowProblem | SheetColumnProblem) & { readonly rowIndex: number };

/** A problem at a sheet column, whether or not the catalogue has a column there (a merged block). */
export interface SheetColumnProblem extends Problem {
  readonly columnIndex: number;
}

export interface ListRuleContext extends ListContext {
  /** Wholly blank rows between data rows. */
  readonly blankRows: readonly number[];
  readonly merged: readonly CellBlock[];
  readonly headerRow: number;
  /** The last row with data. */
  readonly lastRow: number;
}

/** Runs once over a list's rows: duplicates, limits, gaps. */
export interface ListRule extends RuleMeta, ReadsColumns {
  readonly stage: "list";
  check(rows: readonly TypedRow[], context: ListRuleContext): readonly ListProblem[];
}

export interface ListData {
  readonly list: ListSpec;
  readonly rows: readonly TypedRow[];
}

export interface WorkbookProblem extends RowProblem {
  readonly rowIndex: number;
  readonly list: ListId;
}

/** What a workbook holds beside its lists that a rule between lists may read. */
export interface WorkbookSheets {
  /**
   * The lead inspector's choices on the Selection sheet, by child ID; undefined when the workbook
   * has no Selection sheet (nobody has chosen yet, so no child can be "no longer selected").
   */
  readonly choices?: ReadonlyMap<string, { readonly selected: boolean }>;
}

/** Runs once over every list of a workbook: checks between lists. */
export interface WorkbookRule extends RuleMeta, ReadsColumns {
  readonly stage: "workbook";
  check(
    lists: readonly ListData[],
    referenceSerial: number,
    form: Form,
    sheets: WorkbookSheets,
  ): readonly WorkbookProblem[];
}

/** A problem with a heading: on the heading row (or row 0 when none was found), at a sheet column. */
export interface HeaderProblem extends Problem {
  readonly columnIndex: number;
  /** The heading the finding is filed under: the catalogue's, or the sheet's own for an unknown column. */
  readonly heading: string;
}

/** Runs once on a list's heading row, as `analyseHeader` (headers.ts) matched it to the catalogue. */
export interface HeaderRule extends RuleMeta {
  readonly stage: "header";
  check(analysis: HeaderAnalysis, list: ListSpec, form: Form, otherForms: readonly Form[]): readonly HeaderProblem[];
}

export type Rule = CellRule | RowRule | ListRule | WorkbookRule | HeaderRule;
