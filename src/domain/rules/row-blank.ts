import type { ListRule } from "./rule";

// SPEC "What real returns look like": wholly blank rows between data. Excel's filters and sorts
// stop at a blank row, so part of the list would be left out.
export const rowBlank: ListRule = {
  code: "ROW-BLANK",
  severity: "warning",
  summary: "A wholly blank row sits between rows of data.",
  stage: "list",
  columns: ["childId"],
  examples: {
    fails: [
      {
        name: "gap",
        sheets: [
          {
            list: "multiAgency",
            grid: [["Child unique ID", "Status"], ["C1", "Child in need"], [], ["C2", "Child in need"]],
          },
        ],
        at: { list: "multiAgency", row: 2, column: 0 },
        message:
          "This row is blank, between rows of data. Delete it, so that filters and sorts keep the whole list together.",
      },
    ],
    passes: [
      {
        name: "trailing blank rows",
        sheets: [
          { list: "multiAgency", grid: [["Child unique ID", "Status"], ["C1", "Child in need"], [], [null, ""]] },
        ],
      },
    ],
  },
  check: (_rows, context) =>
    context.blankRows.map((rowIndex) => ({
      rowIndex,
      column: "childId",
      message:
        "This row is blank, between rows of data. Delete it, so that filters and sorts keep the whole list together.",
    })),
};
