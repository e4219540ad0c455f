// The marked copy changes the look of exactly the cells with findings, and each mark outranks the
// focus highlight.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "../../src/cli/main";
import type { JsonReport } from "../../src/cli/report";
import { serialFromIso } from "../../src/domain/dates";
import { cellAddress } from "../../src/domain/grid";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { gridOf, validRow } from "../support/grids";
import { boxOf } from "../support/ooxml-check";
import JSZip from "jszip";

const SAMPLE = join(__dirname, "../../assets/sample-annex-a.xlsx");
const dir = mkdtempSync(join(tmpdir(), "annex-a-marks-"));

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => out.push(text),
    today: () => serialFromIso("2026-11-24")!,
  };
  return { code: await run(argv, io), out: out.join("\n") };
}

/** Read as the command line reads a copy, without 100,000 rows of drop-downs cell by cell. */
async function load(path: string): Promise<ExcelJS.Workbook> {
  return (await readWorkbookForCopy(path)).workbook;
}

/** Every cell's style on a sheet, by address, as JSON. */
function styles(sheet: ExcelJS.Worksheet): Map<string, string> {
  const found = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => found.set(cell.address, JSON.stringify(cell.style ?? {}))),
  );
  return found;
}

describe("check --out marks", () => {
  const out = join(dir, "marked.xlsx");
  let report: JsonReport;
  let input: ExcelJS.Workbook;
  let marked: ExcelJS.Workbook;

  beforeAll(async () => {
    report = JSON.parse((await cli("check", SAMPLE, "--json")).out) as JsonReport;
    expect((await cli("check", SAMPLE, "--out", out)).code).toBe(1);
    input = await load(SAMPLE);
    marked = await load(out);
  });

  it("changes the style of exactly the cells with findings", () => {
    const expected = new Set(report.findings.map((item) => `${item.sheet}!${item.cell}`));
    expect(expected.size).toBeGreaterThan(5);
    const changed = new Set<string>();
    for (const sheet of input.worksheets) {
      const before = styles(sheet);
      const after = styles(marked.getWorksheet(sheet.name)!);
      for (const address of new Set([...before.keys(), ...after.keys()])) {
        if ((before.get(address) ?? "{}") !== (after.get(address) ?? "{}")) changed.add(`${sheet.name}!${address}`);
      }
    }
    expect([...changed].sort()).toEqual([...expected].sort());
  });

  it("puts the reason on the cell as a note and on the findings sheet", () => {
    const first = report.findings[0];
    const cell = marked.getWorksheet(first.sheet!)!.getCell(first.cell);
    expect(JSON.stringify(cell.note)).toContain(first.code);
    const findings = marked.getWorksheet("Annex A findings")!;
    const rows = (findings.getSheetValues() as unknown[][]).filter(Boolean).map((row) => JSON.stringify(row));
    expect(
      rows.some((row) => row.includes(first.code) && row.includes(JSON.stringify(first.message).slice(1, -1))),
    ).toBe(true);
  });

  it("gives each mark a conditional format that outranks the focus highlight", () => {
    const sheet = marked.getWorksheet("Children in need")!;
    const formats = (
      sheet as unknown as {
        conditionalFormattings: { ref: string; rules: { priority: number; formulae?: string[] }[] }[];
      }
    ).conditionalFormattings;
    const marks = formats.filter((format) => format.rules[0].formulae?.[0] === "TRUE");
    const focus = formats.filter((format) => format.rules[0].formulae?.[0] !== "TRUE");
    expect(marks.length).toBeGreaterThan(0);
    expect(focus).toHaveLength(1); // the template's highlight, not a second one over the same rows
    const markedCells = marks
      .flatMap((format) => format.ref.split(" "))
      .flatMap((ref) => {
        const box = boxOf(ref);
        const cells: string[] = [];
        for (let row = box.top; row <= box.bottom; row++)
          for (let column = box.left; column <= box.right; column++) cells.push(cellAddress(row - 1, column - 1));
        return cells;
      });
    const onSheet = report.findings.filter((item) => item.sheet === sheet.name).map((item) => item.cell);
    expect(markedCells.sort()).toEqual([...new Set(onSheet)].sort());
    expect(Math.max(...marks.flatMap((format) => format.rules.map((rule) => rule.priority)))).toBeLessThan(
      Math.min(...focus.flatMap((format) => format.rules.map((rule) => rule.priority))),
    );
  });
});

describe("check --out on a return with a mark on every row", () => {
  it("gives the 10,000 marked cells a handful of cell formats between them, not one each", async () => {
    // Every gender written "Male" (a warning), every tenth child's disability "maybe" (an error).
    const grid = gridOf(
      "childrenInNeed",
      Array.from({ length: 10_000 }, (_, index) =>
        validRow("childrenInNeed", {
          childId: `C${100_000 + index}`,
          gender: "Male",
          ...(index % 10 === 0 ? { disability: "maybe" } : {}),
        }),
      ),
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Children in need").addRows(grid);
    const input = join(dir, "every-row.xlsx");
    const out = join(dir, "every-row-marked.xlsx");
    await workbook.xlsx.writeFile(input);
    expect((await cli("check", input, "--out", out)).code).toBe(1);

    const zip = await JSZip.loadAsync(readFileSync(out));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const cellFormats = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    expect(cellFormats).toBeGreaterThan(2); // the plain cells', a warning's and an error's at least
    expect(cellFormats).toBeLessThan(40);
    // Every marked cell has its note, so all 11,000 marks were written.
    const notes = await zip.file(/^xl\/comments\d+\.xml$/)[0].async("string");
    expect(notes.match(/<comment /g)).toHaveLength(11_000);
  }, 120_000);
});
