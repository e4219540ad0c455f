// Renders the domain's template plan into an ExcelJS workbook. Decides nothing the plan does not say.
import type ExcelJS from "exceljs";
import { columnLetter, quotedSheetName } from "../domain/grid";
import { TEMPLATE_DATA_ROWS, type SheetPlan, type TableCell, type TemplatePlan } from "../domain/template-plan";
import { conditionalStyle } from "./styles";

/** ExcelJS has range-wide data validations at run time but leaves them out of its types. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}


function tableCellValue(cell: TableCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object") return { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  return cell ?? null;
}

function renderTable(worksheet: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const table = sheet.table;
  if (!table) return;
  const headingRow = table.origin.row + 1;
  const firstColumn = table.origin.column + 1;
  // Excel needs at least one data row in a table; an empty template gets one blank row.
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  worksheet.addTable({
    name: table.name,
    ref: `${columnLetter(table.origin.column)}${headingRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.heading, filterButton: true })),
    rows: rows.map((row) => row.map(tableCellValue)),
  });

  let tallest = 1;
  table.columns.forEach((column, offset) => {
    const index = firstColumn + offset;
    const letter = columnLetter(index - 1);
    const excelColumn = worksheet.getColumn(index);
    excelColumn.width = Math.max(excelColumn.width ?? 0, column.width);
    if (column.numberFormat) {
      for (let row = headingRow + 1; row <= headingRow + Math.max(rows.length, 1); row++) {
        worksheet.getCell(row, index).numFmt = column.numberFormat;
      }
      if (sheet.role === "list") excelColumn.numFmt = column.numberFormat;
    }
    const headingCell = worksheet.getCell(headingRow, index);
    headingCell.font = { bold: true };
    headingCell.alignment = { wrapText: true, vertical: "top" };
    headingCell.numFmt = "General";
    const notes = [offset === 0 ? sheet.scopeNote : undefined, column.note].filter(Boolean);
    if (notes.length > 0) headingCell.note = notes.join("\n\n");
    tallest = Math.max(tallest, Math.ceil(column.heading.length / Math.max(column.width - 2, 1)));
    if (column.dropDown) {
      (worksheet as unknown as RangeValidations).dataValidations.add(`${letter}${headingRow + 1}:${letter}${headingRow + TEMPLATE_DATA_ROWS}`, {
        type: "list",
        allowBlank: true,
        formulae: [column.dropDown.source],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "Not on the list",
        error: "This value is not one of the codes. You can keep it, but the Annex A check will flag it.",
      });
    }
  });
  worksheet.getRow(headingRow).height = Math.min(15 * tallest, 120);
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.freezeRows > 0 ? [{ state: "frozen", ySplit: sheet.freezeRows }] : [],
  });
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.address);
    target.value = cell.formula ? ({ formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue) : (cell.value ?? null);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.bold) target.font = { bold: true };
    if (cell.note) target.note = cell.note;
  }
  if (sheet.role === "inspection") {
    worksheet.getColumn(1).width = 20;
    worksheet.getColumn(2).width = 16;
  }
  if (sheet.role === "codes") sheet.cells.forEach((cell) => (worksheet.getColumn(cell.address.replace(/\d+$/, "")).width = 45));
  renderTable(worksheet, sheet);
  for (const format of sheet.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [{ type: "expression", priority: 1, formulae: [format.formula], style: conditionalStyle(format.style) }],
    });
  }
}

export function renderTemplate(workbook: ExcelJS.Workbook, plan: TemplatePlan): void {
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(`${quotedSheetName(name.sheet)}!${name.address}`, name.name);
}
