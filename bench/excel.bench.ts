// The add-in's Excel work on the in-memory workbook: creating the templates, checking 50,000 rows
// x 15 columns with 2% of cells invalid, and the live re-check of a paste of 1,000 rows under them
// (two syncs whatever the sheet's size: read the rows, write the marks that differ); each beside a
// naive baseline run in the same process (one sync per row, one format call per invalid cell).
// Prints one JSON line per scenario: {"scenario", "syncs", "ops", "maxRequestBytes", "ms"}, and
// writes the syncs, operations and request sizes into README.md.
import { listOf } from "../src/domain/catalogue";
import { validateWorkbook } from "../src/domain/engine";
import { columnLetter, type CellValue } from "../src/domain/grid";
import { serialFromIso } from "../src/domain/dates";
import { checkWorkbook } from "../src/excel/check";
import type { ExcelRun } from "../src/excel/excel-run";
import { watchLists } from "../src/excel/live";
import { OwnWrites } from "../src/excel/own-writes";
import { createTemplates } from "../src/excel/write-template";
import { SimWorkbook } from "../src/sim/excel-sim";
import { childrenInNeedGrid } from "./generate";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../src/domain/form-choice";
import { count, size, writeReadmeFigures } from "./readme-figures";

const REFERENCE = serialFromIso("2026-11-24")!;
const today = () => REFERENCE;
const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
const ROWS = 50_000;
const PASTE_ROWS = 1_000;

function fresh(): { sim: SimWorkbook; run: ExcelRun } {
  const sim = new SimWorkbook();
  sim.addSheet("Sheet1");
  return { sim, run: sim.run as unknown as ExcelRun };
}

function fill(sim: SimWorkbook, grid: CellValue[][]): void {
  const sheet = sim.sheet(CIN) ?? sim.addSheet(CIN);
  grid.forEach((row, r) =>
    row.forEach((value, c) => value !== null && value !== undefined && (sheet.cellForWrite(r, c).value = value)),
  );
}

/** README's table of the figures that do not depend on the machine, a row per scenario. */
const readmeRows: string[] = [];

/** Runs and prints a scenario; `described` is how README's table names it. */
async function measure(
  scenario: string,
  described: string,
  sim: SimWorkbook,
  work: () => Promise<unknown>,
): Promise<void> {
  sim.resetStats();
  const start = process.hrtime.bigint();
  await work();
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  const { syncs, ops, maxRequestBytes } = sim.stats;
  console.log(JSON.stringify({ scenario, syncs, ops, maxRequestBytes, ms }));
  readmeRows.push(`| ${described} | ${count(syncs)} | ${count(ops)} | ${size(maxRequestBytes)} |`);
}

/** The naive way: read the headings and then one row per sync, then one fill call per invalid cell. */
async function naiveCheck(run: ExcelRun, rows: readonly number[], columns: number): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(CIN);
    const grid: CellValue[][] = [];
    for (const row of [0, ...rows]) {
      const range = sheet.getRangeByIndexes(row, 0, 1, columns);
      range.load("values");
      await context.sync(); // one sync per row: the naive baseline, on purpose
      grid.push(range.values[0] as CellValue[]);
    }
    const result = validateWorkbook(JTAI_NEGLECT_2017, [{ sheet: CIN, grid }], { referenceSerial: REFERENCE });
    const sheetRow = (compact: number) => (compact === 0 ? 0 : rows[compact - 1]);
    for (const item of result.findings) {
      sheet.getRangeByIndexes(sheetRow(item.row), item.column, 1, 1).format.fill.color =
        item.severity === "error" ? "#FFC7CE" : "#FFEB9C";
    }
    await context.sync();
  });
}

const range = (start: number, count: number) => Array.from({ length: count }, (_, index) => start + index);

async function main(): Promise<void> {
  const templates = fresh();
  await measure("create all templates", "create all templates", templates.sim, () =>
    createTemplates(templates.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE }),
  );

  const grid = childrenInNeedGrid(ROWS, 0.02, REFERENCE);
  const columns = grid[0].length;
  const checked = fresh();
  fill(checked.sim, grid);
  const described = `check ${count(ROWS)} rows x ${columns} columns, 2% invalid`;
  await measure(`check ${ROWS} rows x ${columns} columns, 2% invalid`, described, checked.sim, () =>
    checkWorkbook(checked.run, { today, forms: FORMS }),
  );
  const naive = fresh();
  fill(naive.sim, grid);
  await measure(
    `naive baseline: check ${ROWS} rows x ${columns} columns, 2% invalid`,
    "naive: the same check",
    naive.sim,
    () => naiveCheck(naive.run, range(1, ROWS), columns),
  );

  // The live re-check as the add-in runs it: the paste raises onChanged, the changed rows are read,
  // the workbook validated again in memory, and the differing marks written.
  const paste = childrenInNeedGrid(PASTE_ROWS, 0.02, REFERENCE, 7).slice(1);
  const pasteStart = ROWS + 1;
  const pasted = fresh();
  fill(pasted.sim, grid);
  const report = await checkWorkbook(pasted.run, { today, forms: FORMS });
  const watch = await watchLists(pasted.run, report, {
    today,
    ownWrites: new OwnWrites(),
    onRecheck: () => undefined,
    onHeadingsChanged: () => undefined,
    onError: (error) => {
      throw error;
    },
  });
  await pasted.sim.settled();
  const rows = range(pasteStart, PASTE_ROWS);
  await measure(
    `live re-check of a paste of ${PASTE_ROWS} rows into ${ROWS}`,
    `live re-check of a paste of ${count(PASTE_ROWS)} rows under the ${count(ROWS)} (read, the workbook validated again in memory, differing marks written)`,
    pasted.sim,
    async () => {
      await pasted.sim.userEdit(
        CIN,
        `A${pasteStart + 1}:${columnLetter(columns - 1)}${pasteStart + PASTE_ROWS}`,
        paste,
      );
      await watch.idle();
    },
  );
  const naivePaste = fresh();
  fill(naivePaste.sim, [...grid, ...paste]);
  await measure(
    `naive baseline: re-check a paste of ${PASTE_ROWS} rows`,
    "naive: the same re-check",
    naivePaste.sim,
    () => naiveCheck(naivePaste.run, rows, columns),
  );
  writeReadmeFigures(
    "excel",
    ["| scenario | syncs | operations | largest request |", "|---|---|---|---|", ...readmeRows].join("\n"),
  );
}

void main();
