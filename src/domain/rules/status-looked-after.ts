import { recogniseCode } from "../codes";
import type { CellRule } from "./rule";

// Guidance para 15: only the positive-engagement list may include children looked after.
export const statusLookedAfter: CellRule = {
  code: "STATUS-LOOKED-AFTER",
  severity: "error",
  summary: "A child looked after is in a 10-case list other than positive engagement.",
  stage: "cell",
  appliesTo: (column) => column.codeList === "statusCinCp",
  check: (raw) =>
    typeof raw === "string" && recogniseCode("statusCinCpCla", raw) === "Child looked after"
      ? {
          message:
            "Children looked after belong only in the positive engagement list (guidance para 15). Enter Child in need or Child protection plan, or move the child to that list.",
        }
      : undefined,
};
