// Scale: a workbook of 100,000 contacts, 20,000 referrals and 5,000 children in need, written
// twice: with inline strings, and with shared strings and date styles as Excel writes them.
//  - for each: ExcelJS's streaming reader merely reading every row (the bar to beat), then
//    `annex-a check` on it in its own process: wall time, peak resident memory, rows read.
//  - the add-in's check on the in-memory workbook: syncs, operations, largest request, time.
// Prints one JSON line per scenario, and writes the add-in check's counts into README.md.
//   npm run bench:scale
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../src/cli/report";
import { listOf, type ListId } from "../src/domain/catalogue";
import { isoFromSerial, serialFromIso } from "../src/domain/dates";
import type { CellValue } from "../src/domain/grid";
import { UK_DATE_FORMAT } from "../src/domain/workbook-conventions";
import { checkWorkbook } from "../src/excel/check";
import { simulatedExcel } from "../src/sim/excel-sim";
import { listGrid } from "./generate";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../src/domain/form-choice";
import { count, size, writeReadmeFigures } from "./readme-figures";

const REFERENCE = serialFromIso("2026-11-24")!;
const SIZES: [ListId, number][] = [
  ["contacts", 100_000],
  ["referrals", 20_000],
  ["childrenInNeed", 5_000],
];
const ROOT = join(__dirname, "..");

async function writeWorkbook(path: string, grids: Map<ListId, CellValue[][]>, sharedStrings: boolean): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: sharedStrings,
    useStyles: sharedStrings,
  });
  for (const [listId, grid] of grids) {
    const sheet = writer.addWorksheet(listOf(JTAI_NEGLECT_2017, listId).sheetName);
    if (sharedStrings)
      listOf(JTAI_NEGLECT_2017, listId).columns.forEach(
        (column, index) => column.kind === "date" && (sheet.getColumn(index + 1).numFmt = UK_DATE_FORMAT),
      );
    for (const row of grid) sheet.addRow(row).commit();
    sheet.commit();
  }
  await writer.commit();
}

/** ExcelJS's streaming reader, doing nothing but reading every row; its CPU time too (this process's, every thread). */
async function excelJsStreamingRead(path: string): Promise<{ ms: number; cpuMs: number; rows: number }> {
  const started = Date.now();
  const cpu = process.cpuUsage();
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "emit",
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) rows += row.number > 0 ? 1 : 0;
  }
  const used = process.cpuUsage(cpu);
  return { ms: Date.now() - started, cpuMs: Math.round((used.user + used.system) / 1000), rows };
}

/**
 * The check's three steps timed apart, in a process of their own, as the command runs them:
 * reading the grids, the rules, the JSON report (built, not written).
 */
function checkSteps(path: string): { readMs: number; rulesMs: number; reportMs: number } {
  const lib = (part: string) => JSON.stringify(join(ROOT, "lib", part));
  const script = `const { readWorkbookGrids } = require(${lib("xlsx/stream-grids.js")});
    const { sheetInputs } = require(${lib("xlsx/read-lists.js")});
    const { validateWorkbook } = require(${lib("domain/engine.js")});
    const { FORMS, recogniseForm } = require(${lib("domain/form-choice.js")});
    const { jsonReport } = require(${lib("cli/report.js")});
    const { summariseCheck } = require(${lib("domain/check-summary.js")});
    const { prettyJsonPieces } = require(${lib("cli/json-pieces.js")});
    (async () => {
      const started = Date.now();
      const source = await readWorkbookGrids(${JSON.stringify(path)});
      const read = Date.now();
      const inputs = sheetInputs(source);
      const choice = recogniseForm(FORMS, inputs);
      const result = validateWorkbook(choice.form, inputs, { referenceSerial: ${REFERENCE} });
      const checked = Date.now();
      let characters = 0;
      const { readiness } = summariseCheck(result, { kind: "none", serial: ${REFERENCE} }, ${REFERENCE});
      for (const piece of prettyJsonPieces(jsonReport(result, ${REFERENCE}, choice, readiness))) characters += piece.length;
      process.stdout.write(JSON.stringify({ readMs: read - started, rulesMs: checked - read, reportMs: Date.now() - checked, characters }));
    })();`;
  const { readMs, rulesMs, reportMs } = JSON.parse(
    execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }),
  );
  return { readMs, rulesMs, reportMs };
}

