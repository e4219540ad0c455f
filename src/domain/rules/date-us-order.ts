import { formatUkDate, readDate } from "../dates";
import { quote } from "../grid";
import { dateFix } from "./helpers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: text is read as UK day/month/year; a US month/day order that cannot be UK is an error.
// The cell's own meaning is certain (no month is over 12), so the UK date is offered as a fix;
// the message warns that other dates from the same export may be month/day and read wrongly.
export const dateUsOrder: CellRule = {
  code: "DATE-US-ORDER",
  severity: "error",
  summary: "A date is in US month/day order (its month would be over 12 read the UK way).",
  stage: "cell",
  order: 120,
  examples: {
    fails: [
      {
        name: "10/23/2026",
        sheets: [rows("contacts", { contactDate: "10/23/2026" })],
        at: at("contacts", 1, "contactDate"),
        message:
          "‘10/23/2026’ is not a UK date: read as day/month it has no month 23. It is month/day order, so it means 23/10/2026. Use the fix, and check the other dates from the same export: those with a day of 12 or less read wrongly without an error.",
        fix: "23/10/2026",
      },
    ],
    passes: [{ name: "UK text 23/10/2026", sheets: [rows("contacts", { contactDate: "23/10/2026" })] }],
  },
  appliesTo: (column) => column.kind === "date",
  check: (raw, _column, context) => {
    const reading = readDate(raw, context.referenceSerial);
    if (reading.kind !== "us-order") return undefined;
    return {
      message: `${quote(raw)} is not a UK date: read as day/month it has no month ${String(raw).split(/[/.-]/)[1]?.trim()}. It is month/day order, so it means ${formatUkDate(reading.usReading)}. Use the fix, and check the other dates from the same export: those with a day of 12 or less read wrongly without an error.`,
      fix: dateFix(reading.usReading),
    };
  },
};
