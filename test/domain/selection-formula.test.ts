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
  NO_LONGER_IN_LISTS,
  SELECTION_COLUMNS,
  toCheckFormula,
  toCheckSummary,
  toCheckSummaryFormula,
  warningFactsFromSheet,
  yesCountFormula,
  type MergedChild,
} from "../../src/domain/selection";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { convertWithLibreOffice } from "../support/libreoffice";
import { describeWithTools } from "../support/tools";

const TYPED = ["Y", "y", "yes", "Yes ", " YES", "Y ", " y ", "N", "no", "", "yy", "Yes please", "1", "TRUE"];
const JOINT = ["Y", "", "y ", "yes", "N", "Y", "Y", "Y", "", "Y", "Y", "Y", "Y", "Y"];

/**
 * Every kind of child the warning tells apart, as the sheet shows it (In focus, Multi-agency
 * involvement, Still in the lists), some as an inspector might have retyped them; each with every
 * way of typing the two choices.
 */
const KINDS: readonly { inFocus: string; multiAgency: string; inLists: string }[] = [
  { inFocus: "Y", multiAgency: "Y", inLists: "Y" },
  { inFocus: "", multiAgency: "Y", inLists: "Y" },
  { inFocus: "Y", multiAgency: "N", inLists: "Y" },
  { inFocus: "", multiAgency: "N", inLists: "Y" },
  { inFocus: "Y", multiAgency: "", inLists: NO_LONGER_IN_LISTS },
  { inFocus: "", multiAgency: "", inLists: "" },
  { inFocus: "y", multiAgency: " yes", inLists: "Y " },
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
/** The To check sheet's columns, as the Selection sheet's own, and the formula beside them. */
const CELLS = ["selected", "joint", "inFocus", "multiAgency", "inLists"] as const;
const address = (key: (typeof CELLS)[number], index: number) => `${"ABCDE"[CELLS.indexOf(key)]}${index + 1}`;
const formulaOf = (index: number) =>
  toCheckFormula({
    selected: address("selected", index),
    jointEvaluation: address("joint", index),
    inFocus: address("inFocus", index),
    multiAgency: address("multiAgency", index),
    inLists: address("inLists", index),
  });
const toCheckCell = (index: number) => `F${index + 1}`;
const summaryRange = `F1:F${CASES.length}`;
/** What the pane says, from the same cells read as warningFactsFromSheet reads them. */
const expectedWarnings = CASES.map((kind) => {
  const header = SELECTION_COLUMNS.map((column) => column.heading);
  const at = (key: string) => SELECTION_COLUMNS.findIndex((column) => column.key === key);
  const row = header.map((_, index) =>
    index === at("childId")
      ? "K1"
      : index === at("inFocus")
        ? kind.inFocus
        : index === at("multiAgency")
          ? kind.multiAgency
          : index === at("inLists")
            ? kind.inLists
            : "",
  );
  const child = { childId: "K1", inFocus: false, multiAgency: false } as MergedChild;
  const choice = { selected: isYes(kind.selected), jointEvaluation: isYes(kind.joint), notes: "" };
  return childWarning({ child, choice, inLists: false }, warningFactsFromSheet([header, row]).get("K1")) ?? "";
});

function toCheckRows(sheet: ExcelJS.Worksheet): void {
  CASES.forEach((kind, index) => {
    for (const key of CELLS) sheet.getCell(address(key, index)).value = kind[key];
    sheet.getCell(toCheckCell(index)).value = { formula: formulaOf(index) } as ExcelJS.CellFormulaValue;
  });
  sheet.getCell("H1").value = { formula: toCheckSummaryFormula(summaryRange) } as ExcelJS.CellFormulaValue;
}

it("has a warning for some cases and none for others, so the comparisons below can tell them apart", () => {
  expect(new Set(expectedWarnings).size).toBeGreaterThan(4);
  expect(expectedWarnings.filter((text) => text === "").length).toBeGreaterThan(5);
});

describe("the in-memory Excel's evaluation of the To check formulas", () => {
  it("gives each child's warning and the summary as the pane does", async () => {
    const { run } = simulatedExcel();
    const grid = CASES.map((kind) => CELLS.map((key) => kind[key]));
    const shown = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange(`A1:E${CASES.length}`).values = grid;
      sheet.getRange(summaryRange).formulas = CASES.map((_, index) => [`=${formulaOf(index)}`]);
      sheet.getRange("G1").formulas = [[`=${toCheckSummaryFormula(summaryRange)}`]];
      const warnings = sheet.getRange(summaryRange).load("values");
      const summary = sheet.getRange("G1").load("values");
      await context.sync();
      return { warnings: warnings.values.map(([value]) => value), summary: summary.values[0][0] };
    });
    expect(shown.warnings).toEqual(expectedWarnings);
    expect(shown.summary).toBe(toCheckSummary(expectedWarnings.filter(Boolean).length));
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
  }, 300_000);

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
    expect(value("To check", "H1")).toBe(toCheckSummary(expectedWarnings.filter(Boolean).length));
  });
});
