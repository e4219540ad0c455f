// The reference date as the workbook gives it, found as the command line finds it (the domain's
// reference-date.ts, findReferenceDate): its ReferenceDate named cell (which follows the Inspection
// sheet's notification date), else the cell beside the Inspection sheet's "Reference date" label; told
// apart as a date, blank or not a date, so that a check never uses today in its place without
// saying so. A full check finds it once; live re-checks read the same place with each edit's rows.
import { findReferenceDate, REFERENCE_LABEL_ROWS, type ReferenceDate } from "../domain/reference-date";
import { splitSheetAddress, type CellValue } from "../domain/grid";
import { INSPECTION_SHEET } from "../domain/template-plan";
import { NAMES } from "../domain/workbook-conventions";
import type { AddinContext, AddinRange } from "./excel-api";

interface CellPlace {
  readonly sheet: string;
  readonly address: string;
}

/**
 * Where the reference date is: the ReferenceDate (and NotificationDate) names' cells, or, in a
 * workbook that lost its names, the labels on the Inspection sheet.
 */
export type ReferencePlace =
  | { readonly kind: "names"; readonly cell: CellPlace; readonly notification?: CellPlace }
  | { readonly kind: "labels"; readonly sheet: string };

/** The sheets a reference place reads: an edit there moves the reference date. */
export function referenceSheets(place: ReferencePlace | undefined): string[] {
  if (!place) return [];
  if (place.kind === "labels") return [place.sheet];
  return [place.cell.sheet, ...(place.notification ? [place.notification.sheet] : [])];
}

/** The reading of a place's cells once loaded: the date when it is one, else today and why. */
function readingOf(
  ranges: { cell: AddinRange; notification?: AddinRange } | { labels: AddinRange },
  today: number,
): ReferenceDate {
  if ("labels" in ranges) return findReferenceDate(undefined, ranges.labels.values as CellValue[][], today);
  const first = (range: AddinRange) => (range.values[0]?.[0] ?? null) as CellValue;
  return findReferenceDate(
    {
      cell: first(ranges.cell),
      // Which cell to name when the date is not a date: the notification date's, when it is the same.
      ...(ranges.notification ? { notification: first(ranges.notification) } : {}),
    },
    undefined,
    today,
  );
}

/**
 * Queues a read of the place's cells in the caller's batch; after the caller's sync, the returned
 * function gives the reading.
 */
export function queueReferenceRead(context: AddinContext, place: ReferencePlace): (today: number) => ReferenceDate {
  const cellOf = (at: CellPlace) => context.workbook.worksheets.getItem(at.sheet).getRange(at.address).load("values");
  const ranges =
    place.kind === "labels"
      ? { labels: cellOf({ sheet: place.sheet, address: `A1:B${REFERENCE_LABEL_ROWS}` }) }
      : { cell: cellOf(place.cell), ...(place.notification ? { notification: cellOf(place.notification) } : {}) };
  return (today) => readingOf(ranges, today);
}

/**
 * Where the reference date is, and what it says now, read in the same syncs. Its first sync also
 * carries whatever the caller has queued.
 */
export async function findReferencePlace(
  context: AddinContext,
  today: number,
): Promise<{ place?: ReferencePlace; reading: ReferenceDate }> {
  const reference = context.workbook.names.getItemOrNullObject(NAMES.referenceDate);
  const notification = context.workbook.names.getItemOrNullObject(NAMES.notificationDate);
  const inspection = context.workbook.worksheets.getItemOrNullObject(INSPECTION_SHEET);
  await context.sync();
  if (!reference.isNullObject) {
    const cell = reference.getRange().load("address,values");
    const source = notification.isNullObject ? undefined : notification.getRange().load("address,values");
    await context.sync();
    const place: ReferencePlace = {
      kind: "names",
      cell: splitSheetAddress(cell.address),
      ...(source ? { notification: splitSheetAddress(source.address) } : {}),
    };
    return { place, reading: readingOf({ cell, ...(source ? { notification: source } : {}) }, today) };
  }
  if (inspection.isNullObject) return { reading: findReferenceDate(undefined, undefined, today) };
  const place: ReferencePlace = { kind: "labels", sheet: INSPECTION_SHEET };
  const read = queueReferenceRead(context, place);
  await context.sync();
  return { place, reading: read(today) };
}

/** What the reference date says now; its first sync carries whatever the caller queued. */
export async function readReferenceDateReading(context: AddinContext, today: number): Promise<ReferenceDate> {
  return (await findReferencePlace(context, today)).reading;
}

/** The reference date the workbook holds, when it holds a date; its first sync carries what the caller queued. */
export async function readReferenceDate(context: AddinContext): Promise<number | undefined> {
  const reading = await readReferenceDateReading(context, 0);
  return reading.kind === "workbook" ? reading.serial : undefined;
}
