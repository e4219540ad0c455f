import type { ColumnKey, Form } from "../catalogue";
import { formatUkDate } from "../dates";
import { dateValue, heading } from "./helpers";
import type { RowProblem, RowRule } from "./rule";
import { at, rows, serial } from "./examples";

/** Every date a form's lists order after another. */
const orderedDates = (form: Form): ColumnKey[] => [
  ...new Set(form.lists.flatMap((list) => (list.dateOrder ?? []).flat())),
];

// SPEC: plan/need/enquiry end dates not before their start dates. Which dates follow which is the
// form's (ListSpec.dateOrder): Ofsted's template orders its care and adoption dates too.

export const dateEndBeforeStart: RowRule = {
  code: "DATE-END-BEFORE-START",
  severity: "error",
  summary: "An end date (closure, plan end, authorisation, ICPC) is before its start date.",
  stage: "row",
  columns: orderedDates,
  examples: {
    fails: [
      {
        name: "closure before start",
        sheets: [
          rows("childrenInNeed", {
            cinClosureDate: serial("2025-12-01"),
            closureReason: "RC7 Services ceased for any other reason, including child no longer in need",
          }),
        ],
        at: at("childrenInNeed", 1, "cinClosureDate"),
        message: "01/12/2025 is before the child in need start date, 05/01/2026. Check both dates.",
      },
    ],
    passes: [{ name: "same day", sheets: [rows("childProtection", { cpEndDate: serial("2026-02-01") })] }],
  },
  check: (row, context) => {
    const problems: RowProblem[] = [];
    for (const [startKey, endKey] of context.list.dateOrder ?? []) {
      const start = dateValue(row, startKey);
      const end = dateValue(row, endKey);
      if (start !== undefined && end !== undefined && end < start) {
        problems.push({
          column: endKey,
          message: `${formatUkDate(end)} is before the ${heading(context, startKey).toLowerCase()}, ${formatUkDate(start)}. Check both dates.`,
        });
      }
    }
    return problems;
  },
};
