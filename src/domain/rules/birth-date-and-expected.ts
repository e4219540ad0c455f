import { hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { REFERENCE, at, rows } from "./examples";

// SPEC: a child has a date of birth or, if unborn, an expected date of birth; not both.
export const birthDateAndExpected: RowRule = {
  code: "BIRTH-DATE-AND-EXPECTED",
  severity: "error",
  summary: "Both a date of birth and an expected date of birth are given.",
  stage: "row",
  columns: ["dateOfBirth", "expectedDateOfBirth"],
  examples: {
    fails: [
      {
        name: "both",
        sheets: [rows("contacts", { expectedDateOfBirth: REFERENCE + 30 })],
        at: at("contacts", 1, "expectedDateOfBirth"),
        message:
          "Both a date of birth and an expected date of birth are given. A born child has only a date of birth: clear the expected date of birth, or the date of birth if the child is unborn.",
      },
    ],
    passes: [{ name: "only date of birth", sheets: [rows("contacts", {})] }],
  },
  check: (row) =>
    hasValue(row, "dateOfBirth") && hasValue(row, "expectedDateOfBirth")
      ? {
          column: "expectedDateOfBirth",
          message:
            "Both a date of birth and an expected date of birth are given. A born child has only a date of birth: clear the expected date of birth, or the date of birth if the child is unborn.",
        }
      : undefined,
};
