import { readNumber } from "../readers";
import { hasValue } from "./helpers";
import { rawCell, type RowRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, REFERENCE, at, ofstedRows, rows } from "./examples";
import { writesUnbornAsMinusOne } from "./age-unborn-minus-one";

// SPEC: a child has a date of birth or, if unborn, an expected date of birth. Ofsted's template
// leaves Date of Birth blank for an unborn child whose expected date is not known, with the age -1
// (Guidance!C6, C7 etc., Lists 1-7 and 10).
export const birthDateMissing: RowRule = {
  code: "BIRTH-DATE-MISSING",
  severity: "error",
  summary: "Neither a date of birth nor an expected date of birth is given.",
  stage: "row",
  // Where the form writes an unborn child's age as -1 (Ofsted's), it reads the age; where it has an
  // expected date of birth column (the 2017 form's), that.
  columns: (form) =>
    ["dateOfBirth", "expectedDateOfBirth", ...(form.lists.some(writesUnbornAsMinusOne) ? ["age"] : [])].filter((key) =>
      form.lists.some((list) => list.columns.some((column) => column.key === key)),
    ),
  examples: {
    fails: [
      {
        name: "neither",
        sheets: [rows("contacts", { dateOfBirth: null, age: null })],
        at: at("contacts", 1, "dateOfBirth"),
      },
    ],
    passes: [
      {
        name: "unborn",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 })],
      },
      {
        name: "Ofsted: unborn, expected date not known (age -1)",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: null, age: -1 })],
      },
    ],
  },
  check: (row, context) => {
    if (!context.present.has("dateOfBirth")) return undefined;
    if (hasValue(row, "dateOfBirth") || hasValue(row, "expectedDateOfBirth")) return undefined;
    const age = rawCell(row, "age");
    if (writesUnbornAsMinusOne(context.list) && age !== undefined && readNumber(age) === -1) return undefined;
    return {
      column: "dateOfBirth",
      message:
        "Neither a date of birth nor an expected date of birth is given. Enter the date of birth, or for an unborn child the expected date of birth.",
    };
  },
};
