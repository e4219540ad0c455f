import { groupFindings } from "../../src/domain/finding-groups";
import { FINDINGS_CELL_COLUMN, FINDINGS_HEADINGS } from "../../src/domain/findings";
import { FINDINGS_HEADER_ROW } from "../../src/domain/findings-plan";
import { listOf } from "../../src/domain/catalogue";
import { checkWorkbook, clearMarks, goToCell } from "../../src/excel/check";
import { MARK } from "../../src/excel/marks";
import { FINDINGS_SHEET, marksSheetName } from "../../src/excel/sheet-names";
import { createTemplates } from "../../src/excel/write-template";
import type { SimWorkbook } from "../../src/sim/excel-sim";
import { PAYLOAD_LIMIT_BYTES, sheetGrid } from "../../src/sim/excel-sim";
import { gridOf, REFERENCE, serial, validRow } from "../support/grids";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { childrenInNeedGrid } from "../../bench/generate";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
const today = () => REFERENCE;
const column = (heading: (typeof FINDINGS_HEADINGS)[number]) => FINDINGS_HEADINGS.indexOf(heading);

/** Every cell of a sheet, value and format, for before/after comparisons. */
const snapshot = (sim: SimWorkbook, name: string) =>
  JSON.stringify([...sim.sheet(name)!.cells.entries()].sort((a, b) => a[0] - b[0]));

async function templateWithPaste(): Promise<ReturnType<typeof simulatedExcel>> {
  const excel = simulatedExcel();
  await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
  const rows = gridOf("childrenInNeed", [
    validRow("childrenInNeed", { childId: "1234.0", dateOfBirth: "38/04/2019", ethnicity: "NPBT" }),
    validRow("childrenInNeed", { childId: "C2", disability: "yes" }),
    validRow("childrenInNeed", { childId: "C3" }),
  ]).slice(1);
  await excel.sim.userEdit(CIN, "A2:O4", rows);
  return excel;
}

