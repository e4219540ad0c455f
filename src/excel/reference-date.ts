// The reference date as the workbook gives it: its ReferenceDate named cell (which follows the
// Inspection sheet's notification date), told apart as a date, blank or not a date, so that a
// check never uses today in its place without saying so.
import { readReferenceCell, type ReferenceDate } from "../domain/check-summary";
import type { CellValue } from "../domain/grid";
import { NAMES } from "../domain/template-plan";

export async function readReferenceDateReading(context: Excel.RequestContext, today: number): Promise<ReferenceDate> {
  const reference = context.workbook.names.getItemOrNullObject(NAMES.referenceDate);
  await context.sync();
  if (reference.isNullObject) return { kind: "none", serial: today };
  const range = reference.getRange();
  range.load("values");
  await context.sync();
  return readReferenceCell(range.values[0]?.[0] as CellValue, today);
}
