// The findings sheet, described once as a plan and rendered by the command line
// (src/xlsx/mark-findings.ts) and the add-in (src/excel/findings-sheet.ts): the reference date and
// a summary on row 1, headings on row 3, then one row per group of alike findings (finding-groups.ts),
// linked to the group's first cell. A return in a council's own spellings has hundreds of
// thousands of findings in a few dozen groups: a row and a link per cell would pass Excel's limit
// on links long before the last row (issue 20).
import type { Form } from "./catalogue";
import { listOf } from "./catalogue";
import { formatUkDate } from "./dates";
import { groupCells, groupFindings, type FindingGroup } from "./finding-groups";
import { FINDINGS_CELL_COLUMN, FINDINGS_HEADINGS, FINDINGS_SHEET, type Finding } from "./findings";
import { cellAddress } from "./grid";
import { REFERENCE_DATE_LABEL } from "./reference-date";
import type { ColumnPlan, SheetPlan, TableCell } from "./sheet-plan";
import { countOf, thousands } from "./text";
import { TEXT_FORMAT, UK_DATE_FORMAT } from "./workbook-conventions";

/** Row (one-based) of the findings sheet's headings. */
export const FINDINGS_HEADER_ROW = 3;
// The first column also holds the reference date's label.
const WIDTHS = [16, 22, 30, 26, 10, 36, 60, 24, 9, 36];
const WRAPPED = new Set<string>(["What is wrong and how to fix it", "Suggested fix", "Which cells"]);
/** The count of cells is a number, so the rows sort and filter by it; the rest is text. */
const COUNT_HEADING = "Cells";
const COUNT_FORMAT = "#,##0";

/**
 * Links Excel keeps on one sheet (65,530: Microsoft's limit on hyperlinks in a worksheet, as
 * XlsxWriter and Syncfusion give it). A sheet of more groups links only its first rows and says so.
 */
export const FINDINGS_LINK_LIMIT = 65_530;
/**
 * Cells a group's row names before "… and 48,092 more": enough to find the first few; the links,
 * the marks and `check --json` give every one. Twenty addresses of at most ten characters keep
 * the cell far inside Excel's 32,767 characters.
 */
export const CELLS_LISTED = 20;

/** Where the findings sheet says what it lists: the counts, or why it lists nothing. */
export const FINDINGS_SUMMARY_CELL = "D1";

/** "235,112 findings (1,203 errors, 233,909 warnings) in 14 groups". */
function counts(findings: readonly Finding[], groups: number): string {
  if (findings.length === 0) return "No findings";
  const errors = findings.filter((item) => item.severity === "error").length;
  const kinds = `${countOf(errors, "error")}, ${countOf(findings.length - errors, "warning")}`;
  return `${countOf(findings.length, "finding")} (${kinds}) in ${countOf(groups, "group")}`;
}

export function findingsSummary(
  findings: readonly Finding[],
  referenceSerial: number,
  groups: readonly FindingGroup[] = groupFindings(findings),
): string {
  const checked = `checked ${formatUkDate(referenceSerial)}`;
  const summary =
    findings.length === 0 ? `No findings, ${checked}` : `${counts(findings, groups.length)}, one row each; ${checked}`;
  if (groups.length <= FINDINGS_LINK_LIMIT) return summary;
  return `${summary}. Only the first ${thousands(FINDINGS_LINK_LIMIT)} rows link to their cell: Excel keeps no more links on a sheet.`;
}

/** After Clear marks: the sheet lists nothing, and says so rather than keep the old counts. */
export const FINDINGS_CLEARED =
  "Marks cleared: no findings are listed. The next edit to a list, or a check, marks and lists every finding again.";

/** Too many groups to rewrite on each edit: the pane's counts, and where the full list is. */
export function findingsNotListedText(findings: readonly Finding[], groups: number): string {
  return `Now ${counts(findings, groups)}, as the task pane shows them. The rows below are from the last full check: check all lists to list every finding here.`;
}

/** A group's cells as its row names them: the first CELLS_LISTED, then how many more. */
export function cellsListed(group: FindingGroup): string {
  const shown = groupCells(group, CELLS_LISTED).join(", ");
  const more = group.count - Math.min(group.count, CELLS_LISTED);
  return more > 0 ? `${shown} … and ${thousands(more)} more` : shown;
}

/** One group as the cells of its row on the findings sheet, in FINDINGS_HEADINGS order. */
export function groupRow(form: Form, group: FindingGroup): TableCell[] {
  return [
    group.severity,
    group.code,
    listOf(form, group.list).title,
    group.sheet ?? "",
    cellAddress(group.rows[0], group.column),
    group.heading,
    group.message,
    group.fix?.display ?? "",
    group.count,
    cellsListed(group),
  ];
}

/**
 * The findings sheet: one row per group, errors first and the largest first (groupFindings), each
 * linked to its first cell up to FINDINGS_LINK_LIMIT. `groups` are the findings' own, given where
 * the caller has grouped them already (the command line's report, with the cells' values).
 */
export function findingsSheetPlan(
  form: Form,
  findings: readonly Finding[],
  referenceSerial: number,
  groups: readonly FindingGroup[] = groupFindings(findings),
): SheetPlan {
  const columns: ColumnPlan[] = FINDINGS_HEADINGS.map((heading, index) => ({
    heading,
    width: WIDTHS[index],
    // Text as text: a heading or value read from a sheet ("0123", "=x") stays as it was.
    numberFormat: heading === COUNT_HEADING ? COUNT_FORMAT : TEXT_FORMAT,
    ...(WRAPPED.has(heading) ? { wrap: true } : {}),
  }));
  const linked = groups.slice(0, FINDINGS_LINK_LIMIT);
  return {
    name: FINDINGS_SHEET,
    role: "findings",
    cells: [
      { address: "A1", value: REFERENCE_DATE_LABEL, bold: true },
      { address: "B1", value: referenceSerial, numberFormat: UK_DATE_FORMAT },
      { address: FINDINGS_SUMMARY_CELL, value: findingsSummary(findings, referenceSerial, groups) },
    ],
    table: {
      name: "AnnexAFindings",
      plainRange: true,
      origin: { row: FINDINGS_HEADER_ROW - 1, column: 0 },
      columns,
      rows: groups.map((group) => groupRow(form, group)),
      links: {
        column: FINDINGS_CELL_COLUMN,
        targets: linked.map((group) => ({
          sheet: group.sheet ?? "",
          address: cellAddress(group.rows[0], group.column),
        })),
      },
    },
    freezeRows: FINDINGS_HEADER_ROW,
    conditionalFormats: [],
  };
}
