// A workbook's sheets as engine input, and the reference date it holds, from plain grids: the
// same whether the grids were streamed or taken from a loaded ExcelJS workbook.
import type ExcelJS from "exceljs";
import { serialFromIso } from "../domain/dates";
import type { SheetInput } from "../domain/engine";
import { parseAddress, type CellValue } from "../domain/grid";
import { headingKey } from "../domain/text";
import { INSPECTION_SHEET, NAMES } from "../domain/template-plan";
import { worksheetGrid, worksheetMerges } from "./cells";
import type { StreamedWorkbook } from "./stream-grids";

/** A sheet's grid, and whether it is hidden when the reader knows. */
type SheetGrid = StreamedWorkbook["grids"][number] & { readonly hidden?: boolean };

/** A loaded workbook in the streamed shape, with each sheet's visibility. */
export function workbookGrids(workbook: ExcelJS.Workbook): StreamedWorkbook & { readonly grids: SheetGrid[] } {
  return {
    grids: workbook.worksheets.map((worksheet) => ({
      sheet: worksheet.name,
      grid: worksheetGrid(worksheet),
      merged: worksheetMerges(worksheet),
      hidden: worksheet.state !== "visible",
    })),
    definedNames: (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model,
  };
}

/**
 * Every sheet as engine input, in workbook order: the engine decides what each is (sheets.ts,
 * the same decision the add-in makes) and reports every sheet it does not check.
 */
export function sheetInputs(source: { readonly grids: readonly SheetGrid[] }): SheetInput[] {
  return source.grids.map(({ sheet, grid, merged, hidden }) => ({ sheet, grid, ...(merged ? { merged } : {}), ...(hidden ? { hidden } : {}) }));
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
