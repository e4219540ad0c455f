// Request contexts and proxies with Office.js semantics: properties unreadable before load and
// sync, a queue run only by sync, null objects, and the requests' size limits.
import {
  blockAddress,
  parseAddress,
  SHEET_COLUMNS,
  splitSheetAddress,
  type CellBlock,
  type CellValue,
} from "../domain/grid";
import { withConditionalFormatReads } from "./conditional-formats";
import { formulaProblem } from "./formulas";
import {
  blockOf,
  checkShape,
  MAX_COLUMNS,
  MAX_ROWS,
  namesToLoad,
  overlaps,
  PAYLOAD_LIMIT_BYTES,
  propertyNotLoaded,
  quoteSheet,
  refuseIfProtected,
  sameBlock,
  SimError,
  within,
  writeValues,
  type Handler,
  type LoadSelection,
  type RangeTarget,
  type Registration,
  type SimCell,
  type SimConditionalFormat,
  type SimSheet,
  type SimTable,
  type SimValidation,
} from "./sheet";
import type { SimWorkbook } from "./workbook";
import type {
  AddinConditionalRangeBorder,
  AddinContext,
  AddinDataValidation,
  AddinRange,
  AddinTable,
  AddinWorkbook,
  AddinWorksheet,
  AddinWorksheetItem,
} from "../excel/excel-api";
import { selectionChangedEvent } from "./selected-cell-events";
import {
  andThen,
  Banded,
  eachBand,
  FORMULA_BAND_CELLS,
  giveWay,
  inBands,
  jsonLength,
  now,
  SYNC_SLICE_MS,
  type Steps,
} from "./bands";

// ---- Request context and proxies ----

interface Command {
  bytes: number;
  run: () => unknown;
  /** Copies loaded values into the proxy once the command has run. */
  deliver?: (result: unknown) => void;
}

type Target<T> = () => T;

/**
 * A request context with the Excel the add-in uses (src/excel/excel-api.ts): each proxy below is
 * built to its type there, so a member the add-in starts to use that the simulator lacks, or gives
 * in another shape, does not compile.
 */
export class SimContext implements AddinContext {
  private queue: Command[] = [];
  readonly workbook: AddinWorkbook;

  constructor(readonly sim: SimWorkbook) {
    this.workbook = workbookProxy(this);
  }

  enqueue(payload: unknown, run: () => unknown, deliver?: (result: unknown) => void): void {
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length, run, deliver });
  }

  /** Excel's error for a request or response over the limit; Excel on the web may say only GeneralException. */
  private oversized(kind: "Request" | "Response", bytes: number): SimError {
    return this.sim.oversized === "GeneralException"
      ? new SimError("GeneralException", "An internal error has occurred.")
      : new SimError(
          `${kind}PayloadSizeLimitExceeded`,
          `The ${kind.toLowerCase()} payload size (${bytes} bytes) has exceeded the limit.`,
        );
  }

  /** Office.js's signature (ClientRequestContext.sync): the promise resolves to `passThroughValue`. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.send();
    return passThroughValue as T;
  }

  private async send(): Promise<void> {
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
      throw this.oversized("Request", requestBytes);
    }
    // Applied in slices that give way to the browser (bands.ts), and whole before any other batch,
    // a person's edit or an event sees the workbook (workbook.ts `exclusive`).
    await this.sim.exclusive(async () => {
      let sliceStart = now();
      const drive = async <T>(steps: Steps<T>): Promise<T> => {
        for (;;) {
          const step = steps.next();
          if (step.done) return step.value;
          if (now() - sliceStart >= SYNC_SLICE_MS) {
            await giveWay();
            sliceStart = now();
          }
        }
      };
      const { results, responseBytes } = await drive(this.apply(queue));
      // What is left (delivering, recalculating) gets a slice of its own when this one is half gone.
      if (now() - sliceStart >= SYNC_SLICE_MS / 2) {
        await giveWay();
        sliceStart = now();
      }
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      if (responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw this.oversized("Response", responseBytes);
      }
      for (const { command, result } of results) command.deliver!(result);
      await drive(this.sim.recalculation());
      this.sim.notify();
      // Excel raises change events for the add-in's own writes too, after the batch completes.
      this.sim.scheduleDelivery();
    });
  }

  /** Runs the queue's commands in order, a step at a time (a command on a large range in bands). */
  private *apply(
    queue: readonly Command[],
  ): Steps<{ results: { command: Command; result: unknown }[]; responseBytes: number }> {
    const results: { command: Command; result: unknown }[] = [];
    let responseBytes = 0;
    for (const command of queue) {
      const ran = command.run();
      const result = ran instanceof Banded ? yield* ran.steps : ran;
      if (command.deliver) {
        responseBytes += yield* jsonLength(result ?? null);
        results.push({ command, result });
      }
      yield;
    }
    return { results, responseBytes };
  }

  /** Shorthand used by proxies. */
  get sheets() {
    return this.sim;
  }
}

