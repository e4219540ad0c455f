import { hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { at, rows, serial } from "./examples";

// SPEC: closure reason with closure date: a reason is given exactly when a closure date is.
export const cinClosureReason: RowRule = {
  code: "CIN-CLOSURE-REASON",
  severity: "error",
  summary: "A child in need closure date has no reason for closure, or a reason has no date.",
  stage: "row",
  columns: ["cinClosureDate", "closureReason"],
  examples: {
    fails: [
      {
        name: "date, no reason",
        sheets: [rows("childrenInNeed", { cinClosureDate: serial("2026-10-01") })],
        at: at("childrenInNeed", 1, "closureReason"),
        message:
          "The case has a closure date but no reason for closure. Choose the reason (RC1 to RC9) from the drop-down.",
      },
      {
        name: "reason, no date",
        sheets: [rows("childrenInNeed", { closureReason: "RC2 Died" })],
        at: at("childrenInNeed", 1, "cinClosureDate"),
        message:
          "A reason for closure is given but no closure date. Enter the date the case closed, or clear the reason if it is still open.",
      },
    ],
    passes: [
      {
        name: "both",
        sheets: [rows("childrenInNeed", { cinClosureDate: serial("2026-10-01"), closureReason: "RC2 Died" })],
      },
    ],
  },
  check: (row, context) => {
    if (!context.present.has("cinClosureDate") || !context.present.has("closureReason")) return undefined;
    const hasDate = hasValue(row, "cinClosureDate");
    const hasReason = hasValue(row, "closureReason");
    if (hasDate && !hasReason) {
      return {
        column: "closureReason",
        message:
          "The case has a closure date but no reason for closure. Choose the reason (RC1 to RC9) from the drop-down.",
      };
    }
    if (hasReason && !hasDate) {
      return {
        column: "cinClosureDate",
        message:
          "A reason for closure is given but no closure date. Enter the date the case closed, or clear the reason if it is still open.",
      };
    }
    return undefined;
  },
};
