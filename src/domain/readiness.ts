// Whether a return is ready to send, list by list, by the inspection clock. Ready means: something
// was checked, no list has an error, and every list due by today is there with rows. Warnings never
// block. A list due later may still be empty; it is named, so nobody forgets it. Without a
// notification date nobody can say what is due yet, so every list is treated as due: the verdict may
// be too strict, never too kind.
import { inspectionCalendar, type Deadline } from "./calendar";
import type { Form, ListId } from "./catalogue";
import { formatUkDate } from "./dates";
import type { ListStatus } from "./engine";
import { listInWords, plural } from "./text";

/** Where one of the form's lists stands for sending. */
export type ListReadiness = "ready" | "errors" | "empty" | "missing" | "headings not found" | "due later";

export interface ListVerdict {
  readonly list: ListId;
  readonly title: string;
  readonly readiness: ListReadiness;
  /** "Tuesday 24/11/2026, end of day", when the form and the notification date say. */
  readonly due?: string;
  readonly errors: number;
  /** One sentence, for the list named as a reason or as due later. */
  readonly text: string;
}

export interface Readiness {
  readonly ready: boolean;
  /** "Ready to send: …" or "Not ready to send: …", one sentence. */
  readonly headline: string;
  /** One sentence per list that stops the return being ready, in the form's order. */
  readonly reasons: readonly string[];
  /** Lists not yet due and not yet filled in: they do not block, but are said. */
  readonly dueLater: readonly string[];
  /** What "due" was counted from. */
  readonly basis: string;
  readonly lists: readonly ListVerdict[];
}

/** What a check said of one list: the shape of check-summary's ListSummary. */
export interface CheckedList {
  readonly list: ListId;
  readonly state: ListStatus;
  readonly errors: number;
}

export interface ReadinessClock {
  /** Today, as a serial day number. */
  readonly today: number;
  /** The inspection's notification date, when the workbook gives one. */
  readonly notification?: number;
}

/** More lists than this are counted in the headline, not named: each is named in its reason below. */
const NAMED_IN_HEADLINE = 3;

/** A list's deadline, where there is a calendar (a form with the inspection's clock and a notification date). */
function deadlineOf(listDue: string | undefined, calendar: readonly Deadline[] | undefined) {
  return listDue === undefined ? undefined : calendar?.find((deadline) => deadline.id === listDue);
}

/** The verdict on a checked workbook: ready or not, and the lists that say why. */
export function readinessOf(form: Form, checked: readonly CheckedList[], clock: ReadinessClock): Readiness {
  const calendar =
    form.inspection && clock.notification !== undefined ? inspectionCalendar(clock.notification) : undefined;
  const basis = !form.inspection
    ? `${form.name} asks for every list with the return`
    : calendar
      ? `lists due by today, ${formatUkDate(clock.today)}, counted from the notification date, ${formatUkDate(clock.notification!)}`
      : "the workbook gives no notification date, so every list is treated as due";

  const lists: ListVerdict[] = [];
  for (const spec of form.lists) {
    const found = checked.filter((entry) => entry.list === spec.id);
    // Optional lists (asked for only in some inspections) are judged only where the workbook has them.
    if (spec.optional && found.length === 0) continue;
    const deadline = deadlineOf(spec.due, calendar);
    const due = deadline?.dueText;
    const isDue = deadline === undefined || deadline.date <= clock.today;
    const errors = found.reduce((sum, entry) => sum + entry.errors, 0);
    const hasRows = found.some((entry) => entry.state === "checked");
    const dueWords = due ? ` (due ${due})` : "";
    const verdict = (readiness: ListReadiness, text: string): ListVerdict => ({
      list: spec.id,
      title: spec.title,
      readiness,
      ...(due ? { due } : {}),
      errors,
      text,
    });
    if (errors > 0) lists.push(verdict("errors", `${spec.title} has ${plural(errors, "error")}${dueWords}.`));
    else if (hasRows) lists.push(verdict("ready", `${spec.title} is checked with no errors.`));
    else if (!isDue) lists.push(verdict("due later", `${spec.title} is not due until ${due}.`));
    else if (found.length === 0) lists.push(verdict("missing", `${spec.title} is not in the workbook${dueWords}.`));
    else if (found.some((entry) => entry.state === "headings not found"))
      lists.push(
        verdict("headings not found", `${spec.title}'s headings were not found, so no row was checked${dueWords}.`),
      );
    else lists.push(verdict("empty", `${spec.title} is empty${dueWords}.`));
  }

  const blocking = lists.filter((entry) => entry.readiness !== "ready" && entry.readiness !== "due later");
  const anythingChecked = checked.some((entry) => entry.state === "checked");
  const ready = anythingChecked && blocking.length === 0;
  const dueLater = lists.filter((entry) => entry.readiness === "due later").map((entry) => entry.text);
  const headline = ready
    ? `Ready to send: ${dueLater.length > 0 ? "every list due so far is" : "every list is"} checked with no errors (${basis}).`
    : !anythingChecked
      ? "Not ready to send: nothing was checked, because no list has rows under recognised headings."
      : `Not ready to send: ${
          blocking.length <= NAMED_IN_HEADLINE
            ? listInWords(
                blocking.map((entry) => entry.title),
                "and",
              )
            : plural(blocking.length, "list")
        } ${blocking.length === 1 ? "needs" : "need"} attention (${basis}).`;
  return { ready, headline, reasons: blocking.map((entry) => entry.text), dueLater, basis, lists };
}
