// Every workbook the checker reads can be copied with its marks (check --out), whoever wrote it:
// the fixtures, the real workbooks others wrote, and layouts ExcelJS cannot read as they are
// (rows and cells without addresses, tags with a namespace prefix, formulas saved without their
// result). The copy holds the same values, and each finding's note is on the cell it names.
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { strFromU8, strToU8, zipSync } from "fflate";
import { existsSync, writeFileSync } from "node:fs";
import { run, type Io } from "../../src/cli/main";
import type { JsonReport } from "../../src/cli/report";
import { NO_SAVED_RESULT, type CellValue } from "../../src/domain/grid";
import { streamWorkbookGrids } from "../../src/xlsx/stream-grids";
import { readWorkbookForCopy, withAddresses, withoutMainPrefix } from "../../src/xlsx/workbook-copy";
import { columnOf, gridOf, REFERENCE, validRow } from "../support/grids";
import { xlsxParts } from "./build-xlsx";

const ROOT = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "annex-a-copy-"));
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), today: () => REFERENCE };
  return { code: await run(argv, io), out: out.join(""), err: err.join("\n") };
}

/**
 * A children in need list as a writer that gives no addresses lays it out: a title over the
 * headings, shared strings (one rich), a skipped cell written as an empty <c/>, a row left empty,
 * a wrong gender code and a formula saved without its result, in known cells.
 */
function listWithoutAddresses(prefix: boolean): Record<string, Uint8Array> {
  const grid: CellValue[][] = [
    ["Children in need, Council X"],
    ...gridOf("childrenInNeed", [
      validRow("childrenInNeed", { gender: "zz" }),
      validRow("childrenInNeed", { childId: "C1002", allocatedWorker: null }),
    ]),
  ];
  const strings: string[] = [];
  const cell = (value: CellValue, at: string) => {
    if (value === null || value === undefined) return "<c/>";
    if (typeof value === "number") return `<c><v>${value}</v></c>`;
    if (at === "A4") return `<c t="str"><f>"C"&amp;"1002"</f></c>`; // no saved result
    strings.push(String(value));
    return `<c t="s"><v>${strings.length - 1}</v></c>`;
  };
  const rows = grid.map(
    (row, r) => `<row>${row.map((value, c) => cell(value, `${String.fromCharCode(65 + c)}${r + 1}`)).join("")}</row>`,
  );
  rows.splice(1, 0, "<row/>"); // row 2 left empty: headings on row 3
  const items = strings.map((text, index) =>
    index === 0
      ? `<si><r><rPr><b/></rPr><t>${text.slice(0, 8)}</t></r><r><t>${text.slice(8)}</t></r></si>`
      : `<si><t>${text}</t></si>`,
  );
  const parts = xlsxParts({
    sheets: [
      {
        name: "Children in need",
        xml: `<sheetData>${rows.join("")}</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>`,
      },
    ],
    sharedStrings: items.join(""),
  });
  if (!prefix) return parts;
  // Every SpreadsheetML part with its tags under the x: prefix, as some exports write them.
  for (const name of ["xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]) {
    const xml = strFromU8(parts[name])
      .replace(/<(\/?)([A-Za-z])/g, "<$1x:$2")
      .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    parts[name] = strToU8(xml);
  }
  return parts;
}

const written = (name: string, parts: Record<string, Uint8Array>) => {
  const path = join(dir, name);
  writeFileSync(path, zipSync(parts));
  return path;
};

const inDir = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(ROOT, folder, name));

const GIVEN = [
  ...inDir("test/fixtures"),
  ...inDir("test/real-world"),
  written("without-addresses.xlsx", listWithoutAddresses(false)),
  written("prefixed-without-addresses.xlsx", listWithoutAddresses(true)),
];

/** The note ExcelJS reads on a cell, as text. */
function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && "texts" in note)
    return (note as { texts: { text: string }[] }).texts.map((run) => run.text).join("");
  return "";
}

