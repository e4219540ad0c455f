import { blockAddress, columnLetter } from "../grid";
import type { ListProblem, ListRule } from "./rule";

// Issue 6: merged cells in a list. Only a merged block's first cell holds a value, so the rows it
// covers lose theirs, and Excel will not sort or filter across it.
export const cellMerged: ListRule = {
  code: "CELL-MERGED",
  severity: "warning",
  summary: "Cells in a list are merged; only the first holds a value, and sorting and filtering break.",
  stage: "list",
  check: (_rows, context) =>
    context.merged
      .filter((block) => block.row <= context.lastRow && block.row + block.rowCount > context.headerRow)
      .map((block): ListProblem => ({
        rowIndex: block.row,
        column: `#${columnLetter(block.column)}`,
        columnIndex: block.column,
        message: `Cells ${blockAddress(block)} are merged: only the first holds a value, and Excel cannot sort or filter across them. Unmerge them (Home > Merge & Centre) and fill in each cell.`,
      })),
};