interface Accessor<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: never) => void;
}

/** What a getter gives, whether at once or in bands (bands.ts). */
type Unbanded<V> = V extends Banded<infer R> ? R : V;

/** A property as the proxy shows it: what its getter gives, or else what its setter takes. */
type Shown<A> = A extends { get: (target: never) => infer V }
  ? Unbanded<V>
  : A extends { set: (target: never, value: infer V) => void }
    ? V
    : never;

/** The type of `proxy(context, resolve, props, methods)`, derived from the props and methods it is given. */
type Proxy<P, M> = { [K in keyof P]: Shown<P[K]> } & M & {
    load(selection?: LoadSelection): Proxy<P, M>;
    readonly isNullObject: boolean;
  };

/**
 * A proxy: declared properties throw until loaded and synced; setters and methods queue commands.
 * `get` and `set` act on the resolved target at sync time.
 */
function proxy<T, P extends Record<string, Accessor<T>>, M extends object = Record<never, never>>(
  context: SimContext,
  resolve: Target<T>,
  props: P,
  methods?: M,
  nullable = false,
): NoInfer<Proxy<P, M>> {
  const loaded = new Map<string, unknown>();
  let isNull: boolean | undefined;
  const self: Record<string, unknown> = {};
  const load = (selection?: LoadSelection) => {
    const names =
      selection === undefined ? Object.keys(props).filter((name) => props[name].get) : namesToLoad(selection);
    if (names.length === 0) throw new SimError("InvalidArgument", "load() was given nothing to load.");
    for (const name of names) {
      if (name.includes("/")) continue; // navigational loads ("items/name") are handled by collections
      if (!props[name]?.get)
        throw new SimError("PropertyNotFound", `The property '${name}' does not exist or cannot be loaded.`);
    }
    context.enqueue(
      { load: names },
      () => {
        const target = safeResolve();
        if (target === undefined) return undefined;
        const values = names.filter((name) => props[name]).map((name) => [name, props[name].get!(target)] as const);
        if (!values.some(([, value]) => value instanceof Banded)) return Object.fromEntries(values);
        return new Banded(
          (function* () {
            const result: Record<string, unknown> = {};
            for (const [name, value] of values) result[name] = value instanceof Banded ? yield* value.steps : value;
            return result;
          })(),
        );
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
    context.enqueue(
      { nullCheck: true },
      () => safeResolve() === undefined,
      (result) => (isNull = result as boolean),
    );
  }
  for (const [name, accessor] of Object.entries(props)) {
    Object.defineProperty(self, name, {
      enumerable: true,
      get() {
        if (!loaded.has(name)) throw propertyNotLoaded(name);
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
      if (isNull === undefined)
        throw new SimError("PropertyNotLoaded", "isNullObject is available only after context.sync().");
      return isNull;
    },
  });
  self.load = load;
  Object.assign(self, methods);
  // Built property by property from `props` and `methods`, so it has exactly the members Proxy<P, M> names.
  return self as Proxy<P, M>;
}

function resolveSheet(context: SimContext, name: string): SimSheet {
  const sheet = context.sim.sheet(name);
  if (!sheet) throw new SimError("ItemNotFound", `The worksheet ‘${name}’ does not exist.`);
  return sheet;
}

function rangeProxy(context: SimContext, resolve: Target<RangeTarget>, nullable = false): AddinRange {
  const sim = context.sim;
  const sub = (make: (target: RangeTarget) => CellBlock) =>
    rangeProxy(context, () => {
      const target = resolve();
      return { sheet: target.sheet, block: make(target) };
    });
  const fillProps = (apply: (target: RangeTarget, colour: string) => void) =>
    proxy(context, resolve, {
      color: { set: (target, colour: string) => apply(target, colour.replace("#", "").toUpperCase()) },
    });
  const eachCell = (target: RangeTarget, write: (cell: SimCell) => void) => {
    refuseIfProtected(target.sheet);
    return eachBand(target.block, (band) => {
      for (let r = 0; r < band.rowCount; r++)
        for (let c = 0; c < band.columnCount; c++) write(target.sheet.cellForWrite(band.row + r, band.column + c));
    });
  };

  /** Writes a grid as Range.values does (writeValues: strings parsed for the locale), a band at a time, then one change event. */
  const writeInBands = (target: RangeTarget, grid: CellValue[][]) =>
    eachBand(
      target.block,
      (band, offset) => writeValues(target.sheet, band, grid.slice(offset, offset + band.rowCount), sim.locale),
      () => sim.raiseWrite(target.sheet, blockAddress(target.block)),
    );

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
        // Formulas written earlier in the same batch are evaluated by the time it reads them.
        get: (target) =>
          new Banded(
            (function* () {
              yield* sim.recalculation();
              const rows = inBands(target.block, (band) => target.sheet.values(band));
              return rows instanceof Banded ? yield* rows.steps : rows;
            })(),
          ),
        set: (target, values: CellValue[][]) => {
          checkShape(target.block, values, "values");
          refuseIfProtected(target.sheet);
          return writeInBands(target, values);
        },
      },
      formulas: {
        get: (target) =>
          inBands(target.block, (band) =>
            target.sheet
              .values(band)
              .map((row, r) =>
                row.map((value, c) => target.sheet.cell(band.row + r, band.column + c)?.formula ?? value),
              ),
          ),
        set: (target, formulas: string[][]) => {
          checkShape(target.block, formulas, "formulas");
          // A formula Excel cannot parse is refused (an unknown name in a cell is only #NAME?).
          const refuse = (band: CellBlock, offset: number) =>
            formulas.slice(offset, offset + band.rowCount).forEach((row, r) =>
              row.forEach((formula, c) => {
                const asText = target.sheet.cell(band.row + r, band.column + c)?.numberFormat === "@";
                const problem =
                  typeof formula === "string" && formula.length > 1 && formula.startsWith("=") && !asText
                    ? formulaProblem(formula)
                    : undefined;
                if (problem) throw new SimError("InvalidArgument", problem);
              }),
            );
          return andThen(eachBand(target.block, refuse, undefined, FORMULA_BAND_CELLS), () => {
            refuseIfProtected(target.sheet);
            // A string without "=" is parsed as a value would be.
            return writeInBands(target, formulas);
          });
        },
      },
      numberFormat: {
        get: (target) =>
          inBands(target.block, (band) =>
            Array.from({ length: band.rowCount }, (_, r) =>
              Array.from(
                { length: band.columnCount },
                (_, c) => target.sheet.cell(band.row + r, band.column + c)?.numberFormat ?? "General",
              ),
            ),
          ),
        set: (target, formats: string[][]) => {
          checkShape(target.block, formats, "number formats");
          refuseIfProtected(target.sheet);
          return eachBand(target.block, (band, offset) =>
            formats
              .slice(offset, offset + band.rowCount)
              .forEach((row, r) =>
                row.forEach(
                  (format, c) => (target.sheet.cellForWrite(band.row + r, band.column + c).numberFormat = format),
                ),
              ),
          );
        },
      },
    },
    {
      // Range.getMergedAreasOrNullObject, ExcelApi 1.13: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
      getMergedAreasOrNullObject: () => {
        sim.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        return proxy(
          context,
          () => {
            const target = resolve();
            const areas = target.sheet.merged.filter((block) => overlaps(block, target.block));
            if (areas.length === 0) throw new SimError("ItemNotFound", "No merged areas.");
            return { sheet: target.sheet, areas };
          },
          {
            address: {
              get: (found) =>
                found.areas.map((block) => `${quoteSheet(found.sheet.name)}!${blockAddress(block)}`).join(","),
            },
            areaCount: { get: (found) => found.areas.length },
          },
          {},
          true,
        );
      },
      getCell: (row: number, column: number) =>
        sub((target) => ({
          row: target.block.row + row,
          column: target.block.column + column,
          rowCount: 1,
          columnCount: 1,
        })),
      getResizedRange: (rows: number, columns: number) =>
        sub((target) => ({
          ...target.block,
          rowCount: target.block.rowCount + rows,
          columnCount: target.block.columnCount + columns,
        })),
      getOffsetRange: (rows: number, columns: number) =>
        sub((target) => ({ ...target.block, row: target.block.row + rows, column: target.block.column + columns })),
      getRow: (row: number) => sub((target) => ({ ...target.block, row: target.block.row + row, rowCount: 1 })),
      getColumn: (column: number) =>
        sub((target) => ({ ...target.block, column: target.block.column + column, columnCount: 1 })),
      select: () =>
        context.enqueue({ select: true }, () => {
          const target = resolve();
          sim.activeSheet = target.sheet;
          sim.selectedCell = { sheet: target.sheet.name, address: blockAddress(target.block) };
        }),
      // Range.delete (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
      // The add-in deletes only whole rows (the facts sheet's children no longer chosen); other shapes
      // are refused rather than guessed at.
      delete: (shift: `${Excel.DeleteShiftDirection}`) =>
        context.enqueue({ delete: shift }, () => {
          const { sheet, block } = resolve();
          if (shift !== "Up" || block.column !== 0 || block.columnCount !== SHEET_COLUMNS)
            throw new Error(
              `The simulator models Range.delete("Up") on whole rows only, not ${shift} on ${blockAddress(block)}.`,
            );
          refuseIfProtected(sheet);
          sim.deleteRows(sheet, block.row, block.rowCount);
          sim.raise(sheet, `${block.row + 1}:${block.row + block.rowCount}`, undefined, "RowDeleted");
        }),
      clear: (applyTo: `${Excel.ClearApplyTo}` = "All") => {
        if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats")
          throw new Error(`The simulator does not model clear("${applyTo}").`);
        context.enqueue({ clear: applyTo }, () => {
          const { sheet, block } = resolve();
          refuseIfProtected(sheet);
          return new Banded(sheet.clear(block, applyTo));
        });
      },
      format: proxy(
        context,
        resolve,
        {
          columnWidth: {
            set: (target, width: number) => {
              refuseIfProtected(target.sheet);
              for (let c = 0; c < target.block.columnCount; c++)
                target.sheet.columnWidths.set(target.block.column + c, width);
            },
          },
          wrapText: { set: (_target, _wrap: boolean) => undefined },
          verticalAlignment: { set: (_target, _alignment: string) => undefined },
        },
        {
          fill: fillProps((target, colour) => eachCell(target, (cell) => (cell.fill = colour))),
          font: proxy(context, resolve, {
            bold: { set: (target, bold: boolean) => eachCell(target, (cell) => (cell.bold = bold)) },
            color: {
              set: (target, colour: string) =>
                eachCell(target, (cell) => (cell.fontColour = colour.replace("#", "").toUpperCase())),
            },
          }),
          autofitRows: () => context.enqueue({ autofitRows: true }, () => undefined),
        },
      ),
      dataValidation: proxy(
        context,
        resolve,
        {
          // Read back as Excel reports them: the rule and its type ("List", ...) where one rule covers
          // the whole range, "None" with an empty rule where none touches it, and "Inconsistent"
          // otherwise (https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-type-member).
          type: { get: (target) => validationRead(target).type },
          rule: {
            get: (target) => validationRead(target).rule,
            set: (target, rule: { list?: { source?: string } }) => {
              const source = rule.list?.source;
              const problem = source?.startsWith("=")
                ? formulaProblem(source, (name) => sim.names.has(name.toLowerCase()))
                : undefined;
              if (problem) throw new SimError("InvalidArgument", problem);
              validationFor(target).rule = rule;
            },
          },
          prompt: { set: (target, prompt: AddinDataValidation["prompt"]) => (validationFor(target).prompt = prompt) },
          errorAlert: {
            set: (target, alert: AddinDataValidation["errorAlert"]) => (validationFor(target).errorAlert = alert),
          },
        },
        {
          clear: () =>
            context.enqueue({ clearValidation: true }, () => {
              const target = resolve();
              refuseIfProtected(target.sheet);
              const list = target.sheet.validations;
              for (let i = list.length - 1; i >= 0; i--) if (sameBlock(list[i].block, target.block)) list.splice(i, 1);
            }),
        },
      ),
      conditionalFormats: withConditionalFormatReads(context, resolve, (where) => rangeProxy(context, where), {
        add: (type: string) => {
          if (type !== "Custom")
            throw new SimError("InvalidArgument", `Only custom conditional formats are simulated, not ${type}.`);
          let format: SimConditionalFormat | undefined;
          const formatTarget = () => {
            if (!format) throw new SimError("InvalidOperation", "The conditional format has not been created yet.");
            return format;
          };
          context.enqueue({ addConditionalFormat: type }, () => {
            const target = resolve();
            refuseIfProtected(target.sheet);
            format = { block: target.block, formula: "" };
            target.sheet.conditionalFormats.push(format);
          });
          return {
            custom: {
              rule: proxy(context, formatTarget, {
                formula: {
                  set: (target, formula: string) => {
                    const problem = formulaProblem(formula, (name) => sim.names.has(name.toLowerCase()));
                    if (problem) throw new SimError("InvalidArgument", problem);
                    target.formula = formula.replace(/^=/, "");
                  },
                },
              }),
              format: {
                fill: proxy(context, formatTarget, {
                  color: { set: (target, colour: string) => (target.fill = colour.replace("#", "").toUpperCase()) },
                }),
                font: proxy(context, formatTarget, {
                  bold: { set: (target, bold: boolean) => (target.bold = bold) },
                  color: {
                    set: (target, colour: string) => (target.fontColour = colour.replace("#", "").toUpperCase()),
                  },
                }),
                borders: {
                  getItem: () =>
                    proxy(context, formatTarget, {
                      style: {
                        set: (target, _style: AddinConditionalRangeBorder["style"]) => (target.borders = true),
                      },
                      color: { set: (_target, _colour: string) => undefined },
                    }),
                },
              },
            },
          };
        },
        clearAll: () =>
          context.enqueue({ clearConditionalFormats: true }, () => {
            const target = resolve();
            refuseIfProtected(target.sheet);
            const list = target.sheet.conditionalFormats;
            for (let i = list.length - 1; i >= 0; i--) if (within(list[i].block, target.block)) list.splice(i, 1);
          }),
      }),
    },
    nullable,
  );

  function validationRead(target: RangeTarget): {
    type: Excel.DataValidation["type"];
    rule: AddinDataValidation["rule"];
  } {
    const touching = target.sheet.validations.filter((validation) => overlaps(validation.block, target.block));
    if (touching.length === 0) return { type: "None", rule: {} };
    const [only] = touching;
    if (touching.length > 1 || !within(target.block, only.block) || !only.rule)
      return { type: "Inconsistent", rule: {} };
    const kinds: Record<string, Excel.DataValidation["type"]> = {
      list: "List",
      wholeNumber: "WholeNumber",
      decimal: "Decimal",
      date: "Date",
      time: "Time",
      textLength: "TextLength",
      custom: "Custom",
    };
    const kind = Object.keys(only.rule as object).find((key) => key in kinds);
    return { type: kind ? kinds[kind] : "Inconsistent", rule: JSON.parse(JSON.stringify(only.rule)) };
  }

  function validationFor(target: RangeTarget): SimValidation {
    refuseIfProtected(target.sheet);
    let validation = target.sheet.validations.find((candidate) => sameBlock(candidate.block, target.block));
    if (!validation) {
      validation = { block: target.block };
      target.sheet.validations.push(validation);
    }
    return validation;
  }
}

