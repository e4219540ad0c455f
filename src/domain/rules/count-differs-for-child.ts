import { heading } from "./helpers";
import type { ListProblem, ListRule, TypedRow } from "./rule";
import { at, OFSTED_EXAMPLE_FORM, ofstedRows, rows, serial } from "./examples";

// Ofsted's template, Guidance!C26 (List 3, Number of Referrals in Last 12 Months): "where a child
// appears on this list multiple times, the number in this column will be the same in each case";
// Guidance!C51 and C52 (List 5, Number of Section 47 Enquiries / of ICPCs in the last 12 months):
// "When a child appears on this list more than once, the number in this column will be the same in
// each row for that child." The form names these columns in each list's `sameForChild`.
export const countDiffersForChild: ListRule = {
  code: "COUNT-DIFFERS-FOR-CHILD",
  severity: "error",
  summary: "A child's count over the last 12 months differs between the child's rows of a list.",
  stage: "list",
  columns: (form) => ["childId", ...new Set(form.lists.flatMap((list) => list.sameForChild ?? []))],
  examples: {
    fails: [
      {
        name: "two referral counts for one child",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows(
            "referrals",
            { referralsIn12Months: 1 },
            { referralDate: serial("2026-11-02"), referralsIn12Months: 2 },
          ),
        ],
        at: at("referrals", 2, "referralsIn12Months"),
        message:
          "Child C1001's Number of Referrals in Last 12 Months gives 2 here but 1 on row 2. Ofsted counts over the 12 months before the child's latest event, so each of the child's rows gives the same number: enter it on every row.",
      },
      {
        name: "ICPC counts differ on the third row",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows(
            "section47",
            { s47In12Months: 2, icpcsIn12Months: 0 },
            { s47StartDate: serial("2026-10-12"), s47In12Months: 2, icpcsIn12Months: 0 },
            { s47StartDate: serial("2026-10-19"), s47In12Months: 2, icpcsIn12Months: 1 },
          ),
        ],
        at: at("section47", 3, "icpcsIn12Months"),
        message:
          "Child C1001's Number of ICPCs in the last 12 months gives 1 here but 0 on row 2. Ofsted counts over the 12 months before the child's latest event, so each of the child's rows gives the same number: enter it on every row.",
      },
    ],
    passes: [
      {
        name: "the same count on each of a child's rows",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows(
            "referrals",
            { referralsIn12Months: 1 },
            { referralDate: serial("2026-11-02"), referralsIn12Months: 1 },
            { childId: "C1002", referralsIn12Months: 3 },
          ),
        ],
      },
      {
        name: "the 2017 guidance asks for no such count to agree",
        sheets: [
          rows("referrals", { referralsIn12Months: 1 }, { referralDate: serial("2026-11-02"), referralsIn12Months: 2 }),
        ],
      },
    ],
  },
  check: (rows, context) => {
    const keys = (context.list.sameForChild ?? []).filter((key) => context.present.has(key));
    if (keys.length === 0) return [];
    const problems: ListProblem[] = [];
    for (const key of keys) {
      const firstRowOf = new Map<string, TypedRow>();
      for (const row of rows) {
        const id = row.value.childId;
        const count = row.value[key];
        if (typeof id !== "string" || typeof count !== "number") continue;
        const first = firstRowOf.get(id);
        if (first === undefined) firstRowOf.set(id, row);
        else if (first.value[key] !== count) {
          problems.push({
            rowIndex: row.rowIndex,
            column: key,
            message: `Child ${id}'s ${heading(context, key)} gives ${count} here but ${first.value[key] as number} on row ${first.rowIndex + 1}. Ofsted counts over the 12 months before the child's latest event, so each of the child's rows gives the same number: enter it on every row.`,
          });
        }
      }
    }
    return problems.sort((a, b) => a.rowIndex - b.rowIndex);
  },
};
