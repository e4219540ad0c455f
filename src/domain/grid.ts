// A sheet as the rules engine sees it: rows of cell values exactly as Excel gives them
// (numbers, including date serials; strings; booleans; empty). No Office, no ExcelJS.

export type CellValue = string | number | boolean | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

/** Empty, or only spaces (including non-breaking ones): nothing a person typed on purpose. */
const ONLY_SPACES = /^[\s\u00a0\u2007\u202f\u2000-\u200b\ufeff]*$/;

export function isBlank(value: CellValue): value is null | undefined | string {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most text starts with a printable ASCII character, which no space is: known without the pattern.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && ONLY_SPACES.test(value);
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every(isBlank);
}

const EXCEL_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * What a file reader gives for a formula whose result the file does not hold (a writer that never
 * calculated it; ECMA-376 Part 1, 18.3.1.96: <v> is optional): neither blank nor a value, so read
 * as an error value is. Excel, and so Office.js, always has a result: only files give this.
 */
export const NO_SAVED_RESULT = "#NO SAVED RESULT";

/** "#N/A", "#REF!" ...: how Excel hands a formula error to an add-in; and a formula with no saved result. */
export function isExcelError(value: CellValue): value is string {
  return (
    typeof value === "string" && value.includes("#") && (value === NO_SAVED_RESULT || EXCEL_ERROR.test(value.trim()))
  );
}

/** A cell value quoted for a message: ‘38/04/2019’, shortened when long; a boolean as Excel shows it, ‘TRUE’. */
export function quote(value: CellValue): string {
  const text =
    typeof value === "string"
      ? value.replace(/\u00a0/g, " ")
      : typeof value === "boolean"
        ? String(value).toUpperCase()
        : String(value);
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `‘${shown}’`;
}

/** 0 -> "A", 26 -> "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Zero-based row and column to an A1 address. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "C" -> 2, "AA" -> 26: the zero-based column of letters (columnLetter's inverse). */
export function columnIndex(letters: string): number {
  return columnIndexAt(letters, 0, letters.length);
}

/**
 * The zero-based column of the letters that open text[from, to) ("AB12" -> 27), read where they
 * lie, without a copy, up to the first character that is not a letter; -1 when there is none. The
 * one reading of column letters: a file's cell references are read with it, one per cell.
 */
export function columnIndexAt(text: string, from: number, to: number): number {
  let column = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

export interface CellBlock {
  /** Zero-based first row and column, and the size. */
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** "B2", "B2:D10", "Sheet 1!B2:D10", "'My sheet'!$B$2" -> a zero-based block; undefined if not an address. */
export function parseAddress(address: string): CellBlock | undefined {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(local.trim());
  if (!match) return undefined;
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? columnIndex(match[3]) : left;
  return {
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rowCount: Math.abs(bottom - top) + 1,
    columnCount: Math.abs(right - left) + 1,
  };
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * Like parseAddress, and also whole rows ("5:5", "5:7") and whole columns ("C:C", "C:E"), the
 * addresses Excel gives a change event for an inserted or deleted row or column.
 */
export function parseRangeAddress(address: string): CellBlock | undefined {
  const cells = parseAddress(address);
  if (cells) return cells;
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).trim();
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) {
    const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((a, b) => a - b);
    return top < 0 ? undefined : { row: top, column: 0, rowCount: bottom - top + 1, columnCount: SHEET_COLUMNS };
  }
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(local);
  if (columns) {
    const [left, right] = [columnIndex(columns[1]), columnIndex(columns[2])].sort((a, b) => a - b);
    return { row: 0, column: left, rowCount: SHEET_ROWS, columnCount: right - left + 1 };
  }
  return undefined;
}

/** A zero-based block back to an A1 address ("B2" for one cell, "B2:D10" otherwise). */
export function blockAddress(block: CellBlock): string {
  const start = cellAddress(block.row, block.column);
  return block.rowCount === 1 && block.columnCount === 1
    ? start
    : `${start}:${cellAddress(block.row + block.rowCount - 1, block.column + block.columnCount - 1)}`;
}

/** A sheet name as a formula or link needs it: 'Children in need' (quotes inside doubled). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Children in need'!A1:B2" as its sheet ("" when none is named) and its address on that sheet. */
export function splitSheetAddress(address: string): { sheet: string; address: string } {
  const at = address.lastIndexOf("!");
  return {
    sheet: at < 0 ? "" : address.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'"),
    address: address.slice(at + 1),
  };
}