function tableProxy(
  context: SimContext,
  resolve: Target<SimTable & { sheet: SimSheet }>,
  nullable = false,
): AddinTable {
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
      getDataBodyRange: () =>
        part((table) => ({
          ...table.block,
          row: table.block.row + 1,
          rowCount: Math.max(table.block.rowCount - 1, 1),
        })),
      // Table.resize (ExcelApi 1.13): "The header row must remain in the same row, and the new range
      // must overlap the original table range"
      // (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)).
      // The simulator takes the range as an address on the table's sheet.
      resize: (address: string) =>
        context.enqueue({ resizeTable: address }, () => {
          const table = resolve();
          const block = parseAddress(address);
          const overlaps =
            block &&
            block.row < table.block.row + table.block.rowCount &&
            table.block.row < block.row + block.rowCount &&
            block.column < table.block.column + table.block.columnCount &&
            table.block.column < block.column + block.columnCount;
          if (!block || block.row !== table.block.row || !overlaps)
            throw new SimError("InvalidArgument", `The table cannot be resized to ${address}.`);
          table.block = block;
        }),
    },
    nullable,
  );
}

function worksheetProxy(context: SimContext, resolve: Target<SimSheet>, nullable = false): AddinWorksheet {
  const sim = context.sim;
  return proxy(
    context,
    resolve,
    {
      name: { get: (sheet) => sheet.name, set: (sheet, name: string) => (sheet.name = name) },
      id: { get: (sheet) => sheet.id },
      visibility: {
        get: (sheet) => sheet.visibility,
        set: (sheet, visibility: SimSheet["visibility"]) => (sheet.visibility = visibility),
      },
    },
    {
      getRange: (address?: string) =>
        rangeProxy(context, () => ({
          sheet: resolve(),
          block: address ? blockOf(address) : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS },
        })),
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
      freezePanes: {
        freezeRows: (count: number) => context.enqueue({ freezeRows: count }, () => (resolve().frozenRows = count)),
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          let created: (SimTable & { sheet: SimSheet }) | undefined;
          context.enqueue({ addTable: address, hasHeaders }, () => {
            const sheet = resolve();
            refuseIfProtected(sheet);
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
              const found = sim.tables.find(
                (table) => table.sheet === resolve() && table.name.toLowerCase() === name.toLowerCase(),
              );
              if (!found) throw new SimError("ItemNotFound", `No table ${name}.`);
              return found;
            },
            true,
          ),
      },
      onSelectionChanged: selectionChangedEvent(resolve, context),
      onChanged: {
        // EventHandlerResult.remove() queues the removal on the context that added the handler: "The
        // same RequestContext object that the handler was added in must be used when removing the
        // handler" (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult).
        // Called inside another Excel.run, it waits on a context nobody syncs, and the handler stays.
        add: (handler: Handler) => {
          const registration: Registration = { handler, context };
          context.enqueue({ addHandler: "onChanged" }, () => resolve().handlers.push(registration));
          return {
            context,
            remove: () =>
              context.enqueue({ removeHandler: "onChanged" }, () => {
                const handlers = resolve().handlers;
                const index = handlers.indexOf(registration);
                if (index >= 0) handlers.splice(index, 1);
              }),
          };
        },
      },
    },
    nullable,
  );
}

