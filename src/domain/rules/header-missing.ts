import type { HeaderRule } from "./rule";
import { gridOf, rows, validRow } from "./examples";

// Headers: report missing columns: every column of a list is asked for by the guidance.
export const headerMissing: HeaderRule = {
  code: "HEADER-MISSING",
  severity: "error",
  summary: "A column the guidance asks for is missing from the list.",
  stage: "header",
  examples: {
    fails: [
      {
        name: "contact source column absent",
        sheets: [{ list: "contacts", grid: gridOf("contacts", [validRow("contacts")]).map((row) => row.slice(0, 7)) }],
        at: { list: "contacts", row: 0, column: 7 },
        message:
          "The column ‘Contact source’ is missing. Add a column with exactly this heading; leave its cells blank where the information is not held.",
      },
    ],
    passes: [{ name: "all columns", sheets: [rows("contacts", {})] }],
  },
  check: (analysis) =>
    // Only a heading row that was found has headings to judge (HEADER-NOT-FOUND speaks otherwise).
    analysis.headerRow < 0
      ? []
      : analysis.missing.map((column) => ({
          columnIndex: analysis.nextFreeColumn,
          heading: column.heading,
          message: `The column ‘${column.heading}’ is missing. Add a column with exactly this heading; leave its cells blank where the information is not held.${column.missingNote ? ` ${column.missingNote}` : ""}`,
        })),
};
