// An in-memory Excel that behaves like Office.js for the part of the API the add-in uses: proxies
// whose properties cannot be read before `load` and `context.sync()`, a queue that only runs on
// sync, null objects, worksheets, ranges by address, values, number formats and formulas, tables,
// data validation, conditional formats, named items, selection and worksheet onChanged events
// (fired for the add-in's own writes too, as Excel does). It counts syncs, queued operations and
// request/response bytes, and fails a request or response over 5 MB as Excel on the web does.
// No Excel runs on Linux; this is what every test of src/excel/ runs against, and what the browser
// demo (npm run demo) shows the task pane working on.
import { addWorkingDays, weekday } from "../domain/dates";
import type { ExcelRun } from "../excel/excel-run";
import { blockAddress, cellAddress, parseAddress, quotedSheetName, type CellBlock, type CellValue } from "../domain/grid";
import { selectionChangedEvent } from "./selection-events";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

interface SimCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontColour?: string;
}

export interface SimValidation {
  block: CellBlock;
  rule?: unknown;
  prompt?: { showPrompt: boolean; title?: string; message?: string };
  errorAlert?: unknown;
}

export interface SimConditionalFormat {
  block: CellBlock;
  formula: string;
  fill?: string;
  bold?: boolean;
  fontColour?: string;
  borders?: boolean;
}

export interface SimTable {
  name: string;
  block: CellBlock;
  hasHeaders: boolean;
}

export interface ChangeEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local" | "Remote";
  /** Excel gives details only for a single-cell edit. */
  details?: { valueBefore: CellValue; valueAfter: CellValue };
}

type Handler = (event: ChangeEvent) => Promise<unknown> | unknown;

export class SimSheet {
  readonly id: string;
  readonly cells = new Map<number, SimCell>();
  readonly validations: SimValidation[] = [];
  readonly conditionalFormats: SimConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly handlers: Handler[] = [];
  /** Cells that hold a formula, so recalculation need not visit every cell. */
  readonly formulaCells = new Set<SimCell>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  protected = false;

  constructor(
    public name: string,
    id: number,
  ) {
    this.id = `{sheet-${id}}`;
  }

  cell(row: number, column: number): SimCell | undefined {
    return this.cells.get(row * MAX_COLUMNS + column);
  }

