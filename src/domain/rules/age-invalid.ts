import { quote } from "../grid";
import { readNumber } from "../readers";
import type { CellRule } from "./rule";
import { OFSTED_EXAMPLE_FORM, at, ofstedRows, rows, serial } from "./examples";

// SPEC: age of child is a whole number; children's services lists hold ages 0 to 25 at most.
// Ofsted's template gives an unborn child the age -1 (Guidance!C7 etc., Lists 1-7 and 10: the age
// column's min), so there the message says so.
export const ageInvalid: CellRule = {
  code: "AGE-INVALID",
  severity: "error",
  summary: "An age is not a whole number of years from 0 to 25.",
  stage: "cell",
  order: 180,
  examples: {
    fails: [
      {
        name: "42",
        sheets: [rows("contacts", { age: 42 })],
        at: at("contacts", 1, "age"),
        message:
          "‘42’ is not an age. Enter the child's age in whole years on the reference date (0 to 25), or leave it blank for an unborn child.",
      },
      {
        name: "Ofsted: -2",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: null, age: -2 })],
        at: at("contacts", 1, "age"),
        message:
          "‘-2’ is not an age. Enter the child's age in whole years on the reference date (0 to 25), or -1 for an unborn child.",
      },
      {
        name: "Ofsted: -1 as text",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: null, age: "-1" })],
        at: at("contacts", 1, "age"),
        message: "‘-1’ is stored as text. Use the fix to store the number -1, an unborn child's age.",
        fix: "-1",
      },
      {
        name: "Ofsted: -1 in the children in care list",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenLookedAfter", { age: -1 })],
        at: at("childrenLookedAfter", 1, "age"),
        message:
          "‘-1’ is not an age. Enter the child's age in whole years on the reference date (0 to 25), or leave it blank for an unborn child.",
      },
    ],
    passes: [
      { name: "0", sheets: [rows("contacts", { dateOfBirth: serial("2026-06-01"), age: 0 })] },
      {
        name: "Ofsted: -1, unborn",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("contacts", { dateOfBirth: null, age: -1 })],
      },
    ],
  },
  appliesTo: (column) => column.kind === "age",
  check: (raw, column) => {
    if (column.min !== -1) {
      return {
        message: `${quote(raw)} is not an age. Enter the child's age in whole years on the reference date (0 to 25), or leave it blank for an unborn child.`,
      };
    }
    if (typeof raw === "string" && readNumber(raw) === -1) {
      return {
        message: `${quote(raw)} is stored as text. Use the fix to store the number -1, an unborn child's age.`,
        fix: { value: -1, display: "-1" },
      };
    }
    return {
      message: `${quote(raw)} is not an age. Enter the child's age in whole years on the reference date (0 to 25), or -1 for an unborn child.`,
    };
  },
};
