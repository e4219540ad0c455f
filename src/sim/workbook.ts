// The simulated document: sheets, tables and names shared by every request context; what a person
// does (typing, pasting, inserting, deleting, sorting, merging) and the events Excel raises for it.
import { blockAddress, parseAddress, type CellBlock, type CellValue } from "../domain/grid";
import type { AddinContext } from "../excel/excel-api";
import type { SimLocale } from "./coercion";
import type { Steps } from "../domain/steps";
import { WorkbookCalc } from "./calc";
import { formatsAt } from "./conditional";
import type { SimDocument, SimStats } from "./document";
import { SimContext } from "./request-context";
import {
  MAX_COLUMNS,
  SimError,
  SimSheet,
  writeValues,
  type ChangeEvent,
  type SimConditionalFormat,
  type SimTable,
} from "./sheet";

export interface SimOptions {
  readonly locale?: SimLocale;
  /**
   * Not documented either way by Microsoft; modelled because the add-in must survive both (issue 11:
   * a value and its format raised as two events, or a sync's writes raised as one).
   */
  readonly eventsPerWrite?: 1 | 2;
  /** One event per sheet for all the writes of a sync, over the block bounding them (Excel may merge). */
  readonly coalesce?: boolean;
  /**
   * How an oversized request or response fails: with its own code, or, as Excel on the web has
   * been seen to, as GeneralException "An internal error has occurred" (OfficeDev/office-js#1314,
   * #1012; office-js-docs-reference#354).
   */
  readonly oversized?: "named" | "GeneralException";
  /**
   * The ExcelApi requirement set this Excel supports (default 1.8, the manifest's minimum). An API
   * from a later set fails as it does in an Excel without it; the add-in asks first
   * (Office.context.requirements.isSetSupported, https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
   */
  readonly apiVersion?: string;
}

/** "1.13" >= "1.8": requirement-set versions compared as numbers, part by part. */
export function versionAtLeast(have: string, need: string): boolean {
  const [haveMajor, haveMinor] = have.split(".").map(Number);
  const [needMajor, needMinor] = need.split(".").map(Number);
  return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
}

/** The document: sheets, tables and names, shared by every request context. */
export class SimWorkbook implements SimDocument {
  /** The locale Excel parses typed and written text in (dates: US month/day, UK day/month). */
  readonly locale: SimLocale;

  /** Events Excel raises for one API write: 1, or 2 where a value and its format come separately. */
  readonly eventsPerWrite: number;
  readonly coalesce: boolean;

  constructor(options: SimOptions = {}) {
    this.locale = options.locale ?? "en-US";
    this.eventsPerWrite = options.eventsPerWrite ?? 1;
    this.coalesce = options.coalesce ?? false;
    this.oversized = options.oversized ?? "named";
    this.apiVersion = options.apiVersion ?? "1.8";
  }

  readonly apiVersion: string;

  requireApi(version: string, api: string): void {
    if (!versionAtLeast(this.apiVersion, version))
      throw new SimError("ApiNotFound", `${api} needs ExcelApi ${version}; this Excel has ${this.apiVersion}.`);
  }

  /** Merges a block as a person would: the first cell keeps its value, the others are emptied. */
  merge(sheetName: string, address: string): void {
    const sheet = this.requireSheet(sheetName);
    const block = parseAddress(address)!;
    for (let r = 0; r < block.rowCount; r++)
      for (let c = 0; c < block.columnCount; c++)
        if (r > 0 || c > 0) sheet.cells.delete((block.row + r) * MAX_COLUMNS + block.column + c);
    sheet.merged.push(block);
  }

  readonly oversized: "named" | "GeneralException";

  readonly sheets: SimSheet[] = [];
  readonly tables: (SimTable & { sheet: SimSheet })[] = [];
  readonly names = new Map<string, { sheet: SimSheet; block: CellBlock }>();
  activeSheet?: SimSheet;
  /** Excel's selected cell or range (not the lead inspector's Selection). */
  selectedCell?: { sheet: string; address: string };
  /** Workbook structure protection: no sheet may be added or deleted. */
  structureProtected = false;
  stats: SimStats = { syncs: 0, ops: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0 };
  private nextSheetId = 1;
  private readonly listeners = new Set<() => void>();

