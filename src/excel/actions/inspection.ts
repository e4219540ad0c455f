// The Inspection sheet's facts for the pane (templates made, the notification date), read on
// request and again whenever the sheet changes; and creating the templates.
import { INSPECTION_SHEET } from "../../domain/template-plan";
import type { AddinActions, LiveListener } from "./types";
import type { AddinEventHandlerResult } from "../excel-api";
import type { ExcelRun } from "../excel-run";
import { readInspection, type InspectionFacts } from "../inspection";
import { createTemplates } from "../write-template";
import type { FormsInUse } from "./forms";
import { onSheetChanged } from "./sheet-changed";

export type InspectionActions = Pick<AddinActions, "readInspection" | "createTemplates">;

export function inspectionActions(run: ExcelRun, formsInUse: FormsInUse, listener: LiveListener): InspectionActions {
  const { forms } = formsInUse;
  let inspectionWatch: AddinEventHandlerResult | undefined;

  const readInspectionAndWatch = async (): Promise<InspectionFacts> => {
    const facts = await readInspection(run, forms);
    formsInUse.named = facts.namedForm;
    if (facts.hasTemplates && !inspectionWatch) {
      inspectionWatch = await onSheetChanged(
        run,
        INSPECTION_SHEET,
        async () => listener.onInspection(await readInspection(run, forms)),
        listener.onError,
      );
    }
    return facts;
  };

  return {
    readInspection: readInspectionAndWatch,
    createTemplates: (options) => createTemplates(run, formsInUse.forWriting(), options),
  };
}
