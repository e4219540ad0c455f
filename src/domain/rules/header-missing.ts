import type { ColumnSpec } from "../catalogue";
import type { HeaderRule } from "./rule";

// Headers: report missing columns: every column of a list is asked for by the guidance.
export const headerMissing: HeaderRule<{ column: ColumnSpec }> = {
  code: "HEADER-MISSING",
  severity: "error",
  summary: "A column the guidance asks for is missing from the list.",
  stage: "header",
  explain: ({ column }) => ({
    message: `The column ‘${column.heading}’ is missing. Add a column with exactly this heading; leave its cells blank where the information is not held.${column.missingNote ? ` ${column.missingNote}` : ""}`,
  }),
};
