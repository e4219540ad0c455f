// Scale, in a council's own spellings: 100,000 contacts, 20,000 referrals and 5,000 children in
// need, every coded value written as the council's system writes it ("Male" for "a) Male", the
// bare code, "yes" for Y), so nearly every row has findings, nearly all warnings with a certain fix.
// Each step runs in its own process, so its time and peak memory are its own:
//  - ExcelJS's streaming reader reading every row, and its streaming writer copying the workbook
//    (the bars to measure against);
//  - `annex-a check` (text, and --json), `annex-a spellings`, and `annex-a check --out`.
// Prints one JSON line per step. SCALE=0.2 scales every list's rows (25,000 rows in all).
//   npm run build:cli && tsx bench/spellings-scale.bench.ts
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listOf, type ListId } from "../src/domain/catalogue";
import { isoFromSerial, serialFromIso } from "../src/domain/dates";
import type { CellValue } from "../src/domain/grid";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";
import { listGrid } from "./generate";

const REFERENCE = serialFromIso("2026-11-24")!;
const SCALE = Number(process.env.SCALE ?? "1");
const SIZES: [ListId, number][] = [
  ["contacts", Math.round(100_000 * SCALE)],
  ["referrals", Math.round(20_000 * SCALE)],
  ["childrenInNeed", Math.round(5_000 * SCALE)],
];
const ROOT = join(__dirname, "..");
const MINUTES = 15;

/** A coded value as a council's system might write it: the bare code, or the label without its letter. */
function ownSpelling(listId: ListId, grid: CellValue[][]): CellValue[][] {
  const columns = listOf(JTAI_NEGLECT_2017, listId).columns;
  return grid.map((row, index) =>
    index === 0
      ? row
      : row.map((value, c) => {
          const column = columns[c];
          if (typeof value !== "string" || !column.codeList) return value;
          if (column.kind === "yesNo") return value === "Y" ? "yes" : value === "N" ? "no" : value;
          const code = column.codeList.values.find((candidate) => candidate.canonical === value);
          return code?.code ?? /^[a-z]\)\s*(.+)$/i.exec(value)?.[1] ?? value;
        }),
  );
}

async function writeWorkbook(path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  SIZES.forEach(([listId, rows], index) => {
    const sheet = writer.addWorksheet(listOf(JTAI_NEGLECT_2017, listId).sheetName);
    for (const row of ownSpelling(listId, listGrid(listId, rows, REFERENCE, 0, index + 1))) sheet.addRow(row).commit();
    sheet.commit();
  });
  await writer.commit();
}

/** A script run in a process of its own: its wall time and peak resident memory, or why it failed. */
function timed(script: string): Record<string, unknown> {
  const wrapped = `const started = Date.now();
    Promise.resolve((async () => { ${script} })()).then((extra) => {
      process.stdout.write(JSON.stringify({ ms: Date.now() - started, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...(extra ?? {}) }));
    });`;
  try {
    return JSON.parse(
      execFileSync(process.execPath, ["-e", wrapped], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: MINUTES * 60_000,
        maxBuffer: 1 << 24,
      }),
    );
  } catch (error) {
    return { error: `did not finish within ${MINUTES} minutes or failed: ${(error as Error).message.slice(0, 200)}` };
  }
}

const streamingRead = (path: string) => `
  const ExcelJS = require("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(${JSON.stringify(path)}, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit" });
  let rows = 0;
  for await (const worksheet of reader) for await (const row of worksheet) rows += 1;
  return { rows };`;

const streamingCopy = (path: string, out: string) => `
  const ExcelJS = require("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(${JSON.stringify(path)}, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit" });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ${JSON.stringify(out)}, useSharedStrings: true, useStyles: true });
  for await (const worksheet of reader) {
    const sheet = writer.addWorksheet(worksheet.name);
    for await (const row of worksheet) sheet.addRow(row.values).commit();
    sheet.commit();
  }
  await writer.commit();`;

const annexA = (...argv: string[]) => `
  const { run } = require(${JSON.stringify(join(ROOT, "lib/cli/main.js"))});
  let outBytes = 0;
  const io = { out: (t) => { outBytes += t.length + 1; }, err: (t) => process.stderr.write(t + "\\n"), today: () => ${REFERENCE} };
  const code = await run(${JSON.stringify([...argv, "--reference-date", isoFromSerial(REFERENCE)])}, io);
  return { code, outBytes };`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "annex-a-spellings-scale-"));
  const path = join(dir, "own-spellings.xlsx");
  await writeWorkbook(path);
  const rows = SIZES.reduce((sum, [, count]) => sum + count, 0);
  const fileMB = +(statSync(path).size / 2 ** 20).toFixed(1);
  const only = process.env.ONLY?.split(",");
  const steps: [string, string][] = [
    ["ExcelJS streaming read", streamingRead(path)],
    ["ExcelJS streaming copy", streamingCopy(path, join(dir, "exceljs-copy.xlsx"))],
    ["annex-a check", annexA("check", path)],
    ["annex-a check --json", annexA("check", path, "--json")],
    ["annex-a spellings", annexA("spellings", path, "--out", join(dir, "spellings.csv"))],
    ["annex-a check --out", annexA("check", path, "--out", join(dir, "marked.xlsx"))],
  ];
  const measured = new Map<string, Record<string, unknown>>();
  for (const [scenario, script] of steps) {
    if (only && !only.some((name) => scenario.includes(name))) continue;
    const result = timed(script);
    measured.set(scenario, result);
    const copy = measured.get("ExcelJS streaming copy")?.ms as number | undefined;
    const load = readFileSync("/proc/loadavg", "utf8").split(" ")[0];
    console.log(
      JSON.stringify({
        scenario,
        rows,
        fileMB,
        ...result,
        ...(copy && typeof result.ms === "number" ? { overExcelJsCopy: +(result.ms / copy).toFixed(2) } : {}),
        load,
      }),
    );
  }
  console.log(JSON.stringify({ workbook: path }));
}

void main();
