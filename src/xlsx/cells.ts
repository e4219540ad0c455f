// ExcelJS cell values to the plain values the engine reads, the same shapes Office.js gives:
// numbers (dates as serials), strings (errors as "#N/A"), booleans, empty.
import type ExcelJS from "exceljs";
import { serialFromJsDate } from "../domain/dates";
import { parseAddress, type CellBlock, type CellValue } from "../domain/grid";

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

/** A worksheet's merged cells. */
export function worksheetMerges(worksheet: ExcelJS.Worksheet): CellBlock[] {
  const merges = (worksheet.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.map((address) => parseAddress(address)).filter((block): block is CellBlock => block !== undefined);
}

/**
 * A worksheet's used cells as a zero-based grid of plain values. Only a merged block's first cell
 * keeps its value, as in Office.js and in the file itself (ExcelJS repeats it into the others).
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as (ExcelJS.CellValue | undefined)[];
    const cells: CellValue[] = [];
    for (let column = 1; column < values.length; column++) cells.push(plainCellValue(values[column]));
    grid[rowNumber - 1] = cells;
  });
  for (let row = 0; row < grid.length; row++) grid[row] ??= [];
  for (const block of worksheetMerges(worksheet)) {
    for (let row = block.row; row < block.row + block.rowCount; row++) {
      for (let column = block.column; column < block.column + block.columnCount; column++) {
        if ((row !== block.row || column !== block.column) && grid[row]?.[column] !== undefined)
          grid[row][column] = null;
      }
    }
  }
  return grid;
}
