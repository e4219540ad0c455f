import { hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { REFERENCE, at, rows } from "./examples";

// SPEC: a child has a date of birth or, if unborn, an expected date of birth.
export const birthDateMissing: RowRule = {
  code: "BIRTH-DATE-MISSING",
  severity: "error",
  summary: "Neither a date of birth nor an expected date of birth is given.",
  stage: "row",
  columns: ["dateOfBirth", "expectedDateOfBirth"],
  examples: {
    fails: [
      {
        name: "neither",
        sheets: [rows("contacts", { dateOfBirth: null, age: null })],
        at: at("contacts", 1, "dateOfBirth"),
        message:
          "Neither a date of birth nor an expected date of birth is given. Enter the date of birth, or for an unborn child the expected date of birth.",
      },
    ],
    passes: [
      {
        name: "unborn",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 })],
      },
    ],
  },
  check: (row, context) => {
    if (!context.present.has("dateOfBirth")) return undefined;
    if (hasValue(row, "dateOfBirth") || hasValue(row, "expectedDateOfBirth")) return undefined;
    return {
      column: "dateOfBirth",
      message:
        "Neither a date of birth nor an expected date of birth is given. Enter the date of birth, or for an unborn child the expected date of birth.",
    };
  },
};
