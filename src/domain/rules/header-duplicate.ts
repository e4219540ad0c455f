import type { ColumnSpec } from "../catalogue";
import type { HeaderRule } from "./rule";

// Headers: report duplicated columns: only the first is checked.
export const headerDuplicate: HeaderRule<{ column: ColumnSpec; firstColumn: string }> = {
  code: "HEADER-DUPLICATE",
  severity: "error",
  summary: "Two columns carry the same heading; only the first is checked.",
  stage: "header",
  explain: ({ column, firstColumn }) => ({
    message: `This is a second ‘${column.heading}’ column (the first is column ${firstColumn}); only the first is checked. Remove one of them.`,
  }),
};
