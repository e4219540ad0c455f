// "Test this Excel": every Excel feature the add-in relies on, tried in scratch sheets that are
// removed afterwards, with Excel's own answers checked. No machine here runs Excel, so whoever
// first opens the add-in in a real Excel can confirm in a minute what the in-memory workbook
// (src/sim) can only imitate. Excel.createWorkbook is no use for this: it opens a workbook the
// add-in cannot script (ExcelApi 1.8, "Excel.createWorkbook"), so the test works in this one.
import { columnLetter, quotedSheetName, type CellValue } from "../domain/grid";
import { listOf } from "../domain/catalogue";
import { focusColumnsOf, focusFormula } from "../domain/focus";
import { JTAI_NEGLECT_2017 } from "../domain/forms/jtai-neglect-2017";
import { ERROR_STYLE, FOCUS_STYLE, NAMES } from "../domain/workbook-conventions";
import type { AddinContext } from "./excel-api";
import type { ExcelRun } from "./excel-run";
import { addConditionalFormat } from "./formats";
import { MARK } from "./marks";
import { rowsPerChunk, spans } from "./payload";
import { readSheetGrid } from "./read-sheets";

export interface SelfTestItem {
  readonly name: string;
  readonly passed: boolean;
  /** What Excel answered: the evidence on a pass, what differed (or Excel's error) on a failure. */
  readonly detail: string;
}

export interface HostInfo {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** The requirement sets the add-in asks about, each "yes" or "no". */
  readonly apiSets: string;
}

export interface SelfTestReport {
  readonly host: HostInfo;
  readonly items: readonly SelfTestItem[];
}

export interface SelfTestOptions {
  readonly host: HostInfo;
  /** Today as a date serial, for the focus highlight's reference date when the workbook has none. */
  readonly today: number;
  /** How long to wait for a change event that should (or should not) arrive. Excel: about a second. */
  readonly settleMs?: number;
  /** Whether this Excel has an ExcelApi requirement set (1.19: the colours cells show). */
  readonly supports?: (version: string) => boolean;
}

/** Office's own account of where the pane runs (Office.context.diagnostics, requirement sets). */
export function officeHostInfo(): HostInfo {
  const diagnostics = Office.context.diagnostics;
  const sets = ["1.8", "1.13", "1.20"].map(
    (version) =>
      `ExcelApi ${version}: ${Office.context.requirements.isSetSupported("ExcelApi", version) ? "yes" : "no"}`,
  );
  return {
    host: String(diagnostics.host),
    platform: String(diagnostics.platform),
    version: diagnostics.version,
    apiSets: sets.join(", "),
  };
}

/**
 * The one way the self-test reaches past the add-in's Excel surface (excel-api.ts), on purpose: it
 * asks Excel things the add-in never does (conditional formats and validation read back, the colours
 * cells show, a handler's context, names deleted) to confirm what the add-in relies on. Every
 * context is Office's Excel.RequestContext in Excel, so this is Excel's own type, not a guess. The
 * compiler does not hold the simulator to these APIs: on the in-memory workbook, one it lacks fails
 * its item with the simulator's error, which test/excel/self-test.test.ts shows.
 */
const probeExcel = (context: AddinContext): Excel.RequestContext => context as Excel.RequestContext;

class Failed extends Error {}
const expectThat = (condition: boolean, detail: string) => {
  if (!condition) throw new Failed(detail);
};
const shown = (value: unknown) => JSON.stringify(value);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How much of a formula the report shows: the focus highlight's runs to thousands of characters. */
const FORMULA_SHOWN = 80;

/** A formula as the report shows it: whole when short, else its start, "…" and its length. */
export function shortFormula(formula: string): string {
  return formula.length <= FORMULA_SHOWN
    ? formula
    : `${formula.slice(0, FORMULA_SHOWN)}… (${formula.length.toLocaleString("en-GB")} characters)`;
}

