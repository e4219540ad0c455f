// The simulator as the add-in sees it: an ExcelRun over an in-memory workbook.
import type { ExcelRun } from "../../src/excel/excel-run";
import { SimWorkbook } from "./excel-sim";

export function simulatedExcel(): { sim: SimWorkbook; run: ExcelRun } {
  const sim = new SimWorkbook();
  sim.addSheet("Sheet1");
  return { sim, run: sim.run as unknown as ExcelRun };
}
