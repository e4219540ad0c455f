// How the written workbooks look to a data team: named fonts, bold headings, landscape pages
// fitted to the width with the heading rows repeated, guidance paragraphs as numbers, widths that
// show the guidance's text (wrapped), notes from the check rather than "Author".
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { DEADLINES_HEADER_ROW, INSPECTION_SHEET } from "../../src/domain/template-plan";
import { NOTE_AUTHOR } from "../../src/xlsx/ooxml";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { sheetParts } from "../support/ooxml-check";
import { writeEveryKind, type WrittenKind } from "../support/written-workbooks";

let files: Record<WrittenKind, string>;
beforeAll(async () => {
  files = await writeEveryKind(mkdtempSync(join(tmpdir(), "annex-a-look-")));
}, 300_000);

describe.each(["template", "marked", "reselected", "imported"] as const)("the %s workbook", (kind) => {
  let zip: JSZip;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(readFileSync(files[kind]));
  });

  it("names the font of every bold or coloured style, so LibreOffice shows no serif", async () => {
    const styles = await zip.file("xl/styles.xml")!.async("string");
    // The cell fonts; a conditional format's <dxf> font changes only what it names.
    const cellFonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1];
    const fonts = [...cellFonts.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((match) => match[1]);
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.filter((font) => !/<name val="[^"]+"\/>/.test(font))).toEqual([]);
  });

  it("prints every sheet it wrote landscape, fitted to the width, heading rows on every page", async () => {
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const written = (await readWorkbookForCopy(files[kind])).workbook;
    const ours =
      kind === "template"
        ? written.worksheets.map((sheet) => sheet.name)
        : kind === "marked"
          ? ["Annex A findings"]
          : kind === "imported"
            ? ["Contacts"]
            : ["Selection"];
    for (const sheet of (await sheetParts(zip)).filter((part) => ours.includes(part.name))) {
      expect([
        sheet.name,
        /<pageSetup\b[^>]*orientation="landscape"/.test(sheet.xml),
        /<pageSetUpPr\b[^>]*fitToPage="1"/.test(sheet.xml),
        /fitToWidth="1"/.test(sheet.xml),
      ]).toEqual([sheet.name, true, true, true]);
      const frozen = /<pane\b[^>]*ySplit="(\d+)"/.exec(sheet.xml)?.[1];
      if (frozen)
        expect(workbookXml).toMatch(
          new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="\\d+">[^<]*\\$1:\\$${frozen}<`),
        );
    }
  });

  it("makes headings bold", async () => {
    const written = (await readWorkbookForCopy(files[kind])).workbook;
    const name = {
      template: "Children in need",
      marked: "Annex A findings",
      reselected: "Selection",
      imported: "Contacts",
    }[kind];
    const sheet = written.getWorksheet(name)!;
    const row = { template: 1, marked: 3, reselected: 6, imported: 1 }[kind];
    const headings = (sheet.getRow(row).values as unknown[]).filter(Boolean).length;
    const bold = Array.from({ length: headings }, (_, index) => sheet.getCell(row, index + 1).font?.bold === true);
    expect(bold.every(Boolean)).toBe(true);
  });
});

describe("the template's text", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = (await readWorkbookForCopy(files.template)).workbook;
  });

  it("stores a single guidance paragraph number as a number", () => {
    const sheet = workbook.getWorksheet(INSPECTION_SHEET)!;
    expect(sheet.getCell(DEADLINES_HEADER_ROW + 1, 5).value).toBe(14);
  });

  it("gives each checklist column room for its text, wrapping what is longer", () => {
    for (const checklist of JTAI_NEGLECT_2017.checklists) {
      const sheet = workbook.getWorksheet(checklist.sheetName)!;
      checklist.columns.forEach((_, index) => {
        const longest = Math.max(0, ...checklist.rows.map((row) => (row[index] ?? "").length));
        const column = sheet.getColumn(index + 1);
        const fits = (column.width ?? 0) >= longest || column.alignment?.wrapText === true;
        expect([checklist.sheetName, index, fits]).toEqual([checklist.sheetName, index, true]);
      });
    }
  });

  it("signs its notes from the check, not 'Author'", async () => {
    const zip = await JSZip.loadAsync(readFileSync(files.marked));
    const comments = Object.keys(zip.files).filter((path) => /^xl\/comments\d*\.xml$/.test(path));
    expect(comments.length).toBeGreaterThan(0);
    for (const path of comments)
      expect(await zip.file(path)!.async("string")).toContain(`<author>${NOTE_AUTHOR}</author>`);
  });
});
