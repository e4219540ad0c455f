import { isExcelError } from "../grid";
import type { CellRule } from "./rule";

// SPEC "What real returns look like": exports pasted with lookups carry #N/A.
export const cellExcelError: CellRule = {
  code: "CELL-EXCEL-ERROR",
  severity: "error",
  summary: "The cell shows an Excel error (#N/A, #REF! ...) instead of a value.",
  stage: "cell",
  appliesTo: () => true,
  check: (raw) =>
    isExcelError(raw)
      ? {
          message: `The cell shows the Excel error ${raw.trim()}, usually from a lookup that found nothing. Enter the value itself, or leave the cell blank if it is not known.`,
        }
      : undefined,
};
