// LibreOffice Calc, a second spreadsheet application, opens every workbook the command line
// writes and recalculates it: the Inspection sheet's deadlines, the Selection sheet's counts and
// the focus highlight's formula give the engine's answers; the copy LibreOffice saves is read
// back by check and select; and PNG renderings land in test-output/ for a person to look at.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { DEADLINES, deadlineDate } from "../../src/domain/calendar";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { serialFromJsDate } from "../../src/domain/dates";
import { validateList } from "../../src/domain/engine";
import { focusColumnsOf, focusFormula } from "../../src/domain/focus";
import { INSPECTION_SHEET, DEADLINES_HEADER_ROW, templatePlan } from "../../src/domain/template-plan";
import { SELECTION_COLUMNS, SELECTION_HEADER_ROW, SELECTION_SHEET, toCheckSummary } from "../../src/domain/selection";
import { renderTemplate } from "../../src/xlsx/render-template";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { FOCUS_CASES } from "../support/focus-cases";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { describeWithTools, TOOL_PATHS } from "../support/tools";
import { cli, TODAY, WRITTEN_KINDS, writeEveryKind, type WrittenKind } from "../support/written-workbooks";

const dir = mkdtempSync(join(tmpdir(), "annex-a-lo-test-"));

/** Read as the command line reads a copy: ExcelJS alone would expand 100,000 rows of drop-downs cell by cell. */
async function load(path: string): Promise<ExcelJS.Workbook> {
  return (await readWorkbookForCopy(path)).workbook;
}

/** A cell's value as LibreOffice left it: a formula's cached result, dates as serials. */
function valueOf(cell: ExcelJS.Cell): unknown {
  // cell.result, since ExcelJS's value drops a false or 0 result.
  const result = cell.type === ExcelJS.ValueType.Formula ? (cell.result as unknown) : (cell.value as unknown);
  return result instanceof Date ? serialFromJsDate(result) : result;
}

/** The template with the focus cases in the children in need list and the highlight's formula beside each row. */
async function focusWorkbook(path: string): Promise<{ formulaColumn: number; expected: boolean[] }> {
  const list = listOf(JTAI_NEGLECT_2017, "childrenInNeed");
  const rows = FOCUS_CASES.map(([, overrides]) => validRow("childrenInNeed", { childId: undefined, ...overrides }));
  const grid = gridOf("childrenInNeed", rows);
  const inFocus = new Set(
    validateList(JTAI_NEGLECT_2017, "childrenInNeed", grid, { referenceSerial: REFERENCE }).focus.map(
      (item) => item.row,
    ),
  );
  const columns = focusColumnsOf(list, (key) => list.columns.findIndex((column) => column.key === key))!;
  const workbook = new ExcelJS.Workbook();
  renderTemplate(workbook, templatePlan(JTAI_NEGLECT_2017, { notificationSerial: REFERENCE }));
  const sheet = workbook.getWorksheet(list.sheetName)!;
  const formulaColumn = list.columns.length + 2;
  grid.slice(1).forEach((row, index) => {
    row.forEach((value, column) => (sheet.getCell(index + 2, column + 1).value = value ?? null));
    // No cached result: only a recalculation can fill it in.
    sheet.getCell(index + 2, formulaColumn).value = {
      formula: focusFormula(columns, index + 2),
    } as ExcelJS.CellFormulaValue;
  });
  await saveWorkbook(workbook, path);
  return { formulaColumn, expected: grid.slice(1).map((_, index) => inFocus.has(index + 1)) };
}

