import { quote } from "../grid";
import type { CellRule } from "./rule";
import { at, rows, serial } from "./examples";

// SPEC: text that is not a date is an error. Runs after the date rules that recognise a shape.
export const dateNotADate: CellRule = {
  code: "DATE-NOT-A-DATE",
  severity: "error",
  summary: "A date column holds something that is not a date.",
  stage: "cell",
  order: 140,
  examples: {
    fails: [
      {
        name: "unknown",
        sheets: [rows("contacts", { contactDate: "unknown" })],
        at: at("contacts", 1, "contactDate"),
        message: "‘unknown’ is not a date. Enter the date as dd/mm/yyyy, or leave it blank if there is none.",
      },
    ],
    passes: [{ name: "a serial", sheets: [rows("contacts", { contactDate: serial("2026-10-01") })] }],
  },
  appliesTo: (column) => column.kind === "date",
  check: (raw) => ({
    message: `${quote(raw)} is not a date. Enter the date as dd/mm/yyyy, or leave it blank if there is none.`,
  }),
};
