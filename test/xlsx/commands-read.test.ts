// How the commands read files: the same answer every time and with or without --out; a copy
// import wrote can be checked; a CSV export checked like a sheet; an .ods named; a closed pipe.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import type { JsonReport } from "../../src/cli/report";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { serial } from "../support/grids";
import { cli } from "../support/cli";

const ROOT = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "annex-a-commands-read-"));
const REAL_WORLD = join(ROOT, "test/real-world/ilacs-return-saved-by-excel.xlsx");

describe("the same answer every time", () => {
  it("checks a workbook Excel saved ten times with byte-identical JSON", async () => {
    const outputs = new Set<string>();
    const codes = new Set<number>();
    for (let time = 0; time < 10; time++) {
      const result = await cli("check", REAL_WORLD, "--json");
      outputs.add(result.out);
      codes.add(result.code);
    }
    expect(outputs.size).toBe(1);
    expect(codes.size).toBe(1);
    const report = JSON.parse([...outputs][0]) as JsonReport;
    // Excel's shared strings read as text: the lists are found and their rows read.
    expect(report.lists.length).toBeGreaterThan(0);
    expect(report.lists.reduce((sum, list) => sum + list.rows, 0)).toBeGreaterThan(0);
    expect([...outputs][0]).not.toContain("[object Object]");
    // Ten whole runs: a few seconds quiet, far more on a loaded machine; the limit stops only a hang.
  }, 300_000);

  it.each([
    ["the Excel-saved ILACS return", REAL_WORLD],
    ["a fixture with merged cells", join(ROOT, "test/fixtures/invalid.merged-cells.xlsx")],
  ])("gives the same findings for %s with and without --out", async (_name, path) => {
    const plain = await cli("check", path, "--json");
    const withOut = await cli(
      "check",
      path,
      "--json",
      "--out",
      join(dir, `marked-${Math.random().toString(36).slice(2)}.xlsx`),
    );
    expect(withOut.code).toBe(plain.code);
    expect(withOut.out).toBe(plain.out);
  });

  it("checks a workbook that import --out wrote", async () => {
    const exported = join(dir, "export.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("LCS export").addRows([
      ["Contact date", "Person ID", "Sex", "DOB", "Ethnic group", "Source of contact"],
      [serial("2026-10-01"), "P100", "Male", serial("2015-03-10"), "WBRI", "6"],
    ]);
    await workbook.xlsx.writeFile(exported);
    const imported = join(dir, "imported.xlsx");
    expect((await cli("import", exported, "--out", imported)).code).toBe(0);
    const result = await cli("check", imported, "--json");
    expect(result.err).toBe("");
    expect(result.code).not.toBe(2);
    expect((JSON.parse(result.out) as JsonReport).lists).toEqual([
      { list: "contacts", sheet: "Contacts", rows: 1, status: "checked" },
    ]);
  });
});

describe("a CSV export", () => {
  const headings = listOf(JTAI_NEGLECT_2017, "contacts").columns.map((column) => column.heading);
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

  it("is checked like a one-sheet workbook named after the file: BOM, quoted commas and line breaks, UK dates", async () => {
    const rows = [
      headings.map(quoted).join(","),
      ["C1001", "a) Male", "a) WBRI", "10/03/2015", "", "11", "01/10/2026", "6 Police"].join(","),
      ['"C1002"', "b) Female", "a) WBRI", "21/07/2012", "", "14", "05/10/2026", '"2A Schools"'].join(","),
      ["C1003", "b) Female", "a) WBRI", "38/04/2019", "", "7", "06/10/2026", '"6 Police, via ""101""\nline two"'].join(
        ",",
      ),
    ];
    const path = join(dir, "LCS contacts.csv");
    writeFileSync(path, "\ufeff" + rows.join("\r\n") + "\r\n");
    const result = await cli("check", path, "--json");
    expect(result.err).toBe("");
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.lists).toEqual([{ list: "contacts", sheet: "LCS contacts", rows: 3, status: "checked" }]);
    const messages = report.findings.map((finding) => `${finding.cell ?? ""} ${finding.code} ${finding.message}`);
    // The impossible date is found; the UK dates are read as dates; the quoted field stays one cell.
    expect(messages.some((line) => line.includes("DATE-IMPOSSIBLE") && line.includes("38/04/2019"))).toBe(true);
    expect(messages.filter((line) => / DATE-(NOT-A-DATE|US-ORDER)/.test(line))).toEqual([]);
    expect(messages.some((line) => line.includes("6 Police, via"))).toBe(true);
    expect(result.code).toBe(1);
  });

  it("gets a marked copy as an .xlsx with --out, under a sheet name Excel allows", async () => {
    const path = join(dir, "LCS export [Nov 2026] contacts from the front door.csv");
    const text = `${headings.join(",")}\nC1001,a) Male,a) WBRI,10/03/2015,,11,31/02/2026,6 Police\n`;
    writeFileSync(path, text);
    const out = join(dir, "contacts-marked.xlsx");
    const result = await cli("check", path, "--out", out);
    expect(result.code).toBe(1);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(out);
    expect(marked.getWorksheet("LCS export -Nov 2026- contacts")!.getCell("A2").value).toBe("C1001");
    expect(readFileSync(path, "utf8")).toBe(text);
  });
});

describe("files that are not .xlsx", () => {
  it("names an .ods and says to save it as .xlsx, whatever its extension", async () => {
    const ods = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": strToU8("<office:document-content/>"),
    });
    for (const name of ["list.ods", "renamed.xlsx"]) {
      const path = join(dir, name);
      writeFileSync(path, ods);
      const result = await cli("check", path);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/is an OpenDocument spreadsheet \(\.ods\).*save it as an Excel Workbook \(\.xlsx\)/);
      expect(result.err.split("\n")).toHaveLength(1);
    }
  });
});

describe("a closed pipe", () => {
  it("ends quietly when the reader stops early (check --json | head -1)", async () => {
    // Enough findings that the report outgrows the pipe's buffer.
    const headings = listOf(JTAI_NEGLECT_2017, "contacts")
      .columns.map((column) => column.heading)
      .join(",");
    const rows = Array.from({ length: 3000 }, (_, index) => `C${index},x,y,38/04/2019,,seven,99/99/2026,zz`);
    const path = join(dir, "many-findings.csv");
    writeFileSync(path, [headings, ...rows].join("\n"));
    const child = spawn(process.execPath, [join(ROOT, "bin/annex-a.js"), "check", path, "--json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).not.toBe(70);
  }, 300_000);
});
