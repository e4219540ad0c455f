// Everything the task pane can ask of Excel, in one object handed to it as a prop. The pane knows
// nothing of Excel.*; tests and the demo build the same object over the in-memory workbook. The
// actions themselves are in actions/, one module per part of the pane.
import type { Form } from "../domain/catalogue";
import { checkActions } from "./actions/check";
import { FormsInUse } from "./actions/forms";
import { importActions } from "./actions/import";
import { inspectionActions } from "./actions/inspection";
import { selectionActions } from "./actions/selection";
import type { AddinActions, LiveListener } from "./actions/types";
import type { ExcelRun } from "./excel-run";
import { prepareToSend, type OfficeFiles } from "./prepare-to-send";

export type { CheckMonitor } from "./check";
export type { AddinActions, LiveListener } from "./actions/types";

export function createAddinActions(
  run: ExcelRun,
  today: () => number,
  listener: LiveListener,
  forms: readonly Form[],
  /** The workbook's file and a new workbook, for "Prepare to send"; absent, the pane says it cannot. */
  files?: OfficeFiles,
): AddinActions {
  const formsInUse = new FormsInUse(forms);
  return {
    forms,
    chooseForm: (id) => formsInUse.choose(id),
    formInUse: () => formsInUse.forWriting(),
    ...inspectionActions(run, formsInUse, listener),
    ...checkActions(run, today, formsInUse, listener),
    ...selectionActions(run, today, formsInUse, listener),
    ...importActions(run, formsInUse),
    prepareToSend: (form, options) => prepareToSend(files, form, options),
  };
}
