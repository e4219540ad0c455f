// What a cell means, by column kind, once recognised: the typed values that cross-column rules,
// the focus rule and the selection sheet work on. A reader never throws and never guesses: a
// value whose meaning is not certain reads as undefined.
import type { ColumnSpec } from "./catalogue";
import { recogniseColumnCode } from "./codes";
import { MAX_SERIAL, readDate } from "./dates";
import { isBlank, isExcelError, type CellValue } from "./grid";
import { remembered } from "./remembered";
import { plainText } from "./text";

/** "1234.0" and 1234 are the same child as "1234"; spaces around an ID are not part of it. */
export function readChildId(raw: CellValue): string | undefined {
  if (isBlank(raw) || isExcelError(raw) || typeof raw === "boolean") return undefined;
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : undefined;
  const text = plainText(raw);
  const wholeNumber = /^(\d+)\.0+$/.exec(text);
  return wholeNumber ? wholeNumber[1] : text;
}

/** A whole number written as a number or as text ("3", "3.0"). */
export function readWholeNumber(raw: CellValue): number | undefined {
  let value: number;
  if (typeof raw === "number") value = raw;
  else if (typeof raw === "string" && /^\s*\d+(?:\.0+)?\s*$/.test(raw)) value = Number(raw);
  else return undefined;
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A number of any kind, including text such as "6.138". */
export function readNumber(raw: CellValue): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw)) return Number(raw);
  return undefined;
}

/** The typed value of a cell, or undefined when blank or not certain. */
export function readCell(column: ColumnSpec, raw: CellValue, referenceSerial: number): unknown {
  if (isBlank(raw) || isExcelError(raw)) return undefined;
  switch (column.kind) {
    case "id":
      return readChildId(raw);
    case "text":
      return typeof raw === "string" ? plainText(raw) : String(raw);
    case "date": {
      const reading = readDate(raw, referenceSerial);
      return reading.kind === "date" || reading.kind === "two-digit-year" ? reading.serial : undefined;
    }
    case "yesNo":
    case "code":
      return recogniseColumnCode(column, raw);
    case "count":
      return readWholeNumber(raw);
    case "age": {
      const age = readWholeNumber(raw);
      return age !== undefined && age <= 25 ? age : undefined;
    }
  }
}

/** The smallest serial readDate takes for a date, 01/03/1900 (MAX_SERIAL the largest). */
const FIRST_DATE_SERIAL = 61;

/**
 * readCell for one column and reference date, made once per list check: the same value for every
 * cell, worked out with less per cell (the engine reads every cell of every row). A date serial is
 * read without a reading object; a code's text is recognised once per spelling, as a list repeats
 * its codes row after row; everything else is readCell's own work.
 */
export function cellReader(column: ColumnSpec, referenceSerial: number): (raw: CellValue) => unknown {
  const general = (raw: CellValue) => readCell(column, raw, referenceSerial);
  switch (column.kind) {
    case "date":
      return (raw) =>
        typeof raw === "number"
          ? Number.isFinite(raw) && raw >= FIRST_DATE_SERIAL && raw <= MAX_SERIAL
            ? Math.floor(raw)
            : undefined
          : general(raw);
    case "yesNo":
    case "code": {
      const text = remembered((raw: string) => general(raw));
      return (raw) => (typeof raw === "string" ? text(raw) : general(raw));
    }
    case "count":
    case "age": {
      const most = column.kind === "age" ? 25 : Infinity;
      return (raw) =>
        typeof raw === "number" ? (Number.isInteger(raw) && raw >= 0 && raw <= most ? raw : undefined) : general(raw);
    }
    default:
      return general;
  }
}
