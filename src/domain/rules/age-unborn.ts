import { BLANK_FIX, hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { REFERENCE, at, rows } from "./examples";

// SPEC: age of child is blank for an unborn child.
export const ageUnborn: RowRule = {
  code: "AGE-UNBORN",
  severity: "error",
  summary: "An unborn child (expected date of birth, no date of birth) has an age.",
  stage: "row",
  columns: ["age", "dateOfBirth", "expectedDateOfBirth"],
  examples: {
    fails: [
      {
        name: "unborn with an age",
        sheets: [rows("contacts", { dateOfBirth: null, age: 0, expectedDateOfBirth: REFERENCE + 30 })],
        at: at("contacts", 1, "age"),
        message: "This child is unborn (an expected date of birth and no date of birth), so the age should be blank.",
        fix: "(blank)",
      },
      {
        name: "an expected date of birth that is not a date: no fix",
        sheets: [rows("contacts", { dateOfBirth: null, age: 0, expectedDateOfBirth: "soon" })],
        at: at("contacts", 1, "age"),
        message:
          "This child is unborn (an expected date of birth and no date of birth), so the age should be blank. Put ‘If unborn, expected date of birth’ right first: this cell follows from it, so no fix is offered until then.",
      },
    ],
    passes: [{ name: "born", sheets: [rows("contacts", {})] }],
  },
  check: (row) =>
    hasValue(row, "age") && hasValue(row, "expectedDateOfBirth") && !hasValue(row, "dateOfBirth")
      ? {
          column: "age",
          message: "This child is unborn (an expected date of birth and no date of birth), so the age should be blank.",
          fix: BLANK_FIX,
          fixFrom: ["expectedDateOfBirth", "dateOfBirth"],
        }
      : undefined,
};
