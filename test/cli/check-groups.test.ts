// `annex-a check` reports findings in groups, by what fixes them: one line per group in the text,
// a `groups` key beside every finding in the JSON, written piece by piece as the reader takes it,
// and a row per group on the marked copy's findings sheet.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { JsonReport } from "../../src/cli/report";
import { run, type Io } from "../../src/cli/main";
import { writerTo } from "../../src/cli/shared";
import { FINDINGS_HEADINGS, FINDINGS_SHEET } from "../../src/domain/findings";
import { FINDINGS_HEADER_ROW, FINDINGS_SUMMARY_CELL } from "../../src/domain/findings-plan";
import { cli } from "../support/cli";
import { gridOf, REFERENCE, validRow } from "../support/grids";

const dir = mkdtempSync(join(tmpdir(), "annex-a-groups-"));

/**
 * A children in need list of `rows` children: every gender written ‘Male’, every fourth
 * disability ‘yes’, and the primary need blank on rows 3 and 5 of the sheet.
 */
async function localSpellings(name: string, rows: number): Promise<string> {
  const grid = gridOf(
    "childrenInNeed",
    Array.from({ length: rows }, (_, index) =>
      validRow("childrenInNeed", {
        childId: `C${1000 + index}`,
        gender: "Male",
        ...(index % 4 === 0 ? { disability: "yes" } : {}),
        ...(index === 1 || index === 3 ? { primaryNeed: null } : {}),
      }),
    ),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Children in need").addRows(grid);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("annex-a check's findings in groups", () => {
  let path: string;

  beforeAll(async () => {
    path = await localSpellings("spellings.xlsx", 300);
  });

  it("prints one line per group, errors first, the first few cells then …", async () => {
    const result = await cli("check", path, "--reference-date", "2026-11-24");
    expect(result.code).toBe(1);
    const lines = result.out.split("\n").filter((line) => / — \d[\d,]* cells? \(/.test(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ {2}error +REQUIRED-BLANK +Primary need code: .* — 2 cells \(I3, I5\)$/);
    expect(lines[1]).toMatch(
      /^ {2}warning +CODE-ALIAS +Gender: ‘Male’ means ‘a\) Male’.* Suggested fix: a\) Male\. — 300 cells \(B2, B3, B4, B5, B6 …\)$/,
    );
    expect(lines[2]).toMatch(
      /Does the child have a disability\? \(Y\/N\): ‘yes’ means Y.* — 75 cells \(G2, G6, G10, G14, G18 …\)$/,
    );
    // Every group is shown; none is cut short, and the verdict still ends the report.
    expect(result.out).not.toMatch(/and \d+ more/);
    expect(result.out).toMatch(/Total: 2 errors, 375 warnings\.\n\nNot ready to send/);
  });

  it("adds groups to the JSON whose counts add up to the findings, each cell in one group", async () => {
    const result = await cli("check", path, "--json", "--reference-date", "2026-11-24");
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.findings).toHaveLength(377);
    expect(report.groups.map((group) => [group.severity, group.code, group.count])).toEqual([
      ["error", "REQUIRED-BLANK", 2],
      ["warning", "CODE-ALIAS", 300],
      ["warning", "YN-ALIAS", 75],
    ]);
    expect(report.groups.reduce((sum, group) => sum + group.count, 0)).toBe(report.findings.length);
    const grouped = report.groups.flatMap((group) => group.cells);
    expect([...grouped].sort()).toEqual(report.findings.map((item) => item.cell).sort());
    expect(report.groups[1]).toEqual({
      sheet: "Children in need",
      list: "childrenInNeed",
      column: "Gender",
      severity: "warning",
      code: "CODE-ALIAS",
      message: expect.stringContaining("‘Male’ means ‘a) Male’"),
      fix: "a) Male",
      value: "Male",
      count: 300,
      cells: Array.from({ length: 300 }, (_, index) => `B${index + 2}`),
    });
    // A group with no fix names no value.
    expect(report.groups[0]).not.toHaveProperty("value");
  });

  it("writes the marked copy's findings sheet a row per group, its first cell linked", async () => {
    const out = join(dir, "marked.xlsx");
    const result = await cli("check", path, "--out", out, "--reference-date", "2026-11-24");
    expect(result.code).toBe(1);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(out);
    const sheet = marked.getWorksheet(FINDINGS_SHEET)!;
    const at = (row: number, heading: (typeof FINDINGS_HEADINGS)[number]) =>
      sheet.getCell(row, FINDINGS_HEADINGS.indexOf(heading) + 1);
    const first = FINDINGS_HEADER_ROW + 1;
    expect(sheet.rowCount).toBe(FINDINGS_HEADER_ROW + 3);
    expect([first, first + 1, first + 2].map((row) => [at(row, "Code").value, at(row, "Cells").value])).toEqual([
      ["REQUIRED-BLANK", 2],
      ["CODE-ALIAS", 300],
      ["YN-ALIAS", 75],
    ]);
    expect(at(first + 1, "First cell").value).toBe("B2");
    expect(at(first + 1, "Which cells").value).toMatch(/^B2, B3, .*, B21 … and 280 more$/);
    expect(sheet.getCell(FINDINGS_SUMMARY_CELL).value).toBe(
      "377 findings (2 errors, 375 warnings) in 3 groups, one row each; checked 24/11/2026",
    );
    // One link a group, to its first cell, not one a cell: read from the file itself, as ExcelJS
    // reads no link within the workbook.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file(`xl/worksheets/sheet${marked.worksheets.indexOf(sheet) + 1}.xml`)!.async("string");
    const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"\/>/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual([
      [at(first, "First cell").address, "&apos;Children in need&apos;!I3"],
      [at(first + 1, "First cell").address, "&apos;Children in need&apos;!B2"],
      [at(first + 2, "First cell").address, "&apos;Children in need&apos;!G2"],
    ]);
    expect(xml.match(/<hyperlink /g)).toHaveLength(3);
  });

  it("waits for a slow reader rather than holding the report: never more than a piece unread", async () => {
    const big = await localSpellings("many.xlsx", 2000);
    const HIGH_WATER = 1024;
    let written = "";
    let mostUnread = 0;
    // A reader that takes each chunk only on a later turn of the event loop, as a pipe might.
    const reader = new Writable({
      highWaterMark: HIGH_WATER,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        setImmediate(done);
      },
    });
    const write = writerTo(reader);
    const io: Io = {
      out: () => {
        throw new Error("the JSON report goes through write when the Io has it");
      },
      err: () => undefined,
      today: () => REFERENCE,
      write: async (text) => {
        await write(text);
        mostUnread = Math.max(mostUnread, reader.writableLength);
      },
    };
    const code = await run(["check", big, "--json", "--reference-date", "2026-11-24"], io);
    await new Promise<void>((resolve) => reader.end(resolve));
    expect(code).toBe(1);
    const report = JSON.parse(written) as JsonReport;
    expect(report.findings).toHaveLength(2502);
    // The report is megabytes long; unread, there was never more than one piece (about 64 KB).
    expect(written.length).toBeGreaterThan(1_000_000);
    expect(mostUnread).toBeLessThan(HIGH_WATER + 200 * 1024);
  });
});