const trimmed = (grid: readonly (readonly CellValue[])[]) => {
  const rows = grid.map((row) => {
    const cells = row.map((value) => value ?? null);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
};

describe("check --out copies every workbook the checker reads", () => {
  it.each(GIVEN.map((path) => [basename(path), path]))(
    "%s: the same values, and each note on the cell its finding names",
    async (name, path) => {
      const plain = await cli("check", path, "--json");
      // Read by the checker: a report, not a one-line refusal (an empty template is exit 2, nothing checked).
      expect(plain.err).toBe("");
      const copy = join(dir, `marked-${name}`);
      const marked = await cli("check", path, "--json", "--out", copy);
      expect({ name, code: marked.code, err: marked.err }).toEqual({ name, code: plain.code, err: "" });
      const report = JSON.parse(marked.out) as JsonReport;

      const source = await streamWorkbookGrids(path);
      const copied = await streamWorkbookGrids(copy);
      for (const { sheet, grid } of source.grids) {
        const other = copied.grids.find((entry) => entry.sheet === sheet);
        expect({ sheet, grid: trimmed(other?.grid ?? []) }).toEqual({ sheet, grid: trimmed(grid) });
      }
      const workbook = (await readWorkbookForCopy(copy)).workbook;
      for (const finding of report.findings) {
        if (!finding.sheet || !finding.cell) continue;
        const note = noteOf(workbook.getWorksheet(finding.sheet)!.getCell(finding.cell));
        expect({ at: `${finding.sheet}!${finding.cell}`, has: note.includes(finding.code) }).toEqual({
          at: `${finding.sheet}!${finding.cell}`,
          has: true,
        });
      }
    },
    60_000,
  );

  it("finds, in a list without addresses, the wrong code and the formula without a result where they are", async () => {
    for (const path of GIVEN.filter((given) => /without-addresses/.test(given))) {
      const report = JSON.parse((await cli("check", path, "--json")).out) as JsonReport;
      const gender = String.fromCharCode(65 + columnOf("childrenInNeed", "gender"));
      expect(report.findings.map((finding) => [finding.cell, finding.code])).toEqual(
        expect.arrayContaining([
          [`${gender}4`, expect.stringMatching(/^CODE-/)],
          ["A5", "CELL-EXCEL-ERROR"],
        ]),
      );
      expect((await streamWorkbookGrids(path)).grids[0].grid[4][0]).toBe(NO_SAVED_RESULT);
    }
  });
});

describe("the package made readable for ExcelJS", () => {
  it("gives each row and cell without one the address the checker counts, and leaves the others", () => {
    expect(
      withAddresses(
        `<sheetData><row><c t="s"><v>0</v></c><c/></row><row r="4" spans="1:3"><c r="B4"><v>2</v></c><c s="1"><v>3</v></c></row><row><c><v>4</v></c></row></sheetData><cols><col min="1"/></cols>`,
      ),
    ).toBe(
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row><row r="4" spans="1:3"><c r="B4"><v>2</v></c><c r="C4" s="1"><v>3</v></c></row><row r="5"><c r="A5"><v>4</v></c></row></sheetData><cols><col min="1"/></cols>`,
    );
    const addressed = `<row r="1"><c r="A1"><v>1</v></c></row>`;
    expect(withAddresses(addressed)).toBe(addressed);
  });

  it("drops the prefix bound to SpreadsheetML's namespace from tags, and only that one", () => {
    expect(withoutMainPrefix(`<x:sst xmlns:x="${MAIN}" xmlns:y="other"><x:si><x:t>a</x:t></x:si><y:z/></x:sst>`)).toBe(
      `<sst xmlns:x="${MAIN}" xmlns:y="other"><si><t>a</t></si><y:z/></sst>`,
    );
  });
});

describe("import of an export holding formulas without their result", () => {
  const headings = gridOf("childrenInNeed", [])[0];
  const row = (cells: string) => `<row>${cells}</row>`;
  const path = written(
    "export-unsaved.xlsx",
    xlsxParts({
      sheets: [
        {
          name: "Export",
          xml: `<sheetData>${row(headings.map((text) => `<c t="inlineStr"><is><t>${String(text)}</t></is></c>`).join(""))}${row(`<c t="str"><f>"C"&amp;"1"</f></c>`)}</sheetData>`,
        },
      ],
    }),
  );

  it("writes nothing, and says which cell has no value to import and how to get one", async () => {
    const out = join(dir, "never-imported.xlsx");
    const result = await cli("import", path, "--out", out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^Nothing was written: 1 cell to import \(first A2\) holds a formula whose result was not saved in the file\. Open .* in Excel and save it/,
    );
    expect(result.err.split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("says so in the preview", async () => {
    const result = await cli("import", path, "--preview");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/1 cell to import \(first A2\) holds a formula whose result was not saved/);
  });
});
