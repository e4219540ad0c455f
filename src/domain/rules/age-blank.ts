import { ageInYears } from "../dates";
import { dateValue, hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { REFERENCE, at, rows } from "./examples";

// SPEC: every list asks for the age of child; with a date of birth it is certain, so it is offered.
export const ageBlank: RowRule = {
  code: "AGE-BLANK",
  severity: "warning",
  summary: "The age is blank although the date of birth gives it; the age is offered as a fix.",
  stage: "row",
  columns: ["age", "dateOfBirth"],
  examples: {
    fails: [
      {
        name: "blank age",
        sheets: [rows("contacts", { age: null })],
        at: at("contacts", 1, "age"),
        message: "The age is blank. From the date of birth the child is 11 on the reference date.",
        fix: "11",
      },
      {
        name: "a date of birth with a two-digit year: no fix until the century is checked",
        sheets: [rows("contacts", { dateOfBirth: "10/03/15", age: null })],
        at: at("contacts", 1, "age"),
        message:
          "The age is blank. From the date of birth the child is 11 on the reference date. Put ‘Date of birth’ right first: this cell follows from it, so no fix is offered until then.",
      },
    ],
    passes: [
      {
        name: "unborn, blank age",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 })],
      },
    ],
  },
  check: (row, context) => {
    const dob = dateValue(row, "dateOfBirth");
    if (!context.present.has("age") || hasValue(row, "age") || dob === undefined || dob > context.referenceSerial) {
      return undefined;
    }
    const age = ageInYears(dob, context.referenceSerial);
    return {
      column: "age",
      message: `The age is blank. From the date of birth the child is ${age} on the reference date.`,
      fix: { value: age, display: String(age) },
      fixFrom: ["dateOfBirth"],
    };
  },
};