function workbookProxy(context: SimContext): AddinWorkbook {
  const sim = context.sim;
  const sheetByName = (name: string) => () => resolveSheet(context, name);
  const worksheets = {
    getItem: (name: string) => worksheetProxy(context, sheetByName(name)),
    getItemOrNullObject: (name: string) => worksheetProxy(context, sheetByName(name), true),
    getActiveWorksheet: () =>
      worksheetProxy(context, () => {
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
    items: [] as AddinWorksheetItem[],
    load: (selection: string) => {
      const fields = selection
        .replace(/items\//g, "")
        .split(",")
        .map((field) => field.trim());
      context.enqueue(
        { loadSheets: selection },
        () =>
          sim.sheets.map((sheet) =>
            Object.fromEntries(
              fields.map((field) => [
                field,
                field === "name" ? sheet.name : field === "visibility" ? sheet.visibility : sheet.id,
              ]),
            ),
          ),
        (result) => {
          worksheets.items = (result as AddinWorksheetItem[]).map((item) => Object.freeze({ ...item }));
        },
      );
      return worksheets;
    },
  };
  return {
    worksheets,
    protection: proxy(context, () => sim, { protected: { get: (workbook) => workbook.structureProtected } }),
    names: {
      add: (name: string, reference: string | { address?: string }) => {
        context.enqueue({ addName: name, reference: typeof reference === "string" ? reference : "range" }, () => {
          if (sim.names.has(name.toLowerCase()))
            throw new SimError("InvalidArgument", `The name ${name} already exists.`);
          const text = typeof reference === "string" ? reference.replace(/^=/, "") : "";
          const sheet = sim.sheet(splitSheetAddress(text).sheet);
          const block = parseAddress(text);
          if (!sheet || !block)
            throw new SimError("InvalidArgument", `‘${text}’ is not a reference this simulator knows.`);
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
          {
            name: { get: () => name },
            formula: { get: (named) => `=${quoteSheet(named.sheet.name)}!${blockAddress(named.block)}` },
          },
          { getRange: () => rangeProxy(context, () => resolve()) },
          true,
        );
      },
    },
  };
}