  /** Called after every change (a sync, a person's edit): the demo redraws the grid. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The conditional formats that colour a cell, from their formulas (conditional.ts). */
  conditionalFormatsAt(sheetName: string, row: number, column: number): SimConditionalFormat[] {
    const sheet = this.sheet(sheetName);
    return sheet ? formatsAt(this.calc, sheet, row, column) : [];
  }

  /** The workbook's formulas, evaluated as Excel does (calc.ts). */
  private readonly calc = new WorkbookCalc(this);

  /**
   * How many changes listeners were told of: the demo's grid says which it has drawn, so a test can
   * wait for the redraw of every change so far rather than for time.
   */
  changes = 0;

  notify(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }
  /** Events raised by a sync, delivered after it completes (as Excel delivers them). */
  private pending: { sheet: SimSheet; event: ChangeEvent }[] = [];

  resetStats(): void {
    this.stats = { syncs: 0, ops: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0 };
  }

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SimSheet {
    if (this.structureProtected) throw new SimError("AccessDenied", "The workbook's structure is protected.");
    if (this.sheet(name)) throw new SimError("ItemAlreadyExists", `A sheet named ‘${name}’ already exists.`);
    if (!/^[^:\\/?*[\]]{1,31}$/.test(name))
      throw new SimError("InvalidArgument", `‘${name}’ is not a valid sheet name.`);
    const sheet = new SimSheet(name, this.nextSheetId++);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** Deleting a sheet deletes its tables and the names that point into it, as in Excel. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new SimError("ItemNotFound", `The worksheet ‘${name}’ does not exist.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    for (const [key, named] of this.names) if (named.sheet === sheet) this.names.delete(key);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /**
   * A test's stand-in for a person pasting cells copied from another workbook: strings stay strings
   * (a leading "=" is a formula), and onChanged is raised. For typing, see `userType`.
   */
  userEdit(sheetName: string, address: string, values: CellValue[][]): Promise<void> {
    return this.edit(sheetName, address, values, undefined);
  }

  /** A person typing each text into its cell: Excel parses it as coercion.ts describes. */
  userType(sheetName: string, address: string, texts: string[][]): Promise<void> {
    return this.edit(sheetName, address, texts, this.locale);
  }

  private async edit(
    sheetName: string,
    address: string,
    values: CellValue[][],
    locale: SimLocale | undefined,
  ): Promise<void> {
    while (this.batch) await this.batch; // a person's edit lands between batches, never inside one
    const sheet = this.sheet(sheetName);
    const block = parseAddress(address);
    if (!sheet || !block) throw new Error(`No such place: ${sheetName}!${address}`);
    const before = sheet.cell(block.row, block.column)?.value ?? "";
    const written = { ...block, rowCount: values.length, columnCount: values[0]?.length ?? 0 };
    writeValues(sheet, written, values, locale);
    this.growTables(sheet, written);
    this.recalculate();
    // The value after is the cell's, as stored: a typed "03/04/2019" is a date's number there, and a
    // formula its result ("Represents the value after the change",
    // https://learn.microsoft.com/javascript/api/excel/excel.changedeventdetail).
    const after = sheet.cell(block.row, block.column)?.value ?? "";
    const single = written.rowCount === 1 && written.columnCount === 1;
    this.raise(sheet, blockAddress(written), single ? { valueBefore: before, valueAfter: after } : undefined);
    this.notify();
    this.deliverEvents();
    await this.settled();
  }

  /**
   * Excel grows a table when rows are typed or pasted directly beneath it, and gives the new rows
   * the number formats of the table's columns.
   */
  private growTables(sheet: SimSheet, block: CellBlock): void {
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet)) {
      const end = table.block.row + table.block.rowCount;
      const overlapsColumns =
        block.column < table.block.column + table.block.columnCount &&
        block.column + block.columnCount > table.block.column;
      if (overlapsColumns && block.row <= end && block.row + block.rowCount > end) {
        table.block = { ...table.block, rowCount: block.row + block.rowCount - table.block.row };
      }
      const firstData = table.block.row + 1;
      for (
        let row = Math.max(block.row, firstData + 1);
        row < Math.min(block.row + block.rowCount, table.block.row + table.block.rowCount);
        row++
      ) {
        for (let column = table.block.column; column < table.block.column + table.block.columnCount; column++) {
          const format = sheet.cell(firstData, column)?.numberFormat;
          if (format && !sheet.cell(row, column)?.numberFormat) sheet.cellForWrite(row, column).numberFormat = format;
        }
      }
    }
  }

  raise(
    sheet: SimSheet,
    address: string,
    details?: ChangeEvent["details"],
    changeType: ChangeEvent["changeType"] = "RangeEdited",
  ): void {
    const event: ChangeEvent = {
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      address,
      changeType,
      source: "Local",
    };
    if (details) event.details = details;
    this.pending.push({ sheet, event });
  }

  /** An API write's events: one, or two (the value and the format) when `eventsPerWrite` is 2. */
  raiseWrite(sheet: SimSheet, address: string): void {
    for (let count = 0; count < this.eventsPerWrite; count++) this.raise(sheet, address);
  }

  /**
   * A person inserting whole rows: cells below move down, a table the rows fall inside grows, and
   * onChanged says "RowInserted" with a whole-row address ("5:7"). Other sheets do not move, so a
   * twin sheet read by position no longer lines up.
   */
  async userInsertRows(sheetName: string, row: number, count: number): Promise<void> {
    while (this.batch) await this.batch;
    const sheet = this.requireSheet(sheetName);
    sheet.moveRows(row, count);
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet)) {
      if (row <= table.block.row) table.block = { ...table.block, row: table.block.row + count };
      else if (row < table.block.row + table.block.rowCount)
        table.block = { ...table.block, rowCount: table.block.rowCount + count };
    }
    await this.structural(sheet, `${row + 1}:${row + count}`, "RowInserted");
  }

  /** A person deleting whole rows: cells below move up; onChanged says "RowDeleted". */
  async userDeleteRows(sheetName: string, row: number, count: number): Promise<void> {
    while (this.batch) await this.batch;
    const sheet = this.requireSheet(sheetName);
    this.deleteRows(sheet, row, count);
    await this.structural(sheet, `${row + 1}:${row + count}`, "RowDeleted");
  }

  /**
   * Whole rows deleted, by a person or by Range.delete("Up") on whole rows: cells below move up, a
   * table the rows fall inside shrinks, and onChanged says "RowDeleted" (raised by the caller).
   */
  deleteRows(sheet: SimSheet, row: number, count: number): void {
    sheet.moveRows(row, -count);
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet)) {
      const end = table.block.row + table.block.rowCount;
      if (row + count <= table.block.row) table.block = { ...table.block, row: table.block.row - count };
      else if (row > table.block.row && row < end)
        table.block = { ...table.block, rowCount: Math.max(1, table.block.rowCount - Math.min(count, end - row)) };
    }
  }

  /**
   * A person sorting a block by one of its columns: the rows' values change place, raised as an edit
   * of the block (onRowSorted is ExcelApi 1.10, past the manifest's 1.8).
   */
  async userSort(sheetName: string, address: string, byColumn: number): Promise<void> {
    while (this.batch) await this.batch;
    const sheet = this.requireSheet(sheetName);
    const block = parseAddress(address)!;
    const rows = sheet.values(block);
    // Blank cells always go last, whichever the order (Microsoft support, "Sort data in a range or
    // table": "blank cells are always placed last"); an emptied cell reads as "", as Excel gives it.
    const text = (value: CellValue) =>
      typeof value === "number"
        ? value.toString().padStart(20, "0")
        : value === null || value === undefined || value === ""
          ? "\uffff"
          : String(value);
    rows.sort((a, b) => text(a[byColumn]).localeCompare(text(b[byColumn])));
    writeValues(sheet, block, rows);
    this.raise(sheet, blockAddress(block));
    this.recalculate();
    this.notify();
    this.deliverEvents();
    await this.settled();
  }

  private async structural(sheet: SimSheet, address: string, changeType: ChangeEvent["changeType"]): Promise<void> {
    this.raise(sheet, address, undefined, changeType);
    this.recalculate();
    this.notify();
    this.deliverEvents();
    await this.settled();
  }

  private requireSheet(name: string): SimSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No such sheet: ${name}`);
    return sheet;
  }

