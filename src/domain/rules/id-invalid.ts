import { quote } from "../grid";
import { readChildId } from "../readers";
import type { CellRule } from "./rule";

// SPEC: "Child unique ID present": an ID is text or a whole number, never TRUE or 12.5.
export const idInvalid: CellRule = {
  code: "ID-INVALID",
  severity: "error",
  summary: "A child unique ID is not an ID (a fraction, a negative number, TRUE/FALSE).",
  stage: "cell",
  appliesTo: (column) => column.kind === "id",
  check: (raw) => {
    if (typeof raw === "boolean" || (typeof raw === "number" && !(Number.isSafeInteger(raw) && raw >= 0))) {
      return {
        message: `${quote(raw)} is not a child unique ID. Enter the ID exactly as the case-management system shows it; format the column as text so Excel keeps it as typed.`,
      };
    }
    return readChildId(raw) === undefined ? { message: `${quote(raw)} is not a child unique ID.` } : undefined;
  },
};
