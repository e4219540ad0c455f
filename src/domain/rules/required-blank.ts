import { isBlank } from "../grid";
import { howToFill } from "./helpers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: "Child unique ID present"; the same holds for every column the guidance needs on every row.
export const requiredBlank: CellRule = {
  code: "REQUIRED-BLANK",
  severity: "error",
  summary: "A column every child needs (such as the child unique ID) is blank.",
  stage: "cell",
  order: 20,
  examples: {
    fails: [
      {
        name: "no child ID",
        sheets: [rows("contacts", { childId: null })],
        at: at("contacts", 1, "childId"),
        message:
          "This is blank, but every child needs a value here. Enter the child's unique ID from the case-management system.",
      },
      {
        name: "no referral source",
        sheets: [rows("referrals", { referralSource: null })],
        at: at("referrals", 1, "referralSource"),
        message: "This is blank, but every child needs a value here. Choose a value from the drop-down.",
      },
      {
        name: "no contact source",
        sheets: [rows("contacts", { contactSource: null })],
        at: at("contacts", 1, "contactSource"),
        message: "This is blank, but every child needs a value here. Choose a value from the drop-down.",
      },
      // SPEC: counts are whole numbers >= 0; ILACS FAQ (List 5): none is written 0.
      {
        name: "count of enquiries blank",
        sheets: [rows("section47", { s47In12Months: null })],
        at: at("section47", 1, "s47In12Months"),
        message: "This is blank, but every child needs a value here. Enter a whole number, 0 or more.",
      },
      {
        name: "previous plans blank",
        sheets: [rows("childProtection", { previousPlans: null })],
        at: at("childProtection", 1, "previousPlans"),
        message: "This is blank, but every child needs a value here. Enter a whole number, 0 or more.",
      },
    ],
    passes: [
      { name: "optional column blank", sheets: [rows("referrals", { referralNfa: null })] },
      { name: "counts of 0", sheets: [rows("section47", { s47In12Months: 0, icpcsIn12Months: 0 })] },
    ],
  },
  appliesTo: (column) => column.required,
  check: (raw, column) =>
    isBlank(raw) ? { message: `This is blank, but every child needs a value here. ${howToFill(column)}` } : undefined,
};
