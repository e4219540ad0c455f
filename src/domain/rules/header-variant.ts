import { formWritingHeading } from "./helpers";
import type { HeaderRule } from "./rule";
import { gridOf, rows, validRow } from "./examples";

// Headers: a heading in another case, with other spacing or quotes, or a common variant ("Age")
// is recognised, and the exact heading is offered as a fix.
export const headerVariant: HeaderRule = {
  code: "HEADER-VARIANT",
  severity: "warning",
  summary: "A heading is recognised but not written exactly as the guidance writes it; the exact heading is offered.",
  stage: "header",
  examples: {
    fails: [
      {
        name: "Age for Age of child (years)",
        sheets: [
          {
            list: "contacts",
            grid: gridOf("contacts", [validRow("contacts")]).map((row, i) =>
              i === 0 ? row.map((h) => (h === "Age of child (years)" ? "Age" : h)) : row,
            ),
          },
        ],
        at: { list: "contacts", row: 0, column: 5 },
        message:
          "The heading ‘Age’ is read as ‘Age of child (years)’. Use the fix to write the exact heading the inspectorate asks for.",
        fix: "Age of child (years)",
      },
      {
        name: "trailing space and other case",
        sheets: [
          {
            list: "multiAgency",
            grid: [
              ["child unique id ", "Status"],
              ["C1", "Child in need"],
            ],
          },
        ],
        at: { list: "multiAgency", row: 0, column: 0 },
        message:
          "The heading ‘child unique id ’ is read as ‘Child unique ID’. Use the fix to write the exact heading the inspectorate asks for.",
        fix: "Child unique ID",
      },
    ],
    passes: [{ name: "exact headings", sheets: [rows("contacts", {})] }],
  },
  check: (analysis, list, form, otherForms) =>
    // Only a heading row that was found has headings to judge (HEADER-NOT-FOUND speaks otherwise).
    analysis.headerRow < 0
      ? []
      : analysis.matches
          .filter((match) => !match.exact)
          .map(({ column, text, index }) => {
            const shown = text.replace(/\u00a0/g, " ");
            // Another form's (or revision's) own heading: both forms are named.
            const other = formWritingHeading(otherForms, list.id, column.key, text);
            return {
              columnIndex: index,
              heading: column.heading,
              message: other
                ? `The heading ‘${shown}’ is how ${other.inSentence} writes it; ${form.inSentence} writes ‘${column.heading}’. Use the fix to write the heading as this return's form does.`
                : `The heading ‘${shown}’ is read as ‘${column.heading}’. Use the fix to write the exact heading the inspectorate asks for.`,
              fix: { value: column.heading, display: column.heading },
            };
          }),
};
