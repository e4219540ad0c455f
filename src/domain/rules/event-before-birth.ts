import { formatUkDate } from "../dates";
import { keysOfKind } from "../catalogue";
import { dateValue } from "./helpers";
import type { RowProblem, RowRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, at, ofstedRows, rows, serial } from "./examples";
import { LONGEST_PREGNANCY_DAYS, isExpectedBirthDate } from "./age-unborn-minus-one";

// 42 weeks, the longest a pregnancy runs (LONGEST_PREGNANCY_DAYS): a contact, referral,
// assessment or plan can concern a child before birth (pre-birth work), but not earlier than that.
export { LONGEST_PREGNANCY_DAYS };

const BIRTH_KEYS = new Set(["dateOfBirth", "expectedDateOfBirth"]);

// An event about a child dated before the child could have been conceived is a wrong date (often
// the date of birth or the event typed in the wrong column or century). Unborn children, who have
// an expected date of birth and no date of birth, are left aside: their events come before birth.
export const eventBeforeBirth: RowRule = {
  code: "EVENT-BEFORE-BIRTH",
  severity: "error",
  summary: "An event is dated more than 42 weeks before the child's date of birth.",
  stage: "row",
  columns: (form) => keysOfKind(form, "date"),
  examples: {
    fails: [
      {
        name: "contact ten years before birth",
        sheets: [rows("contacts", { dateOfBirth: serial("2016-03-10"), age: 10, contactDate: serial("2006-03-10") })],
        at: at("contacts", 1, "contactDate"),
        message:
          "10/03/2006 is more than 42 weeks before the date of birth, 10/03/2016: nothing about this child, even before birth, can be that early. Check both dates.",
      },
      {
        name: "plan started a year before birth",
        sheets: [
          rows("childProtection", { dateOfBirth: serial("2026-03-01"), age: 0, cpStartDate: serial("2025-03-01") }),
        ],
        at: at("childProtection", 1, "cpStartDate"),
        message:
          "01/03/2025 is more than 42 weeks before the date of birth, 01/03/2026: nothing about this child, even before birth, can be that early. Check both dates.",
      },
      {
        name: "Ofsted: contact a year before an unborn child's expected date of birth",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("contacts", { dateOfBirth: serial("2027-06-01"), age: -1, contactDate: serial("2026-06-01") }),
        ],
        at: at("contacts", 1, "contactDate"),
        message:
          "01/06/2026 is more than 42 weeks before the expected date of birth, 01/06/2027: nothing about this child, even before birth, can be that early. Check both dates.",
      },
    ],
    passes: [
      {
        name: "pre-birth referral, 20 weeks before birth",
        sheets: [rows("referrals", { dateOfBirth: serial("2026-10-20"), age: 0, referralDate: serial("2026-06-02") })],
      },
      {
        name: "unborn child: no date of birth",
        sheets: [
          rows("referrals", {
            dateOfBirth: null,
            age: null,
            expectedDateOfBirth: serial("2027-06-01"),
            referralDate: serial("2026-10-01"),
          }),
        ],
      },
      {
        name: "Ofsted: pre-birth referral for an unborn child",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("referrals", { dateOfBirth: serial("2027-03-01"), age: -1 })],
      },
    ],
  },
  check: (row, context) => {
    const dob = dateValue(row, "dateOfBirth");
    if (dob === undefined) return undefined;
    // Ofsted's template writes an unborn child's expected date of birth in Date of Birth. Worked
    // out only for a row with a problem: this rule runs on every row.
    let birth: string | undefined;
    const problems: RowProblem[] = [];
    for (const column of context.list.columns) {
      if (column.kind !== "date" || BIRTH_KEYS.has(column.key)) continue;
      const date = dateValue(row, column.key);
      if (date === undefined || date >= dob - LONGEST_PREGNANCY_DAYS) continue;
      birth ??= isExpectedBirthDate(context.list, dob, context.referenceSerial)
        ? "expected date of birth"
        : "date of birth";
      problems.push({
        column: column.key,
        message: `${formatUkDate(date)} is more than 42 weeks before the ${birth}, ${formatUkDate(dob)}: nothing about this child, even before birth, can be that early. Check both dates.`,
      });
    }
    return problems;
  },
};
