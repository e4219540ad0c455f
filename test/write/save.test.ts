// Never lose a file: every command that writes a workbook refuses an existing path unless --force,
// writes all or nothing, and reports a failed write in one line with exit status 2.
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, promises, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "../../src/cli/main";
import { serialFromIso } from "../../src/domain/dates";

const SAMPLE = join(__dirname, "../../assets/sample-annex-a.xlsx");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    today: () => serialFromIso("2026-11-24")!,
  };
  return { code: await run(argv, io), out: out.join("\n"), err: err.join("\n") };
}

async function exportFile(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Export").addRows([
    ["Contact date", "Person ID", "Sex", "DOB"],
    [serialFromIso("2026-10-01"), "P100", "Male", serialFromIso("2015-03-10")],
  ]);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Each command that writes, as arguments given the output path. */
const COMMANDS: [string, (dir: string, out: string) => Promise<string[]>][] = [
  ["template", async (_dir, out) => ["template", out]],
  ["check --out", async (_dir, out) => ["check", SAMPLE, "--out", out]],
  ["select --out", async (_dir, out) => ["select", SAMPLE, "--out", out]],
  ["import --out", async (dir, out) => ["import", await exportFile(join(dir, "export.xlsx")), "--out", out]],
];

describe.each(COMMANDS)("%s", (name, argsFor) => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "annex-a-save-"));
  });

  it("refuses an existing file unless --force, leaving it untouched", async () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "a filled workbook");
    const before = sha(out);
    const refused = await cli(...(await argsFor(dir, out)));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(refused.err.split("\n")).toHaveLength(1);
    expect(refused.out).not.toMatch(/Wrote/);
    expect(sha(out)).toBe(before);

    const forced = await cli(...(await argsFor(dir, out)), "--force");
    expect(forced.code).toBeLessThan(2);
    expect(sha(out)).not.toBe(before);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("says in one line, exit 2, when the output is a folder or its folder is missing", async () => {
    const folder = join(dir, "a folder.xlsx");
    mkdirSync(folder);
    const intoFolder = await cli(...(await argsFor(dir, folder)));
    expect([intoFolder.code, intoFolder.err]).toEqual([2, expect.stringMatching(/is a folder/)]);
    expect(intoFolder.err.split("\n")).toHaveLength(1);
    const missing = await cli(...(await argsFor(dir, join(dir, "no such folder", "out.xlsx"))));
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/does not exist/)]);
    expect(missing.out).not.toMatch(/Wrote/);
  });

  const rootIgnoresModes = process.getuid?.() === 0;
  (rootIgnoresModes ? it.skip : it)("says in one line, exit 2, when the folder is read-only", async () => {
    const readOnly = join(dir, "read-only");
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const result = await cli(...(await argsFor(dir, join(readOnly, "out.xlsx"))));
    chmodSync(readOnly, 0o755);
    expect([result.code, result.err]).toEqual([2, expect.stringMatching(/permission denied/)]);
    expect(readdirSync(readOnly)).toEqual([]);
  });

  // Every error for the fastest command; the one a Windows user meets most (Excel has the file open) for each.
  it.each(
    name === "template"
      ? [
          ["EBUSY", /open in another program/],
          ["EPERM", /permission denied/],
          ["EACCES", /permission denied/],
          ["EROFS", /read-only/],
          ["ENOSPC", /disk is full/],
        ]
      : [["EBUSY", /open in another program/]],
  )("reports %s from the file system in one line, exit 2, leaving no file behind", async (code, message) => {
    const out = join(dir, "out.xlsx");
    const rename = jest
      .spyOn(promises, "rename")
      .mockRejectedValueOnce(Object.assign(new Error(`${code}: simulated`), { code }));
    try {
      const result = await cli(...(await argsFor(dir, out)));
      expect([result.code, result.err]).toEqual([2, expect.stringMatching(message)]);
      expect(result.err.split("\n")).toHaveLength(1);
      expect(result.out).not.toMatch(/Wrote/);
      expect(readdirSync(dir).filter((name) => name !== "export.xlsx")).toEqual([]);
    } finally {
      rename.mockRestore();
    }
  });
});
