import { checkAgainstCin } from "./case-status";
import type { WorkbookRule } from "./rule";
import { at, OFSTED_EXAMPLE_FORM, ofstedRows, rows, serial } from "./examples";

// Ofsted's template, Guidance!A55 (List 6): "All those in receipt of services as a child in need at
// the point of inspection or in the six months before the inspection ... including ... all looked
// after children"; Guidance!C66 (Case status): the first code that applies, a) Looked after child
// first. So (research §2.4, B-L6-L-order, DERIVED) a child on List 8 is on List 6, and while the
// period of care is open (Guidance!C105: Date Ceased "blank if child is still being looked after")
// so is the episode, with status a) Looked after child. The status of an open episode is
// CASE-STATUS's finding; this rule reports the child missing, or the episode closed.
export const claNotInCin: WorkbookRule = {
  code: "CLA-NOT-IN-CIN",
  severity: "warning",
  summary: "A child on the children in care list is not on the children in need list, or is there as closed.",
  stage: "workbook",
  columns: ["childId", "claEndDate", "cinClosureDate", "caseStatus"],
  examples: {
    fails: [
      {
        name: "looked after, not in need",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenInNeed", { childId: "C1002" }), ofstedRows("childrenLookedAfter", {})],
        at: at("childrenLookedAfter", 1, "childId"),
        message:
          "Child C1001 is looked after here but is not on List 6 (children in need), which includes every such child at the point of inspection or in the six months before. Check the ID, or add the child to List 6 (children in need).",
      },
      {
        name: "still looked after, the episode closed",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", {
            cinClosureDate: serial("2026-10-01"),
            closureReason: "RC2 - Died",
            caseStatus: "e) Closed episode",
          }),
          ofstedRows("childrenLookedAfter", {}),
        ],
        at: at("childrenInNeed", 1, "cinClosureDate"),
        message:
          "Child C1001's children in need episode is closed on 01/10/2026, but the child is still looked after (no date ceased) on List 8 (children in care) row 2. While it is open the episode is too, with case status ‘a) Looked after child’: check the closure date, or enter the end date on List 8 (children in care).",
      },
    ],
    passes: [
      {
        name: "on both lists, looked after",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { caseStatus: "a) Looked after child" }),
          ofstedRows("childrenLookedAfter", {}),
        ],
      },
      {
        name: "no List 6 rows in the workbook",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenInNeed"), ofstedRows("childrenLookedAfter", { childId: "C9999" })],
      },
      {
        name: "the 2017 guidance has no children in care list",
        sheets: [rows("childrenInNeed", { childId: "C1002" }), rows("childProtection", {})],
      },
    ],
  },
  check: (lists) =>
    checkAgainstCin(lists, "childrenLookedAfter", "claEndDate", {
      what: "is looked after",
      open: "the child is still looked after (no date ceased)",
      statuses: (codes) => [codes.lookedAfter],
    }),
};
