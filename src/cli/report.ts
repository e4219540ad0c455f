// The check command's two outputs: a readable report and the stable JSON shape.
import { listOf } from "../domain/catalogue";
import type { FormChoice } from "../domain/form-choice";
import { formatUkDate, isoFromSerial } from "../domain/dates";
import type { ListResult, ListStatus, WorkbookResult } from "../domain/engine";
import { groupCells, groupFindings, type FindingGroup } from "../domain/finding-groups";
import { cellAddress } from "../domain/grid";
import type { Readiness } from "../domain/readiness";
import { countOf, listInWords, plural } from "../domain/text";

/** The cells a group's line names before "…": enough to find the first few; --json or --out give every one. */
const CELLS_SHOWN = 5;

export interface JsonFinding {
  sheet: string;
  list: string;
  cell: string;
  row: number;
  column: string;
  severity: string;
  code: string;
  message: string;
  fix?: string;
}

/** Findings alike (list, column, rule, message, fix and the value it replaces), with every cell. */
export interface JsonGroup {
  sheet: string;
  list: string;
  column: string;
  severity: string;
  code: string;
  message: string;
  /** The findings say different things (each names its row's facts): `message` is the first. */
  forExample?: true;
  fix?: string;
  /** The value the fix replaces, in every cell of the group. */
  value?: string | number | boolean;
  count: number;
  cells: string[];
}

export interface JsonReport {
  referenceDate: string;
  form: { id: string; name: string; reason: string; mixed?: string };
  lists: { list: string; sheet: string; rows: number; status: ListStatus }[];
  /** Errors first, largest first: their counts add up to the number of findings. */
  groups: JsonGroup[];
  findings: JsonFinding[];
  focus: { sheet: string; list: string; row: number; childId: string }[];
  skipped: { sheet: string; reason: string }[];
  /** Ready to send or not, by the inspection clock; the exit status does not depend on it. */
  verdict: {
    ready: boolean;
    headline: string;
    reasons: readonly string[];
    dueLater: readonly string[];
    basis: string;
    lists: { list: string; readiness: string; due?: string; errors: number }[];
  };
}

/**
 * The JSON report with its two long arrays made as they are written (prettyJsonPieces takes
 * iterables), so that 235,000 findings are never held twice, as findings and as their JSON.
 */
export type JsonReportParts = Omit<JsonReport, "groups" | "findings"> & {
  groups: Iterable<JsonGroup>;
  findings: Iterable<JsonFinding>;
};

/** Iterable again and again, unlike a generator: each pass maps the items afresh. */
function mapped<T, U>(items: readonly T[], map: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield map(item);
    },
  };
}

function jsonGroup(group: FindingGroup): JsonGroup {
  return {
    sheet: group.sheet ?? "",
    list: group.list,
    column: group.heading,
    severity: group.severity,
    code: group.code,
    message: group.message,
    ...(group.forExample ? { forExample: true as const } : {}),
    ...(group.fix ? { fix: group.fix.display } : {}),
    ...(group.value !== undefined && group.value !== null ? { value: group.value } : {}),
    count: group.count,
    cells: groupCells(group),
  };
}

export function jsonReport(
  result: WorkbookResult,
  referenceSerial: number,
  choice: FormChoice,
  readiness: Readiness,
  groups: readonly FindingGroup[] = groupFindings(result.findings),
): JsonReportParts {
  return {
    referenceDate: isoFromSerial(referenceSerial),
    form: {
      id: choice.form.id,
      name: choice.form.name,
      reason: choice.reason,
      ...(choice.mixed ? { mixed: choice.mixed } : {}),
    },
    lists: result.lists.map((list) => ({
      list: list.list,
      sheet: list.sheet ?? "",
      rows: list.rows.length,
      status: list.status,
    })),
    groups: mapped(groups, jsonGroup),
    findings: mapped(result.findings, (item) => ({
      sheet: item.sheet ?? "",
      list: item.list,
      cell: cellAddress(item.row, item.column),
      row: item.row + 1,
      column: item.heading,
      severity: item.severity,
      code: item.code,
      message: item.message,
      ...(item.fix ? { fix: item.fix.display } : {}),
    })),
    focus: result.lists.flatMap((list) =>
      list.focus.map((focus) => ({
        sheet: list.sheet ?? "",
        list: list.list,
        row: focus.row + 1,
        childId: focus.childId,
      })),
    ),
    skipped: [...result.skipped],
    verdict: {
      ready: readiness.ready,
      headline: readiness.headline,
      reasons: readiness.reasons,
      dueLater: readiness.dueLater,
      basis: readiness.basis,
      lists: readiness.lists.map((list) => ({
        list: list.list,
        readiness: list.readiness,
        ...(list.due ? { due: list.due } : {}),
        errors: list.errors,
      })),
    },
  };
}

