import { formatUkDate } from "../dates";
import { keysOfKind } from "../catalogue";
import { dateValue } from "./helpers";
import type { RowProblem, RowRule } from "./rule";
import { REFERENCE, at, rows } from "./examples";

// SPEC: no date of birth or event date after the reference date. (An expected date of birth is
// in the future by nature, so it is the one date column not checked.)
export const dateAfterReference: RowRule = {
  code: "DATE-AFTER-REFERENCE",
  severity: "error",
  summary: "A date of birth or event date is after the reference date.",
  stage: "row",
  columns: (form) => keysOfKind(form, "date", ["expectedDateOfBirth"]),
  examples: {
    fails: [
      {
        name: "contact tomorrow",
        sheets: [rows("contacts", { contactDate: REFERENCE + 1 })],
        at: at("contacts", 1, "contactDate"),
      },
    ],
    passes: [
      { name: "contact on the reference date", sheets: [rows("contacts", { contactDate: REFERENCE })] },
      {
        name: "expected date of birth in the future",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 60 })],
      },
    ],
  },
  check: (row, context) => {
    const problems: RowProblem[] = [];
    for (const column of context.list.columns) {
      if (column.kind !== "date" || column.key === "expectedDateOfBirth") continue;
      const serial = dateValue(row, column.key);
      if (serial !== undefined && serial > context.referenceSerial) {
        problems.push({
          column: column.key,
          message: `${formatUkDate(serial)} is after the reference date, ${formatUkDate(context.referenceSerial)}. Dates of birth and events cannot be in the future: check the date (and the reference date on the Inspection sheet).`,
        });
      }
    }
    return problems;
  },
};
