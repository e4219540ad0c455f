import { answerOf, hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: a plan "result" only when an ICPC took place.
export const icpcResultWithoutConference: RowRule = {
  code: "ICPC-RESULT-WITHOUT-CONFERENCE",
  severity: "error",
  summary: "Whether the ICPC resulted in a plan is answered, but no conference took place.",
  stage: "row",
  columns: ["icpcNotRequired", "icpcDate", "icpcResultedInPlan"],
  examples: {
    fails: [
      {
        name: "result without date",
        sheets: [rows("section47", { icpcDate: null })],
        at: at("section47", 1, "icpcResultedInPlan"),
        message:
          "A conference result is given but there is no conference date. Enter the date of the initial child protection conference, or clear the result if it has not happened.",
      },
      {
        name: "result when not required",
        sheets: [rows("section47", { icpcNotRequired: "Y", icpcDate: null })],
        at: at("section47", 1, "icpcResultedInPlan"),
        message:
          "The conference is marked not required, so there is no result to give. Clear this cell, or correct the not-required answer.",
      },
    ],
    passes: [
      {
        name: "ongoing enquiry",
        sheets: [rows("section47", { icpcNotRequired: null, icpcDate: null, icpcResultedInPlan: null })],
      },
    ],
  },
  check: (row, context) => {
    if (!hasValue(row, "icpcResultedInPlan") || !context.present.has("icpcDate")) return undefined;
    if (answerOf(context.list, row, "icpcNotRequired") === "yes") {
      return {
        column: "icpcResultedInPlan",
        message:
          "The conference is marked not required, so there is no result to give. Clear this cell, or correct the not-required answer.",
      };
    }
    if (!hasValue(row, "icpcDate")) {
      return {
        column: "icpcResultedInPlan",
        message:
          "A conference result is given but there is no conference date. Enter the date of the initial child protection conference, or clear the result if it has not happened.",
      };
    }
    return undefined;
  },
};
