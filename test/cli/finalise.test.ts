// annex-a finalise, end to end on real files: a marked copy (check --out of the sample, with
// findings) and the Selection built on it come back with the lists exactly as they were and none
// of the tool's sheets, marks or notes; errors refuse it; and LibreOffice reads the clean copy.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listOf } from "../../src/domain/catalogue";
import { FINDINGS_SHEET, MARKS_SHEET_PREFIX } from "../../src/domain/findings";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { SELECTION_SHEET } from "../../src/domain/selection";
import { INSPECTION_SHEET } from "../../src/domain/template-plan";
import { ERROR_STYLE, WARNING_STYLE } from "../../src/domain/workbook-conventions";
import { finaliseWorkbook } from "../../src/xlsx/finalise";
import { readWorkbookGrids, type StreamedWorkbook } from "../../src/xlsx/stream-grids";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { convertWithLibreOffice } from "../support/libreoffice";
import { ooxmlProblems } from "../support/ooxml-check";
import { describeWithTools } from "../support/tools";
import { cli, SAMPLE } from "../support/written-workbooks";

const dir = mkdtempSync(join(tmpdir(), "annex-a-finalise-"));
const LISTS = JTAI_NEGLECT_2017.lists.map((list) => list.sheetName);
const CHILDREN_IN_NEED = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const sheetNames = (workbook: StreamedWorkbook) => workbook.grids.map((entry) => entry.sheet);
const gridOf = (workbook: StreamedWorkbook, sheet: string) =>
  workbook.grids.find((entry) => entry.sheet === sheet)?.grid;

let marked: string;
let selected: string;

beforeAll(async () => {
  marked = join(dir, "marked.xlsx");
  selected = join(dir, "selected.xlsx");
  // The sample has errors: check exits 1 and writes the marked copy; select builds on it.
  expect((await cli("check", SAMPLE, "--out", marked)).code).toBe(1);
  expect((await cli("select", marked, "--out", selected)).code).toBe(0);
});

