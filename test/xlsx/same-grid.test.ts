// The reader gives the grid a full ExcelJS load gives, on every workbook at hand: the fixtures, the
// real workbooks others wrote, the sample, what each command of this project writes, and copies of
// all of these saved by LibreOffice. Where ExcelJS is known wrong (a formula's result of 0 read as
// none; defined names: one of two alike kept, sheet names quoted), the comparison says so.
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { run, type Io } from "../../src/cli/main";
import type { CellValue } from "../../src/domain/grid";
import { workbookGrids } from "../../src/xlsx/read-lists";
import { streamWorkbookGrids, type StreamedWorkbook } from "../../src/xlsx/stream-grids";
import { readWorkbookFile } from "../../src/xlsx/workbook-file";
import { convertWithLibreOffice } from "../support/libreoffice";
import { REFERENCE, serial } from "../support/grids";
import { describeWithTools } from "../support/tools";

const ROOT = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "annex-a-same-grid-"));
const inDir = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(ROOT, folder, name));
const GIVEN = [...inDir("test/fixtures"), ...inDir("test/real-world"), join(ROOT, "assets/sample-annex-a.xlsx")];

async function cli(...argv: string[]): Promise<number> {
  const io: Io = { out: () => undefined, err: () => undefined, today: () => REFERENCE };
  return run(argv, io);
}

/** Workbooks each command of this project writes: written once, for both describes. */
let written: Promise<string[]> | undefined;
const writtenByCommands = () => (written ??= writeWithCommands());

async function writeWithCommands(): Promise<string[]> {
  const exported = join(dir, "export.xlsx");
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("LCS export").addRows([
    ["Contact date", "Person ID", "Sex", "DOB", "Ethnic group", "Source of contact"],
    [serial("2026-10-01"), "P100", "Male", serial("2015-03-10"), "WBRI", "6"],
    [serial("2026-10-05"), "P101", "F", serial("2012-07-21"), "APKN", "2A"],
  ]);
  await workbook.xlsx.writeFile(exported);
  const paths = {
    template: join(dir, "written-by-template.xlsx"),
    checkOut: join(dir, "written-by-check-out.xlsx"),
    realWorldOut: join(dir, "written-by-check-out-of-excel-file.xlsx"),
    importOut: join(dir, "written-by-import-out.xlsx"),
    selectOut: join(dir, "written-by-select-out.xlsx"),
  };
  expect(await cli("template", paths.template, "--notification-date", "2026-11-23")).toBe(0);
  expect(await cli("check", join(ROOT, "assets/sample-annex-a.xlsx"), "--out", paths.checkOut)).not.toBe(2);
  expect(
    await cli("check", join(ROOT, "test/real-world/ilacs-return-saved-by-excel.xlsx"), "--out", paths.realWorldOut),
  ).not.toBe(2);
  expect(await cli("import", exported, "--out", paths.importOut)).toBe(0);
  expect(await cli("select", join(ROOT, "assets/sample-annex-a.xlsx"), "--out", paths.selectOut)).toBe(0);
  return [exported, ...Object.values(paths)];
}

