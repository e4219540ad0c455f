// ExcelJS cell values to the plain values the engine reads, the same shapes Office.js gives:
// numbers (dates as serials), strings (errors as "#N/A"), booleans, empty.
import type ExcelJS from "exceljs";
import { serialFromJsDate } from "../domain/dates";
import type { CellValue } from "../domain/grid";

export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : serialFromJsDate(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      return plainCellValue((value as { result?: ExcelJS.CellValue }).result as ExcelJS.CellValue);
    }
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

/** A worksheet's used cells as a zero-based grid of plain values. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as (ExcelJS.CellValue | undefined)[];
    const cells: CellValue[] = [];
    for (let column = 1; column < values.length; column++) cells.push(plainCellValue(values[column]));
    grid[rowNumber - 1] = cells;
  });
  for (let row = 0; row < grid.length; row++) grid[row] ??= [];
  return grid;
}
