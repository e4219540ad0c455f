// The add-in's findings sheet after a live re-check or a fix (refreshFindingsSheet): rewritten
// whole up to LIVE_FINDINGS_ROWS rows, which are groups of findings, not findings; so a return
// with hundreds of thousands of findings in a few groups still has its sheet kept as the pane says.
import type { Finding } from "../../src/domain/findings";
import { FINDINGS_HEADINGS, FINDINGS_SHEET } from "../../src/domain/findings";
import { FINDINGS_HEADER_ROW, FINDINGS_SUMMARY_CELL } from "../../src/domain/findings-plan";
import { parseAddress } from "../../src/domain/grid";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { LIVE_FINDINGS_ROWS, refreshFindingsSheet, writeFindingsSheet } from "../../src/excel/findings-sheet";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE } from "../support/grids";

const summary = parseAddress(FINDINGS_SUMMARY_CELL)!;
const ALIAS = "‘Male’ means ‘a) Male’; the return uses the coded form from the drop-down. Use the fix to write it.";

const alias = (row: number, message = ALIAS): Finding => ({
  list: "childrenInNeed",
  sheet: "Children in need",
  row,
  column: 1,
  heading: "Gender",
  severity: "warning",
  code: "CODE-ALIAS",
  message,
  fix: { value: "a) Male", display: "a) Male" },
});

/** A workbook whose findings sheet lists one finding, then refreshed with `findings`. */
async function refreshed(findings: readonly Finding[]) {
  const { sim, run } = simulatedExcel();
  await run(async (context) => {
    context.workbook.worksheets.add("Children in need");
    await writeFindingsSheet(context, JTAI_NEGLECT_2017, [alias(1, "The last full check's finding.")], REFERENCE);
  });
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
    await context.sync();
    await refreshFindingsSheet(context, sheet, JTAI_NEGLECT_2017, findings, REFERENCE);
  });
  return { grid: sheetGrid(sim, FINDINGS_SHEET), sheet: sim.sheet(FINDINGS_SHEET)! };
}

describe("the findings sheet after a live re-check", () => {
  it("is rewritten when the findings are many but their groups few", async () => {
    const many = Array.from({ length: LIVE_FINDINGS_ROWS + 1_000 }, (_, index) => alias(index + 1));
    const { grid, sheet } = await refreshed(many);
    const rows = grid.slice(FINDINGS_HEADER_ROW);
    expect(rows).toHaveLength(1);
    expect(rows[0][FINDINGS_HEADINGS.indexOf("Cells")]).toBe(LIVE_FINDINGS_ROWS + 1_000);
    expect(sheet.cell(FINDINGS_HEADER_ROW, FINDINGS_HEADINGS.indexOf("First cell"))?.formula).toBe(
      `=HYPERLINK("#'Children in need'!B2","B2")`,
    );
    expect(grid[summary.row][summary.column]).toBe(
      "6,000 findings (0 errors, 6,000 warnings) in 1 group, one row each; checked 24/11/2026",
    );
  });

  it("keeps the last full check's rows and gives the pane's counts when the groups pass the limit", async () => {
    // Each its own fix, so each its own group (a message alone would make one group: MESSAGES_PER_GROUP).
    const many = Array.from({ length: LIVE_FINDINGS_ROWS + 1 }, (_, index) => ({
      ...alias(index + 1, `${ALIAS} ${index}`),
      fix: { value: `a) Male ${index}`, display: `a) Male ${index}` },
    }));
    const { grid } = await refreshed(many);
    const rows = grid.slice(FINDINGS_HEADER_ROW);
    expect(rows).toHaveLength(1);
    expect(rows[0][FINDINGS_HEADINGS.indexOf("What is wrong and how to fix it")]).toBe(
      "The last full check's finding.",
    );
    expect(grid[summary.row][summary.column]).toMatch(
      /^Now 5,001 findings \(0 errors, 5,001 warnings\) in 5,001 groups, as the task pane/,
    );
  });
});
