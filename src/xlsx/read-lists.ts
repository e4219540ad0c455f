// The sheets of an ExcelJS workbook as engine input, and the reference date it holds.
import type ExcelJS from "exceljs";
import { serialFromIso } from "../domain/dates";
import type { SheetInput } from "../domain/engine";
import { FINDINGS_SHEET } from "../domain/findings";
import { SELECTION_SHEET } from "../domain/selection";
import { headingKey } from "../domain/text";
import { INSPECTION_SHEET, NAMES, NON_LIST_SHEETS } from "../domain/template-plan";
import { plainCellValue, worksheetGrid } from "./cells";


export function sheetInputs(workbook: ExcelJS.Workbook): SheetInput[] {
  const skip = new Set([...NON_LIST_SHEETS, FINDINGS_SHEET, SELECTION_SHEET].map(headingKey));
  return workbook.worksheets
    .filter((worksheet) => !skip.has(headingKey(worksheet.name)))
    .map((worksheet) => ({ sheet: worksheet.name, grid: worksheetGrid(worksheet) }));
}

function dateSerial(value: ExcelJS.CellValue | undefined): number | undefined {
  const plain = plainCellValue(value);
  if (typeof plain === "number" && plain > 0) return Math.floor(plain);
  if (typeof plain === "string") return serialFromIso(plain);
  return undefined;
}

/**
 * The reference date the workbook holds: the ReferenceDate named cell, else the cell beside a
 * "Reference date" label on the Inspection sheet. Undefined when neither holds a date.
 */
export function workbookReferenceDate(workbook: ExcelJS.Workbook): number | undefined {
  const ranges = workbook.definedNames.getRanges(NAMES.referenceDate).ranges;
  for (const range of ranges) {
    const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)/.exec(range);
    const worksheet = match ? workbook.getWorksheet(match[1].replace(/''/g, "'")) : undefined;
    const serial = worksheet && match ? dateSerial(worksheet.getCell(`${match[2]}${match[3]}`).value) : undefined;
    if (serial !== undefined) return serial;
  }
  const inspection = workbook.getWorksheet(INSPECTION_SHEET);
  let found: number | undefined;
  inspection?.eachRow((row) => {
    if (found === undefined && headingKey(String(plainCellValue(row.getCell(1).value) ?? "")) === "reference date") {
      found = dateSerial(row.getCell(2).value);
    }
  });
  return found;
}
