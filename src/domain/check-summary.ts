// What a check can honestly claim: which lists were checked and which were not (empty, headings
// not found, sheet not recognised), and whether the reference date was the workbook's own
// (reference-date.ts). A checker's worst failure is saying "clean" when it did not look, so "no
// errors" is only ever said of rows that were read under recognised headings.
import { listOf, type Form, type ListId } from "./catalogue";
import type { Finding } from "./findings";
import { listStatus, type ListStatus, type WorkbookResult } from "./engine";
import { referenceDateProblem, type ReferenceDate } from "./reference-date";
import { plural } from "./text";
import { readinessOf, type Readiness } from "./readiness";

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
  /**
   * Live re-checking only: a row is being typed and the findings of its blank cells are held back
   * from the counts above until it is left (row-being-typed.ts); `note` says so in the pane.
   */
  readonly beingTyped?: { readonly note: string; readonly held: readonly Finding[] };
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
