import type { ListRule } from "./rule";

// SPEC "What real returns look like": wholly blank rows between data. Excel's filters and sorts
// stop at a blank row, so part of the list would be left out.
export const blankRow: ListRule = {
  code: "ROW-BLANK",
  severity: "warning",
  summary: "A wholly blank row sits between rows of data.",
  stage: "list",
  check: (_rows, context) =>
    context.blankRows.map((rowIndex) => ({
      rowIndex,
      column: "childId",
      message: "This row is blank, between rows of data. Delete it, so that filters and sorts keep the whole list together.",
    })),
};
