import { quote } from "../grid";
import type { CellRule } from "./rule";
import { at, rows, serial } from "./examples";

// SPEC: age of child is a whole number; children's services lists hold ages 0 to 25 at most.
export const ageInvalid: CellRule = {
  code: "AGE-INVALID",
  severity: "error",
  summary: "An age is not a whole number of years from 0 to 25.",
  stage: "cell",
  order: 180,
  examples: {
    fails: [{ name: "42", sheets: [rows("contacts", { age: 42 })], at: at("contacts", 1, "age") }],
    passes: [{ name: "0", sheets: [rows("contacts", { dateOfBirth: serial("2026-06-01"), age: 0 })] }],
  },
  appliesTo: (column) => column.kind === "age",
  check: (raw) => ({
    message: `${quote(raw)} is not an age. Enter the child's age in whole years on the reference date (0 to 25), or leave it blank for an unborn child.`,
  }),
};
