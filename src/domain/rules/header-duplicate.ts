import { columnLetter } from "../grid";
import type { HeaderRule } from "./rule";
import { rows } from "./examples";

// Headers: report duplicated columns: only the first is checked.
export const headerDuplicate: HeaderRule = {
  code: "HEADER-DUPLICATE",
  severity: "error",
  summary: "Two columns carry the same heading; only the first is checked.",
  stage: "header",
  examples: {
    fails: [
      {
        name: "Status twice",
        sheets: [
          {
            list: "multiAgency",
            grid: [
              ["Child unique ID", "Status", "status"],
              ["C1", "Child in need", "Child in need"],
            ],
          },
        ],
        at: { list: "multiAgency", row: 0, column: 2 },
        message:
          "This is a second ‘Status’ column (the first is column B); only the first is checked. Remove one of them.",
      },
    ],
    passes: [{ name: "each once", sheets: [rows("multiAgency", {})] }],
  },
  check: (analysis) =>
    // Only a heading row that was found has headings to judge (HEADER-NOT-FOUND speaks otherwise).
    analysis.headerRow < 0
      ? []
      : analysis.duplicates.map(({ index, column }) => {
          const first = analysis.matches.find((match) => match.column.key === column.key)?.index ?? 0;
          return {
            columnIndex: index,
            heading: column.heading,
            message: `This is a second ‘${column.heading}’ column (the first is column ${columnLetter(first)}); only the first is checked. Remove one of them.`,
          };
        }),
};
