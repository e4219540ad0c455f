// The import actions: which sheets might hold an export, and previewing and importing one as a
// list of the form in use.
import { sheetNameDecision } from "../../domain/sheets";
import type { AddinActions } from "./types";
import { withUserMessage, type ExcelRun } from "../excel-run";
import { applyImport, previewImport } from "../import";
import type { FormsInUse } from "./forms";

export type ImportActions = Pick<AddinActions, "importableSheets" | "previewImport" | "applyImport">;

export function importActions(run: ExcelRun, formsInUse: FormsInUse): ImportActions {
  return {
    importableSheets: () =>
      withUserMessage("list the sheets", () =>
        run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/visibility");
          await context.sync();
          const form = formsInUse.forWriting();
          const annexA = new Set(form.lists.map((list) => list.sheetName.toLowerCase()));
          // What is not a list (sheets.ts decides, for every adapter) is not offered either.
          return sheets.items
            .filter(
              (sheet) =>
                !annexA.has(sheet.name.toLowerCase()) &&
                !sheetNameDecision(form, sheet.name, sheet.visibility !== "Visible"),
            )
            .map((sheet) => sheet.name);
        }),
      ),
    previewImport: (request) => previewImport(run, formsInUse.forWriting(), request),
    applyImport: (request, monitor) => applyImport(run, formsInUse.forWriting(), request, monitor),
  };
}