describeWithTools(["soffice"], "LibreOffice opens every workbook written", () => {
  let files: Record<WrittenKind, string>;
  const saved: Partial<Record<WrittenKind | "focus", string>> = {};
  let focus: { formulaColumn: number; expected: boolean[] };

  beforeAll(async () => {
    files = await writeEveryKind(dir);
    focus = await focusWorkbook(join(dir, "focus.xlsx"));
    const kinds = [...WRITTEN_KINDS, "focus"] as const;
    const converted = convertWithLibreOffice(
      kinds.map((kind) => (kind === "focus" ? join(dir, "focus.xlsx") : files[kind])),
      join(dir, "libreoffice"),
      "xlsx",
    );
    kinds.forEach((kind, index) => (saved[kind] = converted[index]));
    // LibreOffice's start and recalculation: under a minute quiet, minutes on a loaded machine.
  }, 600_000);

  it("recalculates the Inspection sheet's deadlines to the engine's dates", async () => {
    const sheet = (await load(saved.template!)).getWorksheet(INSPECTION_SHEET)!;
    const due = DEADLINES.map((_, index) => valueOf(sheet.getCell(DEADLINES_HEADER_ROW + 1 + index, 1)));
    expect(due).toEqual(DEADLINES.map((spec) => deadlineDate(spec, TODAY)));
  });

  it("recalculates the Selection sheet's counts to the engine's", async () => {
    const sheet = (await load(saved.reselected!)).getWorksheet(SELECTION_SHEET)!;
    const ours = (await load(files.reselected)).getWorksheet(SELECTION_SHEET)!;
    const counts = ["B2", "C2", "B3", "C3"].map((address) => valueOf(sheet.getCell(address)));
    expect(counts).toEqual([3, "under", 1, "under"]);
    expect(counts).toEqual(["B2", "C2", "B3", "C3"].map((address) => valueOf(ours.getCell(address))));
  });

  it("recalculates each child's To check warning and their count in A4 to the engine's", async () => {
    const sheet = (await load(saved.reselected!)).getWorksheet(SELECTION_SHEET)!;
    const ours = (await load(files.reselected)).getWorksheet(SELECTION_SHEET)!;
    const column = SELECTION_COLUMNS.findIndex((candidate) => candidate.key === "toCheck") + 1;
    const warnings = (worksheet: ExcelJS.Worksheet) =>
      Array.from({ length: worksheet.rowCount - SELECTION_HEADER_ROW }, (_, index) => [
        valueOf(worksheet.getCell(SELECTION_HEADER_ROW + 1 + index, 1)),
        valueOf(worksheet.getCell(SELECTION_HEADER_ROW + 1 + index, column)) ?? "",
      ]).filter(([id]) => id);
    const recalculated = warnings(sheet);
    expect(recalculated).toEqual(warnings(ours));
    const shown = recalculated.filter(([, text]) => text !== "");
    expect(shown.length).toBeGreaterThan(0);
    expect(valueOf(sheet.getCell("A4"))).toBe(toCheckSummary(shown.length));
    expect(valueOf(ours.getCell("A4"))).toBe(toCheckSummary(shown.length));
  });

  it("evaluates the focus highlight's formula as the engine decides focus", async () => {
    const sheet = (await load(saved.focus!)).getWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!;
    const values = focus.expected.map((_, index) => valueOf(sheet.getCell(index + 2, focus.formulaColumn)));
    expect(values.map((value, index) => [FOCUS_CASES[index][0], value])).toEqual(
      focus.expected.map((value, index) => [FOCUS_CASES[index][0], value]),
    );
  });

  it.each(WRITTEN_KINDS)(
    "reads back the %s copy LibreOffice saved with check and select",
    async (kind) => {
      const checked = await cli("check", saved[kind]!, "--out", join(dir, `${kind}-lo-checked.xlsx`));
      const original = await cli("check", files[kind]);
      expect([checked.code, checked.err]).toEqual([original.code, ""]);
      const selected = await cli("select", saved[kind]!, "--out", join(dir, `${kind}-lo-selected.xlsx`));
      expect([selected.code, selected.err]).toEqual([0, ""]);
    },
    // Three whole commands: seconds quiet, far more on a loaded machine; the limit stops only a hang.
    120_000,
  );
});

describeWithTools(["soffice", "pdftoppm"], "renderings for review (test-output/)", () => {
  const output = join(__dirname, "../../test-output");

  it("renders the template, a marked copy and a Selection sheet as PNG pages", async () => {
    const folder = join(dir, "render");
    mkdirSync(folder, { recursive: true });
    const files = await writeEveryKind(folder);
    const pdfs = convertWithLibreOffice([files.template, files.marked, files.reselected], join(folder, "pdf"), "pdf");
    mkdirSync(output, { recursive: true });
    for (const pdf of pdfs) {
      const prefix = join(output, basename(pdf, ".pdf"));
      for (const old of readdirSync(output).filter((name) => name.startsWith(`${basename(prefix)}-`)))
        rmSync(join(output, old));
      execFileSync(TOOL_PATHS.pdftoppm, ["-png", "-r", "60", pdf, prefix]);
      const pages = readdirSync(output).filter(
        (name) => name.startsWith(`${basename(prefix)}-`) && name.endsWith(".png"),
      );
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(statSync(join(output, page)).size).toBeGreaterThan(1000);
    }
  }, 600_000);
});
