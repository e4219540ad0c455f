// The reader on workbooks laid out as other writers lay them out, each built here part by part,
// with the grid each must give written out by hand.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialFromIso } from "../../src/domain/dates";
import { NO_SAVED_RESULT } from "../../src/domain/grid";
import { isDateFormat } from "../../src/xlsx/number-formats";
import { streamWorkbookGrids } from "../../src/xlsx/stream-grids";
import { writeXlsx, type WorkbookParts } from "./build-xlsx";

const dir = mkdtempSync(join(tmpdir(), "annex-a-read-"));
let count = 0;
const read = (parts: WorkbookParts) => streamWorkbookGrids(writeXlsx(join(dir, `book${++count}.xlsx`), parts));
const day = (iso: string) => serialFromIso(iso)!;

describe("cell values", () => {
  it("reads shared strings, plain and rich, without phonetic guides, with Excel's _xHHHH_ escapes", async () => {
    const sharedStrings =
      `<si><t>a) Male</t></si>` +
      `<si><r><rPr><b/></rPr><t>White </t></r><r><t xml:space="preserve">British</t></r></si>` +
      `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>` +
      `<si><t>line one_x000D_</t></si>` +
      `<si><t xml:space="preserve">  C1001 </t></si>`;
    const book = await read({
      sheets: [
        {
          name: "Contacts",
          xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row></sheetData>`,
        },
      ],
      sharedStrings,
    });
    expect(book.grids[0].grid).toEqual([["a) Male", "White British", "東京", "line one\r", "  C1001 "]]);
  });

  it("reads inline strings, formula results, booleans, errors and numbers; a formula with no saved result is neither blank nor a value, and counted", async () => {
    const book = await read({
      sheets: [
        {
          name: "Sheet1",
          xml:
            `<sheetData><row r="1">` +
            `<c r="A1" t="inlineStr"><is><t>C&amp;1</t></is></c>` +
            `<c r="B1" t="inlineStr"><is><r><t>Team </t></r><r><t>A</t></r></is></c>` +
            `<c r="C1" t="str"><f>"N"&amp;""</f><v>N</v></c>` +
            `<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>` +
            `<c r="F1" t="e"><f>VLOOKUP(1,A:A,2,0)</f><v>#N/A</v></c>` +
            `<c r="G1"><f>1+1</f><v>2</v></c>` +
            `<c r="H1"><f>1+2</f></c>` +
            `<c r="I1"><v>6.138</v></c><c r="J1" s="0"><v>-1</v></c>` +
            `<c r="K1" t="d"><v>2026-11-24T00:00:00</v></c>` +
            `</row></sheetData>`,
        },
      ],
    });
    expect(book.grids[0].grid).toEqual([
      ["C&1", "Team A", "N", true, false, "#N/A", 2, NO_SAVED_RESULT, 6.138, -1, day("2026-11-24")],
    ]);
    expect(book.grids[0].formulasWithoutResult).toBe(1);
  });

  it("reads numbers and shared-string indexes written oddly as Number() reads them, and repeated inline text as written", async () => {
    // Digits alone are read where they lie; anything else goes the long way, to the same value.
    const numbers =
      `<row r="1"><c r="A1"><v> 12 </v></c><c r="B1"><v>0012</v></c><c r="C1"><v>1e3</v></c><c r="D1"><v>12345678901234567</v></c>` +
      `<c r="E1"><v></v></c><c r="F1"><v>12a</v></c><c r="G1" t="s"><v> 1 </v></c><c r="H1" t="s"><v>1.0</v></c><c r="I1" s=" 0 "><v>7</v></c></row>`;
    // 3,000 texts, each twice, short and long, one with an escape: past every size the reader's table of texts grows to.
    const texts = Array.from({ length: 3000 }, (_, index) =>
      index === 7
        ? "tab_x0009_here"
        : index % 10 === 0
          ? `a long text, beyond codes and IDs, number ${index}`
          : `C${index}`,
    );
    const rows = [...texts, ...texts]
      .map((text, index) => `<row r="${index + 2}"><c r="A${index + 2}" t="str"><v>${text}</v></c></row>`)
      .join("");
    const book = await read({
      sheets: [{ name: "Sheet1", xml: `<sheetData>${numbers}${rows}</sheetData>` }],
      sharedStrings: `<si><t>zero</t></si><si><t>one</t></si>`,
    });
    const [first, ...rest] = book.grids[0].grid;
    expect(first).toEqual([12, 12, 1000, Number("12345678901234567"), null, "12a", "one", "one", 7]);
    const expected = [...texts, ...texts].map((text) => [text.replace("_x0009_", "\t")]);
    expect(rest).toEqual(expected);
  });

  it("reads dates by the cell's number format, built-in or custom, and leaves other numbers as they are", async () => {
    const styles =
      `<numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="[Red]0;[Blue]-0"/><numFmt numFmtId="167" formatCode="0&quot; days&quot;"/></numFmts>` +
      `<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>`;
    const cells = [0, 1, 2, 3, 4, 5]
      .map((style, index) => `<c r="${String.fromCharCode(65 + index)}1" s="${style}"><v>46350.75</v></c>`)
      .join("");
    const book = await read({
      sheets: [{ name: "Sheet1", xml: `<sheetData><row r="1">${cells}</row></sheetData>` }],
      styles,
    });
    const date = day("2026-11-24");
    expect(date).toBe(46350);
    expect(book.grids[0].grid).toEqual([[46350.75, date, date, 46350.75, 46350.75, 46350.75]]);
  });

  it("reads a 1904 date system workbook's dates as the 1900 system's serials", async () => {
    const styles = `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>`;
    // 24/11/2026 is 46350 in the 1900 system, 44888 in the 1904 system.
    const book = await read({
      sheets: [
        {
          name: "Sheet1",
          xml: `<sheetData><row r="1"><c r="A1" s="1"><v>44888</v></c><c r="B1"><v>44888</v></c></row></sheetData>`,
        },
      ],
      styles,
      date1904: true,
    });
    expect(book.grids[0].grid).toEqual([[day("2026-11-24"), 44888]]);
  });

  it("tells date formats from others", () => {
    for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]) expect(isDateFormat(id, undefined)).toBe(true);
    for (const id of [0, 1, 2, 9, 10, 11, 12, 37, 49]) expect(isDateFormat(id, undefined)).toBe(false);
    for (const code of ["dd/mm/yyyy", "d-mmm-yy", "[$-809]dd mmmm yyyy", "yyyy-mm-dd hh:mm", "dd/mm/yyyy;@"])
      expect(isDateFormat(164, code)).toBe(true);
    for (const code of ["0.00", "General", "[Red]0", '0" days"', "#,##0;[Red]-#,##0", "\\d0", "@", "0.00E+00"])
      expect(isDateFormat(164, code)).toBe(false);
  });
});

