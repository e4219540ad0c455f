// The Selection sheet and the 20 children's facts sheet in an ExcelJS workbook (annex-a select),
// rendered from the domain's plans (selection-plan.ts). The inspector's choices are read back
// first and kept; the counts are formulas, so they follow the inspector's edits in Excel.
import type ExcelJS from "exceljs";
import type { Form } from "../domain/catalogue";
import {
  factsChangeOf,
  factsSheetName,
  factsSheetPlan,
  NO_FACTS_CHANGE,
  selectionSheetPlan,
  type FactsChange,
} from "../domain/selection-plan";
import { SELECTION_SHEET, type SelectionCounts, type SelectionRow } from "../domain/selection";
import { TEXT_FORMAT } from "../domain/workbook-conventions";
import { worksheetGrid } from "./cells";
import { renderSheet } from "./render-sheet";

export function previousSelectionGrid(workbook: ExcelJS.Workbook): unknown[][] {
  const sheet = workbook.getWorksheet(SELECTION_SHEET);
  return sheet ? worksheetGrid(sheet) : [];
}

export function writeSelectionSheet(
  workbook: ExcelJS.Workbook,
  form: Form,
  rows: readonly SelectionRow[],
  counts: SelectionCounts,
): void {
  const old = workbook.getWorksheet(SELECTION_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  renderSheet(workbook, selectionSheetPlan(form, rows, counts));
}

/**
 * Makes the 20 children's facts sheet follow the Selection sheet (factsSheetPlan): rows of children
 * no longer chosen, with nothing typed, deleted bottom first; new children added, IDs as text. A
 * form without that sheet (Ofsted's template) gets nothing.
 */
export function updateFactsSheet(workbook: ExcelJS.Workbook, form: Form, rows: readonly SelectionRow[]): FactsChange {
  const name = factsSheetName(form);
  if (name === undefined) return NO_FACTS_CHANGE;
  const existing = workbook.worksheets.find((sheet) => sheet.name === name);
  const plan = factsSheetPlan(form, existing ? worksheetGrid(existing) : undefined, rows)!;
  const sheet = plan.create ? renderSheet(workbook, plan.create) : existing!;
  for (const { row } of plan.removals) sheet.spliceRows(row + 1, 1);
  for (const { row, childId } of plan.additions) {
    const cell = sheet.getCell(row + 1, 1);
    cell.numFmt = TEXT_FORMAT;
    cell.value = childId;
  }
  growTablesTo(sheet, 1, plan.lastRow + 1);
  return factsChangeOf(plan);
}

/**
 * A table over the column stays over its rows: ExcelJS keeps a table read from a file as its
 * stored reference, so a row written below it would be left outside (Excel then neither filters
 * nor formats it).
 */
function growTablesTo(sheet: ExcelJS.Worksheet, column: number, lastRow: number): void {
  for (const table of sheet.getTables() as unknown as { table: { tableRef?: string; autoFilterRef?: string } }[]) {
    const model = table.table;
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(model.tableRef ?? "");
    if (!match) continue;
    const [left, right] = [columnNumber(match[1]), columnNumber(match[3])];
    if (column < left || column > right || Number(match[4]) >= lastRow || Number(match[2]) >= lastRow) continue;
    model.tableRef = `${match[1]}${match[2]}:${match[3]}${lastRow}`;
    if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
  }
}

const columnNumber = (letters: string) =>
  [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
