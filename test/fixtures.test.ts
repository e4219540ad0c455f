// The fixtures corpus: workbooks shaped like real returns (scripts/make-fixtures.ts), each checked
// by the command line, with exactly the findings its entry lists. Also: a marked copy writes the
// IDs that look like formulas back as text, never as formulas Excel would run.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_REFERENCE, FIXTURES } from "../scripts/make-fixtures";
import { run, type Io } from "../src/cli/main";
import type { JsonReport } from "../src/cli/report";
import { REFERENCE } from "./support/grids";

const FOLDER = join(__dirname, "fixtures");

async function check(...argv: string[]): Promise<{ code: number; report: JsonReport }> {
  const out: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: () => undefined, today: () => REFERENCE };
  const code = await run(["check", ...argv, "--json", "--reference-date", FIXTURE_REFERENCE], io);
  return { code, report: JSON.parse(out.join("\n")) as JsonReport };
}

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture]))("%s", (name, fixture) => {
  it("is in the corpus", () => {
    expect(existsSync(join(FOLDER, `${name}.xlsx`))).toBe(true);
  });

  it(`finds ${fixture.expected.length === 0 ? "nothing" : fixture.expected.join(", ")}`, async () => {
    const { code, report } = await check(join(FOLDER, `${name}.xlsx`));
    const found = report.findings.map((item) => `${item.code}@${item.cell}`).sort();
    expect(found).toEqual([...fixture.expected].sort());
    expect(code).toBe(report.findings.some((item) => item.severity === "error") ? 1 : 0);
    if ((name as string).startsWith("valid.")) expect(code).toBe(0);
  });
});

describe("merged cells", () => {
  it("read the same whether the sheets are streamed or the workbook is loaded for a copy", async () => {
    const file = join(FOLDER, "invalid.merged-cells.xlsx");
    const streamed = await check(file);
    const loaded = await check(file, "--out", join(mkdtempSync(join(tmpdir(), "annex-a-merged-")), "marked.xlsx"));
    const codes = (report: JsonReport) => report.findings.map((item) => `${item.code}@${item.cell}`).sort();
    expect(codes(loaded.report)).toEqual(codes(streamed.report));
  });
});

describe("a marked copy of IDs that look like formulas", () => {
  it("keeps them as text", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "annex-a-fixtures-")), "marked.xlsx");
    await check(join(FOLDER, "valid.ids-that-look-like-formulas.xlsx"), "--out", out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const ids = [2, 3, 4, 5].map((row) => workbook.getWorksheet("Contacts")!.getCell(`A${row}`).value);
    expect(ids).toEqual(["=1+1", "+4471", "-12", "@home"]);
  });
});
