// Dates as Excel gives them: a serial day number (days since 30/12/1899, the 1900 date system),
// or text that a person typed. All arithmetic here is on whole-day serials, in UTC, so no time
// zone or daylight-saving change can move a date.
import { plainText } from "./text";

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 31/12/9999, the largest date Excel shows. */
export const MAX_SERIAL = 2_958_465;
/** 01/03/1900: below this Excel's 1900 leap-year bug makes serials ambiguous; no child is that old. */
const MIN_SERIAL = 61;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function serialFromYmd({ year, month, day }: Ymd): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

/** Serial 0 (30/12/1899) counted from 01/03/0000 of the proleptic Gregorian calendar. */
const SERIAL_0_FROM_MARCH_0 = 693_899;

/**
 * The day a serial falls on, by arithmetic rather than a Date (the rules ask this for every row):
 * Howard Hinnant's days-to-civil algorithm, on whole 400-year eras of 146,097 days counted from a
 * 1 March, so leap days fall at the ends of years. The same days as Date.UTC's calendar, within
 * Date's range; outside it, Date's own answer (an invalid date).
 */
export function ymdFromSerial(serial: number): Ymd {
  const whole = Math.floor(serial);
  if (!withinArithmetic(whole)) {
    const date = new Date(EPOCH + whole * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const packed = packedDay(whole);
  const year = Math.floor(packed / 512);
  const monthDay = packed - year * 512;
  return { year, month: monthDay >> 5, day: monthDay & 31 };
}

/** Whole serials whose day packedDay works out (well inside Date's range of 100,000,000 days from 1970). */
const withinArithmetic = (whole: number) => Math.abs(whole) < 99_000_000;

/** The day of a whole serial as one number, year * 512 + month * 32 + day, so that no object is made. */
function packedDay(whole: number): number {
  const days = whole + SERIAL_0_FROM_MARCH_0;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 512 + month * 32 + day;
}

export function isRealDate({ year, month, day }: Ymd): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0 to 99 as 1900 to 1999: below 100, and far out, Date answers as it always did.
  if (year < 100 || year > 200_000 || !Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** dd/mm/yyyy, the UK form used in every message. */
export function formatUkDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** yyyy-mm-dd */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "2026-11-24" -> serial, or undefined when it is not a real date in that form. */
export function serialFromIso(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(ymd) ? serialFromYmd(ymd) : undefined;
}

export function serialFromJsDate(date: Date): number {
  return Math.floor((date.getTime() - EPOCH) / MS_PER_DAY);
}

export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** 0 = Sunday ... 6 = Saturday (30/12/1899 was a Saturday). */
export function weekday(serial: number): number {
  return (((Math.floor(serial) + 6) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The same day of the month, `months` later (or earlier when negative), clamped to the month's end. */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = (monthIndex % 12) + 1;
  return serialFromYmd({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Working days (Monday to Friday) after a date; bank holidays are not known here. */
export function addWorkingDays(serial: number, days: number): number {
  let result = serial;
  let left = days;
  while (left > 0) {
    result += 1;
    const day = weekday(result);
    if (day !== 0 && day !== 6) left -= 1;
  }
  return result;
}

/** The last day ageInYears counted to, and its packed day. */
let lastAgedOn = { whole: NaN, packed: 0 };

/**
 * Completed years between a date of birth and a date, as Excel's DATEDIF(dob, on, "Y") counts
 * them: a child born on 29 February turns a year older on 1 March in other years.
 */
export function ageInYears(dobSerial: number, onSerial: number): number {
  const dobWhole = Math.floor(dobSerial);
  const onWhole = Math.floor(onSerial);
  if (withinArithmetic(dobWhole) && withinArithmetic(onWhole)) {
    // Asked for every row: worked out on packed days (month * 32 + day orders as month, then day),
    // the reference date's kept, as every row of a check is aged on the same day.
    const dob = packedDay(dobWhole);
    if (onWhole !== lastAgedOn.whole) lastAgedOn = { whole: onWhole, packed: packedDay(onWhole) };
    const on = lastAgedOn.packed;
    const dobYear = Math.floor(dob / 512);
    const onYear = Math.floor(on / 512);
    return onYear - dobYear - (on - onYear * 512 < dob - dobYear * 512 ? 1 : 0);
  }
  const dob = ymdFromSerial(dobSerial);
  const on = ymdFromSerial(onSerial);
  let age = on.year - dob.year;
  if (on.month < dob.month || (on.month === dob.month && on.day < dob.day)) age -= 1;
  return age;
}

/** How a cell reads as a date. */
export type DateReading =
  | { kind: "date"; serial: number; fromText: boolean }
  /** dd/mm/yy: the century was inferred, so the date is offered back as a fix with four digits. */
  | { kind: "two-digit-year"; serial: number }
  /** The month is over 12 but the day is not: month/day order, which UK data never uses. */
  | { kind: "us-order"; usReading: number }
  /** Shaped like a date but no such day exists, e.g. 38/04/2019 or 29/02/2019. */
  | { kind: "impossible" }
  | { kind: "not-a-date" };

/** A year as written: four digits as they are; two digits in the century nearest the reference date ("99" is 1999, "27" is 2027). */
function fullYear(digits: string, referenceSerial: number): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  const referenceYear = ymdFromSerial(referenceSerial).year;
  let full = year + Math.floor(referenceYear / 100) * 100;
  if (full - referenceYear > 50) full -= 100;
  else if (referenceYear - full > 50) full += 100;
  return full;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const NAMED_MONTH_DATE = /^(\d{1,2})[\s-]+([a-z]{3,9})[\s,-]+(\d{4}|\d{2})$/i;

/**
 * Reads a cell as a date: an Excel serial, or UK day/month/year text. `referenceSerial` decides
 * the century of a two-digit year: the one that puts the date nearest the reference date.
 */
export function readDate(raw: unknown, referenceSerial: number): DateReading {
  if (typeof raw === "number") {
    return Number.isFinite(raw) && raw >= MIN_SERIAL && raw <= MAX_SERIAL
      ? { kind: "date", serial: Math.floor(raw), fromText: false }
      : { kind: "not-a-date" };
  }
  if (typeof raw !== "string") return { kind: "not-a-date" };
  const text = plainText(raw);

  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const twoDigitYear = numeric[3].length === 2;
    const year = fullYear(numeric[3], referenceSerial);
    const uk = { year, month: second, day: first };
    if (isRealDate(uk)) {
      const serial = serialFromYmd(uk);
      return twoDigitYear ? { kind: "two-digit-year", serial } : { kind: "date", serial, fromText: true };
    }
    const us = { year, month: first, day: second };
    if (second > 12 && isRealDate(us)) return { kind: "us-order", usReading: serialFromYmd(us) };
    return { kind: "impossible" };
  }

  const iso = ISO_DATE.exec(text);
  if (iso) {
    const ymd = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return isRealDate(ymd) ? { kind: "date", serial: serialFromYmd(ymd), fromText: true } : { kind: "impossible" };
  }

  const named = NAMED_MONTH_DATE.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[2].slice(0, 3).toLowerCase()) + 1;
    const ymd = { year: fullYear(named[3], referenceSerial), month, day: Number(named[1]) };
    if (month === 0) return { kind: "not-a-date" };
    if (!isRealDate(ymd)) return { kind: "impossible" };
    return named[3].length === 2
      ? { kind: "two-digit-year", serial: serialFromYmd(ymd) }
      : { kind: "date", serial: serialFromYmd(ymd), fromText: true };
  }
  return { kind: "not-a-date" };
}
