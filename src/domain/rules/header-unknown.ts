import { otherColumnOf } from "../catalogue";
import { headingKey } from "../text";
import type { HeaderRule } from "./rule";
import { rows } from "./examples";

// Headers: report unknown columns: they are not checked and Ofsted did not ask for them.
export const headerUnknown: HeaderRule = {
  code: "HEADER-UNKNOWN",
  severity: "warning",
  summary: "A column's heading is not one of the list's headings; the column is not checked.",
  stage: "header",
  examples: {
    fails: [
      {
        name: "an extra column",
        sheets: [
          {
            list: "multiAgency",
            grid: [
              ["Child unique ID", "Status", "Postcode"],
              ["C1", "Child in need", "AB1 2CD"],
            ],
          },
        ],
        at: { list: "multiAgency", row: 0, column: 2 },
        message:
          "‘Postcode’ is not a heading of the 10 cases: multi-agency involvement list, so its cells are not checked. Rename it to the Annex A heading it holds, or remove it before the return is sent.",
      },
    ],
    passes: [{ name: "only list columns", sheets: [rows("multiAgency", {})] }],
  },
  check: (analysis, list, form) =>
    // Only a heading row that was found has headings to judge (HEADER-NOT-FOUND speaks otherwise).
    analysis.headerRow < 0
      ? []
      : analysis.unknown.map(({ index, text }) => {
          const ilacs = otherColumnOf(form, headingKey, text);
          return {
            columnIndex: index,
            heading: text,
            message: ilacs
              ? `‘${text}’ is ${ilacs}. Its cells are not checked; remove the column before the return is sent.`
              : `‘${text}’ is not a heading of the ${list.title.toLowerCase()} list, so its cells are not checked. Rename it to the Annex A heading it holds, or remove it before the return is sent.`,
          };
        }),
};
