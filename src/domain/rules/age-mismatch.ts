import { ageInYears, formatUkDate } from "../dates";
import { dateValue } from "./helpers";
import type { RowRule } from "./rule";
import { at, rows, serial } from "./examples";

// SPEC: age of child matches the date of birth on the reference date.
export const ageMismatch: RowRule = {
  code: "AGE-MISMATCH",
  severity: "error",
  summary: "The age does not match the date of birth on the reference date; the right age is offered.",
  stage: "row",
  columns: ["age", "dateOfBirth"],
  examples: {
    fails: [
      {
        name: "11 given, 10 true",
        sheets: [rows("contacts", { dateOfBirth: serial("2015-11-25"), age: 11 })],
        at: at("contacts", 1, "age"),
        message: "The age is 11, but a child born on 25/11/2015 is 10 on the reference date, 24/11/2026.",
        fix: "10",
      },
      {
        name: "a date of birth with a two-digit year: no fix until the century is checked",
        sheets: [rows("contacts", { dateOfBirth: "25/11/15", age: 11 })],
        at: at("contacts", 1, "age"),
        message:
          "The age is 11, but a child born on 25/11/2015 is 10 on the reference date, 24/11/2026. Put ‘Date of birth’ right first: this cell follows from it, so no fix is offered until then.",
      },
    ],
    passes: [
      {
        name: "birthday on the reference date",
        sheets: [rows("contacts", { dateOfBirth: serial("2015-11-24"), age: 11 })],
      },
      {
        name: "29 February child on 28 February",
        sheets: [rows("contacts", { dateOfBirth: serial("2016-02-29"), age: 10 })],
      },
    ],
  },
  check: (row, context) => {
    const dob = dateValue(row, "dateOfBirth");
    const age = row.value.age;
    if (dob === undefined || typeof age !== "number" || dob > context.referenceSerial) return undefined;
    const expected = ageInYears(dob, context.referenceSerial);
    if (age === expected) return undefined;
    return {
      column: "age",
      message: `The age is ${age}, but a child born on ${formatUkDate(dob)} is ${expected} on the reference date, ${formatUkDate(context.referenceSerial)}.`,
      fix: { value: expected, display: String(expected) },
      fixFrom: ["dateOfBirth"],
    };
  },
};
