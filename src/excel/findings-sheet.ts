// The "Annex A findings" sheet: every finding of the last check, each with a link to its cell, so a
// reason is one click from the cell and the list survives without the add-in. Rendered from the
// domain's plan (findings-plan.ts), as the command line renders it into its copies.
import type { Form } from "../domain/catalogue";
import { FINDINGS_HEADINGS, FINDINGS_SHEET, type Finding } from "../domain/findings";
import { columnLetter } from "../domain/grid";
import { findingsSheetPlan } from "../domain/findings-plan";
import type { AddinContext } from "./excel-api";
import { renderSheetPlan } from "./render-sheet-plan";

/** Writes the findings sheet, replacing the last check's; `referenceSerial` is the date the check counted from. */
export async function writeFindingsSheet(
  context: AddinContext,
  form: Form,
  findings: readonly Finding[],
  referenceSerial: number,
): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
  await context.sync();
  // An existing sheet is emptied, not replaced: the caller checked only that it may be written.
  if (sheet.isNullObject) sheet = context.workbook.worksheets.add(FINDINGS_SHEET);
  else sheet.getRange(`A1:${columnLetter(FINDINGS_HEADINGS.length - 1)}1048576`).clear();
  await renderSheetPlan(context, sheet, findingsSheetPlan(form, findings, referenceSerial));
}