  cellForWrite(row: number, column: number): SimCell {
    const key = row * MAX_COLUMNS + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Values as Office.js returns them: "" for an empty cell. */
  values(block: CellBlock): CellValue[][] {
    return Array.from({ length: block.rowCount }, (_, r) =>
      Array.from({ length: block.columnCount }, (_, c) => this.cell(block.row + r, block.column + c)?.value ?? ""),
    );
  }

  usedBlock(valuesOnly: boolean): CellBlock | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used = cell.value !== "" && cell.value !== null && cell.value !== undefined;
      if (!used && (valuesOnly || (!cell.numberFormat && !cell.fill && !cell.bold))) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? undefined : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

export interface SimStats {
  syncs: number;
  ops: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
}

/** The document: sheets, tables and names, shared by every request context. */
export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly tables: (SimTable & { sheet: SimSheet })[] = [];
  readonly names = new Map<string, { sheet: SimSheet; block: CellBlock }>();
  activeSheet?: SimSheet;
  selection?: { sheet: string; address: string };
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

  notify(): void {
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
    if (!/^[^:\\/?*[\]]{1,31}$/.test(name)) throw new SimError("InvalidArgument", `‘${name}’ is not a valid sheet name.`);
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

  /** A test's stand-in for a person typing or pasting: writes values and raises onChanged. */
  async userEdit(sheetName: string, address: string, values: CellValue[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const block = parseAddress(address);
    if (!sheet || !block) throw new Error(`No such place: ${sheetName}!${address}`);
    const before = sheet.cell(block.row, block.column)?.value ?? "";
    const written = { ...block, rowCount: values.length, columnCount: values[0]?.length ?? 0 };
    writeValues(sheet, written, values);
    this.growTables(sheet, written);
    const single = written.rowCount === 1 && written.columnCount === 1;
    this.raise(sheet, blockAddress(written), single ? { valueBefore: before, valueAfter: values[0][0] } : undefined);
    this.recalculate();
    this.notify();
    await this.deliverEvents();
  }

  /**
   * Excel grows a table when rows are typed or pasted directly beneath it, and gives the new rows
   * the number formats of the table's columns.
   */
  private growTables(sheet: SimSheet, block: CellBlock): void {
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet)) {
      const end = table.block.row + table.block.rowCount;
      const overlapsColumns = block.column < table.block.column + table.block.columnCount && block.column + block.columnCount > table.block.column;
      if (overlapsColumns && block.row <= end && block.row + block.rowCount > end) {
        table.block = { ...table.block, rowCount: block.row + block.rowCount - table.block.row };
      }
      const firstData = table.block.row + 1;
      for (let row = Math.max(block.row, firstData + 1); row < Math.min(block.row + block.rowCount, table.block.row + table.block.rowCount); row++) {
        for (let column = table.block.column; column < table.block.column + table.block.columnCount; column++) {
          const format = sheet.cell(firstData, column)?.numberFormat;
          if (format && !sheet.cell(row, column)?.numberFormat) sheet.cellForWrite(row, column).numberFormat = format;
        }
      }
    }
  }

  raise(sheet: SimSheet, address: string, details?: ChangeEvent["details"]): void {
    const event: ChangeEvent = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType: "RangeEdited", source: "Local" };
    if (details) event.details = details;
    this.pending.push({ sheet, event });
  }

  async deliverEvents(): Promise<void> {
    while (this.pending.length > 0) {
      const { sheet, event } = this.pending.shift()!;
      for (const handler of [...sheet.handlers]) await handler(event);
    }
  }

  /** Office.js's Excel.run against this workbook. */
  run = async <T>(batch: (context: SimContext) => Promise<T>): Promise<T> => {
    const context = new SimContext(this);
    const result = await batch(context);
    await context.sync();
    return result;
  };

  /**
   * Evaluates the few formula shapes the add-in writes (a name, WORKDAY, the week-two Friday, the
   * Selection sheet's counts); anything else reads #NAME?, as an unknown function does in Excel.
   */
  evaluate(formula: string, sheet: SimSheet): CellValue {
    const body = formula.replace(/^=/, "").trim();
    const valueOf = (reference: string): number | undefined => {
      const named = this.names.get(reference.toLowerCase());
      const target = named ? named.sheet.cell(named.block.row, named.block.column) : (() => {
        const block = parseAddress(reference);
        return block ? sheet.cell(block.row, block.column) : undefined;
      })();
      return typeof target?.value === "number" ? target.value : undefined;
    };
    let match = /^([A-Za-z_][\w.]*|\$?[A-Z]+\$?\d+)$/.exec(body);
    if (match) return valueOf(match[1]) ?? "";
    match = /^WORKDAY\((\w+),(\d+)\)$/i.exec(body);
    if (match) {
      const start = valueOf(match[1]);
      return start === undefined ? "#VALUE!" : addWorkingDays(start, Number(match[2]));
    }
    // COUNTIF(range,"text") and COUNTIFS(range,"text",range,"text"), as the Selection sheet uses them.
    match = /^COUNTIFS?\((.+)\)$/i.exec(body);
    if (match) {
      const parts = match[1].split(",");
      const criteria: { block: CellBlock; text: string }[] = [];
      for (let index = 0; index + 1 < parts.length; index += 2) {
        const block = parseAddress(parts[index]);
        const text = /^"(.*)"$/.exec(parts[index + 1].trim())?.[1];
        if (!block || text === undefined) return "#NAME?";
        criteria.push({ block, text: text.toLowerCase() });
      }
      const rowsMatching = (criterion: { block: CellBlock; text: string }) => {
        const rows = new Set<number>();
        for (const [key, cell] of sheet.cells) {
          const row = Math.floor(key / MAX_COLUMNS);
          const column = key % MAX_COLUMNS;
          const inside = column === criterion.block.column && row >= criterion.block.row && row < criterion.block.row + criterion.block.rowCount;
          if (inside && String(cell.value).toLowerCase() === criterion.text) rows.add(row);
        }
        return rows;
      };
      const [firstRows, ...others] = criteria.map(rowsMatching);
      return [...firstRows].filter((row) => others.every((rows) => rows.has(row))).length;
    }
    // IF(B2<min,"under",IF(B2>max,"over","met")), the Selection sheet's limit check.
    match = /^IF\((\$?[A-Z]+\$?\d+)<(\d+),"(\w+)",IF\(\1>(\d+),"(\w+)","(\w+)"\)\)$/i.exec(body);
    if (match) {
      const value = valueOf(match[1]);
      if (value === undefined) return "#VALUE!";
      return value < Number(match[2]) ? match[3] : value > Number(match[4]) ? match[5] : match[6];
    }
    match = /^(\w+)\+MOD\(6-WEEKDAY\(\1\),7\)\+7$/i.exec(body);
    if (match) {
      const start = valueOf(match[1]);
      return start === undefined ? "#VALUE!" : start + ((5 - weekday(start) + 7) % 7) + 7;
    }
    return "#NAME?";
  }

