import { quote } from "../grid";
import { readNumber } from "../readers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: age of child is a whole number. A fractional age (6.138) is an age in years with its
// fraction, so the completed years are certain and offered as a fix.
export const ageNotWhole: CellRule = {
  code: "AGE-NOT-WHOLE",
  severity: "error",
  summary: "An age has a fraction (6.138); the completed years are offered as a fix.",
  stage: "cell",
  order: 170,
  examples: {
    fails: [
      {
        name: "6.138",
        sheets: [rows("contacts", { dateOfBirth: null, expectedDateOfBirth: null, age: 6.138 })],
        at: at("contacts", 1, "age"),
        message: "‘6.138’ is not a whole number of years. Ages are completed years on the reference date: 6.",
        fix: "6",
      },
      {
        // The age follows from the date of birth: 6 would be wrong if the child was born on 08/04/2019.
        name: "6.138, born on a day that does not exist: no fix",
        sheets: [rows("contacts", { dateOfBirth: "38/04/2019", age: 6.138 })],
        at: at("contacts", 1, "age"),
        message:
          "‘6.138’ is not a whole number of years. Ages are completed years on the reference date: 6. Put ‘Date of birth’ right first: this cell follows from it, so no fix is offered until then.",
      },
    ],
    passes: [{ name: "11", sheets: [rows("contacts", { age: 11 })] }],
  },
  appliesTo: (column) => column.kind === "age",
  check: (raw) => {
    const age = readNumber(raw);
    if (age === undefined || Number.isInteger(age) || age < 0 || age > 26) return undefined;
    const years = Math.floor(age);
    return {
      message: `${quote(raw)} is not a whole number of years. Ages are completed years on the reference date: ${years}.`,
      fix: { value: years, display: String(years) },
      // The age follows from the date of birth, where the list has one.
      fixFrom: ["dateOfBirth"],
    };
  },
};
