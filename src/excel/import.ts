// Importing an export pasted into a sheet: a preview of how its columns map to an Annex A list,
// then a correctly headed list sheet written beside it. The export sheet is never changed and an
// existing list sheet is never overwritten.
import { listSpec, type ListId } from "../domain/catalogue";
import type { CellValue } from "../domain/grid";
import { importedGrid, planImport, type ImportPlan } from "../domain/import";
import { UK_DATE_FORMAT } from "../domain/template-plan";
import { cellInputFor, TEXT_FORMAT } from "./cell-input";
import { ExcelActionError, withUserMessage, type ExcelRun } from "./excel-run";
import { rowsPerChunk, spans } from "./payload";
import { queueWritableCheck } from "./protection";
import { readSheetGrid } from "./read-sheets";

export interface ImportRequest {
  readonly sheet: string;
  readonly list?: ListId;
  /** Export heading -> Annex A heading, for the columns recognition left unmapped. */
  readonly choices?: ReadonlyMap<string, string>;
}

export interface ImportPreview {
  readonly plan: ImportPlan;
  readonly rowCount: number;
  /** The first rows as they will be written, headings first. */
  readonly sample: readonly (readonly CellValue[])[];
}

async function readSheet(context: Excel.RequestContext, name: string): Promise<CellValue[][]> {
  const grid = await readSheetGrid(context, name);
  if (!grid) throw new ExcelActionError(`There is no sheet named ‘${name}’.`);
  return grid;
}

function planned(request: ImportRequest, grid: CellValue[][]): ImportPlan {
  const result = planImport(request.sheet, grid, { ...(request.list ? { list: request.list } : {}), ...(request.choices ? { choices: request.choices } : {}) });
  if (!result.ok) throw new ExcelActionError(result.message);
  return result.plan;
}

export function previewImport(run: ExcelRun, request: ImportRequest): Promise<ImportPreview> {
  return withUserMessage("read the export", () =>
    run(async (context) => {
      const grid = await readSheet(context, request.sheet);
      const plan = planned(request, grid);
      const rows = importedGrid(plan, grid);
      return { plan, rowCount: rows.length - 1, sample: rows.slice(0, 4) };
    }),
  );
}

export function applyImport(run: ExcelRun, request: ImportRequest): Promise<{ sheet: string; rows: number }> {
  return withUserMessage("import the export", () =>
    run(async (context) => {
      const grid = await readSheet(context, request.sheet);
      const plan = planned(request, grid);
      const list = listSpec(plan.list);
      const existing = context.workbook.worksheets.getItemOrNullObject(list.sheetName);
      const writable = queueWritableCheck(context, []);
      await context.sync();
      if (!existing.isNullObject) {
        throw new ExcelActionError(`There is already a sheet named ‘${list.sheetName}’; it is never overwritten. Rename or remove it, then import again.`);
      }
      await writable.assert("import the export", true);
      const rows = importedGrid(plan, grid);
      const sheet = context.workbook.worksheets.add(list.sheetName);
      // Each column's format before its values, so Excel stores them as they are: IDs as Text ("0123"
      // stays "0123"), dates as serials shown dd/mm/yyyy, any other text behind the apostrophe
      // (cell-input.ts), so a UK text date is not read as a US one.
      const formats = list.columns.map((column) => (column.kind === "id" ? TEXT_FORMAT : column.kind === "date" ? UK_DATE_FORMAT : undefined));
      const formatted = formats.flatMap((format, index) => (format ? [{ index, format }] : []));
      // Values and formats in chunks of rows, each request under Excel on the web's limit.
      for (const span of spans(0, rows.length, rowsPerChunk(list.columns.length + formatted.length))) {
        const dataRows = span.start === 0 ? { start: 1, count: span.count - 1 } : span;
        for (const { index, format } of dataRows.count > 0 ? formatted : []) {
          sheet.getRangeByIndexes(dataRows.start, index, dataRows.count, 1).numberFormat = Array.from({ length: dataRows.count }, () => [format]);
        }
        sheet.getRangeByIndexes(span.start, 0, span.count, list.columns.length).values = rows
          .slice(span.start, span.start + span.count)
          .map((row, offset) =>
            row.map((cell, index) => (typeof cell === "string" ? cellInputFor(cell, span.start + offset === 0 ? "General" : (formats[index] ?? "General")) : (cell ?? ""))),
          );
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk, under the request limit
      }
      sheet.getRangeByIndexes(0, 0, 1, list.columns.length).format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      sheet.activate();
      await context.sync();
      return { sheet: list.sheetName, rows: rows.length - 1 };
    }),
  );
}
