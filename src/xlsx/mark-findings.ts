// Writes the engine's findings into a copy of the workbook: each invalid cell coloured by severity
// with a note giving the reason, a findings sheet of alike findings in groups, each linked to its
// first cell, and the focus highlight.
// Only ever applied to a copy the command line writes; the user's file is never touched.
import type ExcelJS from "exceljs";
import { listOf } from "../domain/catalogue";
import { listPlaces, type WorkbookResult } from "../domain/engine";
import type { FindingGroup } from "../domain/finding-groups";
import { FINDINGS_SHEET, type Finding } from "../domain/findings";
import { findingsSheetPlan } from "../domain/findings-plan";
import { cellAddress, parseAddress, quotedSheetName } from "../domain/grid";
import { focusColumnsAcross, focusColumnsOf, focusConditionalFormat } from "../domain/focus";
import { ERROR_STYLE, NAMES, WARNING_STYLE } from "../domain/workbook-conventions";
import { compactReference } from "./ooxml";
import { renderSheet } from "./render-sheet";
import { cellFill, cellFont, conditionalStyle } from "./styles";

function noteText(findings: readonly Finding[]): string {
  return findings
    .map(
      (item) =>
        `${item.severity === "error" ? "Error" : "Warning"} (${item.code}): ${item.message}${item.fix ? ` Suggested fix: ${item.fix.display}.` : ""}`,
    )
    .join("\n\n");
}

function existingNote(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && "texts" in note) {
    return (note as { texts: { text: string }[] }).texts.map((run) => run.text).join("");
  }
  return undefined;
}

/** Cells marked on one sheet, by the style of their mark. */
type MarkedCells = Map<string, { error: string[]; warning: string[] }>;

function markCells(workbook: ExcelJS.Workbook, findings: readonly Finding[]): MarkedCells {
  const marked: MarkedCells = new Map();
  const byCell = new Map<string, Finding[]>();
  for (const item of findings) {
    if (!item.sheet) continue;
    const key = `${item.sheet}\u0000${cellAddress(item.row, item.column)}`;
    const items = byCell.get(key);
    if (items) items.push(item);
    else byCell.set(key, [item]);
  }
  // One style object per base style and severity, shared by every cell marked so: ExcelJS writes
  // a style object it has met once with the same cell format, without working it out again, and a
  // style of its own per cell would cost memory and time on a return with a mark on every row.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, items] of byCell) {
    const [sheetName, address] = key.split("\u0000");
    const worksheet = workbook.getWorksheet(sheetName);
    if (!worksheet) continue;
    const cell = worksheet.getCell(address);
    const severity = items.some((item) => item.severity === "error") ? "error" : "warning";
    const style = severity === "error" ? ERROR_STYLE : WARNING_STYLE;
    // ExcelJS gives every cell read with the same style one shared object, so setting cell.fill
    // would recolour them all: the marked cell gets a new style instead, never changed once made.
    const own = cell.style ?? {};
    const styleKey = `${severity}\u0000${JSON.stringify(own)}`;
    let marks = styles.get(styleKey);
    if (!marks) {
      marks = { ...own, fill: cellFill(style), font: cellFont(style, own.font) };
      styles.set(styleKey, marks);
    }
    cell.style = marks;
    const earlier = existingNote(cell);
    cell.note = [earlier, noteText(items)].filter(Boolean).join("\n\n");
    const sheet = marked.get(worksheet.name) ?? { error: [], warning: [] };
    sheet[severity].push(address);
    marked.set(worksheet.name, sheet);
  }
  return marked;
}

/**
 * The focus highlight is a conditional format, which Excel and LibreOffice paint over a cell's own
 * fill: each mark is also a conditional format, first and of higher priority, so it wins on
 * in-focus rows (Microsoft support, "Manage conditional formatting rule precedence": when rules
 * conflict, the one higher in the list applies). Marked cells are written as few ranges as cover them.
 */
function keepMarksOnTop(workbook: ExcelJS.Workbook, marked: MarkedCells): void {
  for (const [sheetName, cells] of marked) {
    const worksheet = workbook.getWorksheet(sheetName)!;
    const formats = (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const marks: ExcelJS.ConditionalFormattingOptions[] = [];
    for (const [severity, style] of [
      ["error", ERROR_STYLE],
      ["warning", WARNING_STYLE],
    ] as const) {
      if (cells[severity].length === 0) continue;
      marks.push({
        ref: compactReference(cells[severity]),
        rules: [{ type: "expression", priority: 0, formulae: ["TRUE"], style: conditionalStyle(style) }],
      });
    }
    const all = [...marks, ...formats];
    let priority = 1;
    for (const format of all) for (const rule of format.rules) (rule as { priority: number }).priority = priority++;
    formats.splice(0, formats.length, ...all);
  }
}

function writeFindingsSheet(
  workbook: ExcelJS.Workbook,
  result: WorkbookResult,
  referenceSerial: number,
  groups?: readonly FindingGroup[],
): void {
  const old = workbook.getWorksheet(FINDINGS_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  renderSheet(workbook, findingsSheetPlan(result.form, result.findings, referenceSerial, groups));
  if (workbook.definedNames.getRanges(NAMES.referenceDate).ranges.length === 0) {
    // The focus highlight reads the named reference date; a workbook without one gets it here.
    workbook.definedNames.add(`${quotedSheetName(FINDINGS_SHEET)}!$B$1`, NAMES.referenceDate);
  }
}

function covers(outer: string, inner: string): boolean {
  const [a, b] = [parseAddress(outer), parseAddress(inner)];
  return (
    !!a &&
    !!b &&
    a.row <= b.row &&
    a.column <= b.column &&
    a.row + a.rowCount >= b.row + b.rowCount &&
    a.column + a.columnCount >= b.column + b.columnCount
  );
}

function addFocusHighlight(workbook: ExcelJS.Workbook, result: WorkbookResult): void {
  for (const list of result.lists) {
    const worksheet = list.sheet ? workbook.getWorksheet(list.sheet) : undefined;
    const lastRow = list.rows.at(-1)?.rowIndex;
    if (!worksheet || lastRow === undefined) continue;
    const indexOf = (key: string) => list.columnIndex.get(key);
    // The form's own flag, or (Ofsted's template) its other lists by child, where this workbook has them.
    const columns =
      focusColumnsOf(listOf(result.form, list.list), indexOf) ??
      focusColumnsAcross(result.form, indexOf, listPlaces(result));
    if (!columns) continue;
    const lastColumn = Math.max(...list.columnIndex.values());
    const format = focusConditionalFormat(columns, lastColumn, list.headerRow + 2, lastRow + 1);
    // A sheet from the template already has the highlight over these rows: not written twice.
    const existing = (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    if (
      existing.some(
        (other) =>
          covers(other.ref, format.range) &&
          other.rules.some((rule) => (rule as { formulae?: string[] }).formulae?.[0] === format.formula),
      )
    )
      continue;
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [{ type: "expression", priority: 1, formulae: [format.formula], style: conditionalStyle(format.style) }],
    });
  }
}

/** `groups` are the findings' own (finding-groups.ts), where the caller has grouped them already. */
export function markWorkbook(
  workbook: ExcelJS.Workbook,
  result: WorkbookResult,
  referenceSerial: number,
  groups?: readonly FindingGroup[],
): void {
  const marked = markCells(workbook, result.findings);
  writeFindingsSheet(workbook, result, referenceSerial, groups);
  addFocusHighlight(workbook, result);
  keepMarksOnTop(workbook, marked);
}
