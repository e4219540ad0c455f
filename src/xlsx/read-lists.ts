// A workbook's sheets as engine input, and the reference date it holds, from plain grids: the
// same whether the grids were streamed or taken from a loaded ExcelJS workbook.
import type ExcelJS from "exceljs";
import { serialFromIso } from "../domain/dates";
import type { SheetInput } from "../domain/engine";
import { FINDINGS_SHEET } from "../domain/findings";
import { parseAddress, type CellValue } from "../domain/grid";
import { SELECTION_SHEET } from "../domain/selection";
import { headingKey } from "../domain/text";
import { INSPECTION_SHEET, NAMES, NON_LIST_SHEETS } from "../domain/template-plan";
import { worksheetGrid, worksheetMerges } from "./cells";
import type { StreamedWorkbook } from "./stream-grids";

/** A loaded workbook in the streamed shape. */
export function workbookGrids(workbook: ExcelJS.Workbook): StreamedWorkbook {
  return {
    grids: workbook.worksheets.map((worksheet) => ({ sheet: worksheet.name, grid: worksheetGrid(worksheet), merged: worksheetMerges(worksheet) })),
    definedNames: (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model,
  };
}

/** Every sheet that may hold a list: not the template's other sheets, not the add-in's own. */
export function sheetInputs(source: StreamedWorkbook): SheetInput[] {
  const skip = new Set([...NON_LIST_SHEETS, FINDINGS_SHEET, SELECTION_SHEET].map(headingKey));
  return source.grids.filter(({ sheet }) => !skip.has(headingKey(sheet))).map(({ sheet, grid, merged }) => ({ sheet, grid, ...(merged ? { merged } : {}) }));
}

function dateSerial(value: CellValue): number | undefined {
  if (typeof value === "number" && value > 0) return Math.floor(value);
  if (typeof value === "string") return serialFromIso(value);
  return undefined;
}

/**
 * The reference date the workbook holds: the ReferenceDate named cell, else the cell beside a
 * "Reference date" label on the Inspection sheet. Undefined when neither holds a date.
 */
export function workbookReferenceDate(source: StreamedWorkbook): number | undefined {
  const gridOf = (name: string) => source.grids.find((entry) => entry.sheet.toLowerCase() === name.toLowerCase())?.grid;
  for (const range of source.definedNames.find((entry) => entry.name === NAMES.referenceDate)?.ranges ?? []) {
    const sheet = /^'?(.*?)'?!/.exec(range)?.[1]?.replace(/''/g, "'");
    const block = parseAddress(range);
    const serial = sheet && block ? dateSerial(gridOf(sheet)?.[block.row]?.[block.column]) : undefined;
    if (serial !== undefined) return serial;
  }
  const label = gridOf(INSPECTION_SHEET)?.find((row) => headingKey(String(row?.[0] ?? "")) === "reference date");
  return label ? dateSerial(label[1]) : undefined;
}
