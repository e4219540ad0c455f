// A workbook's sheets as engine input, and the reference date it holds, from plain grids: the
// same whether the grids were streamed or taken from a loaded ExcelJS workbook.
import type ExcelJS from "exceljs";
import { findReferenceDate, REFERENCE_LABEL_ROWS, type ReferenceDate } from "../domain/reference-date";
import type { SheetInput } from "../domain/engine";
import { parseAddress, splitSheetAddress } from "../domain/grid";
import { INSPECTION_SHEET } from "../domain/template-plan";
import { NAMES } from "../domain/workbook-conventions";
import { worksheetGrid, worksheetMerges } from "./cells";
import type { StreamedWorkbook } from "./streamed-workbook";

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
  return source.grids.map(({ sheet, grid, merged, hidden }) => ({
    sheet,
    grid,
    ...(merged ? { merged } : {}),
    ...(hidden ? { hidden } : {}),
  }));
}

/**
 * The reference date the workbook holds, found as the add-in finds it (reference-date.ts
 * findReferenceDate). Undefined when the workbook holds no date there.
 */
export function workbookReferenceDate(source: StreamedWorkbook): number | undefined {
  const found = workbookReference(source, 0);
  return found.kind === "workbook" ? found.serial : undefined;
}

/** The reference date as the workbook gives it, with its notification date, as the add-in reads them. */
export function workbookReference(source: StreamedWorkbook, today: number): ReferenceDate {
  const gridOf = (name: string) => source.grids.find((entry) => entry.sheet.toLowerCase() === name.toLowerCase())?.grid;
  const namedCell = (name: string) => {
    const range = source.definedNames.find((entry) => entry.name === name)?.ranges[0];
    const place = range ? splitSheetAddress(range) : undefined;
    const block = place ? parseAddress(place.address) : undefined;
    return place?.sheet && block ? (gridOf(place.sheet)?.[block.row]?.[block.column] ?? null) : undefined;
  };
  const cell = namedCell(NAMES.referenceDate);
  const notification = namedCell(NAMES.notificationDate);
  const named = cell === undefined ? undefined : { cell, ...(notification !== undefined ? { notification } : {}) };
  return findReferenceDate(named, gridOf(INSPECTION_SHEET)?.slice(0, REFERENCE_LABEL_ROWS), today);
}