describe("checking in place", () => {
  it("marks each invalid cell where it is, by severity, on the hidden twin sheet", async () => {
    const { sim, run } = await templateWithPaste();
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const codes = report.result.findings
      .filter((item) => item.sheet === CIN)
      .map((item) => `${item.code}@${item.row},${item.column}`);
    expect(codes).toEqual(["ID-FORMAT@1,0", "CODE-INVALID@1,2", "DATE-IMPOSSIBLE@1,3", "YN-ALIAS@2,6"]);
    const marks = sim.sheet(marksSheetName("childrenInNeed"))!;
    expect(marks.visibility).toBe("Hidden");
    expect(marks.cell(1, 0)?.value).toBe(MARK.warning);
    expect(marks.cell(1, 2)?.value).toBe(MARK.error);
    expect(marks.cell(1, 3)?.value).toBe(MARK.error);
    expect(marks.cell(2, 6)?.value).toBe(MARK.warning);
    expect(marks.cell(3, 0)?.value ?? "").toBe("");
    const formats = sim.sheet(CIN)!.conditionalFormats.map((format) => format.formula);
    expect(formats).toEqual(
      expect.arrayContaining([
        `'${marksSheetName("childrenInNeed")}'!A1=2`,
        `'${marksSheetName("childrenInNeed")}'!A1=1`,
      ]),
    );
  });

  it("lists every finding on the findings sheet, each group linked to its first cell", async () => {
    const { sim, run } = await templateWithPaste();
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const sheet = sim.sheet(FINDINGS_SHEET)!;
    // Laid out as in the command line's copies (findings-plan.ts): headings on row 3, groups below.
    // These findings are unlike each other: one group, and one row, each.
    const rows = sheetGrid(sim, FINDINGS_SHEET).slice(FINDINGS_HEADER_ROW);
    expect(rows).toHaveLength(report.result.findings.length);
    expect(sheet.cell(FINDINGS_HEADER_ROW - 1, 0)?.value).toBe("Severity");
    // Errors first: the first row is an error, linked to its cell.
    expect(sheet.cell(FINDINGS_HEADER_ROW, 0)?.value).toBe("error");
    expect(sheet.cell(FINDINGS_HEADER_ROW, FINDINGS_CELL_COLUMN)?.formula).toBe(
      `=HYPERLINK("#'Children in need'!C2","C2")`,
    );
    const id = rows.findIndex((row) => row[column("First cell")] === "A2");
    expect(sheet.cell(FINDINGS_HEADER_ROW + id, column("What is wrong and how to fix it"))?.value).toMatch(/‘1234\.0’/);
    expect(rows.map((row) => row[column("Cells")])).toEqual(rows.map(() => 1));
  });

  it("lists alike findings as one row: the count, the first cell linked and the cells named", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    const pasted = gridOf(
      "childrenInNeed",
      Array.from({ length: 30 }, (_, index) => validRow("childrenInNeed", { childId: `C${index}`, disability: "yes" })),
    ).slice(1);
    await sim.userEdit(CIN, `A2:O${pasted.length + 1}`, pasted);
    const report = await checkWorkbook(run, { today, forms: FORMS });
    expect(report.result.findings.filter((item) => item.code === "YN-ALIAS")).toHaveLength(30);
    const sheet = sim.sheet(FINDINGS_SHEET)!;
    const rows = sheetGrid(sim, FINDINGS_SHEET).slice(FINDINGS_HEADER_ROW);
    expect(rows).toHaveLength(groupFindings(report.result.findings).length);
    const alias = rows.findIndex((row) => row[column("Code")] === "YN-ALIAS");
    expect(rows[alias][column("Cells")]).toBe(30);
    expect(sheet.cell(FINDINGS_HEADER_ROW + alias, FINDINGS_CELL_COLUMN)?.formula).toBe(
      `=HYPERLINK("#'Children in need'!G2","G2")`,
    );
    expect(rows[alias][column("Which cells")]).toMatch(/^G2, G3, G4, .*, G21 … and 10 more$/);
    // One link a row, none elsewhere.
    const links = [...sheet.cells.values()].filter((cell) => cell.formula?.startsWith("=HYPERLINK("));
    expect(links).toHaveLength(rows.length);
    expect(sheetGrid(sim, FINDINGS_SHEET)[0][3]).toMatch(
      /^30 findings \(0 errors, 30 warnings\) in 1 group, one row each; checked /,
    );
  });

  it("changes no value and no format of the user's, and clearing leaves them identical", async () => {
    const { sim, run } = await templateWithPaste();
    sim.sheet(CIN)!.cellForWrite(3, 13).fill = "00FF00"; // the user's own highlight
    const before = snapshot(sim, CIN);
    await checkWorkbook(run, { today, forms: FORMS });
    expect(snapshot(sim, CIN)).toBe(before);
    await clearMarks(run, FORMS);
    expect(snapshot(sim, CIN)).toBe(before);
    // No mark is left; only XFD1 still notes which list sheet's formats read the marks sheet.
    expect(sim.sheet(marksSheetName("childrenInNeed"))!.usedBlock(true)).toEqual({
      row: 0,
      column: 16_383,
      rowCount: 1,
      columnCount: 1,
    });
    expect(sheetGrid(sim, FINDINGS_SHEET)).toHaveLength(1);
  });

  it("replaces old marks on a second check", async () => {
    const { sim, run } = await templateWithPaste();
    await checkWorkbook(run, { today, forms: FORMS });
    await sim.userEdit(CIN, "C2:D2", [["a) WBRI", serial("2019-04-08")]]);
    await checkWorkbook(run, { today, forms: FORMS });
    const marks = sim.sheet(marksSheetName("childrenInNeed"))!;
    expect(marks.cell(1, 2)?.value ?? "").toBe("");
    expect(marks.cell(1, 3)?.value ?? "").toBe("");
    expect(marks.cell(1, 0)?.value).toBe(MARK.warning);
  });

  it("refuses to mark a protected list, with a clear message, and changes nothing", async () => {
    const { sim, run } = await templateWithPaste();
    sim.sheet(CIN)!.protected = true;
    const before = sim.sheets.map((sheet) => [sheet.name, snapshot(sim, sheet.name)]);
    await expect(checkWorkbook(run, { today, forms: FORMS })).rejects.toThrow(
      /‘Children in need’ is protected\. Unprotect .* Nothing was changed\./,
    );
    expect(sim.sheets.map((sheet) => [sheet.name, snapshot(sim, sheet.name)])).toEqual(before);
  });

  it("selects a finding's cell", async () => {
    const { sim, run } = await templateWithPaste();
    await goToCell(run, CIN, "D2");
    expect(sim.selectedCell).toEqual({ sheet: CIN, address: "D2" });
  });

  it("marks only the active list when asked", async () => {
    const { sim, run } = await templateWithPaste();
    await sim.userEdit("Contacts", "A2:H2", [gridOf("contacts", [validRow("contacts", { gender: "Nope" })])[1]]);
    const report = await checkWorkbook(run, { today, onlySheet: "Contacts", forms: FORMS });
    expect(report.marked).toEqual([{ list: "contacts", sheet: "Contacts" }]);
    expect(sim.sheet(marksSheetName("childrenInNeed"))).toBeUndefined();
    expect(sim.sheet(marksSheetName("contacts"))!.cell(1, 1)?.value).toBe(MARK.error);
  });

  it("keeps every request and response under 5 MB on a 50,000-row list, in few syncs", async () => {
    const { sim, run } = simulatedExcel();
    const grid = childrenInNeedGrid(50_000, 0.02, REFERENCE);
    sim.sheet("Sheet1")!.name = CIN;
    const sheet = sim.sheet(CIN)!;
    grid.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.cellForWrite(r, c).value = value)));
    sim.resetStats();
    const report = await checkWorkbook(run, { today, forms: FORMS });
    expect(report.result.findings.length).toBeGreaterThan(10_000);
    expect(sim.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.stats.syncs).toBeLessThan(30);
    // The check now gives way between steps, so Jest's timer can fire: 50,000 rows take seconds.
  }, 300_000);
});
