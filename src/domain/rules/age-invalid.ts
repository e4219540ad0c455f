import { quote } from "../grid";
import type { CellRule } from "./rule";

// SPEC: age of child is a whole number; children's services lists hold ages 0 to 25 at most.
export const ageInvalid: CellRule = {
  code: "AGE-INVALID",
  severity: "error",
  summary: "An age is not a whole number of years from 0 to 25.",
  stage: "cell",
  appliesTo: (column) => column.kind === "age",
  check: (raw) => ({
    message: `${quote(raw)} is not an age. Enter the child's age in whole years on the reference date (0 to 25), or leave it blank for an unborn child.`,
  }),
};
