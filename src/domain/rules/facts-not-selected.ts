import { hasRole } from "../catalogue";
import { isBlank } from "../grid";
import { readChildId } from "../readers";
import { selectionHeading, SELECTION_SHEET } from "../selection";
import { at, rows, type ExampleSheet } from "./examples";
import { rawCell, type WorkbookProblem, type WorkbookRule } from "./rule";

/** An example's Selection sheet: the lead inspector's choice (Y or blank) for each child listed. */
const selectionSheet = (choices: Readonly<Record<string, "Y" | "">>): ExampleSheet => ({
  sheet: SELECTION_SHEET,
  grid: [
    [selectionHeading("childId"), selectionHeading("selected"), selectionHeading("jointEvaluation")],
    ...Object.entries(choices).map(([childId, selected]) => [childId, selected, null]),
  ],
});

// Guidance para 17: the council gives four facts about each of the 20 children the lead inspector
// selects. The facts sheet follows the Selection sheet (selection-plan.ts factsSheetPlan): a child
// no longer chosen is removed when nothing was typed for them, and kept when facts were, so the
// council is never asked about a child no longer chosen without being told. Read only where the
// workbook has a Selection sheet: before one exists, nobody has chosen.
export const factsNotSelected: WorkbookRule = {
  code: "FACTS-NOT-SELECTED",
  severity: "warning",
  summary: "A child on the 20 children's facts sheet is not selected for tracking on the Selection sheet.",
  stage: "workbook",
  columns: ["childId"],
  examples: {
    fails: [
      {
        name: "dropped after the facts were typed",
        sheets: [rows("selectedChildren", { childId: "C1001" }), selectionSheet({ C1001: "", C1002: "Y" })],
        at: at("selectedChildren", 1, "childId"),
        message:
          "Child C1001 is no longer selected for tracking on the Selection sheet, but facts have been typed for them, so the row was kept. Delete the row if these facts are not needed.",
      },
      {
        name: "never chosen, nothing typed",
        sheets: [
          rows("selectedChildren", {
            childId: "C1003",
            knownToYot: null,
            probationWithAdult: null,
            crcWithAdult: null,
            policeInvestigation: null,
          }),
          selectionSheet({ C1001: "Y" }),
        ],
        at: at("selectedChildren", 1, "childId"),
        message:
          "Child C1003 is not selected for tracking on the Selection sheet. Refresh the selection to take them off this sheet, or select them there.",
      },
    ],
    passes: [
      {
        name: "selected",
        sheets: [rows("selectedChildren", { childId: "C1001" }), selectionSheet({ C1001: "Y" })],
      },
      { name: "no Selection sheet yet", sheets: [rows("selectedChildren", { childId: "C1001" })] },
    ],
  },
  check: (lists, _reference, _form, { choices }) => {
    if (!choices) return [];
    const problems: WorkbookProblem[] = [];
    for (const { list, rows: listRows } of lists) {
      if (!hasRole(list, "selectedFacts")) continue;
      const idAt = list.columns.findIndex((column) => column.key === "childId");
      for (const row of listRows) {
        const id = readChildId(rawCell(row, "childId") ?? null);
        if (id === undefined || choices.get(id)?.selected) continue;
        const typed = row.cells.some((cell, index) => index !== (row.columnAt.childId ?? idAt) && !isBlank(cell));
        problems.push({
          list: list.id,
          rowIndex: row.rowIndex,
          column: "childId",
          message: typed
            ? `Child ${id} is no longer selected for tracking on the Selection sheet, but facts have been typed for them, so the row was kept. Delete the row if these facts are not needed.`
            : `Child ${id} is not selected for tracking on the Selection sheet. Refresh the selection to take them off this sheet, or select them there.`,
        });
      }
    }
    return problems;
  },
};
