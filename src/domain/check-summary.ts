// What a check can honestly claim: which lists were checked and which were not (empty, headings
// not found, sheet not recognised), and whether the reference date was the workbook's own. A
// checker's worst failure is saying "clean" when it did not look, so "no errors" is only ever said
// of rows that were read under recognised headings.
import { listOf, type Form, type ListId } from "./catalogue";
import { formatUkDate, serialFromIso } from "./dates";
import { listStatus, type ListStatus, type WorkbookResult } from "./engine";
import { NO_SAVED_RESULT, type CellValue, type Grid } from "./grid";
import { headingKey } from "./text";
import { plural } from "./text";
import { readinessOf, type Readiness } from "./readiness";

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

/** The label the Inspection sheet writes beside the reference date (template-plan.ts). */
const REFERENCE_DATE_LABEL = "reference date";

const NOTIFICATION_DATE_LABEL = "notification date";

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
  const labelled = (label: string) => inspection?.find((row) => headingKey(String(row?.[0] ?? "")) === label);
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

export interface ListSummary {
  readonly list: ListId;
  /** The list's title in its form ("Children in need", "List 8: Children Looked After"). */
  readonly title: string;
  readonly sheet: string;
  /** The engine's status for the list, as the command line reports it. */
  readonly state: ListStatus;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  /** The list's state in words: "12 rows: 3 errors, 1 warning", "empty: nothing to check". */
  readonly text: string;
}

export interface CheckSummary {
  /** The form the workbook was checked as. */
  readonly form: Form;
  readonly lists: readonly ListSummary[];
  /** Sheets not checked, each with its reason. */
  readonly notChecked: readonly { readonly sheet: string; readonly reason: string }[];
  readonly errors: number;
  readonly warnings: number;
  /** Distinct children in focus (living with neglect as the form reads it, aged 7 to 15) across the lists checked. */
  readonly childrenInFocus: number;
  /** True only when at least one row was read under recognised headings. */
  readonly checkedAnything: boolean;
  /** The one line that heads the result: never "0 errors" when nothing was checked. */
  readonly headline: string;
  readonly referenceProblem?: string;
  /** Ready to send or not, list by list, by the inspection clock. */
  readonly readiness: Readiness;
}

function listSummary(form: Form, list: WorkbookResult["lists"][number]): ListSummary {
  const errors = list.findings.filter((item) => item.severity === "error").length;
  const warnings = list.findings.length - errors;
  const state = listStatus(list);
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  const text =
    state === "headings not found"
      ? "headings not found, so no row was checked"
      : state === "empty"
        ? `empty: no rows to check${list.findings.length > 0 ? ` (${counts} on the headings)` : ""}`
        : `${plural(list.rows.length, "row")}: ${counts}`;
  const spec = listOf(form, list.list);
  return {
    list: list.list,
    title: spec.title,
    sheet: list.sheet ?? spec.sheetName,
    state,
    rows: list.rows.length,
    errors,
    warnings,
    text,
  };
}

export function summariseCheck(result: WorkbookResult, reference: ReferenceDate, today: number): CheckSummary {
  const lists = result.lists.map((list) => listSummary(result.form, list));
  const errors = lists.reduce((sum, list) => sum + list.errors, 0);
  const warnings = lists.reduce((sum, list) => sum + list.warnings, 0);
  const checkedLists = lists.filter((list) => list.state === "checked");
  const checkedAnything = checkedLists.length > 0;
  const rows = checkedLists.reduce((sum, list) => sum + list.rows, 0);
  const headline =
    lists.length === 0
      ? "Nothing was checked: no Annex A list was found."
      : !checkedAnything
        ? `Nothing was checked: ${lists.length === 1 ? "the list has no rows" : "no list has rows"} under recognised headings${errors + warnings > 0 ? ` (${plural(errors, "error")}, ${plural(warnings, "warning")} on the headings)` : ""}.`
        : `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(rows, "row")} of ${plural(checkedLists.length, "list")}.`;
  const referenceProblem = referenceDateProblem(reference);
  const inFocus = new Set(result.lists.flatMap((list) => list.focus.map((row) => row.childId)).filter(Boolean));
  return {
    form: result.form,
    lists,
    notChecked: result.skipped,
    errors,
    warnings,
    childrenInFocus: inFocus.size,
    checkedAnything,
    headline,
    ...(referenceProblem ? { referenceProblem } : {}),
    readiness: readinessOf(result.form, lists, {
      today,
      ...(reference.notification !== undefined ? { notification: reference.notification } : {}),
    }),
  };
}
