// The simulator's cells and sheets: what a sheet holds, how written values are stored (coercion.ts),
// and the checks every write makes (protection, shape).
import { blockAddress, parseAddress, quotedSheetName, type CellBlock, type CellValue } from "../domain/grid";
import type { Steps } from "../domain/steps";
import type { AddinContext } from "../excel/excel-api";
import { coerce, type SimLocale } from "./coercion";
import { STEP_CELLS } from "./sync-steps";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

/** Reading a proxy's property before load and sync, as Office.js refuses it. */
export const propertyNotLoaded = (name: string) =>
  new SimError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** What `load(...)` may be given: names as one comma-separated string, an array, or { select }. */
export type LoadSelection = string | string[] | { select?: string };

/** The property names (or paths) a load asks for, in order, blanks left out. */
export function namesToLoad(selection: LoadSelection): string[] {
  const text =
    typeof selection === "string"
      ? selection
      : Array.isArray(selection)
        ? selection.join(",")
        : (selection.select ?? "");
  return text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** A range as proxies resolve it at sync time: its sheet and its cells. */
export interface RangeTarget {
  sheet: SimSheet;
  block: CellBlock;
}

export interface SimCell {
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
  /** Excel.DataChangeType: https://learn.microsoft.com/javascript/api/excel/excel.datachangetype */
  changeType:
    "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";
  source: "Local" | "Remote";
  /** Excel gives details only for a single-cell edit. */
  details?: { valueBefore: CellValue; valueAfter: CellValue };
}

export type Handler = (event: ChangeEvent) => Promise<unknown> | unknown;

/** A handler as Excel holds it: with the request context that added it, the only one that can remove it. */
export interface Registration {
  readonly handler: Handler;
  readonly context: AddinContext;
}

export class SimSheet {
  readonly id: string;
  readonly cells = new Map<number, SimCell>();
  readonly validations: SimValidation[] = [];
  readonly conditionalFormats: SimConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly handlers: Registration[] = [];
  /** Cells that hold a formula, so recalculation need not visit every cell. */
  readonly formulaCells = new Set<SimCell>();
  /** Merged areas; only the first cell of each holds a value, as in Excel. */
  readonly merged: CellBlock[] = [];
  /** Bumped by every write and move of cells, so formulas know to recalculate (calc.ts). */
  version = 0;
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
    this.version += 1;
    const key = row * MAX_COLUMNS + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The cells the sheet holds inside `block`, with their places: a list, so the caller may delete as it goes. */
  cellsIn(block: CellBlock): { key: number; row: number; column: number; cell: SimCell }[] {
    const found: { key: number; row: number; column: number; cell: SimCell }[] = [];
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (holdsCell(block, row, column)) found.push({ key, row, column, cell });
    }
    return found;
  }

  /**
   * Range.clear: "Contents" removes values and formulas and keeps formats, "Formats" the reverse,
   * "All" (the default) both. https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto
   * In steps of about STEP_CELLS cells visited, as other large writes (sync-steps.ts): clearing a
   * marks sheet of 750,000 cells would otherwise hold the demo's thread for one long stretch.
   */
  *clear(block: CellBlock, applyTo: "All" | "Contents" | "Formats"): Steps<void> {
    let visited = 0;
    // Deleting the entry just visited is safe while iterating a Map: the rest are still visited.
    for (const [key, cell] of this.cells) {
      if (++visited % STEP_CELLS === 0) yield 0;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (!holdsCell(block, row, column)) continue;
      this.version += 1;
      if (applyTo !== "Formats") {
        cell.value = "";
        delete cell.formula;
        this.formulaCells.delete(cell);
      }
      if (applyTo !== "Contents") {
        delete cell.numberFormat;
        delete cell.fill;
        delete cell.bold;
        delete cell.fontColour;
      }
      const keepsSomething = Object.entries(cell).some(([name, value]) => name !== "value" && value !== undefined);
      if (cell.value === "" && !keepsSomething) this.cells.delete(key);
    }
  }

  /** Moves every cell at or below `from` by `by` rows (negative: deletes the rows it covers). */
  moveRows(from: number, by: number): void {
    this.version += 1;
    const moved: [number, SimCell][] = [];
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      if (row < from) continue;
      this.cells.delete(key);
      if (by < 0 && row < from - by) continue;
      moved.push([key + by * MAX_COLUMNS, cell]);
    }
    for (const [key, cell] of moved) this.cells.set(key, cell);
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
      if (!isUsed(cell, valuesOnly)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0
      ? undefined
      : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

/**
 * Writes cells. With a locale, each string is parsed as Excel parses a string written through
 * Range.values or typed by a person (see coercion.ts); without one (a paste of another workbook's
 * cells), strings stay strings except a leading "=", which is a formula.
 */
export function writeValues(
  sheet: SimSheet,
  block: CellBlock,
  values: readonly (readonly CellValue[])[],
  locale?: SimLocale,
): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.cellForWrite(block.row + r, block.column + c);
      const stored = locale
        ? coerce(value, cell.numberFormat, locale)
        : typeof value === "string" && value.length > 1 && value.startsWith("=")
          ? { value: "", formula: value }
          : { value: value ?? "" };
      if (stored.formula) {
        cell.formula = stored.formula;
        sheet.formulaCells.add(cell);
        cell.value = "";
        return;
      }
      cell.value = stored.value;
      delete cell.formula;
      if (stored.dateFormat && (!cell.numberFormat || cell.numberFormat === "General"))
        cell.numberFormat = stored.dateFormat;
    }),
  );
}

