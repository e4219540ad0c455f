import { BLANK_FIX, hasValue } from "./helpers";
import type { RowRule } from "./rule";

// SPEC: age of child is blank for an unborn child.
export const ageUnborn: RowRule = {
  code: "AGE-UNBORN",
  severity: "error",
  summary: "An unborn child (expected date of birth, no date of birth) has an age.",
  stage: "row",
  check: (row) =>
    hasValue(row, "age") && hasValue(row, "expectedDateOfBirth") && !hasValue(row, "dateOfBirth")
      ? {
          column: "age",
          message: "This child is unborn (an expected date of birth and no date of birth), so the age should be blank.",
          fix: BLANK_FIX,
        }
      : undefined,
};