describe("layout", () => {
  it("counts rows and cells by position where the writer gives no addresses (Google Sheets, some exports)", async () => {
    const book = await read({
      sheets: [
        {
          name: "Sheet1",
          xml: `<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row></sheetData>`,
        },
      ],
    });
    expect(book.grids[0].grid).toEqual([["a", 1], [], [null, 2, 3], [4]]);
  });

  it("reads tags whatever prefix the writer binds the namespace to", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>C1</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const book = await read({ sheets: [{ name: "Sheet1", xml }] });
    expect(book.grids[0].grid).toEqual([["C1", 5]]);
  });

  it("keeps the workbook's sheet order, names and hidden states, whatever the targets look like", async () => {
    const cell = (text: string) =>
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;
    const book = await read({
      sheets: [
        { name: "Zed &amp; co", xml: cell("z"), target: "/xl/worksheets/zed.xml" },
        { name: "Codes", xml: cell("c"), state: "hidden", target: "worksheets/../worksheets/codes.xml" },
        { name: "Secret", xml: cell("s"), state: "veryHidden" },
      ],
    });
    expect(book.grids.map(({ sheet, state, hidden, grid }) => [sheet, state, hidden, grid])).toEqual([
      ["Zed & co", "visible", false, [["z"]]],
      ["Codes", "hidden", true, [["c"]]],
      ["Secret", "veryHidden", true, [["s"]]],
    ]);
  });

  it("lists merged blocks and keeps the value only in a block's first cell", async () => {
    const xml =
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c><c r="C1"/></row>` +
      `<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`;
    const book = await read({ sheets: [{ name: "Sheet1", xml }] });
    expect(book.grids[0].grid).toEqual([
      ["Title", null],
      [1, 2],
    ]);
    expect(book.grids[0].merged).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 3 }]);
  });

  it("reads the defined names with each of their ranges", async () => {
    const book = await read({
      sheets: [{ name: "Inspection", xml: `<sheetData><row r="5"><c r="B5"><v>46350</v></c></row></sheetData>` }],
      definedNames: `<definedName name="ReferenceDate">Inspection!$B$5</definedName><definedName name="Both">'A, b'!$A$1,Inspection!$B$5</definedName>`,
    });
    expect(book.definedNames).toEqual([
      { name: "ReferenceDate", ranges: ["Inspection!$B$5"] },
      { name: "Both", ranges: ["'A, b'!$A$1", "Inspection!$B$5"] },
    ]);
  });
});
