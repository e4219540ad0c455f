import { readDate } from "../dates";
import { quote } from "../grid";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: dates are real dates; "38/04/2019" is an error.
export const dateImpossible: CellRule = {
  code: "DATE-IMPOSSIBLE",
  severity: "error",
  summary: "A date names a day that does not exist (38/04/2019, 29/02/2019).",
  stage: "cell",
  order: 130,
  examples: {
    fails: [
      {
        name: "38/04/2019",
        sheets: [rows("contacts", { dateOfBirth: "38/04/2019", age: null })],
        at: at("contacts", 1, "dateOfBirth"),
        message:
          "‘38/04/2019’ is not a real date: no such day exists. Check the record and enter the date as dd/mm/yyyy.",
      },
      {
        name: "29/02/2019",
        sheets: [rows("contacts", { dateOfBirth: "29/02/2019", age: null })],
        at: at("contacts", 1, "dateOfBirth"),
        message:
          "‘29/02/2019’ is not a real date: no such day exists. Check the record and enter the date as dd/mm/yyyy.",
      },
    ],
    passes: [{ name: "29/02/2016", sheets: [rows("contacts", { dateOfBirth: "29/02/2016", age: 10 })] }],
  },
  appliesTo: (column) => column.kind === "date",
  check: (raw, _column, context) =>
    readDate(raw, context.referenceSerial).kind === "impossible"
      ? {
          message: `${quote(raw)} is not a real date: no such day exists. Check the record and enter the date as dd/mm/yyyy.`,
        }
      : undefined,
};
