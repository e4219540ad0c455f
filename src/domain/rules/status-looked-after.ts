import { recogniseCode } from "../codes";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// Guidance para 15: only the positive-engagement list may include children looked after.
export const statusLookedAfter: CellRule = {
  code: "STATUS-LOOKED-AFTER",
  severity: "error",
  summary: "A child looked after is in a 10-case list other than positive engagement.",
  stage: "cell",
  order: 80,
  examples: {
    fails: [
      {
        name: "CLA in multi-agency",
        sheets: [rows("multiAgency", { status: "CLA" })],
        at: at("multiAgency", 1, "status"),
      },
    ],
    passes: [
      { name: "CLA in positive engagement", sheets: [rows("positiveEngagement", { status: "Child looked after" })] },
    ],
  },
  appliesTo: (column) => column.codeList === "statusCinCp",
  check: (raw) =>
    typeof raw === "string" && recogniseCode("statusCinCpCla", raw) === "Child looked after"
      ? {
          message:
            "Children looked after belong only in the positive engagement list (guidance para 15). Enter Child in need or Child protection plan, or move the child to that list.",
        }
      : undefined,
};