  /** Recomputes every formula cell (the template's formulas depend only on named cells). */
  recalculate(): void {
    for (const sheet of this.sheets) {
      for (const cell of sheet.formulaCells) {
        if (cell.formula) cell.value = this.evaluate(cell.formula, sheet);
        else sheet.formulaCells.delete(cell);
      }
    }
  }
}

/** As in Excel, text written as a value that starts with "=" becomes a formula. */
function writeValues(sheet: SimSheet, block: CellBlock, values: readonly (readonly CellValue[])[]): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.cellForWrite(block.row + r, block.column + c);
      if (typeof value === "string" && value.length > 1 && value.startsWith("=")) {
        cell.formula = value;
        sheet.formulaCells.add(cell);
        cell.value = "";
        return;
      }
      cell.value = value === null || value === undefined ? "" : value;
      delete cell.formula;
    }),
  );
}

function checkShape(block: CellBlock, values: unknown, what: string): void {
  const rows = values as unknown[][];
  const fits = Array.isArray(rows) && rows.length === block.rowCount && rows.every((row) => Array.isArray(row) && row.length === block.columnCount);
  if (!fits) throw new SimError("InvalidArgument", `The ${what} given do not match the size of the range ${blockAddress(block)}.`);
}

// ---- Request context and proxies ----

interface Command {
  bytes: number;
  run: () => unknown;
  /** Copies loaded values into the proxy once the command has run. */
  deliver?: (result: unknown) => void;
}

type Target<T> = () => T;

export class SimContext {
  private queue: Command[] = [];
  readonly workbook: ReturnType<typeof workbookProxy>;

  constructor(readonly sim: SimWorkbook) {
    this.workbook = workbookProxy(this);
  }

  enqueue(payload: unknown, run: () => unknown, deliver?: (result: unknown) => void): void {
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length, run, deliver });
  }

  async sync(): Promise<void> {
    // As in Office.js, a sync with nothing queued makes no request.
    if (this.queue.length === 0) return;
    const queue = this.queue;
    this.queue = [];
    const stats = this.sim.stats;
    stats.syncs += 1;
    stats.ops += queue.length;
    const requestBytes = queue.reduce((sum, command) => sum + command.bytes, 0);
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const results: { command: Command; result: unknown }[] = [];
    let responseBytes = 0;
    for (const command of queue) {
      const result = command.run();
      if (command.deliver) {
        responseBytes += JSON.stringify(result ?? null).length;
        results.push({ command, result });
      }
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    for (const { command, result } of results) command.deliver!(result);
    this.sim.recalculate();
    this.sim.notify();
    // Excel raises change events for the add-in's own writes too, after the batch completes.
    setTimeout(() => void this.sim.deliverEvents(), 0);
  }

  /** Shorthand used by proxies. */
  get sheets() {
    return this.sim;
  }
}

