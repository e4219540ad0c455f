import { checkAgainstCin } from "./case-status";
import type { WorkbookRule } from "./rule";
import { at, OFSTED_EXAMPLE_FORM, ofstedRows, rows, serial } from "./examples";

// Ofsted's template, Guidance!A55 (List 6): "All those in receipt of services as a child in need at
// the point of inspection or in the six months before the inspection ... including all children on
// a CP plan", and Guidance!C66 (Case status): "Where a child is both CLA and CP, please record as
// CLA." So (research §2.4, B-L6-L-order, DERIVED) a child on List 7 is on List 6, and while the plan
// is open (Guidance!C81: end date "blank if the most recent plan is open") so is the episode, with
// status b) Child Protection plan or a) Looked after child. The status of an open episode is
// CASE-STATUS's finding; this rule reports the child missing, or the episode closed.
export const cpNotInCin: WorkbookRule = {
  code: "CP-NOT-IN-CIN",
  severity: "warning",
  summary: "A child on the child protection list is not on the children in need list, or is there as closed.",
  stage: "workbook",
  columns: ["childId", "cpEndDate", "cinClosureDate", "caseStatus"],
  examples: {
    fails: [
      {
        name: "on a plan, not in need",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { childId: "C1002" }),
          ofstedRows("childProtection", { cpEndDate: serial("2026-10-01") }),
        ],
        at: at("childProtection", 1, "childId"),
        message:
          "Child C1001 has a child protection plan here but is not on List 6 (children in need), which includes every such child at the point of inspection or in the six months before. Check the ID, or add the child to List 6 (children in need).",
      },
      {
        name: "an open plan, a closed episode",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", {
            cinClosureDate: serial("2026-10-01"),
            closureReason: "RC2 - Died",
            caseStatus: "e) Closed episode",
          }),
          ofstedRows("childProtection", {}),
        ],
        at: at("childrenInNeed", 1, "cinClosureDate"),
        message:
          "Child C1001's children in need episode is closed on 01/10/2026, but the child has an open child protection plan on List 7 (child protection) row 2. While it is open the episode is too, with case status ‘b) Child Protection plan’ or ‘a) Looked after child’: check the closure date, or enter the end date on List 7 (child protection).",
      },
    ],
    passes: [
      {
        name: "on both lists, the plan open",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { caseStatus: "b) Child Protection plan" }),
          ofstedRows("childProtection", {}),
        ],
      },
      {
        name: "the plan and the episode both ended",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", {
            cinClosureDate: serial("2026-10-01"),
            closureReason: "RC2 - Died",
            caseStatus: "e) Closed episode",
          }),
          ofstedRows("childProtection", { cpEndDate: serial("2026-10-01") }),
        ],
      },
      {
        name: "no List 6 in the workbook",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childProtection", { childId: "C9999" })],
      },
      {
        name: "the 2017 guidance's children in need list has no case status",
        sheets: [rows("childrenInNeed", { childId: "C1002" }), rows("childProtection", {})],
      },
    ],
  },
  check: (lists) =>
    checkAgainstCin(lists, "childProtection", "cpEndDate", {
      what: "has a child protection plan",
      open: "the child has an open child protection plan",
      statuses: (codes) => [codes.protection, codes.lookedAfter],
    }),
};
