// The findings sheet's plan: one row per group of alike findings (finding-groups.ts), its first
// cell linked, and never more links than Excel keeps on a sheet.
import { groupFindings } from "../../src/domain/finding-groups";
import { FINDINGS_CELL_COLUMN, FINDINGS_HEADINGS, type Finding } from "../../src/domain/findings";
import {
  CELLS_LISTED,
  cellsListed,
  FINDINGS_LINK_LIMIT,
  FINDINGS_SUMMARY_CELL,
  findingsNotListedText,
  findingsSheetPlan,
} from "../../src/domain/findings-plan";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import type { SheetPlan } from "../../src/domain/sheet-plan";
import { REFERENCE } from "../support/grids";

const ALIAS = "‘Male’ means ‘a) Male’; the return uses the coded form from the drop-down. Use the fix to write it.";
const REQUIRED = "This is blank, but every child needs a value here.";
const column = (heading: (typeof FINDINGS_HEADINGS)[number]) => FINDINGS_HEADINGS.indexOf(heading);

function alias(row: number): Finding {
  return {
    list: "childrenInNeed",
    sheet: "Children in need",
    row,
    column: 1,
    heading: "Gender",
    severity: "warning",
    code: "CODE-ALIAS",
    message: ALIAS,
    fix: { value: "a) Male", display: "a) Male" },
  };
}

const required = (row: number): Finding => ({
  ...alias(row),
  column: 3,
  heading: "Date of birth",
  severity: "error",
  code: "REQUIRED-BLANK",
  message: REQUIRED,
  fix: undefined,
});

const summaryOf = (plan: SheetPlan) => plan.cells.find((cell) => cell.address === FINDINGS_SUMMARY_CELL)?.value;

describe("the findings sheet's plan", () => {
  it("has one row per group, errors first, with the count, the first cell linked and the cells named", () => {
    const findings = [...Array.from({ length: 25 }, (_, index) => alias(index + 1)), required(4), required(9)];
    const plan = findingsSheetPlan(JTAI_NEGLECT_2017, findings, REFERENCE);
    const table = plan.table!;
    expect(table.columns.map((item) => item.heading)).toEqual([...FINDINGS_HEADINGS]);
    expect(table.rows).toEqual([
      [
        "error",
        "REQUIRED-BLANK",
        "Children in need",
        "Children in need",
        "D5",
        "Date of birth",
        REQUIRED,
        "",
        2,
        "D5, D10",
      ],
      [
        "warning",
        "CODE-ALIAS",
        "Children in need",
        "Children in need",
        "B2",
        "Gender",
        ALIAS,
        "a) Male",
        25,
        `${Array.from({ length: 20 }, (_, index) => `B${index + 2}`).join(", ")} … and 5 more`,
      ],
    ]);
    expect(table.links).toEqual({
      column: FINDINGS_CELL_COLUMN,
      targets: [
        { sheet: "Children in need", address: "D5" },
        { sheet: "Children in need", address: "B2" },
      ],
    });
    expect(FINDINGS_CELL_COLUMN).toBe(column("First cell"));
    // The count is a number, so the rows sort by it; the rest is text as it was read.
    expect(table.columns[column("Cells")].numberFormat).toBe("#,##0");
    expect(table.columns[column("Which cells")].numberFormat).toBe("@");
  });

  it("counts findings, not groups, in its summary, and says how many groups", () => {
    const findings = [alias(1), alias(2), alias(3), required(4)];
    const plan = findingsSheetPlan(JTAI_NEGLECT_2017, findings, REFERENCE);
    expect(summaryOf(plan)).toBe("4 findings (1 error, 3 warnings) in 2 groups, one row each; checked 24/11/2026");
    expect(summaryOf(findingsSheetPlan(JTAI_NEGLECT_2017, [], REFERENCE))).toBe("No findings, checked 24/11/2026");
    expect(findingsNotListedText(findings, 2)).toMatch(/^Now 4 findings \(1 error, 3 warnings\) in 2 groups, as/);
  });

  it("takes the caller's groups, so a group with a fix is also one value", () => {
    const findings = [alias(1), alias(2), alias(3)];
    const values = ["Male", "male", "Male"];
    const groups = groupFindings(findings, (item) => values[item.row - 1]);
    const plan = findingsSheetPlan(JTAI_NEGLECT_2017, findings, REFERENCE, groups);
    expect(plan.table!.rows.map((row) => [row[column("Cells")], row[column("Which cells")]])).toEqual([
      [2, "B2, B4"],
      [1, "B3"],
    ]);
  });

  it("names at most 20 cells of a group, far inside Excel's 32,767 characters a cell", () => {
    const far = Array.from({ length: 30_000 }, (_, index): Finding => ({
      ...alias(1_048_575 - index),
      column: 16_383,
    }));
    const [group] = groupFindings(far);
    const text = cellsListed(group);
    expect(text.split(", ")).toHaveLength(CELLS_LISTED);
    expect(text).toMatch(/^XFD1048576, XFD1048575, .* … and 29,980 more$/);
    expect(text.length).toBeLessThan(32_767);
    expect(cellsListed(groupFindings([alias(1)])[0])).toBe("B2");
  });

  it("links no more than Excel keeps on a sheet, and says so: 70,000 groups", () => {
    // Each finding its own fix: 70,000 groups of one (a message alone would make one group: MESSAGES_PER_GROUP).
    const findings = Array.from({ length: 70_000 }, (_, index) => ({
      ...alias(index + 1),
      message: `${ALIAS} ${index}`,
      fix: { value: `a) Male ${index}`, display: `a) Male ${index}` },
    }));
    const plan = findingsSheetPlan(JTAI_NEGLECT_2017, findings, REFERENCE);
    expect(plan.table!.rows).toHaveLength(70_000);
    expect(plan.table!.links!.targets).toHaveLength(FINDINGS_LINK_LIMIT);
    expect(FINDINGS_LINK_LIMIT).toBe(65_530);
    // The first rows are linked, each to its own first cell.
    expect(plan.table!.links!.targets[0]).toEqual({ sheet: "Children in need", address: "B2" });
    expect(plan.table!.links!.targets.at(-1)).toEqual({ sheet: "Children in need", address: "B65531" });
    expect(summaryOf(plan)).toBe(
      "70,000 findings (0 errors, 70,000 warnings) in 70,000 groups, one row each; checked 24/11/2026. " +
        "Only the first 65,530 rows link to their cell: Excel keeps no more links on a sheet.",
    );
  });

  it("links every group when they are within the limit", () => {
    const findings = Array.from({ length: FINDINGS_LINK_LIMIT }, (_, index) => ({
      ...alias(index + 1),
      message: `${ALIAS} ${index}`,
    }));
    const plan = findingsSheetPlan(JTAI_NEGLECT_2017, findings, REFERENCE);
    expect(plan.table!.links!.targets).toHaveLength(plan.table!.rows.length);
    expect(summaryOf(plan)).not.toMatch(/link/);
  });
});