/** Formulas compared as Excel may give them back: case, spaces and "$" aside. */
const sameFormula = (a: string, b: string) =>
  a.replace(/[\s$]/g, "").toUpperCase() === b.replace(/[\s$]/g, "").toUpperCase();

interface Scratch {
  readonly sheet: string;
  readonly twin: string;
  readonly data: string;
  readonly name: string;
  /** Whether the test defined the reference date name itself (then it removes it). */
  referenceDateAdded: boolean;
}

// Where each item works on the scratch sheet, apart from the others.
const TEXT_CELLS = "A1:C1";
const TEXT_VALUES = ["0123", "03/04/2019", "TRUE"];
const APOSTROPHE_CELLS = "A2:C2";
const EVENT_CELL = "E1";
const MARKS_AREA = "A20:D30";
const MARKED_CELL = "B22";
/** The cell above the marked one, and the marked one; Excel's answers to the rule there go in F. */
const MARK_PROBE_CELLS = ["B21", "B22"];
const MARK_ANSWER_CELLS = "F21:F22";
const FOCUS_FIRST_ROW = 40;
const DROP_DOWN_CELLS = "G40:G42";
const DROP_DOWN_SOURCE = "=$H$40:$H$41";
const NAMED_CELL = "B50";
const NAME_FORMULA_CELL = "B51";
/** About 4 MB of values as JSON: 19,000 rows of 10 cells of 20 characters. */
const BIG_ROWS = 19_000;
const BIG_COLUMNS = 10;

export async function runSelfTest(run: ExcelRun, options: SelfTestOptions): Promise<SelfTestReport> {
  const stamp = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
  const scratch: Scratch = {
    sheet: `AnnexA_SelfTest_${stamp}`,
    twin: `AnnexA_SelfTest_${stamp}_m`,
    data: `AnnexA_SelfTest_${stamp}_d`,
    name: `AnnexA_SelfTest_${stamp}`,
    referenceDateAdded: false,
  };
  const items: SelfTestItem[] = [];
  const attempt = async (name: string, work: () => Promise<string>) => {
    try {
      items.push({ name, passed: true, detail: await work() });
    } catch (error) {
      items.push({
        name,
        passed: false,
        detail:
          error instanceof Failed
            ? error.message
            : `The workbook refused: ${(error as Error).message ?? String(error)}`,
      });
    }
  };

  await attempt("Scratch sheets can be added", async () => {
    await run(async (context) => {
      for (const name of [scratch.sheet, scratch.twin, scratch.data]) context.workbook.worksheets.add(name);
      await context.sync();
    });
    return `Added ${scratch.sheet} and two more; all three are removed at the end.`;
  });
  if (!items[0].passed) return { host: options.host, items };

  try {
    await attempt('Text written to cells formatted as text ("@") stays text', () => textStaysText(run, scratch));
    await attempt("Text written with an apostrophe prefix is stored as text, without the apostrophe", () =>
      apostropheText(run, scratch),
    );
    await attempt("A change handler fires, and stops once removed through its own context", () =>
      handlerRemoval(run, scratch, options.settleMs ?? 1500),
    );
    const displayed = options.supports?.("1.19") ?? false;
    await attempt("The marks' conditional format colours the marked cell, and only it", () =>
      marksFormat(run, scratch, displayed),
    );
    await attempt("The focus highlight colours the child in focus, and only that child", () =>
      focusHighlight(run, scratch, options.today, displayed),
    );
    await attempt("Drop-downs (data validation lists) read back as written", () => dropDowns(run, scratch));
    await attempt("A named cell resolves, in the API and in a formula", () => namedCell(run, scratch));
    await attempt("About 4 MB of values written and read back in the add-in's chunks", () => bigRequest(run, scratch));
  } finally {
    await attempt("Scratch sheets and names removed", () => cleanUp(run, scratch));
  }
  return { host: options.host, items };
}