/**
 * A proxy: declared properties throw until loaded and synced; setters and methods queue commands.
 * `get` and `set` act on the resolved target at sync time.
 */
function proxy<T>(
  context: SimContext,
  resolve: Target<T>,
  props: Record<string, { get?: (target: T) => unknown; set?: (target: T, value: never) => void }>,
  methods: Record<string, unknown> = {},
  nullable = false,
): Record<string, unknown> {
  const loaded = new Map<string, unknown>();
  let isNull: boolean | undefined;
  const self: Record<string, unknown> = {};
  const load = (selection?: string | string[] | { select?: string }) => {
    const names =
      selection === undefined
        ? Object.keys(props).filter((name) => props[name].get)
        : (typeof selection === "string" ? selection : Array.isArray(selection) ? selection.join(",") : (selection.select ?? ""))
            .split(",")
            .map((name) => name.trim())
            .filter(Boolean);
    if (names.length === 0) throw new SimError("InvalidArgument", "load() was given nothing to load.");
    for (const name of names) {
      if (name.includes("/")) continue; // navigational loads ("items/name") are handled by collections
      if (!props[name]?.get) throw new SimError("PropertyNotFound", `The property '${name}' does not exist or cannot be loaded.`);
    }
    context.enqueue(
      { load: names },
      () => {
        const target = safeResolve();
        if (target === undefined) return undefined;
        return Object.fromEntries(names.filter((name) => props[name]).map((name) => [name, props[name].get!(target)]));
      },
      (result) => {
        if (result) for (const [name, value] of Object.entries(result as object)) loaded.set(name, value);
      },
    );
    return self;
  };
  const safeResolve = (): T | undefined => {
    try {
      return resolve();
    } catch (error) {
      if (nullable && error instanceof SimError && error.code === "ItemNotFound") return undefined;
      throw error;
    }
  };
  if (nullable) {
    context.enqueue({ nullCheck: true }, () => safeResolve() === undefined, (result) => (isNull = result as boolean));
  }
  for (const [name, accessor] of Object.entries(props)) {
    Object.defineProperty(self, name, {
      enumerable: true,
      get() {
        if (!loaded.has(name)) {
          throw new SimError(
            "PropertyNotLoaded",
            `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
          );
        }
        return loaded.get(name);
      },
      set(value: never) {
        if (!accessor.set) throw new SimError("InvalidOperation", `The property '${name}' is read-only.`);
        loaded.delete(name);
        context.enqueue({ set: name, value }, () => accessor.set!(resolve(), value));
      },
    });
  }
  Object.defineProperty(self, "isNullObject", {
    get() {
      if (isNull === undefined) throw new SimError("PropertyNotLoaded", "isNullObject is available only after context.sync().");
      return isNull;
    },
  });
  self.load = load;
  Object.assign(self, methods);
  return self;
}

interface RangeTarget {
  sheet: SimSheet;
  block: CellBlock;
}

function resolveSheet(context: SimContext, name: string): SimSheet {
  const sheet = context.sim.sheet(name);
  if (!sheet) throw new SimError("ItemNotFound", `The worksheet ‘${name}’ does not exist.`);
  return sheet;
}

function rangeProxy(context: SimContext, resolve: Target<RangeTarget>, nullable = false): Record<string, unknown> {
  const sim = context.sim;
  const sub = (make: (target: RangeTarget) => CellBlock) => rangeProxy(context, () => {
    const target = resolve();
    return { sheet: target.sheet, block: make(target) };
  });
  const fillProps = (apply: (target: RangeTarget, colour: string) => void) =>
    proxy(context, resolve, { color: { set: (target, colour: string) => apply(target, colour.replace("#", "").toUpperCase()) } });
  const eachCell = (target: RangeTarget, write: (cell: SimCell) => void) => {
    for (let r = 0; r < target.block.rowCount; r++) for (let c = 0; c < target.block.columnCount; c++) write(target.sheet.cellForWrite(target.block.row + r, target.block.column + c));
  };

  return proxy(
    context,
    resolve,
    {
      address: { get: (target) => `${quoteSheet(target.sheet.name)}!${blockAddress(target.block)}` },
      rowIndex: { get: (target) => target.block.row },
      columnIndex: { get: (target) => target.block.column },
      rowCount: { get: (target) => target.block.rowCount },
      columnCount: { get: (target) => target.block.columnCount },
      values: {
        get: (target) => target.sheet.values(target.block),
        set: (target, values: CellValue[][]) => {
          checkShape(target.block, values, "values");
          if (target.sheet.protected) throw new SimError("AccessDenied", "The sheet is protected.");
          writeValues(target.sheet, target.block, values);
          sim.raise(target.sheet, blockAddress(target.block));
        },
      },
      formulas: {
        get: (target) => target.sheet.values(target.block).map((row, r) => row.map((value, c) => target.sheet.cell(target.block.row + r, target.block.column + c)?.formula ?? value)),
        set: (target, formulas: string[][]) => {
          checkShape(target.block, formulas, "formulas");
          if (target.sheet.protected) throw new SimError("AccessDenied", "The sheet is protected.");
          formulas.forEach((row, r) =>
            row.forEach((formula, c) => {
              const cell = target.sheet.cellForWrite(target.block.row + r, target.block.column + c);
              if (typeof formula === "string" && formula.startsWith("=")) {
                cell.formula = formula;
                target.sheet.formulaCells.add(cell);
              }
              else {
                cell.value = formula;
                delete cell.formula;
              }
            }),
          );
        },
      },
      numberFormat: {
        get: (target) => Array.from({ length: target.block.rowCount }, (_, r) => Array.from({ length: target.block.columnCount }, (_, c) => target.sheet.cell(target.block.row + r, target.block.column + c)?.numberFormat ?? "General")),
        set: (target, formats: string[][]) => {
          checkShape(target.block, formats, "number formats");
          if (target.sheet.protected) throw new SimError("AccessDenied", "The sheet is protected.");
          formats.forEach((row, r) => row.forEach((format, c) => (target.sheet.cellForWrite(target.block.row + r, target.block.column + c).numberFormat = format)));
        },
      },
    },
    {
      getCell: (row: number, column: number) => sub((target) => ({ row: target.block.row + row, column: target.block.column + column, rowCount: 1, columnCount: 1 })),
      getResizedRange: (rows: number, columns: number) => sub((target) => ({ ...target.block, rowCount: target.block.rowCount + rows, columnCount: target.block.columnCount + columns })),
      getOffsetRange: (rows: number, columns: number) => sub((target) => ({ ...target.block, row: target.block.row + rows, column: target.block.column + columns })),
      getRow: (row: number) => sub((target) => ({ ...target.block, row: target.block.row + row, rowCount: 1 })),
      getColumn: (column: number) => sub((target) => ({ ...target.block, column: target.block.column + column, columnCount: 1 })),
      select: () => context.enqueue({ select: true }, () => {
        const target = resolve();
        sim.activeSheet = target.sheet;
        sim.selection = { sheet: target.sheet.name, address: blockAddress(target.block) };
      }),
      clear: () => context.enqueue({ clear: true }, () => {
        const { sheet, block } = resolve();
        for (const key of [...sheet.cells.keys()]) {
          const row = Math.floor(key / MAX_COLUMNS);
          const column = key % MAX_COLUMNS;
          if (row >= block.row && row < block.row + block.rowCount && column >= block.column && column < block.column + block.columnCount) sheet.cells.delete(key);
        }
      }),
      format: proxy(context, resolve, {
        columnWidth: { set: (target, width: number) => { for (let c = 0; c < target.block.columnCount; c++) target.sheet.columnWidths.set(target.block.column + c, width); } },
        wrapText: { set: () => undefined },
        verticalAlignment: { set: () => undefined },
      }, {
        fill: fillProps((target, colour) => eachCell(target, (cell) => (cell.fill = colour))),
        font: proxy(context, resolve, {
          bold: { set: (target, bold: boolean) => eachCell(target, (cell) => (cell.bold = bold)) },
          color: { set: (target, colour: string) => eachCell(target, (cell) => (cell.fontColour = colour.replace("#", "").toUpperCase())) },
        }),
        autofitRows: () => context.enqueue({ autofitRows: true }, () => undefined),
      }),
      dataValidation: proxy(context, resolve, {
        rule: { set: (target, rule: unknown) => validationFor(target).rule = rule },
        prompt: { set: (target, prompt: SimValidation["prompt"]) => validationFor(target).prompt = prompt },
        errorAlert: { set: (target, alert: unknown) => validationFor(target).errorAlert = alert },
      }, {
        clear: () => context.enqueue({ clearValidation: true }, () => {
          const target = resolve();
          const list = target.sheet.validations;
          for (let i = list.length - 1; i >= 0; i--) if (sameBlock(list[i].block, target.block)) list.splice(i, 1);
        }),
      }),
      conditionalFormats: {
        add: (type: string) => {
          if (type !== "Custom") throw new SimError("InvalidArgument", `Only custom conditional formats are simulated, not ${type}.`);
          let format: SimConditionalFormat | undefined;
          const formatTarget = () => {
            if (!format) throw new SimError("InvalidOperation", "The conditional format has not been created yet.");
            return format;
          };
          context.enqueue({ addConditionalFormat: type }, () => {
            const target = resolve();
            format = { block: target.block, formula: "" };
            target.sheet.conditionalFormats.push(format);
          });
          return {
            custom: {
              rule: proxy(context, formatTarget, { formula: { set: (target, formula: string) => (target.formula = formula.replace(/^=/, "")) } }),
              format: {
                fill: proxy(context, formatTarget, { color: { set: (target, colour: string) => (target.fill = colour.replace("#", "").toUpperCase()) } }),
                font: proxy(context, formatTarget, {
                  bold: { set: (target, bold: boolean) => (target.bold = bold) },
                  color: { set: (target, colour: string) => (target.fontColour = colour.replace("#", "").toUpperCase()) },
                }),
                borders: {
                  getItem: () => proxy(context, formatTarget, { style: { set: (target) => (target.borders = true) }, color: { set: () => undefined } }),
                },
              },
            },
          };
        },
        clearAll: () => context.enqueue({ clearConditionalFormats: true }, () => {
          const target = resolve();
          const list = target.sheet.conditionalFormats;
          for (let i = list.length - 1; i >= 0; i--) if (within(list[i].block, target.block)) list.splice(i, 1);
        }),
      },
    },
    nullable,
  );

  function validationFor(target: RangeTarget): SimValidation {
    let validation = target.sheet.validations.find((candidate) => sameBlock(candidate.block, target.block));
    if (!validation) {
      validation = { block: target.block };
      target.sheet.validations.push(validation);
    }
    return validation;
  }
}

const sameBlock = (a: CellBlock, b: CellBlock) => a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
const within = (inner: CellBlock, outer: CellBlock) =>
  inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rowCount <= outer.row + outer.rowCount && inner.column + inner.columnCount <= outer.column + outer.columnCount;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : quotedSheetName(name);
}

function blockOf(address: string): CellBlock {
  const block = parseAddress(address);
  if (!block || block.row + block.rowCount > MAX_ROWS || block.column + block.columnCount > MAX_COLUMNS) {
    throw new SimError("InvalidArgument", `‘${address}’ is not a valid range address.`);
  }
  return block;
}

function tableProxy(context: SimContext, resolve: Target<SimTable & { sheet: SimSheet }>, nullable = false): Record<string, unknown> {
  const part = (make: (table: SimTable) => CellBlock) =>
    rangeProxy(context, () => {
      const table = resolve();
      return { sheet: table.sheet, block: make(table) };
    });
  return proxy(
    context,
    resolve,
    {
      name: {
        get: (table) => table.name,
        set: (table, name: string) => {
          if (context.sim.tables.some((other) => other !== table && other.name.toLowerCase() === name.toLowerCase())) {
            throw new SimError("InvalidArgument", `A table named ${name} already exists.`);
          }
          table.name = name;
        },
      },
    },
    {
      getRange: () => part((table) => table.block),
      getHeaderRowRange: () => part((table) => ({ ...table.block, rowCount: 1 })),
      getDataBodyRange: () => part((table) => ({ ...table.block, row: table.block.row + 1, rowCount: Math.max(table.block.rowCount - 1, 1) })),
    },
    nullable,
  );
}

function worksheetProxy(context: SimContext, resolve: Target<SimSheet>, nullable = false): Record<string, unknown> {
  const sim = context.sim;
  return proxy(
    context,
    resolve,
    {
      name: { get: (sheet) => sheet.name, set: (sheet, name: string) => (sheet.name = name) },
      id: { get: (sheet) => sheet.id },
      visibility: { get: (sheet) => sheet.visibility, set: (sheet, visibility: SimSheet["visibility"]) => (sheet.visibility = visibility) },
    },
    {
      getRange: (address?: string) => rangeProxy(context, () => ({ sheet: resolve(), block: address ? blockOf(address) : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } })),
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        rangeProxy(context, () => ({ sheet: resolve(), block: { row, column, rowCount, columnCount } })),
      getUsedRangeOrNullObject: (valuesOnly = false) =>
        rangeProxy(
          context,
          () => {
            const sheet = resolve();
            const block = sheet.usedBlock(valuesOnly);
            if (!block) throw new SimError("ItemNotFound", "The sheet is empty.");
            return { sheet, block };
          },
          true,
        ),
      protection: proxy(context, resolve, { protected: { get: (sheet) => sheet.protected } }),
      activate: () => context.enqueue({ activate: true }, () => (sim.activeSheet = resolve())),
      delete: () => context.enqueue({ deleteSheet: true }, () => sim.deleteSheet(resolve().name)),
      freezePanes: { freezeRows: (count: number) => context.enqueue({ freezeRows: count }, () => (resolve().frozenRows = count)) },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          let created: (SimTable & { sheet: SimSheet }) | undefined;
          context.enqueue({ addTable: address, hasHeaders }, () => {
            const sheet = resolve();
            const block = blockOf(address);
            if (sim.tables.some((table) => table.sheet === sheet && overlaps(table.block, block))) {
              throw new SimError("InvalidOperation", "A table can't overlap another table.");
            }
            created = { name: `Table${sim.tables.length + 1}`, block, hasHeaders, sheet };
            sim.tables.push(created);
          });
          const table = tableProxy(context, () => {
            if (!created) throw new SimError("InvalidOperation", "The table has not been created yet.");
            return created;
          });
          return table;
        },
        getItemOrNullObject: (name: string) =>
          tableProxy(
            context,
            () => {
              const found = sim.tables.find((table) => table.sheet === resolve() && table.name.toLowerCase() === name.toLowerCase());
              if (!found) throw new SimError("ItemNotFound", `No table ${name}.`);
              return found;
            },
            true,
          ),
      },
      onSelectionChanged: selectionChangedEvent(resolve, context),
      onChanged: {
        add: (handler: Handler) => {
          const sheet = resolve();
          sheet.handlers.push(handler);
          return { remove: () => sheet.handlers.splice(sheet.handlers.indexOf(handler), 1), context };
        },
      },
    },
    nullable,
  );
}

const overlaps = (a: CellBlock, b: CellBlock) =>
  a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;

function workbookProxy(context: SimContext) {
  const sim = context.sim;
  const sheetByName = (name: string) => () => resolveSheet(context, name);
  const worksheets = {
    getItem: (name: string) => worksheetProxy(context, sheetByName(name)),
    getItemOrNullObject: (name: string) => worksheetProxy(context, sheetByName(name), true),
    getActiveWorksheet: () => worksheetProxy(context, () => {
      if (!sim.activeSheet) throw new SimError("ItemNotFound", "There is no active sheet.");
      return sim.activeSheet;
    }),
    add: (name: string) => {
      let created: SimSheet | undefined;
      context.enqueue({ addSheet: name }, () => (created = sim.addSheet(name)));
      return worksheetProxy(context, () => {
        if (!created) throw new SimError("InvalidOperation", "The sheet has not been created yet.");
        return created;
      });
    },
    items: [] as Record<string, unknown>[],
    load: (selection: string) => {
      const fields = selection.replace(/items\//g, "").split(",").map((field) => field.trim());
      context.enqueue({ loadSheets: selection }, () => sim.sheets.map((sheet) => Object.fromEntries(fields.map((field) => [field, field === "name" ? sheet.name : field === "visibility" ? sheet.visibility : sheet.id]))), (result) => {
        worksheets.items = (result as Record<string, unknown>[]).map((item) => Object.freeze({ ...item }));
      });
      return worksheets;
    },
  };
  return {
    worksheets,
    protection: proxy(context, () => sim, { protected: { get: (workbook) => workbook.structureProtected } }),
    names: {
      add: (name: string, reference: string | { address?: string }) => {
        context.enqueue({ addName: name, reference: typeof reference === "string" ? reference : "range" }, () => {
          if (sim.names.has(name.toLowerCase())) throw new SimError("InvalidArgument", `The name ${name} already exists.`);
          const text = typeof reference === "string" ? reference.replace(/^=/, "") : "";
          const sheetName = text.includes("!") ? text.slice(0, text.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'") : "";
          const sheet = sim.sheet(sheetName);
          const block = parseAddress(text);
          if (!sheet || !block) throw new SimError("InvalidArgument", `‘${text}’ is not a reference this simulator knows.`);
          sim.names.set(name.toLowerCase(), { sheet, block });
        });
      },
      getItemOrNullObject: (name: string) => {
        const resolve = () => {
          const named = sim.names.get(name.toLowerCase());
          if (!named) throw new SimError("ItemNotFound", `No name ${name}.`);
          return named;
        };
        return proxy(
          context,
          resolve,
          { name: { get: () => name }, formula: { get: (named) => `=${quoteSheet(named.sheet.name)}!${blockAddress(named.block)}` } },
          { getRange: () => rangeProxy(context, () => resolve()) },
          true,
        );
      },
    },
  };
}

/** The cells of a sheet as a plain grid, for assertions. */
export function sheetGrid(sim: SimWorkbook, name: string): CellValue[][] {
  const sheet = sim.sheet(name);
  const block = sheet?.usedBlock(true);
  if (!sheet || !block) return [];
  return sheet.values({ row: 0, column: 0, rowCount: block.row + block.rowCount, columnCount: block.column + block.columnCount });
}

export { cellAddress };

/** A fresh in-memory workbook with one empty sheet, and the ExcelRun the add-in's actions take. */
export function simulatedExcel(): { sim: SimWorkbook; run: ExcelRun } {
  const sim = new SimWorkbook();
  sim.addSheet("Sheet1");
  return { sim, run: sim.run as unknown as ExcelRun };
}
