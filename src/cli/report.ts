// The check command's two outputs: a readable report and the stable JSON shape.
import { listSpec } from "../domain/catalogue";
import { formatUkDate, isoFromSerial } from "../domain/dates";
import type { WorkbookResult } from "../domain/engine";
import { cellAddress } from "../domain/grid";
import { plural } from "../domain/text";

/** Enough to act on in a terminal; --json or --out give every finding. */
const MAX_FINDINGS_PER_LIST = 200;

export interface JsonReport {
  referenceDate: string;
  lists: { list: string; sheet: string; rows: number }[];
  findings: {
    sheet: string;
    list: string;
    cell: string;
    row: number;
    column: string;
    severity: string;
    code: string;
    message: string;
    fix?: string;
  }[];
  focus: { sheet: string; list: string; row: number; childId: string }[];
  skipped: { sheet: string; reason: string }[];
}

export function jsonReport(result: WorkbookResult, referenceSerial: number): JsonReport {
  return {
    referenceDate: isoFromSerial(referenceSerial),
    lists: result.lists.map((list) => ({ list: list.list, sheet: list.sheet ?? "", rows: list.rows.length })),
    findings: result.findings.map((item) => ({
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
      list.focus.map((focus) => ({ sheet: list.sheet ?? "", list: list.list, row: focus.row + 1, childId: focus.childId })),
    ),
    skipped: [...result.skipped],
  };
}


export function textReport(file: string, result: WorkbookResult, referenceSerial: number): string {
  const lines = [`Annex A check of ${file} (reference date ${formatUkDate(referenceSerial)})`, ""];
  if (result.lists.length === 0) lines.push("No Annex A list was found in this workbook.", "");
  for (const list of result.lists) {
    const errors = list.findings.filter((item) => item.severity === "error").length;
    lines.push(
      `${listSpec(list.list).title} (sheet ‘${list.sheet}’): ${plural(list.rows.length, "row")}, ${plural(errors, "error")}, ${plural(list.findings.length - errors, "warning")}, ${plural(list.focus.length, "child", "children")} in focus`,
    );
    for (const item of list.findings.slice(0, MAX_FINDINGS_PER_LIST)) {
      lines.push(`  ${cellAddress(item.row, item.column).padEnd(7)} ${item.severity.padEnd(8)} ${item.code}  ${item.heading}: ${item.message}`);
      if (item.fix) lines.push(`  ${"".padEnd(16)} suggested fix: ${item.fix.display}`);
    }
    if (list.findings.length > MAX_FINDINGS_PER_LIST) {
      lines.push(`  ... and ${list.findings.length - MAX_FINDINGS_PER_LIST} more (use --json, or --out for a marked copy)`);
    }
    lines.push("");
  }
  for (const skipped of result.skipped) lines.push(`Sheet ‘${skipped.sheet}’ was not checked: ${skipped.reason}.`);
  const errors = result.findings.filter((item) => item.severity === "error").length;
  lines.push(`Total: ${plural(errors, "error")}, ${plural(result.findings.length - errors, "warning")}.`);
  return lines.join("\n");
}
