// The lead inspector's Selection actions: building the Selection sheet, keeping its counts current
// as the inspector types, going to a child's row, and the tracking sheets.
import { choicesFromSheet, SELECTION_SHEET, selectionCounts, warningFactsFromSheet } from "../../domain/selection";
import type { SelectionRow } from "../../domain/selection";
import type { AddinActions, LiveListener } from "./types";
import { withUserMessage, type ExcelRun } from "../excel-run";
import { readSheetGrid } from "../read-sheets";
import { buildSelection, createTrackingSheets, goToSelectionChild } from "../selection";
import type { FormsInUse } from "./forms";
import { onSheetChanged } from "./sheet-changed";

export type SelectionActions = Pick<AddinActions, "buildSelection" | "goToSelectionChild" | "createTrackingSheets">;

export function selectionActions(
  run: ExcelRun,
  today: () => number,
  formsInUse: FormsInUse,
  listener: LiveListener,
): SelectionActions {
  /** The children the Selection sheet was last built from. */
  let selectionRows: readonly SelectionRow[] = [];

  /** The Selection sheet's counts as the inspector's typing leaves them, for the children last merged. */
  const recountSelection = () =>
    withUserMessage("count the selection", () =>
      run(async (context) => {
        const grid = (await readSheetGrid(context, SELECTION_SHEET)) ?? [];
        const choices = choicesFromSheet(grid);
        const rows = selectionRows.map((row) => ({
          ...row,
          choice: choices.get(row.child.childId) ?? { selected: false, jointEvaluation: false, notes: "" },
        }));
        // The warnings from the cells the sheet's To check formulas read, so the two agree.
        listener.onSelectionCounts(selectionCounts(rows, warningFactsFromSheet(grid)));
      }),
    );

  return {
    buildSelection: async (monitor) => {
      const report = await buildSelection(run, formsInUse.forms, formsInUse.chosen, today, monitor);
      selectionRows = report.rows;
      // The sheet was written anew: watch the new one, so counts follow the inspector's typing.
      await onSheetChanged(run, SELECTION_SHEET, recountSelection, listener.onError);
      return report;
    },
    goToSelectionChild: (childId) => goToSelectionChild(run, childId),
    createTrackingSheets: () => createTrackingSheets(run),
  };
}
