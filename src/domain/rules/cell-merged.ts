import { blockAddress } from "../grid";
import type { ListProblem, ListRule } from "./rule";
import { gridOf, rows, validRow } from "./examples";

// Issue 6: merged cells in a list. Only a merged block's first cell holds a value, so the rows it
// covers lose theirs, and Excel will not sort or filter across it.
export const cellMerged: ListRule = {
  code: "CELL-MERGED",
  severity: "warning",
  summary: "Cells in a list are merged; only the first holds a value, and sorting and filtering break.",
  stage: "list",
  columns: [],
  examples: {
    fails: [
      {
        name: "an ID merged over two rows",
        sheets: [
          { ...rows("contacts", {}, { childId: null }), merged: [{ row: 1, column: 0, rowCount: 2, columnCount: 1 }] },
        ],
        at: { list: "contacts", row: 1, column: 0 },
        message:
          "Cells A2:A3 are merged: only the first holds a value, and Excel cannot sort or filter across them. Unmerge them (Home > Merge & Centre) and fill in each cell.",
      },
    ],
    passes: [
      {
        name: "a merged title above the headings",
        sheets: [
          {
            list: "contacts",
            grid: [["Contacts return"], ...gridOf("contacts", [validRow("contacts")])],
            merged: [{ row: 0, column: 0, rowCount: 1, columnCount: 4 }],
          },
        ],
      },
    ],
  },
  check: (_rows, context) =>
    context.merged
      .filter((block) => block.row <= context.lastRow && block.row + block.rowCount > context.headerRow)
      .map((block): ListProblem => ({
        rowIndex: block.row,
        columnIndex: block.column,
        message: `Cells ${blockAddress(block)} are merged: only the first holds a value, and Excel cannot sort or filter across them. Unmerge them (Home > Merge & Centre) and fill in each cell.`,
      })),
};
