import { isExcelError, NO_SAVED_RESULT } from "../grid";
import type { CellRule } from "./rule";
import { at, rows } from "./examples";

// SPEC "What real returns look like": exports pasted with lookups carry #N/A. A file written by a
// program that never calculated holds formulas without their result: the value is not known, so
// the cell is neither blank nor checked, and Excel saving the file writes every result.
export const cellExcelError: CellRule = {
  code: "CELL-EXCEL-ERROR",
  severity: "error",
  summary:
    "The cell shows an Excel error (#N/A, #REF! ...), or holds a formula whose result the file does not save, instead of a value.",
  stage: "cell",
  order: 10,
  examples: {
    fails: [
      {
        name: "#N/A from a lookup",
        sheets: [rows("contacts", { ethnicity: "#N/A" })],
        at: at("contacts", 1, "ethnicity"),
        message:
          "The cell shows the Excel error #N/A, usually from a lookup that found nothing. Enter the value itself, or leave the cell blank if it is not known.",
      },
      {
        name: "a formula saved without its result",
        sheets: [rows("contacts", { childId: NO_SAVED_RESULT })],
        at: at("contacts", 1, "childId"),
        message:
          "This cell holds a formula whose result was not saved in the file (the program that wrote it did not calculate it), so its value cannot be checked. Open the workbook in Excel and save it, which saves every result, then check it again.",
      },
    ],
    passes: [{ name: "a code", sheets: [rows("contacts", {})] }],
  },
  appliesTo: () => true,
  check: (raw) =>
    raw === NO_SAVED_RESULT
      ? {
          message:
            "This cell holds a formula whose result was not saved in the file (the program that wrote it did not calculate it), so its value cannot be checked. Open the workbook in Excel and save it, which saves every result, then check it again.",
        }
      : isExcelError(raw)
        ? {
            message: `The cell shows the Excel error ${raw.trim()}, usually from a lookup that found nothing. Enter the value itself, or leave the cell blank if it is not known.`,
          }
        : undefined,
};
