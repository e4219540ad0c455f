import type { HeaderRule } from "./rule";
import { rows } from "./examples";

// Headers: a sheet given as a list must carry that list's headings somewhere in its first rows.
export const headerNotFound: HeaderRule = {
  code: "HEADER-NOT-FOUND",
  severity: "error",
  summary: "None of the list's headings were found in the sheet's first rows.",
  stage: "header",
  examples: {
    fails: [
      {
        name: "no headings at all",
        sheets: [
          {
            list: "contacts",
            grid: [
              ["Name", "Address"],
              ["x", "y"],
            ],
          },
        ],
        at: { list: "contacts", row: 0, column: 0 },
        message:
          "None of the contacts headings were found in the first 10 rows. Put the headings in row 1, exactly as the template has them, with the data from row 2.",
      },
    ],
    passes: [{ name: "template headings", sheets: [rows("contacts", {})] }],
  },
  check: (analysis, list) =>
    analysis.headerRow >= 0
      ? []
      : [
          {
            columnIndex: 0,
            heading: list.columns[0].heading,
            message: `None of the ${list.title.toLowerCase()} headings were found in the first 10 rows. Put the headings in row 1, exactly as the template has them, with the data from row 2.`,
          },
        ],
};
