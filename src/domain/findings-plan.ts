// The findings sheet, described once as a plan and rendered by the command line
// (src/xlsx/mark-findings.ts) and the add-in (src/excel/findings-sheet.ts): the reference date and
// a summary on row 1, headings on row 3, one finding a row, each linked to its cell.
import type { Form } from "./catalogue";
import { formatUkDate } from "./dates";
import { FINDINGS_CELL_COLUMN, FINDINGS_HEADINGS, FINDINGS_SHEET, findingRow, type Finding } from "./findings";
import { cellAddress } from "./grid";
import { REFERENCE_DATE_LABEL } from "./reference-date";
import type { ColumnPlan, SheetPlan } from "./sheet-plan";
import { plural } from "./text";
import { TEXT_FORMAT, UK_DATE_FORMAT } from "./workbook-conventions";

/** Row (one-based) of the findings sheet's headings. */
export const FINDINGS_HEADER_ROW = 3;
// The first column also holds the reference date's label.
const WIDTHS = [16, 22, 30, 26, 8, 36, 60, 24];
const WRAPPED = new Set<string>(["What is wrong and how to fix it", "Suggested fix"]);

/** Where the findings sheet says what it lists: the counts, or why it lists nothing. */
export const FINDINGS_SUMMARY_CELL = "D1";

const counts = (findings: readonly Finding[]) => {
  const errors = findings.filter((item) => item.severity === "error").length;
  return `${plural(errors, "error")}, ${plural(findings.length - errors, "warning")}`;
};

export function findingsSummary(findings: readonly Finding[], referenceSerial: number): string {
  return `${counts(findings)}, checked ${formatUkDate(referenceSerial)}`;
}

/** After Clear marks: the sheet lists nothing, and says so rather than keep the old counts. */
export const FINDINGS_CLEARED =
  "Marks cleared: no findings are listed. The next edit to a list, or a check, marks and lists every finding again.";

/** Too many findings to rewrite on each edit: the pane's counts, and where the full list is. */
export function findingsNotListedText(findings: readonly Finding[]): string {
  return `Now ${counts(findings)}, as the task pane shows them. The rows below are from the last full check: check all lists to list every finding here.`;
}

export function findingsSheetPlan(form: Form, findings: readonly Finding[], referenceSerial: number): SheetPlan {
  const columns: ColumnPlan[] = FINDINGS_HEADINGS.map((heading, index) => ({
    heading,
    width: WIDTHS[index],
    // Text as text: a heading or value read from a sheet ("0123", "=x") stays as it was.
    numberFormat: TEXT_FORMAT,
    ...(WRAPPED.has(heading) ? { wrap: true } : {}),
  }));
  return {
    name: FINDINGS_SHEET,
    role: "findings",
    cells: [
      { address: "A1", value: REFERENCE_DATE_LABEL, bold: true },
      { address: "B1", value: referenceSerial, numberFormat: UK_DATE_FORMAT },
      { address: FINDINGS_SUMMARY_CELL, value: findingsSummary(findings, referenceSerial) },
    ],
    table: {
      name: "AnnexAFindings",
      plainRange: true,
      origin: { row: FINDINGS_HEADER_ROW - 1, column: 0 },
      columns,
      rows: findings.map((item) => findingRow(form, item)),
      links: {
        column: FINDINGS_CELL_COLUMN,
        targets: findings.map((item) => ({ sheet: item.sheet ?? "", address: cellAddress(item.row, item.column) })),
      },
    },
    freezeRows: FINDINGS_HEADER_ROW,
    conditionalFormats: [],
  };
}