/** The verdict as the text report ends: the headline, then each reason and each list due later. */
export function verdictLines(readiness: Readiness): string[] {
  return [
    readiness.headline,
    ...readiness.reasons.map((reason) => `  - ${reason}`),
    ...(readiness.dueLater.length > 0 ? ["Due later:", ...readiness.dueLater.map((text) => `  - ${text}`)] : []),
  ];
}

/** Whether any list had rows to check: without one, no count of errors can mean "clean". */
export function anyRowsChecked(result: WorkbookResult): boolean {
  return result.lists.some((list) => list.status === "checked");
}

function listLine(result: WorkbookResult, list: ListResult): string {
  const errors = list.findings.filter((item) => item.severity === "error").length;
  const counts = `${plural(errors, "error")}, ${plural(list.findings.length - errors, "warning")}`;
  const name = `${listOf(result.form, list.list).title} (sheet ‘${list.sheet}’)`;
  if (list.status === "empty") return `${name}: empty, no rows to check; ${counts} in the headings`;
  if (list.status === "headings not found")
    return `${name}: its headings were not found, so no row was checked; ${counts}`;
  return `${name}: ${plural(list.rows.length, "row")} checked, ${counts}, ${plural(list.focus.length, "child", "children")} in focus`;
}

/**
 * One line for a group: "error    CODE-ALIAS  Gender: ‘Male’ means ‘a) Male’; ... Suggested fix:
 * a) Male. — 48,112 cells (B2, B3, B6, B7, B9 …)".
 */
function groupLine(group: FindingGroup): string {
  const fix = group.fix ? ` Suggested fix: ${group.fix.display}.` : "";
  const more = group.count > CELLS_SHOWN ? " …" : "";
  const cells = `${countOf(group.count, "cell")} (${groupCells(group, CELLS_SHOWN).join(", ")}${more})`;
  const message = group.forExample ? `each cell for its own row, for example: ${group.message}` : group.message;
  return `  ${group.severity.padEnd(8)} ${group.code}  ${group.heading}: ${message}${fix} — ${cells}`;
}

export function textReport(
  file: string,
  result: WorkbookResult,
  referenceSerial: number,
  choice: FormChoice,
  readiness: Readiness,
  groups: readonly FindingGroup[] = groupFindings(result.findings),
): string {
  const lines = [
    `Annex A check of ${file} (reference date ${formatUkDate(referenceSerial)})`,
    `Checked as ${choice.form.name}: ${choice.reason}.`,
    ...(choice.mixed ? [choice.mixed] : []),
    "",
  ];
  if (result.lists.length === 0) {
    // Never a silent pass: say what each sheet holds and why it was not checked.
    lines.push("No list of this Annex A was found in this workbook, so nothing was checked.");
    for (const skipped of result.skipped) lines.push(`  ‘${skipped.sheet}’: ${skipped.reason}.`);
    lines.push("", ...verdictLines(readiness));
    return lines.join("\n");
  }
  // Every group is shown: a return's groups are few even where its findings are many.
  const byList = new Map<string, FindingGroup[]>();
  for (const group of groups) {
    const same = byList.get(group.list);
    if (same) same.push(group);
    else byList.set(group.list, [group]);
  }
  for (const list of result.lists) {
    lines.push(listLine(result, list));
    for (const group of byList.get(list.list) ?? []) lines.push(groupLine(group));
    lines.push("");
  }
  for (const skipped of result.skipped) lines.push(`Sheet ‘${skipped.sheet}’ was not checked: ${skipped.reason}.`);
  const found = new Set(result.lists.map((list) => list.list));
  // Said, so a list nobody pasted is not taken for a list that passed.
  const absent = result.form.lists
    .filter((list) => !found.has(list.id) && !list.optional)
    .map((list) => `‘${list.sheetName}’`);
  if (absent.length > 0) lines.push(`Lists not found in this workbook, so not checked: ${listInWords(absent, "and")}.`);
  const errors = result.findings.filter((item) => item.severity === "error").length;
  const total = `${plural(errors, "error")}, ${plural(result.findings.length - errors, "warning")}`;
  if (anyRowsChecked(result)) lines.push(`Total: ${total}.`);
  else lines.push(`Nothing was checked: every list found is empty or has no headings (${total} in the headings).`);
  lines.push("", ...verdictLines(readiness));
  return lines.join("\n");
}
