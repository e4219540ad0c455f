// What Excel stores when a string is written through Range.values or Range.formulas: the string is
// read as if a person had typed it into the cell. Sources:
// - Range.values / Range.formulas: "If the returned value starts with a plus ("+"), minus ("-"), or
//   equal sign ("="), Excel interprets this value as a formula."
//   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
// - Leading zeros dropped, numbers past 15 significant digits rounded, the apostrophe and the Text
//   format as the ways to keep text: "Keeping leading zeros and large numbers",
//   https://support.microsoft.com/office/keeping-leading-zeros-and-large-numbers-1bf7b935-36e1-4985-842f-5dfa51f85fe7
// - Text that looks like a date becomes a date, in the order of the system's locale: "Stop
//   automatically changing numbers to dates",
//   https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8
//   Two-digit years 00-29 are 2000-2029, 30-99 are 1930-1999 ("How Excel works with two-digit
//   year numbers", https://learn.microsoft.com/office/troubleshoot/excel/two-digit-year-numbers).
// - The apostrophe is a prefix, not part of the value (office-js issue #6687: reading `formulas`
//   gives the text without it).
// A cell formatted as Text ("@") keeps what is written, character for character.
// Not modelled (the add-in's cellInput prefixes any text with a digit, so none reaches Excel bare):
// times ("10:30"), a day and month with no year (this year), currency ("£5"), fractions ("1 1/2").
import { isRealDate, serialFromYmd } from "../domain/dates";
import type { CellValue } from "../domain/grid";
import { TEXT_FORMAT } from "../domain/workbook-conventions";

export type SimLocale = "en-US" | "en-GB";

export interface Stored {
  readonly value: CellValue;
  /** Set when the input became a formula. */
  readonly formula?: string;
  /** The number format Excel gives a General cell the input turned into a date. */
  readonly dateFormat?: string;
}

export const SHORT_DATE: Record<SimLocale, string> = { "en-US": "m/d/yyyy", "en-GB": "dd/mm/yyyy" };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/** Excel keeps 15 significant digits. */
export function excelNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

function asNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/\d/.test(trimmed) || !NUMBER.test(trimmed)) return undefined;
  const percent = trimmed.endsWith("%");
  const value = Number(trimmed.replace(/[,%]/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return excelNumber(percent ? value / 100 : value);
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function asDate(text: string, locale: SimLocale): number | undefined {
  const trimmed = text.trim();
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(trimmed);
  if (match) {
    const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    return isRealDate(ymd) ? serialFromYmd(ymd) : undefined;
  }
  match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(trimmed);
  if (!match || (match[2] === "." && locale === "en-US")) return undefined;
  const [first, second] = [Number(match[1]), Number(match[3])];
  const ymd =
    locale === "en-US"
      ? { year: fullYear(match[4]), month: first, day: second }
      : { year: fullYear(match[4]), month: second, day: first };
  return isRealDate(ymd) && ymd.year >= 1900 ? serialFromYmd(ymd) : undefined;
}

/** What a cell holds after `input` is written into it, given the cell's number format. */
export function coerce(input: CellValue, numberFormat: string | undefined, locale: SimLocale): Stored {
  if (input === null || input === undefined) return { value: "" };
  if (typeof input === "number") return { value: excelNumber(input) };
  if (typeof input === "boolean") return { value: input };
  // In a Text cell even a leading apostrophe is kept: the strict reading, which the add-in meets by
  // never writing an apostrophe into a Text cell (cell-input.ts); the self-test confirms in Excel.
  if (numberFormat === TEXT_FORMAT) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.length > 1 && input.startsWith("=")) return { value: "", formula: input };
  const number = asNumber(input);
  if (number !== undefined) return { value: number };
  if (input.length > 1 && /^[+-]/.test(input)) return { value: "", formula: `=${input}` };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toLowerCase() === "true" };
  const date = asDate(input, locale);
  if (date !== undefined) return { value: date, dateFormat: SHORT_DATE[locale] };
  return { value: input };
}