async function textStaysText(run: ExcelRun, scratch: Scratch): Promise<string> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(scratch.sheet).getRange(TEXT_CELLS);
    range.numberFormat = [TEXT_VALUES.map(() => "@")];
    range.values = [TEXT_VALUES];
    range.load("values");
    await context.sync();
    const values = range.values[0];
    expectThat(
      values.every((value, index) => value === TEXT_VALUES[index]),
      `Wrote ${shown(TEXT_VALUES)} and Excel gave back ${shown(values)}.`,
    );
    return `Excel gave back ${shown(values)}, exactly as written.`;
  });
}

/** How the pane's "Undo" writes back text Excel would otherwise parse (undo.ts, through cell-input.ts). */
async function apostropheText(run: ExcelRun, scratch: Scratch): Promise<string> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(scratch.sheet).getRange(APOSTROPHE_CELLS);
    range.values = [TEXT_VALUES.map((value) => `'${value}`)];
    range.load("values");
    await context.sync();
    const values = range.values[0];
    expectThat(
      values.every((value, index) => value === TEXT_VALUES[index]),
      `Wrote ${shown(TEXT_VALUES.map((value) => `'${value}`))} and Excel gave back ${shown(values)}.`,
    );
    return `Excel gave back ${shown(values)}: text, without the apostrophe.`;
  });
}

async function handlerRemoval(run: ExcelRun, scratch: Scratch, settleMs: number): Promise<string> {
  let fired = 0;
  const write = (value: number) =>
    run(async (context) => {
      context.workbook.worksheets.getItem(scratch.sheet).getRange(EVENT_CELL).values = [[value]];
      await context.sync();
    });
  const registration = await run(async (context) => {
    const added = probeExcel(context)
      .workbook.worksheets.getItem(scratch.sheet)
      .onChanged.add(async () => {
        fired += 1;
      });
    await context.sync();
    return added;
  });
  await write(1);
  for (let waited = 0; fired === 0 && waited < settleMs * 2; waited += 50) await delay(50);
  expectThat(fired > 0, `No change event arrived within ${(settleMs * 2) / 1000} s of a write.`);
  // Removed through the context that added it: "the same RequestContext object that the handler was
  // added in must be used when removing the handler" (OfficeExtension.EventHandlerResult; issue 11).
  registration.remove();
  await registration.context.sync();
  const before = fired;
  await write(2);
  await delay(settleMs);
  expectThat(fired === before, `The handler still fired ${fired - before} time(s) after it was removed.`);
  return `Fired on a write; after removal, a second write raised nothing in ${settleMs / 1000} s.`;
}

/** The one conditional format on `address`, as Excel reports it. */
async function readConditionalFormat(context: AddinContext, sheet: string, address: string) {
  const formats = probeExcel(context).workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats;
  formats.load("items/type");
  await context.sync();
  expectThat(
    formats.items.length === 1,
    `Expected one conditional format on ${address}; Excel has ${formats.items.length}.`,
  );
  const format = formats.getItemAt(0);
  format.load("custom/rule/formula,custom/format/fill/color");
  const range = format.getRange();
  range.load("address");
  await context.sync();
  return { formula: format.custom.rule.formula, fill: format.custom.format.fill.color, address: range.address };
}

function expectFormat(
  found: { formula: string; fill: string; address: string },
  want: { formula: string; fill: string; address: string },
): string {
  expectThat(
    sameFormula(found.formula, want.formula),
    `Formula: wrote ${shortFormula(want.formula)}, Excel has ${shortFormula(found.formula)}.`,
  );
  expectThat(
    found.fill.toUpperCase() === want.fill.toUpperCase(),
    `Fill: wrote ${want.fill}, Excel has ${found.fill}.`,
  );
  expectThat(
    found.address.toUpperCase().endsWith(`!${want.address}`.toUpperCase()),
    `Range: wrote ${want.address}, Excel has ${found.address}.`,
  );
  return `Excel has ${shortFormula(found.formula)} on ${found.address}, fill ${found.fill}`;
}