describe("annex-a finalise", () => {
  it("refuses, exit 2 and one line naming the errors' count and lists, while the check finds errors; writes nothing", async () => {
    const out = join(dir, "refused.xlsx");
    const result = await cli("finalise", marked, "--out", out);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.err).toMatch(/^Not finalised: 7 errors in ‘Children in need’ and ‘Contacts’ .*--anyway/);
    expect(existsSync(out)).toBe(false);
  });

  it("with --anyway, leaves out the findings sheet, the marks, the highlight and the notes, every value as it was", async () => {
    const before = digest(marked);
    const out = join(dir, "clean.xlsx");
    const result = await cli("finalise", marked, "--out", out, "--anyway");
    expect(result.code).toBe(0);
    expect(digest(marked)).toBe(before);

    // What was left out is said, sheet by sheet, then marks and notes counted.
    expect(result.out).toMatch(/Finalised with --anyway: 7 errors remain in ‘Children in need’ and ‘Contacts’/);
    expect(result.out).toMatch(/sheet ‘Annex A findings’: the findings sheet/);
    expect(result.out).toMatch(/marks on 15 cells/);
    expect(result.out).toMatch(/\d+ conditional formats \(marks and the focus highlight\)/);
    expect(result.out).toMatch(/\d+ notes/);

    const input = await readWorkbookGrids(marked);
    const clean = await readWorkbookGrids(out);
    expect(sheetNames(clean)).not.toContain(FINDINGS_SHEET);
    expect(sheetNames(clean).some((name) => name.startsWith(MARKS_SHEET_PREFIX))).toBe(false);
    // Every other sheet kept, in order, each cell's value as it was: the lists, the facts, the
    // checklists, the Inspection sheet and the Codes.
    expect(sheetNames(clean)).toEqual(sheetNames(input).filter((name) => name !== FINDINGS_SHEET));
    for (const name of sheetNames(clean)) expect(gridOf(clean, name)).toEqual(gridOf(input, name));
    for (const name of LISTS) expect(gridOf(clean, name)).toBeDefined();

    // No fill, note or conditional format of the tool's is left on any cell.
    const { workbook } = await readWorkbookForCopy(out);
    const markFills = [ERROR_STYLE.fill, WARNING_STYLE.fill].map((fill) => `FF${fill}`);
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.note).toBeUndefined();
          const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
          expect(markFills).not.toContain(fill?.fgColor?.argb);
        }),
      );
      const formats = (worksheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
      expect(formats).toEqual([]);
    }
    expect(await ooxmlProblems(out)).toEqual([]);
    // The findings' words are gone from the package, not only from view.
    expect(readFileSync(out).includes("CODE-INVALID")).toBe(false);
  });

  it("leaves out the Selection sheet unless --keep-selection is given", async () => {
    const without = join(dir, "without-selection.xlsx");
    const dropped = await cli("finalise", selected, "--out", without, "--anyway");
    expect(dropped.code).toBe(0);
    expect(dropped.out).toMatch(/sheet ‘Selection’: the lead inspector's Selection sheet/);
    expect(sheetNames(await readWorkbookGrids(without))).not.toContain(SELECTION_SHEET);

    const kept = join(dir, "with-selection.xlsx");
    const keeping = await cli("finalise", selected, "--out", kept, "--anyway", "--keep-selection");
    expect(keeping.code).toBe(0);
    expect(keeping.out).not.toMatch(/Selection/);
    const input = await readWorkbookGrids(selected);
    const clean = await readWorkbookGrids(kept);
    expect(sheetNames(clean)).toContain(SELECTION_SHEET);
    expect(gridOf(clean, SELECTION_SHEET)).toEqual(gridOf(input, SELECTION_SHEET));
    expect(sheetNames(clean)).not.toContain(FINDINGS_SHEET);
    expect(await ooxmlProblems(kept)).toEqual([]);
  });

  it("never replaces a file without --force, writes nothing where it cannot, and refuses a CSV and the input as its own output", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "mine");
    const refused = await cli("finalise", marked, "--out", out, "--anyway");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists/);
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect((await cli("finalise", marked, "--out", out, "--anyway", "--force")).code).toBe(0);
    expect((await cli("finalise", marked, "--out", marked, "--anyway")).code).toBe(2);
    const nowhere = join(dir, "no-such-folder", "clean.xlsx");
    const failed = await cli("finalise", marked, "--out", nowhere, "--anyway");
    expect(failed.code).toBe(2);
    expect(failed.err).toMatch(/was not written: the folder .* does not exist/);
    expect(existsSync(nowhere)).toBe(false);
    expect((await cli("finalise", join(dir, "export.csv"), "--out", join(dir, "csv.xlsx"))).code).toBe(2);
  });

  it("keeps the council's own words in a note the check added to, and the council's own red cells", async () => {
    // The council's note on a cell that then has a finding, and a cell of its own in the marks' red.
    const { workbook } = await readWorkbookForCopy(SAMPLE);
    const sheet = workbook.getWorksheet(CHILDREN_IN_NEED)!;
    const json = JSON.parse((await cli("check", SAMPLE, "--json")).out) as {
      findings: { sheet: string; cell: string }[];
    };
    const flagged = json.findings.find((item) => item.sheet === CHILDREN_IN_NEED)!.cell;
    sheet.getCell(flagged).note = "Checked with the social worker on Monday.";
    // On the Inspection sheet, which is not checked: a cell in a list would have a finding of its own.
    const own = workbook.getWorksheet(INSPECTION_SHEET)!.getCell("D20");
    own.value = "Ours";
    own.style = {
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${ERROR_STYLE.fill}` } },
      font: { color: { argb: `FF${ERROR_STYLE.fontColour}` } },
    };
    const annotated = join(dir, "annotated.xlsx");
    await workbook.xlsx.writeFile(annotated);
    const annotatedMarked = join(dir, "annotated-marked.xlsx");
    expect((await cli("check", annotated, "--out", annotatedMarked)).code).toBe(1);

    const out = join(dir, "annotated-clean.xlsx");
    const result = await cli("finalise", annotatedMarked, "--out", out, "--anyway");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/the tool's words from 1 note/);
    const clean = (await readWorkbookForCopy(out)).workbook.getWorksheet(CHILDREN_IN_NEED)!;
    expect(clean.getCell(flagged).note).toBe("Checked with the social worker on Monday.");
    expect((clean.getCell(flagged).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).not.toBe(
      `FF${ERROR_STYLE.fill}`,
    );
    const inspection = (await readWorkbookForCopy(out)).workbook.getWorksheet(INSPECTION_SHEET)!;
    expect((inspection.getCell("D20").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(
      `FF${ERROR_STYLE.fill}`,
    );
  });

  it("leaves out the add-in's hidden marks sheets and the formats that read them (a workbook checked in Excel)", async () => {
    const workbook = new ExcelJS.Workbook();
    const list = workbook.addWorksheet(CHILDREN_IN_NEED);
    list.addRows([
      ["Child unique ID", "Gender"],
      ["C1", "Male"],
    ]);
    const marks = workbook.addWorksheet(`${MARKS_SHEET_PREFIX}childrenInNeed`, { state: "hidden" });
    marks.getCell("B2").value = 2;
    list.addConditionalFormatting({
      ref: "A1:Z1000",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`'${MARKS_SHEET_PREFIX}childrenInNeed'!A1=2`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${ERROR_STYLE.fill}` } } },
        },
      ],
    });
    // The council's own conditional format stays.
    list.addConditionalFormatting({
      ref: "B2:B1000",
      rules: [{ type: "containsText", operator: "containsText", text: "Male", priority: 2, style: {} }],
    });
    // Excel keeps a format that reads another sheet in its 2010 extension, with its style inline.
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const extension = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="3" id="{00000000-0000-0000-0000-000000000001}"><xm:f>'${MARKS_SHEET_PREFIX}childrenInNeed'!A1=1</xm:f><x14:dxf><font><color rgb="FF${WARNING_STYLE.fontColour}"/></font><fill><patternFill><bgColor rgb="FF${WARNING_STYLE.fill}"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>A1:Z1000</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
    zip.file("xl/worksheets/sheet1.xml", sheetXml.replace("</worksheet>", `${extension}</worksheet>`));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const { bytes: clean, leftOut } = await finaliseWorkbook(bytes, JTAI_NEGLECT_2017);
    expect(leftOut.sheets).toEqual([
      { name: `${MARKS_SHEET_PREFIX}childrenInNeed`, what: "the add-in's hidden marks" },
    ]);
    expect(leftOut.formats).toBe(2);
    const cleanXml = await (await JSZip.loadAsync(clean)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(cleanXml).not.toMatch(/extLst|x14:|AnnexA_Marks/);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(clean as unknown as ExcelJS.Buffer);
    expect(written.worksheets.map((worksheet) => worksheet.name)).toEqual([CHILDREN_IN_NEED]);
    const formats = (written.worksheets[0] as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    expect(formats.map((format) => format.ref)).toEqual(["B2:B1000"]);
    expect(written.worksheets[0].getCell("B2").value).toBe("Male");
  });
});

