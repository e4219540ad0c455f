import { isBlank } from "../grid";
import { howToFill } from "./helpers";
import type { CellRule } from "./rule";

// SPEC: "Child unique ID present"; the same holds for every column the guidance needs on every row.
export const requiredBlank: CellRule = {
  code: "REQUIRED-BLANK",
  severity: "error",
  summary: "A column every child needs (such as the child unique ID) is blank.",
  stage: "cell",
  appliesTo: (column) => column.required,
  check: (raw, column) =>
    isBlank(raw) ? { message: `This is blank, but every child needs a value here. ${howToFill(column)}` } : undefined,
};