/**
 * The colours `address` (one column) shows, conditional formats included: Range.getDisplayedCellProperties,
 * ExcelApi 1.19. Without it the API gives no cell's displayed colour, and the callers check the
 * rule and Excel's answer to its formula instead, and say so.
 */
async function displayedFills(
  context: AddinContext,
  sheet: string,
  address: string,
  displayed: boolean,
): Promise<string[] | undefined> {
  if (!displayed) return undefined;
  const cells = probeExcel(context)
    .workbook.worksheets.getItem(sheet)
    .getRange(address)
    .getDisplayedCellProperties({ format: { fill: { color: true } } });
  await context.sync();
  return cells.value.map((row) => String(row[0].format?.fill?.color ?? "").toUpperCase());
}

/** Whether each cell shows `fill` exactly where expected; the evidence as text. */
function expectFills(fills: string[] | undefined, fill: string, expected: readonly boolean[], cells: string): string {
  if (!fills)
    return "this Excel cannot report the colours cells show (ExcelApi 1.19), so the rule and Excel's answer to its formula were checked instead";
  const shows = fills.map((colour) => colour === fill.toUpperCase());
  expectThat(
    shows.every((value, index) => value === expected[index]),
    `Cells ${cells} show ${shown(fills)}; expected ${fill} exactly at ${shown(expected)}.`,
  );
  return `cells ${cells} show ${shown(fills)}, as expected`;
}

async function marksFormat(run: ExcelRun, scratch: Scratch, displayed: boolean): Promise<string> {
  // As marks.ts does it: a value on the hidden twin, read by a formula relative to the range's corner.
  const corner = MARKS_AREA.split(":")[0];
  const formula = `=${quotedSheetName(scratch.twin)}!${corner}=${MARK.error}`;
  return run(async (context) => {
    context.workbook.worksheets.getItem(scratch.twin).getRange(MARKED_CELL).values = [[MARK.error]];
    const sheet = context.workbook.worksheets.getItem(scratch.sheet);
    addConditionalFormat(sheet.getRange(MARKS_AREA), formula.slice(1), { ...ERROR_STYLE, border: true });
    await context.sync();
    const found = await readConditionalFormat(context, scratch.sheet, MARKS_AREA);
    const rule = expectFormat(found, { formula, fill: `#${ERROR_STYLE.fill}`, address: MARKS_AREA });
    // Excel's answer to the rule's formula as it stands at the cell above the marked one and at it.
    const answers = sheet.getRange(MARK_ANSWER_CELLS);
    answers.formulas = MARK_PROBE_CELLS.map((address) => [
      `=${quotedSheetName(scratch.twin)}!${address}=${MARK.error}`,
    ]);
    answers.load("values");
    await context.sync();
    const got = answers.values.map((row) => row[0]);
    expectThat(
      got[0] === false && got[1] === true,
      `Excel evaluates the marks' formula as ${shown(got)} at ${MARK_PROBE_CELLS.join(" and ")}; expected [false,true].`,
    );
    const fills = expectFills(
      await displayedFills(context, scratch.sheet, MARK_PROBE_CELLS.join(":"), displayed),
      `#${ERROR_STYLE.fill}`,
      [false, true],
      MARK_PROBE_CELLS.join(":"),
    );
    return `${rule}; ${fills}.`;
  });
}

