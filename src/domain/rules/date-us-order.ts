import { formatUkDate, readDate } from "../dates";
import { quote } from "../grid";
import type { CellRule } from "./rule";

// SPEC: text is read as UK day/month/year; a US month/day order that cannot be UK is an error.
// Not fixed automatically: the other dates in the column may be month/day too and read wrongly.
export const dateUsOrder: CellRule = {
  code: "DATE-US-ORDER",
  severity: "error",
  summary: "A date is in US month/day order (its month would be over 12 read the UK way).",
  stage: "cell",
  appliesTo: (column) => column.kind === "date",
  check: (raw, _column, context) => {
    const reading = readDate(raw, context.referenceSerial);
    if (reading.kind !== "us-order") return undefined;
    return {
      message: `${quote(raw)} is not a UK date: read as day/month it has no month ${String(raw).split(/[/.-]/)[1]?.trim()}. It looks like month/day order (${formatUkDate(reading.usReading)}). Enter it as dd/mm/yyyy, and check the other dates from the same export.`,
    };
  },
};
