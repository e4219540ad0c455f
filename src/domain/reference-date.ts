// The reference date a check counts ages and look-back windows from: where a workbook gives it
// (its ReferenceDate named cell, else the cell beside the Inspection sheet's label), read as a
// date, blank or not a date, and the sentence that says so when today was used instead. Found one
// way by both adapters: src/xlsx/read-lists.ts for files, src/excel/reference-date.ts in Excel.
import { formatUkDate, serialFromIso } from "./dates";
import { NO_SAVED_RESULT, type CellValue, type Grid } from "./grid";
import { headingKey } from "./text";

/** The reference date the check used, and where it came from. */
export type ReferenceDate = (
  | { readonly kind: "workbook"; readonly serial: number }
  /** The workbook names no reference date (no templates): today is the reference date. */
  | { readonly kind: "none"; readonly serial: number }
  /**
   * The workbook's date cell is blank or not a date: today was used, and the user is told which
   * cell to mend: the notification date when the reference date follows it (the template's
   * =NotificationDate), else the reference date cell itself (a value typed over that formula).
   */
  | {
      readonly kind: "blank" | "invalid";
      readonly serial: number;
      readonly text?: string;
      readonly cell?: "notification" | "reference";
    }
) & {
  /** The inspection's notification date, when the workbook gives one: deadlines count from it. */
  readonly notification?: number;
};

/** Reads the workbook's notification or reference date cell: a date, blank, or something else. */
export function readReferenceCell(value: CellValue | undefined, today: number): ReferenceDate {
  if (typeof value === "number" && value > 0) return { kind: "workbook", serial: Math.floor(value) };
  // A date written as text by a tool other than Excel (2026-11-24).
  const iso = typeof value === "string" ? serialFromIso(value.trim()) : undefined;
  if (iso !== undefined) return { kind: "workbook", serial: iso };
  if (value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === ""))
    return { kind: "blank", serial: today };
  return { kind: "invalid", serial: today, text: String(value) };
}

/**
 * The labels the Inspection sheet writes beside its dates (template-plan.ts), by which a workbook
 * that lost its names is still read.
 */
export const NOTIFICATION_DATE_LABEL = "Notification date";
export const REFERENCE_DATE_LABEL = "Reference date";

/**
 * Which cell a reference date that is no date comes from: the notification date's, when that cell
 * reads the same (the reference date cell follows it by formula), else the reference date's own.
 */
function blame(reading: ReferenceDate, notification: CellValue | undefined): ReferenceDate {
  if (reading.kind !== "blank" && reading.kind !== "invalid") return reading;
  const source = notification === undefined ? undefined : readReferenceCell(notification, reading.serial);
  const follows = source?.kind === reading.kind && source.text === reading.text;
  return { ...reading, cell: follows ? "notification" : "reference" };
}

/**
 * The reference date as the workbook gives it, found one way by the command line and the add-in:
 * the ReferenceDate named cell (`named`, undefined when the workbook has no such name, with the
 * NotificationDate cell's value when there is one); in a workbook that lost its names, the cell
 * beside the "Reference date" label in column A of the Inspection sheet (`inspection`, its first
 * rows); else none, and today is used.
 */
export function findReferenceDate(
  named: { readonly cell: CellValue; readonly notification?: CellValue } | undefined,
  inspection: Grid | undefined,
  today: number,
): ReferenceDate {
  if (named)
    return withNotification(blame(readReferenceCell(named.cell, today), named.notification), named.notification);
  const labelled = (label: string) =>
    inspection?.find((row) => headingKey(String(row?.[0] ?? "")) === headingKey(label));
  const reference = labelled(REFERENCE_DATE_LABEL);
  if (!reference) return { kind: "none", serial: today };
  const notification = labelled(NOTIFICATION_DATE_LABEL);
  const notificationCell = notification ? (notification[1] ?? null) : undefined;
  return withNotification(blame(readReferenceCell(reference[1], today), notificationCell), notificationCell);
}

/** The notification date beside the reference date, when its cell holds a date: the inspection clock counts from it. */
function withNotification(reading: ReferenceDate, cell: CellValue | undefined): ReferenceDate {
  const notification = cell === undefined ? undefined : readReferenceCell(cell, 0);
  return notification?.kind === "workbook" ? { ...reading, notification: notification.serial } : reading;
}

/** How many rows of the Inspection sheet `findReferenceDate` looks through for the label. */
export const REFERENCE_LABEL_ROWS = 20;

/** One sentence on a reference date that is not the workbook's own, or undefined when it is. */
export function referenceDateProblem(reference: ReferenceDate): string | undefined {
  const today = formatUkDate(reference.serial);
  switch (reference.kind) {
    case "workbook":
    case "none":
      return undefined;
    case "blank":
    case "invalid": {
      const which = reference.cell === "reference" ? "reference" : "notification";
      const cell = `The ${which} date on the Inspection sheet`;
      const fallback = `so ages and dates were checked against today, ${today}`;
      // The reference date cell may also follow the notification date again.
      const follow = which === "reference" ? ", or =NotificationDate to follow the notification date." : ".";
      if (reference.kind === "blank")
        return `${cell} is blank, ${fallback}. Enter ${which === "reference" ? "a date" : "the notification date"} there (dd/mm/yyyy)${follow}`;
      // A file whose writer never calculated the formula (the reference date follows the
      // notification date by formula): no value to quote.
      if (reference.text === NO_SAVED_RESULT)
        return `${cell} is a formula whose result was not saved in the file, ${fallback}. Open the file in Excel and save it, then check again.`;
      return `${cell} (‘${reference.text}’) is not a date, ${fallback}. Enter it there as dd/mm/yyyy${follow}`;
    }
  }
}
