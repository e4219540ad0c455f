// An in-memory Excel that behaves like Office.js for the part of the API the add-in uses: proxies
// whose properties cannot be read before `load` and `context.sync()`, a queue that only runs on
// sync, null objects, worksheets, ranges by address, values, number formats and formulas, tables,
// data validation, conditional formats, named items, the selected cell and worksheet onChanged events
// (fired for the add-in's own writes too, as Excel does). It counts syncs, queued operations and
// request/response bytes, and fails a request or response over 5 MB as Excel on the web does.
// No Excel runs on Linux; this is what every test of src/excel/ runs against, and what the browser
// demo (npm run demo) shows the task pane working on.
//
// The parts: sheet.ts (cells and sheets), coercion.ts (what Excel stores for a written string),
// formulas.ts (formulas Excel refuses), calc.ts (formulas evaluated, HyperFormula), conditional.ts
// (which conditional formats colour a cell), request-context.ts (a request context: the queue, sync,
// its counts and limits), proxy.ts (a proxy: load before read), the proxies workbook-proxy.ts,
// worksheet-proxy.ts, table-proxy.ts and range-proxy.ts, with a range's contents (range-contents.ts),
// format (range-format.ts), data validation (data-validation.ts) and conditional formats
// (conditional-formats.ts), document.ts (the document as the proxies see it), workbook.ts (the
// document, a person's actions and events), user-edits.ts (a person's Delete and Ctrl+Z, for the
// demo's grid). This module gathers them for tests and the demo.
import { cellAddress, type CellValue } from "../domain/grid";
import type { ExcelRun } from "../excel/excel-run";
import { SimWorkbook, versionAtLeast, type SimOptions } from "./workbook";

export {
  PAYLOAD_LIMIT_BYTES,
  SimError,
  SimSheet,
  quoteSheet,
  type ChangeEvent,
  type SimConditionalFormat,
  type SimTable,
  type SimValidation,
} from "./sheet";
export { SimContext } from "./request-context";
export type { SimStats } from "./document";
export { SimWorkbook, versionAtLeast, type SimOptions } from "./workbook";
export type { SimLocale } from "./coercion";

/** The cells of a sheet as a plain grid, for assertions. */
export function sheetGrid(sim: SimWorkbook, name: string): CellValue[][] {
  const sheet = sim.sheet(name);
  const block = sheet?.usedBlock(true);
  if (!sheet || !block) return [];
  return sheet.values({
    row: 0,
    column: 0,
    rowCount: block.row + block.rowCount,
    columnCount: block.column + block.columnCount,
  });
}

export { cellAddress };

/** A fresh in-memory workbook with one empty sheet, and the ExcelRun the add-in's actions take. */
export function simulatedExcel(options: SimOptions = {}): { sim: SimWorkbook; run: ExcelRun } {
  const sim = new SimWorkbook(options);
  sim.addSheet("Sheet1");
  const run: ExcelRun = Object.assign(sim.run, {
    supports: (version: string) => versionAtLeast(sim.apiVersion, version),
  });
  return { sim, run };
}
