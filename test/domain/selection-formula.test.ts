// The Selection sheet's formulas and the pane agree: the formulas the domain gives the sheet,
// recalculated by a real spreadsheet application (LibreOffice Calc), count exactly what isYes
// accepts, for every way an inspector might type Y (or not), and show each child's To check
// warning exactly as childWarning gives it to the pane. The in-memory Excel evaluates them alike.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bothYesCountFormula,
  childWarning,
  isYes,
  toCheckFormula,
  toCheckSummary,
  toCheckSummaryFormula,
  yesCountFormula,
  type MergedChild,
} from "../../src/domain/selection";
import { evaluateSelectionFormula } from "../../src/sim/selection-formulas";
import { convertWithLibreOffice } from "../support/libreoffice";
import { describeWithTools } from "../support/tools";

const TYPED = ["Y", "y", "yes", "Yes ", " YES", "Y ", " y ", "N", "no", "", "yy", "Yes please", "1", "TRUE"];
const JOINT = ["Y", "", "y ", "yes", "N", "Y", "Y", "Y", "", "Y", "Y", "Y", "Y", "Y"];

const child = (id: string, inFocus: boolean, multiAgency: boolean): MergedChild => ({
  childId: id,
  lists: ["childrenInNeed"],
  neglectEvidence: [],
  tenCaseLists: [],
  facts: {},
  multiAgency,
  inFocus,
  conflicts: [],
});
/** Every kind of child the warning tells apart, each with every way of typing the two choices. */
const KINDS: readonly { child: MergedChild; inLists: boolean }[] = [
  { child: child("expected", true, true), inLists: true },
  { child: child("outside the focus", false, true), inLists: true },
  { child: child("one agency", true, false), inLists: true },
  { child: child("neither", false, false), inLists: true },
  { child: child("left", true, true), inLists: false },
];
const CHOICES: readonly [string, string][] = [
  ["Y", ""],
  [" y ", "N"],
  ["Yes", "yes"],
  ["", "Y"],
  ["N", " Yes "],
  ["", ""],
  ["no", ""],
];
const CASES = KINDS.flatMap((kind) => CHOICES.map(([selected, joint]) => ({ ...kind, selected, joint })));
/** The To check sheet's rows: A the selected cell, B the joint evaluation cell, C the warning. */
const toCheckCell = (index: number) => `C${index + 1}`;
const summaryRange = `C1:C${CASES.length}`;
const expectedWarnings = CASES.map(
  ({ child, inLists, selected, joint }) =>
    childWarning({
      child,
      inLists,
      choice: { selected: isYes(selected), jointEvaluation: isYes(joint), notes: "" },
    }) ?? "",
);

function toCheckRows(sheet: ExcelJS.Worksheet): void {
  CASES.forEach(({ child, inLists, selected, joint }, index) => {
    sheet.getCell(`A${index + 1}`).value = selected;
    sheet.getCell(`B${index + 1}`).value = joint;
    sheet.getCell(toCheckCell(index)).value = {
      formula: toCheckFormula(child, inLists, `A${index + 1}`, `B${index + 1}`),
    } as ExcelJS.CellFormulaValue;
  });
  sheet.getCell("E1").value = { formula: toCheckSummaryFormula(summaryRange) } as ExcelJS.CellFormulaValue;
}

it("has a warning for some cases and none for others, so the comparisons below can tell them apart", () => {
  expect(new Set(expectedWarnings).size).toBeGreaterThan(4);
  expect(expectedWarnings.filter((text) => text === "").length).toBeGreaterThan(5);
});

describe("the in-memory Excel's evaluation of the To check formulas", () => {
  it("gives each child's warning and the summary as the pane does", () => {
    const grid = CASES.map(({ selected, joint }) => [selected, joint]);
    const read = (row: number, column: number): string | undefined =>
      column === 2
        ? (evaluateSelectionFormula(
            toCheckFormula(CASES[row].child, CASES[row].inLists, `A${row + 1}`, `B${row + 1}`),
            read,
          ) as string)
        : grid[row]?.[column];
    expect(CASES.map((_, index) => read(index, 2))).toEqual(expectedWarnings);
    expect(evaluateSelectionFormula(toCheckSummaryFormula(summaryRange), read)).toBe(
      toCheckSummary(expectedWarnings.filter(Boolean).length),
    );
  });
});

describeWithTools(["soffice"], "the Selection sheet's formulas in a spreadsheet application", () => {
  let result: ExcelJS.Workbook;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "annex-a-yes-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Selection");
    TYPED.forEach((typed, index) => {
      sheet.getCell(`A${index + 1}`).value = typed;
      sheet.getCell(`B${index + 1}`).value = JOINT[index];
    });
    const range = (column: string) => `${column}1:${column}${TYPED.length}`;
    sheet.getCell("D1").value = { formula: yesCountFormula(range("A")) };
    sheet.getCell("D2").value = { formula: bothYesCountFormula(range("A"), range("B")) };
    toCheckRows(workbook.addWorksheet("To check"));
    const file = join(dir, "yes.xlsx");
    await workbook.xlsx.writeFile(file);
    // One soffice run for both sheets: each start costs about a second.
    const [recalculated] = convertWithLibreOffice([file], join(dir, "out"));
    result = new ExcelJS.Workbook();
    await result.xlsx.readFile(recalculated);
  }, 60_000);

  const value = (sheet: string, address: string) => {
    const cell = result.getWorksheet(sheet)!.getCell(address).value as { result?: unknown } | number | string | null;
    return cell !== null && typeof cell === "object" ? cell.result : cell;
  };

  it("count what isYes counts, one column and both", () => {
    expect(value("Selection", "D1")).toBe(TYPED.filter(isYes).length);
    expect(value("Selection", "D2")).toBe(TYPED.filter((typed, index) => isYes(typed) && isYes(JOINT[index])).length);
    expect(TYPED.filter(isYes)).toEqual(["Y", "y", "yes", "Yes ", " YES", "Y ", " y "]);
  });

  it("show each child's To check warning as the pane gives it, and count them as the pane does", () => {
    // An empty text result comes back from the file as no result at all.
    expect(CASES.map((_, index) => value("To check", toCheckCell(index)) ?? "")).toEqual(expectedWarnings);
    expect(value("To check", "E1")).toBe(toCheckSummary(expectedWarnings.filter(Boolean).length));
  });
});