  /**
   * Calls every handler for each pending event without awaiting it, as office.js does (its event
   * dispatch calls each handler and does not wait on the promise it returns:
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events): handlers run
   * concurrently, and a slow one does not hold back the next event. `settled()` waits for them all.
   */
  deliverEvents(): void {
    while (this.pending.length > 0) {
      const { sheet, event } = this.pending.shift()!;
      for (const { handler } of [...sheet.handlers]) {
        const running = Promise.resolve()
          .then(() => handler(event))
          .catch((error: unknown) => this.handlerErrors.push(error))
          .finally(() => this.running.delete(running));
        this.running.add(running);
      }
    }
  }

  /** Errors thrown by handlers (Excel swallows them; tests can look). */
  readonly handlerErrors: unknown[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private scheduled = 0;

  /** Events of a sync are delivered after the batch completes, on a later turn, as in Excel. */
  scheduleDelivery(): void {
    if (this.coalesce) this.coalescePending();
    this.scheduled += 1;
    const deliver = () => {
      // Not while another batch is half applied: its events, and what handlers would read, wait for its end.
      if (this.batch) return void setTimeout(deliver, 0);
      this.scheduled -= 1;
      this.deliverEvents();
    };
    setTimeout(deliver, 0);
  }

  /** The batch being applied, if any (it may give way to the browser between steps: sync-steps.ts). */
  private batch?: Promise<void>;

  /**
   * Applies a batch alone: one that gives way mid-batch (sync-steps.ts) is still atomic, since the next
   * batch, a person's edit and event delivery wait for its end. Office.js sends a sync's queued
   * commands as one batch and resolves it "when the Office application completes the requested read
   * or write actions" (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
   * that Excel applies batches of several contexts one at a time, in the order they arrive, is how
   * this simulator models it, not a documented guarantee. With no batch running, `apply` starts at
   * once, as a sync did before it could give way.
   */
  async exclusive(apply: () => Promise<void>): Promise<void> {
    while (this.batch) await this.batch;
    let done!: () => void;
    this.batch = new Promise((resolve) => (done = resolve));
    try {
      await apply();
    } finally {
      this.batch = undefined;
      done();
    }
  }

  private coalescePending(): void {
    const bySheet = new Map<SimSheet, CellBlock>();
    for (const { sheet, event } of this.pending) {
      const block = parseAddress(event.address);
      const known = bySheet.get(sheet);
      if (!block || event.changeType !== "RangeEdited") return; // only plain edits are merged
      if (!known) bySheet.set(sheet, block);
      else {
        const row = Math.min(known.row, block.row);
        const column = Math.min(known.column, block.column);
        bySheet.set(sheet, {
          row,
          column,
          rowCount: Math.max(known.row + known.rowCount, block.row + block.rowCount) - row,
          columnCount: Math.max(known.column + known.columnCount, block.column + block.columnCount) - column,
        });
      }
    }
    this.pending = [];
    for (const [sheet, block] of bySheet) this.raise(sheet, blockAddress(block));
  }

  /** Resolves once no event is waiting and no handler is running (handlers may cause more events). */
  async settled(): Promise<void> {
    for (;;) {
      if (this.running.size > 0) await Promise.allSettled([...this.running]);
      else if (this.scheduled > 0 || this.pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 1));
      else return;
    }
  }

  /**
   * Office.js's Excel.run against this workbook: `run(batch)` on a new request context, or
   * `run(context, batch)` on an existing one, the form that removes an event handler through the
   * context that added it (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
   */
  run = async <T>(
    first: AddinContext | ((context: SimContext) => Promise<T>),
    second?: (context: SimContext) => Promise<T>,
  ): Promise<T> => {
    const context = first instanceof SimContext ? first : new SimContext(this);
    const batch = typeof first === "function" ? first : second!;
    const result = await batch(context);
    await context.sync();
    return result;
  };

  /**
   * Brings every formula cell's value up to date, as Excel recalculates after each change (calc.ts);
   * cheap when nothing a formula reads has changed.
   */
  recalculate(): void {
    this.calc.recalculate();
  }

  /** recalculate in steps, for a sync to give way between (sync-steps.ts). */
  recalculation(): Steps<void> {
    return this.calc.recalculation();
  }
}
