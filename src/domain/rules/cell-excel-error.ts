import { isExcelError } from "../grid";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC "What real returns look like": exports pasted with lookups carry #N/A.
export const cellExcelError: CellRule = {
  code: "CELL-EXCEL-ERROR",
  severity: "error",
  summary: "The cell shows an Excel error (#N/A, #REF! ...) instead of a value.",
  stage: "cell",
  order: 10,
  examples: {
    fails: [
      {
        name: "#N/A from a lookup",
        sheets: [rows("contacts", { ethnicity: "#N/A" })],
        at: at("contacts", 1, "ethnicity"),
        message: /#N\/A/,
      },
    ],
    passes: [{ name: "a code", sheets: [rows("contacts", {})] }],
  },
  appliesTo: () => true,
  check: (raw) =>
    isExcelError(raw)
      ? {
          message: `The cell shows the Excel error ${raw.trim()}, usually from a lookup that found nothing. Enter the value itself, or leave the cell blank if it is not known.`,
        }
      : undefined,
};
