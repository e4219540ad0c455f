import type { ListSpec } from "../catalogue";
import { ageInYears, formatUkDate } from "../dates";
import { readNumber } from "../readers";
import { dateValue, hasValue } from "./helpers";
import { rawCell, type RowRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, REFERENCE, at, ofstedRows, rows, serial } from "./examples";

/**
 * 42 weeks: the longest a pregnancy runs (NICE offers induction by 42 weeks). No expected date of
 * birth is further ahead, and nothing about a child is dated further before birth (EVENT-BEFORE-BIRTH).
 */
export const LONGEST_PREGNANCY_DAYS = 42 * 7;

/**
 * Whether the list writes an unborn child as Ofsted's template does: the expected date of birth in
 * "Date of Birth" and the age as -1 (the age column's min). The 2017 form has a column of its own
 * for the expected date of birth, and Ofsted's Lists 8 and 9 no unborn children.
 */
export const writesUnbornAsMinusOne = (list: ListSpec): boolean =>
  list.columns.some((column) => column.key === "age" && column.min === -1);

/**
 * Whether a date of birth after the reference date can be an unborn child's expected date of birth
 * in this list: the list writes unborn children so, and the date is no further ahead than a
 * pregnancy runs.
 */
export const isExpectedBirthDate = (list: ListSpec, dob: number, referenceSerial: number): boolean =>
  writesUnbornAsMinusOne(list) && dob > referenceSerial && dob <= referenceSerial + LONGEST_PREGNANCY_DAYS;

// Ofsted's template, Lists 1-7 and 10: "If an expected birth date is available for an unborn child,
// enter this date" in Date of Birth (Guidance!C6, C13, C21, C32, C44, C58, C72, C137) and "If a
// child is unborn, enter their age as '-1'" (Guidance!C7, C14, C22, C33, C45, C59, C73, C138). So a
// date of birth after the reference date goes with an age of -1, and -1 with no date of birth or
// one still to come. Lists 8 and 9 (Guidance!C90, C124) have no -1: AGE-INVALID speaks there.
export const ageUnbornMinusOne: RowRule = {
  code: "AGE-UNBORN-MINUS-ONE",
  severity: "error",
  summary: "An unborn child's age is not -1, or an age of -1 is given for a child already born (Ofsted's template).",
  stage: "row",
  columns: ["age", "dateOfBirth"],
  examples: {
    fails: [
      {
        name: "expected date of birth, age 0",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: serial("2027-01-10"), age: 0 })],
        at: at("contacts", 1, "age"),
        message:
          "The date of birth, 10/01/2027, is after the reference date, 24/11/2026, so it is an unborn child's expected date of birth, and Ofsted's template gives an unborn child the age -1, not 0. Enter -1.",
        fix: "-1",
      },
      {
        name: "expected date of birth, age blank",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("referrals", { dateOfBirth: serial("2027-01-10"), age: null })],
        at: at("referrals", 1, "age"),
        message:
          "The date of birth, 10/01/2027, is after the reference date, 24/11/2026, so it is an unborn child's expected date of birth, and Ofsted's template gives an unborn child the age -1, not blank. Enter -1.",
        fix: "-1",
      },
      {
        name: "expected date of birth, age 11: one of them is wrong, no fix",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: serial("2027-01-10"), age: 11 })],
        at: at("contacts", 1, "age"),
        message:
          "The date of birth, 10/01/2027, is after the reference date, 24/11/2026, so it is an unborn child's expected date of birth, and Ofsted's template gives an unborn child the age -1, not 11. Enter -1, or correct the date of birth if the child is born.",
      },
      {
        name: "-1, born in 2015",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childProtection", { dateOfBirth: serial("2015-03-10"), age: -1 })],
        at: at("childProtection", 1, "age"),
        message:
          "The age -1 is for an unborn child, but the date of birth, 10/03/2015, is on or before the reference date, 24/11/2026: the child is 11 on the reference date. Enter 11, or correct the date of birth if the child is still unborn.",
        fix: "11",
      },
      {
        name: "-1, due date passed",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: REFERENCE - 10, age: -1 })],
        at: at("contacts", 1, "age"),
        message:
          "The age -1 is for an unborn child, but the date of birth, 14/11/2026, is on or before the reference date, 24/11/2026: the child is 0 on the reference date. Enter 0, or correct the date of birth if the child is still unborn.",
        fix: "0",
      },
      {
        name: "-1, a date of birth with a two-digit year: no fix until the century is checked",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: "10/03/15", age: -1 })],
        at: at("contacts", 1, "age"),
        message:
          "The age -1 is for an unborn child, but the date of birth, 10/03/2015, is on or before the reference date, 24/11/2026: the child is 11 on the reference date. Enter 11, or correct the date of birth if the child is still unborn. Put ‘Date of Birth’ right first: this cell follows from it, so no fix is offered until then.",
      },
    ],
    passes: [
      {
        name: "unborn: expected date of birth, age -1",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: serial("2027-01-10"), age: -1 })],
      },
      {
        name: "unborn, expected date not known: no date of birth, age -1",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("assessments", { dateOfBirth: null, age: -1 })],
      },
      { name: "born", form: OFSTED_EXAMPLE_FORM, sheets: [ofstedRows("adoption", {})] },
      {
        name: "the 2017 form: its own expected date of birth column",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 })],
      },
    ],
  },
  check: (row, context) => {
    if (!writesUnbornAsMinusOne(context.list) || !context.present.has("age")) return undefined;
    const dob = dateValue(row, "dateOfBirth");
    if (dob === undefined) return undefined;
    const raw = rawCell(row, "age");
    const age = hasValue(row, "age") ? readNumber(raw!) : undefined;
    // Text that is not a number: the cell rules explain it.
    if (hasValue(row, "age") && age === undefined) return undefined;
    if (dob > context.referenceSerial) {
      // Further ahead than a pregnancy runs: DATE-AFTER-REFERENCE says the date is wrong.
      if (!isExpectedBirthDate(context.list, dob, context.referenceSerial) || age === -1) return undefined;
      const given = age === undefined ? "blank" : String(age);
      const unborn = `The date of birth, ${formatUkDate(dob)}, is after the reference date, ${formatUkDate(context.referenceSerial)}, so it is an unborn child's expected date of birth, and Ofsted's template gives an unborn child the age -1`;
      // A blank or 0 is how an unborn child's age is often written; a greater age says the child
      // may be born, and the date of birth wrong, so which to change is not certain.
      return age === undefined || age === 0
        ? {
            column: "age",
            message: `${unborn}, not ${given}. Enter -1.`,
            fix: { value: -1, display: "-1" },
            fixFrom: ["dateOfBirth"],
          }
        : {
            column: "age",
            message: `${unborn}, not ${given}. Enter -1, or correct the date of birth if the child is born.`,
          };
    }
    if (age !== -1) return undefined;
    const years = ageInYears(dob, context.referenceSerial);
    return {
      column: "age",
      message: `The age -1 is for an unborn child, but the date of birth, ${formatUkDate(dob)}, is on or before the reference date, ${formatUkDate(context.referenceSerial)}: the child is ${years} on the reference date. Enter ${years}, or correct the date of birth if the child is still unborn.`,
      fix: { value: years, display: String(years) },
      fixFrom: ["dateOfBirth"],
    };
  },
};
