// A sheet as the rules engine sees it: rows of cell values exactly as Excel gives them
// (numbers, including date serials; strings; booleans; empty). No Office, no ExcelJS.

export type CellValue = string | number | boolean | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

/** Empty, or only spaces (including non-breaking ones): nothing a person typed on purpose. */
const ONLY_SPACES = /^[\s\u00a0\u2007\u202f\u2000-\u200b\ufeff]*$/;

export function isBlank(value: CellValue): value is null | undefined | string {
  return value === null || value === undefined || (typeof value === "string" && ONLY_SPACES.test(value));
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every(isBlank);
}

const EXCEL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** "#N/A", "#REF!" ...: how Excel hands a formula error to an add-in. */
export function isExcelError(value: CellValue): value is string {
  return typeof value === "string" && value.includes("#") && EXCEL_ERROR.test(value.trim());
}

/** A cell value quoted for a message: ‘38/04/2019’, shortened when long. */
export function quote(value: CellValue): string {
  const text = typeof value === "string" ? value.replace(/\u00a0/g, " ") : String(value);
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
