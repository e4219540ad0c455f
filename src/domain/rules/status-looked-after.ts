import type { Form } from "../catalogue";
import { recogniseCode, type CodeList } from "../codes";
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
        message:
          "Children looked after belong only in the positive engagement list (guidance para 15). Enter Child in need or Child protection plan, or move the child to that list.",
      },
    ],
    passes: [
      { name: "CLA in positive engagement", sheets: [rows("positiveEngagement", { status: "Child looked after" })] },
    ],
  },
  appliesTo: (column) => column.codeList?.id === "statusCinCp",
  check: (raw, _column, context) =>
    typeof raw === "string" && recogniseCode(withLookedAfter(context.form), raw) === "Child looked after"
      ? {
          message:
            "Children looked after belong only in the positive engagement list (guidance para 15). Enter Child in need or Child protection plan, or move the child to that list.",
        }
      : undefined,
};

/** The form's status list that has the looked-after value: the 10-case lists' (guidance para 15). */
function withLookedAfter(form: Form): CodeList {
  const list = form.codeLists.find((candidate) => candidate.id === "statusCinCpCla");
  if (!list) throw new Error(`${form.name} has no status list with children looked after`);
  return list;
}
