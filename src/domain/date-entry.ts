// A date typed into the pane (the notification date): read the UK way, and when it cannot be
// read, one sentence saying why, so the field never silently reverts.
import { formatUkDate, readDate } from "./dates";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export type DateEntry =
  { readonly ok: true; readonly serial: number } | { readonly ok: false; readonly problem: string };

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function readDateEntry(text: string, referenceSerial: number): DateEntry {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "Enter the notification date, dd/mm/yyyy." };
  const reading = readDate(trimmed, referenceSerial);
  switch (reading.kind) {
    case "date":
      return { ok: true, serial: reading.serial };
    case "two-digit-year":
      return { ok: false, problem: `Write the year in full: ${formatUkDate(reading.serial)}?` };
    case "us-order":
      return {
        ok: false,
        problem: `${trimmed} reads month first; write the day first: ${formatUkDate(reading.usReading)}.`,
      };
    case "impossible": {
      const parts = /^(\d{1,2})\D(\d{1,2})\D(\d{4})$/.exec(trimmed);
      if (parts) {
        const [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
        if (month < 1 || month > 12)
          return { ok: false, problem: `${trimmed} is not a real date: there is no month ${month}.` };
        return {
          ok: false,
          problem: `${trimmed} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysIn(month, year)} days, not ${day}.`,
        };
      }
      return { ok: false, problem: `${trimmed} is not a real date.` };
    }
    case "not-a-date":
      return { ok: false, problem: `${trimmed} is not a date; write it as dd/mm/yyyy.` };
  }
}
