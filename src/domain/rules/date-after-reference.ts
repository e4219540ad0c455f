import { formatUkDate } from "../dates";
import { keysOfKind } from "../catalogue";
import { dateValue } from "./helpers";
import type { RowProblem, RowRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, REFERENCE, at, ofstedRows, rows, serial as isoSerial } from "./examples";
import { isExpectedBirthDate, writesUnbornAsMinusOne } from "./age-unborn-minus-one";

// SPEC: no date of birth or event date after the reference date. (An expected date of birth is
// in the future by nature, so it is the one date column not checked.) Ofsted's template writes an
// unborn child's expected date of birth in Date of Birth (Guidance!C6 etc., Lists 1-7 and 10): there
// a date of birth up to 42 weeks ahead is one; further ahead, it is wrong even for that.
export const dateAfterReference: RowRule = {
  code: "DATE-AFTER-REFERENCE",
  severity: "error",
  summary: "A date of birth or event date is after the reference date.",
  stage: "row",
  columns: (form) => keysOfKind(form, "date", ["expectedDateOfBirth"]),
  examples: {
    fails: [
      {
        name: "contact tomorrow",
        sheets: [rows("contacts", { contactDate: REFERENCE + 1 })],
        at: at("contacts", 1, "contactDate"),
        message:
          "25/11/2026 is after the reference date, 24/11/2026. Dates of birth and events cannot be in the future: check the date (and the reference date on the Inspection sheet).",
      },
      {
        name: "Ofsted: date of birth two years ahead, too far for an expected date of birth",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: isoSerial("2028-11-24"), age: -1 })],
        at: at("contacts", 1, "dateOfBirth"),
        message:
          "24/11/2028 is more than 42 weeks after the reference date, 24/11/2026: too far ahead even for an unborn child's expected date of birth. Check the date (and the reference date).",
      },
      {
        name: "Ofsted: date of birth ahead in the children in care list (no unborn children)",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", { dateOfBirth: isoSerial("2027-01-10"), age: null })],
        at: at("childrenLookedAfter", 1, "dateOfBirth"),
        message:
          "10/01/2027 is after the reference date, 24/11/2026. Dates of birth and events cannot be in the future: check the date (and the reference date on the Inspection sheet).",
      },
    ],
    passes: [
      { name: "contact on the reference date", sheets: [rows("contacts", { contactDate: REFERENCE })] },
      {
        name: "expected date of birth in the future",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 60 })],
      },
      {
        name: "Ofsted: an unborn child's expected date of birth in Date of Birth",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: isoSerial("2027-01-10"), age: -1 })],
      },
    ],
  },
  check: (row, context) => {
    const problems: RowProblem[] = [];
    for (const column of context.list.columns) {
      if (column.kind !== "date" || column.key === "expectedDateOfBirth") continue;
      const serial = dateValue(row, column.key);
      if (serial === undefined || serial <= context.referenceSerial) continue;
      if (column.key === "dateOfBirth" && writesUnbornAsMinusOne(context.list)) {
        if (isExpectedBirthDate(context.list, serial, context.referenceSerial)) continue;
        problems.push({
          column: column.key,
          message: `${formatUkDate(serial)} is more than 42 weeks after the reference date, ${formatUkDate(context.referenceSerial)}: too far ahead even for an unborn child's expected date of birth. Check the date (and the reference date).`,
        });
      } else {
        problems.push({
          column: column.key,
          message: `${formatUkDate(serial)} is after the reference date, ${formatUkDate(context.referenceSerial)}. Dates of birth and events cannot be in the future: check the date (and the reference date on the Inspection sheet).`,
        });
      }
    }
    return problems;
  },
};
