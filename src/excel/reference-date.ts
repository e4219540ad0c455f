// The reference date as the workbook gives it, found as the command line finds it (check-summary.ts
// findReferenceDate): its ReferenceDate named cell (which follows the Inspection sheet's
// notification date), else the cell beside the Inspection sheet's "Reference date" label; told
// apart as a date, blank or not a date, so that a check never uses today in its place without
// saying so.
import { findReferenceDate, REFERENCE_LABEL_ROWS, type ReferenceDate } from "../domain/check-summary";
import type { CellValue } from "../domain/grid";
import { INSPECTION_SHEET } from "../domain/template-plan";
import { NAMES } from "../domain/workbook-conventions";
import type { AddinContext } from "./excel-api";

/** Its first sync also carries whatever the caller has queued. */
export async function readReferenceDateReading(context: AddinContext, today: number): Promise<ReferenceDate> {
  const reference = context.workbook.names.getItemOrNullObject(NAMES.referenceDate);
  const notification = context.workbook.names.getItemOrNullObject(NAMES.notificationDate);
  const inspection = context.workbook.worksheets.getItemOrNullObject(INSPECTION_SHEET);
  await context.sync();
  if (!reference.isNullObject) {
    const range = reference.getRange().load("values");
    // Which cell to name when the date is not a date: the notification date's, when it is the same.
    const source = notification.isNullObject ? undefined : notification.getRange().load("values");
    await context.sync();
    return findReferenceDate(
      {
        cell: range.values[0]?.[0] as CellValue,
        ...(source ? { notification: (source.values[0]?.[0] ?? null) as CellValue } : {}),
      },
      undefined,
      today,
    );
  }
  // A workbook that lost its names: the label on the Inspection sheet, when there is one.
  if (inspection.isNullObject) return findReferenceDate(undefined, undefined, today);
  const labels = inspection.getRange(`A1:B${REFERENCE_LABEL_ROWS}`).load("values");
  await context.sync();
  return findReferenceDate(undefined, labels.values as CellValue[][], today);
}

/** The reference date the workbook holds, when it holds a date; its first sync carries what the caller queued. */
export async function readReferenceDate(context: AddinContext): Promise<number | undefined> {
  const reading = await readReferenceDateReading(context, 0);
  return reading.kind === "workbook" ? reading.serial : undefined;
}