/** Trailing blanks dropped: both readers end a row at its last value, but may differ on blank cells after it. */
function trimmed(grid: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = grid.map((row) => {
    const cells = row.map((cell) => (cell === undefined ? null : cell));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const unquoted = (range: string) => range.replace(/^'(.*)'!/, (_, sheet: string) => `${sheet.replace(/''/g, "'")}!`);

async function expectSameGrids(path: string): Promise<void> {
  const ours: StreamedWorkbook = await streamWorkbookGrids(path);
  const loaded = await readWorkbookFile(path);
  const theirs = workbookGrids(loaded);
  expect({ path, sheets: ours.grids.map((entry) => entry.sheet) }).toEqual({
    path,
    sheets: theirs.grids.map((entry) => entry.sheet),
  });
  ours.grids.forEach((entry, index) => {
    const other = theirs.grids[index];
    const expected = trimmed(other.grid);
    // ExcelJS drops a formula's cached result when it is 0, FALSE or "" (its _copyModel copies only
    // truthy fields): there the file's result is right.
    entry.grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        const dropped = (cell === 0 || cell === false || cell === "") && (expected[r]?.[c] ?? null) === null;
        if (dropped && loaded.worksheets[index].getCell(r + 1, c + 1).type === ExcelJS.ValueType.Formula)
          (expected[r] ??= [])[c] = cell;
      }),
    );
    for (let r = 0; r < expected.length; r++) {
      expected[r] ??= [];
      for (let c = 0; c < expected[r].length; c++) expected[r][c] ??= null;
    }
    expect({ path, sheet: entry.sheet, grid: trimmed(entry.grid) }).toEqual({
      path,
      sheet: other.sheet,
      grid: trimmed(expected),
    });
    const order = (blocks: readonly object[] = []) => blocks.map((block) => JSON.stringify(block)).sort();
    expect({ path, sheet: entry.sheet, merged: order(entry.merged) }).toEqual({
      path,
      sheet: other.sheet,
      merged: order(other.merged),
    });
    expect({ path, sheet: entry.sheet, state: entry.state, hidden: entry.hidden }).toEqual({
      path,
      sheet: other.sheet,
      state: loaded.worksheets[index].state ?? "visible",
      hidden: (other as { hidden?: boolean }).hidden,
    });
  });
  // ExcelJS keeps one of two names alike and quotes every sheet name: each of its names is among ours.
  for (const name of theirs.definedNames) {
    const ranges = ours.definedNames
      .filter((entry) => entry.name === name.name)
      .flatMap((entry) => entry.ranges.map(unquoted));
    for (const range of name.ranges)
      expect({ path, name: name.name, range: ranges.includes(unquoted(range)) }).toEqual({
        path,
        name: name.name,
        range: true,
      });
  }
}

describe("the reader gives the grid a full ExcelJS load gives", () => {
  // The sample's full ExcelJS load takes seconds on a loaded machine: a generous timeout, not a speed test.
  it.each(GIVEN.map((path) => [basename(path), path]))(
    "%s",
    async (_name, path) => {
      await expectSameGrids(path);
    },
    60_000,
  );

  it("on a sheet of 20,000 rows, read in many chunks (a tag or a value cut between two)", async () => {
    const path = join(dir, "long.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Contacts");
    sheet.getColumn(3).numFmt = "dd/mm/yyyy";
    for (let row = 0; row < 20_000; row++)
      sheet.addRow([
        `C${row}`,
        row % 7 === 0 ? "Fish & chips <b>" : `Team ${row % 13}`,
        serial("2026-01-01") + (row % 300),
        row / 8,
        row % 5 === 0,
      ]);
    await workbook.xlsx.writeFile(path);
    await expectSameGrids(path);
    const ours = await streamWorkbookGrids(path);
    expect(ours.grids[0].grid[19_998]).toEqual([
      "C19998",
      "Team 4",
      serial("2026-01-01") + (19_998 % 300),
      19_998 / 8,
      false,
    ]);
    expect(ours.grids[0].grid[19_999][1]).toBe("Fish & chips <b>");
  }, 300_000);

  it("on every workbook the commands write: template, check --out, import --out, select --out", async () => {
    for (const path of await writtenByCommands()) await expectSameGrids(path);
  }, 300_000);
});

describeWithTools(["soffice"], "the same, on copies saved by LibreOffice", () => {
  it("reads each copy as ExcelJS does, and check --out copies a LibreOffice table (no table style)", async () => {
    const withTable = join(dir, "with-table.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Contacts").addTable({
      name: "Contacts",
      ref: "A1",
      columns: [{ name: "Child unique ID" }, { name: "Gender" }],
      rows: [["C1", "a) Male"]],
    });
    await workbook.xlsx.writeFile(withTable);
    const sources = [...GIVEN, ...(await writtenByCommands()), withTable];
    const copies = convertWithLibreOffice(sources, join(dir, "libreoffice"), "xlsx");
    for (const path of copies) await expectSameGrids(path);

    const marked = join(dir, "with-table-marked.xlsx");
    expect(await cli("check", copies[copies.length - 1], "--out", marked)).toBe(1);
    expect((await streamWorkbookGrids(marked)).grids[0].grid[1]).toEqual(["C1", "a) Male"]);
  }, 300_000);
});
