import { quote } from "../grid";
import { readChildId } from "../readers";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC: "Child unique ID present": an ID is text or a whole number, never TRUE or 12.5.
export const idInvalid: CellRule = {
  code: "ID-INVALID",
  severity: "error",
  summary: "A child unique ID is not an ID (a fraction, a negative number, TRUE/FALSE).",
  stage: "cell",
  order: 40,
  examples: {
    fails: [
      {
        name: "a fraction",
        sheets: [rows("contacts", { childId: 12.5 })],
        at: at("contacts", 1, "childId"),
        message:
          "‘12.5’ is not a child unique ID. Enter the ID exactly as the case-management system shows it; format the column as text so Excel keeps it as typed.",
      },
      {
        name: "TRUE",
        sheets: [rows("contacts", { childId: true })],
        at: at("contacts", 1, "childId"),
        message:
          "‘TRUE’ is not a child unique ID. Enter the ID exactly as the case-management system shows it; format the column as text so Excel keeps it as typed.",
      },
    ],
    passes: [{ name: "whole number", sheets: [rows("contacts", { childId: 77 })] }],
  },
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