async function focusHighlight(run: ExcelRun, scratch: Scratch, today: number, displayed: boolean): Promise<string> {
  // The highlight as the joint inspection's template writes it (the form that flags neglect on each
  // row), over a scratch sheet's columns: date of birth in B, the flag in C.
  const at: Readonly<Record<string, number>> = { dateOfBirth: 1, neglect: 2 };
  const columns = focusColumnsOf(listOf(JTAI_NEGLECT_2017, "childrenInNeed"), (key) => at[key])!;
  const last = FOCUS_FIRST_ROW + 2;
  const area = `A${FOCUS_FIRST_ROW}:C${last}`;
  return run(async (context) => {
    const named = context.workbook.names.getItemOrNullObject(NAMES.referenceDate);
    await context.sync();
    let reference: CellValue;
    if (!named.isNullObject) {
      const namedRange = named.getRange();
      namedRange.load("values");
      await context.sync();
      reference = namedRange.values[0][0];
    }
    if (reference === undefined) {
      // No templates here yet: the test defines the name itself, on its scratch sheet, and removes it.
      context.workbook.worksheets.getItem(scratch.sheet).getRange("J40").values = [[today]];
      context.workbook.names.add(NAMES.referenceDate, `=${quotedSheetName(scratch.sheet)}!$J$40`);
      scratch.referenceDateAdded = true;
      reference = today;
    }
    expectThat(
      typeof reference === "number",
      `The workbook's ${NAMES.referenceDate} holds ${shown(reference)}, not a date.`,
    );
    const serial = reference as number;
    // Aged about 10 with the flag Y (in focus), about 3 with Y (too young), about 10 with N.
    const rows: CellValue[][] = [
      ["SELFTEST1", Math.round(serial - 10.5 * 365.25), "Y"],
      ["SELFTEST2", Math.round(serial - 3.5 * 365.25), "Y"],
      ["SELFTEST3", Math.round(serial - 10.5 * 365.25), "N"],
    ];
    const expected = [true, false, false];
    const sheet = context.workbook.worksheets.getItem(scratch.sheet);
    sheet.getRange(area).values = rows;
    addConditionalFormat(sheet.getRange(area), focusFormula(columns, FOCUS_FIRST_ROW), FOCUS_STYLE);
    // Excel's own answer to the same formula, written into a cell of each row beside the data.
    const answers = sheet.getRange(`E${FOCUS_FIRST_ROW}:E${last}`);
    answers.formulas = rows.map((_, index) => [`=${focusFormula(columns, FOCUS_FIRST_ROW + index)}`]);
    answers.load("values");
    await context.sync();
    const got = answers.values.map((row) => row[0]);
    expectThat(
      got.every((value, index) => value === expected[index]),
      `Excel evaluates the highlight's formula as ${shown(got)} for children aged 10 (Y), 3 (Y) and 10 (N); the add-in expects ${shown(expected)}.`,
    );
    const found = await readConditionalFormat(context, scratch.sheet, area);
    const rule = expectFormat(found, {
      formula: `=${focusFormula(columns, FOCUS_FIRST_ROW)}`,
      fill: `#${FOCUS_STYLE.fill}`,
      address: area,
    });
    const column = `A${FOCUS_FIRST_ROW}:A${last}`;
    const fills = expectFills(
      await displayedFills(context, scratch.sheet, column, displayed),
      `#${FOCUS_STYLE.fill}`,
      expected,
      column,
    );
    return `${rule}; the formula gives ${shown(got)} as expected; ${fills}.`;
  });
}

async function dropDowns(run: ExcelRun, scratch: Scratch): Promise<string> {
  return run(async (context) => {
    const sheet = probeExcel(context).workbook.worksheets.getItem(scratch.sheet);
    sheet.getRange("H40:H41").values = [["Y"], ["N"]];
    const cells = sheet.getRange(DROP_DOWN_CELLS);
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: DROP_DOWN_SOURCE } };
    await context.sync();
    // A navigation property, not a value: the lint rule mistakes taking it for reading it.
    const validation = cells.dataValidation; // eslint-disable-line office-addins/load-object-before-read
    validation.load("type,rule");
    await context.sync();
    const { type, rule } = validation;
    const list = rule.list;
    expectThat(type === "List", `Excel reports the validation type as ${shown(type)}, not "List".`);
    expectThat(
      list !== undefined && sameFormula(String(list.source), DROP_DOWN_SOURCE) && list.inCellDropDown === true,
      `Excel reports the rule as ${shown(rule)}.`,
    );
    return `Excel reports a list from ${list!.source} with an in-cell drop-down on ${DROP_DOWN_CELLS}.`;
  });
}

