// Renders one sheet plan (src/domain/sheet-plan.ts) into an ExcelJS workbook: the template's
// sheets, the Selection sheet, the findings sheet. Decides nothing the plan does not say.
import type ExcelJS from "exceljs";
import { columnLetter, quotedSheetName } from "../domain/grid";
import type { CellPlan, ColumnPlan, SheetPlan, TableCell, TablePlan } from "../domain/sheet-plan";
import { FONT, LINK_STYLE, PRINT } from "../domain/workbook-conventions";
import { cellFont, conditionalStyle } from "./styles";

/** ExcelJS has range-wide data validations at run time but leaves them out of its types. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const TOP_WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
/** Points per line of the default font, for heading rows tall enough for their wrapped text. */
const LINE_HEIGHT = 15;

function cellValue(cell: TableCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object")
    return { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  return cell ?? null;
}

function writeCell(worksheet: ExcelJS.Worksheet, plan: CellPlan): void {
  const target = worksheet.getCell(plan.address);
  target.value = plan.formula ? cellValue({ formula: plan.formula, value: plan.value ?? null }) : (plan.value ?? null);
  if (plan.numberFormat) target.numFmt = plan.numberFormat;
  if (plan.bold) target.font = { ...FONT, bold: true };
  if (plan.wrap) target.alignment = TOP_WRAPPED;
  if (plan.note) target.note = plan.note;
}

/** Lines a text takes in a column: a width unit holds about 1.2 characters of ordinary text. */
const linesFor = (text: string, width: number) => Math.ceil(text.length / Math.max((width - 1) * 1.2, 1));

function renderTable(worksheet: ExcelJS.Worksheet, sheet: SheetPlan, table: TablePlan): void {
  const headingRow = table.origin.row + 1;
  const firstColumn = table.origin.column + 1;
  // Excel needs at least one data row in a table; an empty one gets one blank row.
  const rows = table.rows.length > 0 || table.plainRange ? table.rows : [table.columns.map(() => null)];
  const lastRow = headingRow + Math.max(rows.length, 1);

  // Column styles first: ExcelJS gives a cell its column's style when the cell is made. Where
  // some text wraps, every cell of the row sits at the top, beside it.
  const anyWrapped = table.columns.some((column) => column.wrap);
  table.columns.forEach((column: ColumnPlan, offset) => {
    const excelColumn = worksheet.getColumn(firstColumn + offset);
    excelColumn.width = Math.max(excelColumn.width ?? 0, column.width);
    if (column.numberFormat && sheet.role === "list") excelColumn.numFmt = column.numberFormat;
    if (column.wrap) excelColumn.alignment = TOP_WRAPPED;
    else if (anyWrapped) excelColumn.alignment = { vertical: "top" };
  });

  if (table.plainRange) {
    worksheet.getRow(headingRow).values = [
      ...Array(table.origin.column).fill(null),
      ...table.columns.map((column) => column.heading),
    ];
    rows.forEach((row, index) => {
      row.forEach(
        (cell, offset) => (worksheet.getCell(headingRow + 1 + index, firstColumn + offset).value = cellValue(cell)),
      );
    });
    const right = columnLetter(table.origin.column + table.columns.length - 1);
    worksheet.autoFilter = `${columnLetter(table.origin.column)}${headingRow}:${right}${Math.max(lastRow - (rows.length === 0 ? 1 : 0), headingRow)}`;
  } else {
    worksheet.addTable({
      name: table.name,
      ref: `${columnLetter(table.origin.column)}${headingRow}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: table.columns.map((column) => ({ name: column.heading, filterButton: true })),
      rows: rows.map((row) => row.map(cellValue)),
    });
  }

  if (table.links) {
    const { column, targets } = table.links;
    targets.forEach((target, index) => {
      const cell = worksheet.getCell(headingRow + 1 + index, firstColumn + column);
      cell.value = {
        text: String(rows[index][column] ?? target.address),
        hyperlink: `#${quotedSheetName(target.sheet)}!${target.address}`,
      };
      cell.font = { ...cellFont(LINK_STYLE, FONT), underline: true };
    });
  }

  let tallest = 1;
  table.columns.forEach((column, offset) => {
    const index = firstColumn + offset;
    const letter = columnLetter(index - 1);
    if (column.numberFormat && sheet.role !== "list") {
      for (let row = headingRow + 1; row <= lastRow; row++) worksheet.getCell(row, index).numFmt = column.numberFormat;
    }
    const heading = worksheet.getCell(headingRow, index);
    heading.font = { ...FONT, bold: true };
    heading.alignment = TOP_WRAPPED;
    heading.numFmt = "General";
    const notes = [offset === 0 ? sheet.scopeNote : undefined, column.note].filter(Boolean);
    if (notes.length > 0) heading.note = notes.join("\n\n");
    tallest = Math.max(tallest, linesFor(column.heading, column.width));
    if (column.dropDown) {
      const dropDown = column.dropDown;
      (worksheet as unknown as RangeValidations).dataValidations.add(
        `${letter}${headingRow + 1}:${letter}${headingRow + dropDown.rows}`,
        {
          type: "list",
          allowBlank: true,
          formulae: [dropDown.source],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: dropDown.errorTitle,
          error: dropDown.error,
        },
      );
    }
  });
  worksheet.getRow(headingRow).height = Math.min(LINE_HEIGHT * tallest, 8 * LINE_HEIGHT);

  // A file keeps the row heights it was saved with (LibreOffice does not fit rows on opening one),
  // so a row with wrapped text is made tall enough for it here.
  const wrapped = table.columns.flatMap((column, offset) => (column.wrap ? [{ offset, width: column.width }] : []));
  if (wrapped.length === 0) return;
  table.rows.forEach((row, index) => {
    const text = (cell: TableCell) => String((cell !== null && typeof cell === "object" ? cell.value : cell) ?? "");
    const lines = Math.max(1, ...wrapped.map(({ offset, width }) => linesFor(text(row[offset]), width)));
    if (lines > 1) worksheet.getRow(headingRow + 1 + index).height = Math.min(LINE_HEIGHT * lines, 20 * LINE_HEIGHT);
  });
}

/** Adds the sheet the plan describes; a sheet of that name must not exist. */
export function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.freezeRows > 0 ? [{ state: "frozen", ySplit: sheet.freezeRows }] : [],
    pageSetup: {
      orientation: PRINT.orientation,
      fitToPage: true,
      fitToWidth: PRINT.fitToWidth,
      fitToHeight: PRINT.fitToHeight,
      ...(sheet.freezeRows > 0 ? { printTitlesRow: `1:${sheet.freezeRows}` } : {}),
    },
  });
  for (const { column, width } of sheet.columnWidths ?? []) worksheet.getColumn(column + 1).width = width;
  if (sheet.table) renderTable(worksheet, sheet, sheet.table);
  for (const cell of sheet.cells) writeCell(worksheet, cell);
  for (const format of sheet.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [{ type: "expression", priority: 1, formulae: [format.formula], style: conditionalStyle(format.style) }],
    });
  }
  return worksheet;
}