describe("finaliseWorkbook", () => {
  it("says where a formula kept reads a sheet left out, as Excel would show #REF! there", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(CHILDREN_IN_NEED).addRows([["Child unique ID"], ["C1"]]);
    workbook.addWorksheet(SELECTION_SHEET).addRows([["Child unique ID"], ["C1"]]);
    workbook.addWorksheet("Summary").getCell("B2").value = { formula: `COUNTA(${SELECTION_SHEET}!A:A)`, result: 2 };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { leftOut } = await finaliseWorkbook(bytes, JTAI_NEGLECT_2017);
    expect(leftOut.sheets.map((sheet) => sheet.name)).toEqual([SELECTION_SHEET]);
    expect(leftOut.formulasReadingLeftOut).toEqual(["Summary!B2"]);
    expect((await finaliseWorkbook(bytes, JTAI_NEGLECT_2017, { keepSelection: true })).leftOut.sheets).toEqual([]);
  });
});

describeWithTools(["soffice"], "LibreOffice opens a finalised workbook", () => {
  it("reads every list's headings and values as the clean copy holds them", async () => {
    const out = join(dir, "for-libreoffice.xlsx");
    expect((await cli("finalise", selected, "--out", out, "--anyway")).code).toBe(0);
    const [saved] = convertWithLibreOffice([out], join(dir, "libreoffice"));
    const clean = await readWorkbookGrids(out);
    const reread = await readWorkbookGrids(saved);
    expect(sheetNames(reread)).toEqual(sheetNames(clean));
    for (const name of LISTS) {
      const grid = gridOf(clean, name)!;
      expect(grid[0].length).toBeGreaterThan(0);
      expect(gridOf(reread, name)).toEqual(grid);
    }
    // The sample's children are there, under the form's headings.
    const children = gridOf(reread, CHILDREN_IN_NEED)!;
    expect(children[0]).toEqual(listOf(JTAI_NEGLECT_2017, "childrenInNeed").columns.map((column) => column.heading));
    expect(children.length).toBeGreaterThan(1);
  }, 120_000);
});
