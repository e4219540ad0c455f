import { readDate } from "../dates";
import { quote } from "../grid";
import { dateFix } from "./helpers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: dates occasionally arrive with two-digit years. The century is inferred (the one nearest
// the reference date), so the four-digit date is offered for the user to confirm.
export const dateTwoDigitYear: CellRule = {
  code: "DATE-TWO-DIGIT-YEAR",
  severity: "warning",
  summary: "A date has a two-digit year; the four-digit date is offered as a fix.",
  stage: "cell",
  order: 110,
  examples: {
    fails: [
      {
        name: "12/10/26",
        sheets: [rows("contacts", { contactDate: "12/10/26" })],
        at: at("contacts", 1, "contactDate"),
        message:
          "‘12/10/26’ has a two-digit year, read as 12/10/2026. Check the century and enter the date as dd/mm/yyyy.",
        fix: "12/10/2026",
      },
    ],
    passes: [{ name: "four-digit text", sheets: [rows("contacts", { contactDate: "12/10/2026" })] }],
  },
  appliesTo: (column) => column.kind === "date",
  check: (raw, _column, context) => {
    const reading = readDate(raw, context.referenceSerial);
    if (reading.kind !== "two-digit-year") return undefined;
    const fix = dateFix(reading.serial);
    return {
      message: `${quote(raw)} has a two-digit year, read as ${fix.display}. Check the century and enter the date as dd/mm/yyyy.`,
      fix,
    };
  },
};
