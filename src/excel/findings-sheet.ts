// The "Annex A findings" sheet: the findings of the last check in groups of alike cells, each with
// a link to its first cell, so a reason is one click from the cell and the list survives without
// the add-in. Rendered from the domain's plan (findings-plan.ts), as the command line renders it
// into its copies.
import type { Form } from "../domain/catalogue";
import { groupFindings, type FindingGroup } from "../domain/finding-groups";
import { FINDINGS_HEADINGS, FINDINGS_SHEET, type Finding } from "../domain/findings";
import { columnLetter } from "../domain/grid";
import { FINDINGS_SUMMARY_CELL, findingsNotListedText, findingsSheetPlan } from "../domain/findings-plan";
import type { AddinContext, AddinWorksheet } from "./excel-api";
import { renderSheetPlan } from "./render-sheet-plan";

/**
 * Writes the findings sheet, replacing the last check's; `referenceSerial` is the date the check
 * counted from. Grouped without the cells' values: a fix's message already quotes the value it
 * replaces, and a live re-check, which has no grid at hand, groups the same way.
 */
export async function writeFindingsSheet(
  context: AddinContext,
  form: Form,
  findings: readonly Finding[],
  referenceSerial: number,
  groups: readonly FindingGroup[] = groupFindings(findings),
): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
  await context.sync();
  // An existing sheet is emptied, not replaced: the caller checked only that it may be written.
  if (sheet.isNullObject) sheet = context.workbook.worksheets.add(FINDINGS_SHEET);
  else sheet.getRange(`A1:${columnLetter(FINDINGS_HEADINGS.length - 1)}1048576`).clear();
  await renderSheetPlan(context, sheet, findingsSheetPlan(form, findings, referenceSerial, groups));
}

/**
 * Rows (groups of findings) up to which a live re-check or a fix rewrites the findings sheet whole,
 * so it says what the pane says. A return's groups are few even where its findings are hundreds of
 * thousands, so the sheet is nearly always rewritten. Beyond it, rewriting thousands of linked rows
 * on every edit would hold up typing: the summary cell says the pane's counts and that the rows are
 * the last full check's instead.
 */
export const LIVE_FINDINGS_ROWS = 5_000;

/**
 * After a live re-check or fixes: the findings sheet follows the pane. A workbook without the sheet
 * (never checked in full, or the sheet deleted) or with it protected is left alone.
 */
export async function refreshFindingsSheet(
  context: AddinContext,
  /** The findings sheet as getItemOrNullObject gave it, looked up in an earlier sync. */
  sheet: AddinWorksheet,
  form: Form,
  findings: readonly Finding[],
  referenceSerial: number,
): Promise<void> {
  if (sheet.isNullObject) return;
  sheet.protection.load("protected");
  await context.sync();
  if (sheet.protection.protected) return;
  const groups = groupFindings(findings);
  if (groups.length <= LIVE_FINDINGS_ROWS) {
    await writeFindingsSheet(context, form, findings, referenceSerial, groups);
    return;
  }
  sheet.getRange(FINDINGS_SUMMARY_CELL).values = [[findingsNotListedText(findings, groups.length)]];
  await context.sync();
}