/**
 * A protected sheet refuses values, formats, data validation, conditional formats, tables and
 * clearing (none of allowFormatCells, allowInsertRows... is set by the add-in's users' defaults:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions).
 */
export function refuseIfProtected(sheet: SimSheet): void {
  if (sheet.protected) throw new SimError("AccessDenied", "The sheet is protected.");
}

export function checkShape(block: CellBlock, values: unknown, what: string): void {
  const rows = values as unknown[][];
  const fits =
    Array.isArray(rows) &&
    rows.length === block.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === block.columnCount);
  if (!fits)
    throw new SimError(
      "InvalidArgument",
      `The ${what} given do not match the size of the range ${blockAddress(block)}.`,
    );
}

export const sameBlock = (a: CellBlock, b: CellBlock) =>
  a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
export const within = (inner: CellBlock, outer: CellBlock) =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rowCount <= outer.row + outer.rowCount &&
  inner.column + inner.columnCount <= outer.column + outer.columnCount;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : quotedSheetName(name);
}

export function blockOf(address: string): CellBlock {
  const block = parseAddress(address);
  if (!block || block.row + block.rowCount > MAX_ROWS || block.column + block.columnCount > MAX_COLUMNS) {
    throw new SimError("InvalidArgument", `‘${address}’ is not a valid range address.`);
  }
  return block;
}

/** Whether a cell counts towards the used range: a value, or (valuesOnly false) a format too (Worksheet.getUsedRange). */
export function isUsed(cell: SimCell | undefined, valuesOnly: boolean): boolean {
  if (!cell) return false;
  if (cell.value !== "" && cell.value !== null && cell.value !== undefined) return true;
  return !valuesOnly && Boolean(cell.numberFormat || cell.fill || cell.bold);
}

export const holdsCell = (block: CellBlock, row: number, column: number) =>
  row >= block.row &&
  row < block.row + block.rowCount &&
  column >= block.column &&
  column < block.column + block.columnCount;

export const overlaps = (a: CellBlock, b: CellBlock) =>
  a.row < b.row + b.rowCount &&
  b.row < a.row + a.rowCount &&
  a.column < b.column + b.columnCount &&
  b.column < a.column + a.columnCount;
