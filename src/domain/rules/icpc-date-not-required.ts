import { answerOf, hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: ICPC date blank when "not required" is Y.
export const icpcDateNotRequired: RowRule = {
  code: "ICPC-DATE-NOT-REQUIRED",
  severity: "error",
  summary: "An ICPC date is given although the conference was marked not required.",
  stage: "row",
  columns: ["icpcNotRequired", "icpcDate"],
  examples: {
    fails: [
      {
        name: "not required and dated",
        sheets: [rows("section47", { icpcNotRequired: "Y", icpcResultedInPlan: null })],
        at: at("section47", 1, "icpcDate"),
        message:
          "An initial child protection conference date is given, but the conference is marked not required (Y). Clear one of them.",
      },
    ],
    passes: [
      {
        name: "not required, no date",
        sheets: [rows("section47", { icpcNotRequired: "Y", icpcDate: null, icpcResultedInPlan: null })],
      },
    ],
  },
  check: (row, context) =>
    answerOf(context.list, row, "icpcNotRequired") === "yes" && hasValue(row, "icpcDate")
      ? {
          column: "icpcDate",
          message:
            "An initial child protection conference date is given, but the conference is marked not required (Y). Clear one of them.",
        }
      : undefined,
};
