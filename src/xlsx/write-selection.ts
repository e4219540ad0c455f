// The Selection sheet and the 20 children's facts sheet in an ExcelJS workbook (annex-a select).
// The inspector's choices are read back first and kept; the counts are formulas, so they follow
// the inspector's edits in Excel.
import type ExcelJS from "exceljs";
import { listSpec } from "../domain/catalogue";
import { columnLetter } from "../domain/grid";
import { readChildId } from "../domain/readers";
import {
  JOINT_EVALUATION_MAX,
  JOINT_EVALUATION_MIN,
  SELECTION_COLUMNS,
  SELECTION_HEADER_ROW,
  SELECTION_SHEET,
  SELECTION_TABLE,
  selectionCells,
  TRACKING_TARGET,
  type SelectionCounts,
  type SelectionRow,
} from "../domain/selection";
import { FOCUS_STYLE } from "../domain/template-plan";
import { plainCellValue, worksheetGrid } from "./cells";
import { conditionalStyle } from "./styles";

const column = (key: (typeof SELECTION_COLUMNS)[number]["key"]) => columnLetter(SELECTION_COLUMNS.findIndex((candidate) => candidate.key === key));

export function previousSelectionGrid(workbook: ExcelJS.Workbook): unknown[][] {
  const sheet = workbook.getWorksheet(SELECTION_SHEET);
  return sheet ? worksheetGrid(sheet) : [];
}

export function writeSelectionSheet(workbook: ExcelJS.Workbook, rows: readonly SelectionRow[], counts: SelectionCounts): void {
  const old = workbook.getWorksheet(SELECTION_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(SELECTION_SHEET, { views: [{ state: "frozen", ySplit: SELECTION_HEADER_ROW }] });
  const first = SELECTION_HEADER_ROW + 1;
  const selected = `${column("selected")}${first}:${column("selected")}1048576`;
  const joint = `${column("jointEvaluation")}${first}:${column("jointEvaluation")}1048576`;

  sheet.getCell("A1").value = "Selection of children for tracking and joint evaluation (guidance paragraphs 17 and 18)";
  sheet.getCell("A1").font = { bold: true };
  sheet.getCell("A2").value = "Selected for tracking";
  sheet.getCell("B2").value = { formula: `COUNTIF(${selected},"Y")`, result: counts.tracking.count } as ExcelJS.CellFormulaValue;
  sheet.getCell("C2").value = { formula: `IF(B2<${TRACKING_TARGET},"under",IF(B2>${TRACKING_TARGET},"over","met"))`, result: counts.tracking.state } as ExcelJS.CellFormulaValue;
  sheet.getCell("D2").value = `the guidance asks for ${TRACKING_TARGET}`;
  sheet.getCell("A3").value = "Joint evaluation (of the selected)";
  sheet.getCell("B3").value = { formula: `COUNTIFS(${selected},"Y",${joint},"Y")`, result: counts.jointEvaluation.count } as ExcelJS.CellFormulaValue;
  sheet.getCell("C3").value = {
    formula: `IF(B3<${JOINT_EVALUATION_MIN},"under",IF(B3>${JOINT_EVALUATION_MAX},"over","met"))`,
    result: counts.jointEvaluation.state,
  } as ExcelJS.CellFormulaValue;
  sheet.getCell("D3").value = `the guidance asks for ${JOINT_EVALUATION_MIN} to ${JOINT_EVALUATION_MAX}`;
  sheet.getCell("A4").value = counts.warnings.length === 0 ? "No warnings about the selected children." : `To check: ${counts.warnings.join(" ")}`;
  for (const address of ["A2", "A3"]) sheet.getCell(address).font = { bold: true };

  sheet.addTable({
    name: SELECTION_TABLE,
    ref: `A${SELECTION_HEADER_ROW}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: SELECTION_COLUMNS.map((candidate) => ({ name: candidate.heading, filterButton: true })),
    rows: rows.length > 0 ? rows.map(selectionCells) : [SELECTION_COLUMNS.map(() => "")],
  });
  SELECTION_COLUMNS.forEach((candidate, index) => {
    sheet.getColumn(index + 1).width = candidate.key === "neglectEvidence" || candidate.key === "notes" ? 40 : Math.min(Math.max(candidate.heading.length + 2, 10), 24);
  });
  sheet.getRow(SELECTION_HEADER_ROW).alignment = { wrapText: true, vertical: "top" };
  const last = first + Math.max(rows.length, 1) - 1;
  for (const key of ["selected", "jointEvaluation"] as const) {
    (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${column(key)}${first}:${column(key)}${last + 1000}`, {
      type: "list",
      allowBlank: true,
      formulae: ['"Y"'],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Y or blank",
      error: "Enter Y to choose the child, or leave the cell blank.",
    });
  }
  sheet.addConditionalFormatting({
    ref: `A${first}:${columnLetter(SELECTION_COLUMNS.length - 1)}${last}`,
    rules: [{ type: "expression", priority: 1, formulae: [`$${column("inFocus")}${first}="Y"`], style: conditionalStyle(FOCUS_STYLE) }],
  });
}

/**
 * Lists the selected children on the 20 children's facts sheet, for the local authority to answer
 * (guidance para 17). Children already there, and every answer, are kept; none is removed.
 */
export function addSelectedToFactsSheet(workbook: ExcelJS.Workbook, rows: readonly SelectionRow[]): string[] {
  const list = listSpec("selectedChildren");
  let sheet = workbook.getWorksheet(list.sheetName);
  if (!sheet) {
    sheet = workbook.addWorksheet(list.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.getRow(1).values = list.columns.map((candidate) => candidate.heading);
  }
  const present = new Set<string>();
  let lastUsed = 1;
  sheet.eachRow((row, rowNumber) => {
    const id = readChildId(plainCellValue(row.getCell(1).value));
    if (id !== undefined && rowNumber > 1) {
      present.add(id);
      lastUsed = rowNumber;
    }
  });
  const added: string[] = [];
  for (const { child } of rows.filter((row) => row.choice.selected)) {
    if (present.has(child.childId)) continue;
    lastUsed += 1;
    sheet.getCell(lastUsed, 1).value = child.childId;
    added.push(child.childId);
  }
  growTablesTo(sheet, 1, lastUsed);
  return added;
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

const columnNumber = (letters: string) => [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