async function namedCell(run: ExcelRun, scratch: Scratch): Promise<string> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scratch.sheet);
    sheet.getRange(NAMED_CELL).values = [[42]];
    context.workbook.names.add(
      scratch.name,
      `=${quotedSheetName(scratch.sheet)}!$${NAMED_CELL.replace(/(\d+)/, "$$$1")}`,
    );
    const user = sheet.getRange(NAME_FORMULA_CELL);
    user.formulas = [[`=${scratch.name}`]];
    await context.sync();
    const target = context.workbook.names.getItemOrNullObject(scratch.name).getRange();
    target.load("values,address");
    user.load("values");
    await context.sync();
    expectThat(
      target.values[0][0] === 42 && target.address.toUpperCase().endsWith(`!${NAMED_CELL}`),
      `The name resolves to ${target.address} holding ${shown(target.values[0][0])}.`,
    );
    expectThat(user.values[0][0] === 42, `A formula using the name gives ${shown(user.values[0][0])}, not 42.`);
    return `The name resolves to ${target.address}, and =${scratch.name} gives 42.`;
  });
}

async function bigRequest(run: ExcelRun, scratch: Scratch): Promise<string> {
  const cell = (row: number, column: number) =>
    `r${String(row).padStart(6, "0")}c${String(column).padStart(2, "0")}-selftest`;
  const rows = Array.from({ length: BIG_ROWS }, (_, row) =>
    Array.from({ length: BIG_COLUMNS }, (_, column) => cell(row, column)),
  );
  const bytes = JSON.stringify(rows).length;
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scratch.data);
    // Written as the add-in writes: in chunks estimated under its request budget, one sync each.
    const chunks = spans(0, BIG_ROWS, rowsPerChunk(BIG_COLUMNS));
    for (const span of chunks) {
      sheet.getRangeByIndexes(span.start, 0, span.count, BIG_COLUMNS).values = rows.slice(
        span.start,
        span.start + span.count,
      );
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one per chunk is the point
    }
    // Read as a check reads a list: readSheetGrid's chunks, split and retried if Excel refuses one.
    const grid = (await readSheetGrid(context, scratch.data)) ?? [];
    const differing = rows.findIndex((row, index) => row.some((value, column) => grid[index]?.[column] !== value));
    expectThat(
      grid.length === BIG_ROWS && differing < 0,
      `Read back ${grid.length} rows of ${BIG_ROWS}${differing >= 0 ? `; row ${differing + 1} differs` : ""}.`,
    );
    return `${(bytes / 1024 / 1024).toFixed(1)} MB (${BIG_ROWS.toLocaleString("en-GB")} rows, ${BIG_COLUMNS} columns ${columnLetter(0)} to ${columnLetter(BIG_COLUMNS - 1)}) written in ${chunks.length} requests and read back intact.`;
  });
}

async function cleanUp(run: ExcelRun, scratch: Scratch): Promise<string> {
  return run(async (context) => {
    const sheets = [scratch.sheet, scratch.twin, scratch.data].map((name) =>
      context.workbook.worksheets.getItemOrNullObject(name),
    );
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
    // In Excel a name outlives its sheet (as #REF!), so the test's names are deleted too.
    const names = [scratch.name, ...(scratch.referenceDateAdded ? [NAMES.referenceDate] : [])].map((name) =>
      probeExcel(context).workbook.names.getItemOrNullObject(name),
    );
    await context.sync();
    for (const name of names) if (!name.isNullObject) name.delete();
    await context.sync();
    return "Nothing of the test is left in the workbook.";
  });
}
