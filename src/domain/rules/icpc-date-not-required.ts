import { hasValue } from "./helpers";
import type { RowRule } from "./rule";

// SPEC: ICPC date blank when "not required" is Y.
export const icpcDateNotRequired: RowRule = {
  code: "ICPC-DATE-NOT-REQUIRED",
  severity: "error",
  summary: "An ICPC date is given although the conference was marked not required.",
  stage: "row",
  check: (row) =>
    row.value.icpcNotRequired === "Y" && hasValue(row, "icpcDate")
      ? {
          column: "icpcDate",
          message: "An initial child protection conference date is given, but the conference is marked not required (Y). Clear one of them.",
        }
      : undefined,
};
