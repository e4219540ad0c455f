// Scale: a workbook of 100,000 contacts, 20,000 referrals and 5,000 children in need.
//  - `annex-a check` on it as a separate process: wall time and peak resident memory.
//  - the add-in's check on the in-memory workbook: syncs, operations, largest request, time.
// Prints one JSON line per scenario.   npm run bench:scale
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listSpec, type ListId } from "../src/domain/catalogue";
import { isoFromSerial, serialFromIso } from "../src/domain/dates";
import type { CellValue } from "../src/domain/grid";
import { checkWorkbook } from "../src/excel/check";
import { simulatedExcel } from "../src/sim/excel-sim";
import { listGrid } from "./generate";

const REFERENCE = serialFromIso("2026-11-24")!;
const SIZES: [ListId, number][] = [
  ["contacts", 100_000],
  ["referrals", 20_000],
  ["childrenInNeed", 5_000],
];
const ROOT = join(__dirname, "..");

async function writeWorkbook(path: string, grids: Map<ListId, CellValue[][]>): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  for (const [listId, grid] of grids) {
    const sheet = writer.addWorksheet(listSpec(listId).sheetName);
    for (const row of grid) sheet.addRow(row).commit();
    sheet.commit();
  }
  await writer.commit();
}

async function main(): Promise<void> {
  const grids = new Map(SIZES.map(([listId, rows], index) => [listId, listGrid(listId, rows, REFERENCE, 0.02, index + 1)] as const));
  const rows = SIZES.reduce((sum, [, count]) => sum + count, 0);
  const path = join(mkdtempSync(join(tmpdir(), "annex-a-scale-")), "scale.xlsx");
  await writeWorkbook(path, grids);

  // The command line, in its own process, so its peak memory is its own.
  const script = `const { run } = require(${JSON.stringify(join(ROOT, "lib/cli/main.js"))});
    const started = Date.now();
    const io = { out: () => {}, err: (t) => process.stderr.write(t + "\\n"), today: () => ${REFERENCE} };
    run(["check", ${JSON.stringify(path)}, "--json", "--reference-date", "${isoFromSerial(REFERENCE)}"], io).then((code) => {
      process.stdout.write(JSON.stringify({ code, ms: Date.now() - started, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    });`;
  const measured = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 }));
  console.log(
    JSON.stringify({ scenario: "annex-a check: 100,000 contacts, 20,000 referrals, 5,000 children in need", rows, fileMB: +(statSync(path).size / 2 ** 20).toFixed(1), ms: measured.ms, peakRssMB: measured.peakRssMB }),
  );

  const { sim, run } = simulatedExcel();
  for (const [listId, grid] of grids) {
    const sheet = sim.addSheet(listSpec(listId).sheetName);
    grid.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && (sheet.cellForWrite(r, c).value = value)));
  }
  sim.resetStats();
  const started = Date.now();
  const report = await checkWorkbook(run, { today: () => REFERENCE });
  const { syncs, ops, maxRequestBytes, maxResponseBytes } = sim.stats;
  console.log(
    JSON.stringify({ scenario: "add-in check on the in-memory workbook, same lists", rows, findings: report.result.findings.length, syncs, ops, maxRequestBytes, maxResponseBytes, ms: Date.now() - started }),
  );
}

void main();
