// The shapes of a rule. Each rule lives in its own file, named after its code: metadata first
// (code, severity, a one-line summary for `annex-a rules`), then the check. See README.md here.
import type { ColumnSpec, ListId, ListSpec } from "../catalogue";
import type { Fix, Severity } from "../findings";
import type { CellBlock, CellValue } from "../grid";

export interface RuleMeta {
  readonly code: string;
  readonly severity: Severity;
  readonly summary: string;
}

export interface Problem {
  readonly message: string;
  readonly fix?: Fix;
}

/** A problem on one row, in the column with this key (or at this sheet column, for one outside the catalogue). */
export interface RowProblem extends Problem {
  readonly column: string;
  readonly columnIndex?: number;
}

export interface ListContext {
  readonly list: ListSpec;
  readonly referenceSerial: number;
  /** Keys of the columns the sheet has. */
  readonly present: ReadonlySet<string>;
}

/** One data row: the raw cells and what each means once recognised (undefined when not certain). */
export interface TypedRow {
  readonly rowIndex: number;
  readonly raw: Readonly<Record<string, CellValue>>;
  readonly value: Readonly<Record<string, unknown>>;
}

/** Runs on a cell the row schema rejected: explains why, and offers a fix when certain. */
export interface CellRule extends RuleMeta {
  readonly stage: "cell";
  appliesTo(column: ColumnSpec): boolean;
  check(raw: CellValue, column: ColumnSpec, context: ListContext): Problem | undefined;
}

/** Runs on every data row's typed values: cross-column consistency. */
export interface RowRule extends RuleMeta {
  readonly stage: "row";
  check(row: TypedRow, context: ListContext): RowProblem | readonly RowProblem[] | undefined;
}

export interface ListProblem extends RowProblem {
  readonly rowIndex: number;
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
export interface ListRule extends RuleMeta {
  readonly stage: "list";
  check(rows: readonly TypedRow[], context: ListRuleContext): readonly ListProblem[];
}

export interface ListData {
  readonly list: ListSpec;
  readonly rows: readonly TypedRow[];
}

export interface WorkbookProblem extends ListProblem {
  readonly list: ListId;
}

/** Runs once over every list of a workbook: checks between lists. */
export interface WorkbookRule extends RuleMeta {
  readonly stage: "workbook";
  check(lists: readonly ListData[], referenceSerial: number): readonly WorkbookProblem[];
}

/** Raised by the heading analysis; the rule supplies the words. */
export interface HeaderRule<Input> extends RuleMeta {
  readonly stage: "header";
  explain(input: Input): Problem;
}

export type Rule = CellRule | RowRule | ListRule | WorkbookRule | HeaderRule<never>;
