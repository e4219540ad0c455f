// Reads every sheet of an .xlsx as grids without building ExcelJS's whole workbook model, so a
// check that writes no copy holds only the grids in memory (a sixth of the full load on a
// 125,000-row workbook: bench/scale.bench.ts).
import ExcelJS from "exceljs";
import type { CellValue } from "../domain/grid";
import { plainCellValue } from "./cells";
import { assertXlsxFile, damaged, emptyWorkbook } from "./workbook-file";

export interface StreamedWorkbook {
  readonly grids: { readonly sheet: string; readonly grid: CellValue[][] }[];
  /** The workbook's defined names, as ExcelJS reports them: name and ranges such as Inspection!$B$5. */
  readonly definedNames: readonly { readonly name: string; readonly ranges: readonly string[] }[];
}

export async function streamWorkbookGrids(path: string): Promise<StreamedWorkbook> {
  await assertXlsxFile(path);
  const grids: { sheet: string; grid: CellValue[][] }[] = [];
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit" });
    for await (const worksheet of reader) {
      const grid: CellValue[][] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as (ExcelJS.CellValue | undefined)[];
        const cells: CellValue[] = [];
        for (let column = 1; column < values.length; column++) cells.push(plainCellValue(values[column]));
        grid[row.number - 1] = cells;
      }
      for (let index = 0; index < grid.length; index++) grid[index] ??= [];
      grids.push({ sheet: (worksheet as unknown as { name: string }).name, grid });
    }
  } catch (error) {
    throw damaged(path, error);
  }
  if (grids.every(({ grid }) => grid.length === 0)) throw emptyWorkbook(path);
  const model = (reader as unknown as { model?: { definedNames?: { name: string; ranges: string[] }[] } }).model;
  return { grids, definedNames: model?.definedNames ?? [] };
}
