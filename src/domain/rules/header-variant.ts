import type { ColumnSpec } from "../catalogue";
import type { HeaderRule } from "./rule";

// Headers: a heading in another case, with other spacing or quotes, or a common variant ("Age")
// is recognised, and the exact heading is offered as a fix.
export const headerVariant: HeaderRule<{ column: ColumnSpec; text: string }> = {
  code: "HEADER-VARIANT",
  severity: "warning",
  summary: "A heading is recognised but not written exactly as the guidance writes it; the exact heading is offered.",
  stage: "header",
  explain: ({ column, text }) => ({
    message: `The heading ‘${text.replace(/\u00a0/g, " ")}’ is read as ‘${column.heading}’. Use the fix to write the exact heading the inspectorate asks for.`,
    fix: { value: column.heading, display: column.heading },
  }),
};
