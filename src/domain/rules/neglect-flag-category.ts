import { hasCode, NEGLECT_CODE } from "../codes";
import { answerOf, columnOf } from "./helpers";
import type { RowRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: neglect flag N while a category of abuse is Neglect is a warning.
/** The plan's categories of abuse, initial and latest. */
const CATEGORY_KEYS = ["initialCategory", "latestCategory"] as const;

export const neglectFlagCategory: RowRule = {
  code: "NEGLECT-FLAG-CATEGORY",
  severity: "warning",
  summary: "The neglect flag is N but the plan's category of abuse is neglect.",
  stage: "row",
  columns: ["neglect", "initialCategory", "latestCategory"],
  examples: {
    fails: [
      {
        name: "flag N, category neglect",
        sheets: [rows("childProtection", { neglect: "N", initialCategory: "b) Physical abuse" })],
        at: at("childProtection", 1, "neglect"),
        message:
          "The child is flagged N for living with neglect, but the plan's category of abuse is neglect. Check the flag.",
      },
    ],
    passes: [
      {
        name: "flag N, physical abuse",
        sheets: [
          rows("childProtection", {
            neglect: "N",
            initialCategory: "b) Physical abuse",
            latestCategory: "b) Physical abuse",
          }),
        ],
      },
    ],
  },
  check: (row, context) =>
    answerOf(context.list, row, "neglect") === "no" &&
    CATEGORY_KEYS.some((key) => hasCode(columnOf(context.list, key)?.codeList, row.value[key], NEGLECT_CODE))
      ? {
          column: "neglect",
          message:
            "The child is flagged N for living with neglect, but the plan's category of abuse is neglect. Check the flag.",
        }
      : undefined,
};
