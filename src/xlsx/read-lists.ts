// A workbook's sheets as engine input, and the reference date it holds, from plain grids: the
// same whether the grids were streamed or taken from a loaded ExcelJS workbook.
import type ExcelJS from "exceljs";
import { findReferenceDate, REFERENCE_LABEL_ROWS } from "../domain/check-summary";
import type { SheetInput } from "../domain/engine";
import { parseAddress } from "../domain/grid";
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
 * The reference date the workbook holds, found as the add-in finds it (check-summary.ts
 * findReferenceDate). Undefined when the workbook holds no date there.
 */
export function workbookReferenceDate(source: StreamedWorkbook): number | undefined {
  const gridOf = (name: string) => source.grids.find((entry) => entry.sheet.toLowerCase() === name.toLowerCase())?.grid;
  const range = source.definedNames.find((entry) => entry.name === NAMES.referenceDate)?.ranges[0];
  const sheet = range ? /^'?(.*?)'?!/.exec(range)?.[1]?.replace(/''/g, "'") : undefined;
  const block = range ? parseAddress(range) : undefined;
  const named = sheet && block ? { cell: gridOf(sheet)?.[block.row]?.[block.column] ?? null } : undefined;
  const found = findReferenceDate(named, gridOf(INSPECTION_SHEET)?.slice(0, REFERENCE_LABEL_ROWS), 0);
  return found.kind === "workbook" ? found.serial : undefined;
}