/**
 * `annex-a check --json` in its own process, so its peak memory is its own; the report goes to a
 * file, as it would to a redirected stdout, and is read back here to count the rows checked.
 */
function annexACheck(path: string): {
  code: number;
  ms: number;
  cpuMs: number;
  peakRssMB: number;
  rowsChecked: number;
} {
  const reportPath = `${path}.json`;
  const script = `const { run } = require(${JSON.stringify(join(ROOT, "lib/cli/main.js"))});
    const { openSync, writeSync } = require("node:fs");
    const report = openSync(${JSON.stringify(reportPath)}, "w");
    const started = Date.now();
    const cpu = process.cpuUsage();
    const io = { out: (t) => writeSync(report, t + "\\n"), err: (t) => process.stderr.write(t + "\\n"), today: () => ${REFERENCE} };
    run(["check", ${JSON.stringify(path)}, "--json", "--reference-date", "${isoFromSerial(REFERENCE)}"], io).then((code) => {
      const used = process.cpuUsage(cpu);
      process.stdout.write(JSON.stringify({ code, ms: Date.now() - started, cpuMs: Math.round((used.user + used.system) / 1000), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    });`;
  const measured = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 }));
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as JsonReport;
  return { ...measured, rowsChecked: report.lists.reduce((sum, list) => sum + list.rows, 0) };
}

async function main(): Promise<void> {
  const grids = new Map(
    SIZES.map(([listId, rows], index) => [listId, listGrid(listId, rows, REFERENCE, 0.02, index + 1)] as const),
  );
  const rows = SIZES.reduce((sum, [, count]) => sum + count, 0);
  const dir = mkdtempSync(join(tmpdir(), "annex-a-scale-"));

  for (const sharedStrings of [false, true]) {
    const path = join(dir, sharedStrings ? "shared-strings.xlsx" : "inline-strings.xlsx");
    await writeWorkbook(path, grids, sharedStrings);
    const exceljs = await excelJsStreamingRead(path);
    const check = annexACheck(path);
    const load = readFileSync("/proc/loadavg", "utf8").split(" ")[0];
    console.log(
      JSON.stringify({
        scenario: `100,000 contacts, 20,000 referrals, 5,000 children in need; ${sharedStrings ? "shared strings and date styles, as Excel writes" : "inline strings"}`,
        rows,
        fileMB: +(statSync(path).size / 2 ** 20).toFixed(1),
        exceljsStreamingReadMs: exceljs.ms,
        checkMs: check.ms,
        checkOverExcelJs: +(check.ms / exceljs.ms).toFixed(2),
        exceljsCpuMs: exceljs.cpuMs,
        checkCpuMs: check.cpuMs,
        checkPeakRssMB: check.peakRssMB,
        rowsChecked: check.rowsChecked,
        everyRowRead: check.rowsChecked === rows,
        checkFasterThanExcelJsRead: check.ms < exceljs.ms,
        checkSteps: checkSteps(path),
        load,
      }),
    );
  }

  const { sim, run } = simulatedExcel();
  for (const [listId, grid] of grids) {
    const sheet = sim.addSheet(listOf(JTAI_NEGLECT_2017, listId).sheetName);
    grid.forEach((row, r) =>
      row.forEach((value, c) => value !== null && value !== undefined && (sheet.cellForWrite(r, c).value = value)),
    );
  }
  sim.resetStats();
  const started = Date.now();
  const report = await checkWorkbook(run, { today: () => REFERENCE, forms: FORMS });
  const { syncs, ops, maxRequestBytes, maxResponseBytes } = sim.stats;
  const findings = report.result.findings.length;
  console.log(
    JSON.stringify({
      scenario: "add-in check on the in-memory workbook, same lists",
      rows,
      findings,
      syncs,
      ops,
      maxRequestBytes,
      maxResponseBytes,
      ms: Date.now() - started,
    }),
  );
  writeReadmeFigures(
    "scale",
    [
      "| the add-in's check on the in-memory workbook | rows | findings | syncs | operations | largest request | largest response |",
      "|---|---|---|---|---|---|---|",
      `| the same lists | ${count(rows)} | ${count(findings)} | ${count(syncs)} | ${count(ops)} | ${size(maxRequestBytes)} | ${size(maxResponseBytes)} |`,
    ].join("\n"),
  );
}

void main();
