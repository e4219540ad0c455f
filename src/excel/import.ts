// Importing an export pasted into a sheet: a preview of how its columns map to an Annex A list,
// then the rows written as the list: into the template's list sheet when it is there and empty (or
// after its rows, once the user agrees), else into a new sheet. The export sheet is never changed
// and no row already in a list is overwritten.
import { listOf, type ColumnSpec, type Form, type ListId } from "../domain/catalogue";
import { blockAddress, isBlankRow, type CellValue } from "../domain/grid";
import { analyseHeader } from "../domain/headers";
import {
  headingRowNote,
  importedGrid,
  notReadyToImport,
  planImport,
  rowsAboveHeadings,
  type ImportPlan,
} from "../domain/import";
import { UK_DATE_FORMAT } from "../domain/workbook-conventions";
import { plural } from "../domain/text";
import type { AddinContext } from "./excel-api";
import { cellInput, cellInputFor, TEXT_FORMAT } from "./cell-input";
import { CancelledError, ExcelActionError, withUserMessage, type ExcelRun, type ReadMonitor } from "./excel-run";
import { rowsPerChunk, spans } from "./payload";
import { queueWritableCheck } from "./protection";
import { readSheetGrid } from "./read-sheets";

export interface ImportRequest {
  readonly sheet: string;
  readonly list?: ListId;
  /** Export heading -> Annex A heading, for the columns recognition left unmapped. */
  readonly choices?: ReadonlyMap<string, string>;
  /** The user agreed to add the rows after those already in the list sheet. */
  readonly append?: boolean;
}

/** Where the rows go: a new sheet, or the list sheet already there (the template's), below its headings. */
export interface ImportTarget {
  readonly sheet: string;
  readonly exists: boolean;
  /** Rows of data already under the list sheet's headings: importing adds after them, once confirmed. */
  readonly existingRows: number;
}

export interface ImportPreview {
  readonly plan: ImportPlan;
  readonly rowCount: number;
  /** The first rows as they will be written, headings first. */
  readonly sample: readonly (readonly CellValue[])[];
  readonly target: ImportTarget;
  /** Why nothing can be imported yet (no column has a heading of the list): the user's choices are awaited. */
  readonly notReady?: string;
  /** The row taken as headings when none of the list's was found (headingRowNote). */
  readonly headingRow?: string;
}

export interface ImportResult {
  readonly sheet: string;
  readonly rows: number;
  readonly into: "new sheet" | "empty list" | "after the rows there";
}

async function readSheet(context: AddinContext, name: string): Promise<CellValue[][]> {
  const grid = await readSheetGrid(context, name);
  if (!grid) throw new ExcelActionError(`There is no sheet named ‘${name}’.`);
  return grid;
}

function planned(form: Form, request: ImportRequest, grid: CellValue[][]): ImportPlan {
  const result = planImport(form, request.sheet, grid, {
    ...(request.list ? { list: request.list } : {}),
    ...(request.choices ? { choices: request.choices } : {}),
  });
  if (!result.ok) throw new ExcelActionError(result.message);
  return result.plan;
}

interface ExistingList {
  readonly target: ImportTarget;
  /** Where the catalogue's columns are in the existing sheet, and its heading row. */
  readonly headerRow: number;
  readonly columnIndex: ReadonlyMap<string, number>;
  /** Zero-based row after the last row with data. */
  readonly nextRow: number;
}

/** The list sheet the rows would go into, as it stands. */
async function existingList(context: AddinContext, form: Form, listId: ListId): Promise<ExistingList> {
  const list = listOf(form, listId);
  const grid = await readSheetGrid(context, list.sheetName);
  if (grid === undefined)
    return {
      target: { sheet: list.sheetName, exists: false, existingRows: 0 },
      headerRow: 0,
      columnIndex: new Map(),
      nextRow: 1,
    };
  const analysis = analyseHeader(list, grid);
  if (analysis.headerRow < 0) {
    throw new ExcelActionError(
      `The sheet ‘${list.sheetName}’ is there but its headings were not found, so nothing was imported. Put the headings back (or rename that sheet), then import again.`,
    );
  }
  let last = grid.length - 1;
  while (last > analysis.headerRow && isBlankRow(grid[last])) last--;
  const existingRows = grid.slice(analysis.headerRow + 1, last + 1).filter((row) => !isBlankRow(row)).length;
  return {
    target: { sheet: list.sheetName, exists: true, existingRows },
    headerRow: analysis.headerRow,
    columnIndex: new Map(analysis.matches.map((match) => [match.column.key, match.index])),
    nextRow: existingRows === 0 ? analysis.headerRow + 1 : last + 1,
  };
}

export function previewImport(run: ExcelRun, form: Form, request: ImportRequest): Promise<ImportPreview> {
  return withUserMessage("read the export", () =>
    run(async (context) => {
      const grid = await readSheet(context, request.sheet);
      const plan = planned(form, request, grid);
      const rows = importedGrid(plan, grid);
      const { target } = await existingList(context, form, plan.list);
      const notReady = notReadyToImport(plan, request.sheet);
      const headingRow = headingRowNote(plan, request.sheet);
      return {
        plan,
        rowCount: rows.length - 1,
        sample: rows.slice(0, 4),
        target,
        ...(notReady ? { notReady } : {}),
        ...(headingRow ? { headingRow } : {}),
      };
    }),
  );
}

/** How a value is written: text as text ("0123" and "03/04/2019" stay as typed), dates as UK dates. */
function formatFor(column: ColumnSpec, cell: CellValue): string {
  if (typeof cell === "string" && cell !== "") return TEXT_FORMAT;
  return column.kind === "date" ? UK_DATE_FORMAT : column.kind === "id" ? TEXT_FORMAT : "General";
}

/**
 * Writes the export's rows as the list: into the list sheet when there is one (below its headings
 * when it is empty; after its rows when the user has agreed), keeping its table, drop-downs,
 * highlight and marks; else into a new sheet. The export sheet is never changed.
 */
export function applyImport(
  run: ExcelRun,
  form: Form,
  request: ImportRequest,
  monitor: ReadMonitor = {},
): Promise<ImportResult> {
  return withUserMessage("import the export", () =>
    run(async (context) => {
      const grid = await readSheet(context, request.sheet);
      const plan = planned(form, request, grid);
      const notReady = notReadyToImport(plan, request.sheet);
      if (notReady)
        throw new ExcelActionError(`${notReady} Nothing was imported: choose the heading a column holds first.`);
      const list = listOf(form, plan.list);
      const existing = await existingList(context, form, plan.list);
      if (existing.target.existingRows > 0 && !request.append) {
        throw new ExcelActionError(
          `‘${list.sheetName}’ already holds ${plural(existing.target.existingRows, "row")}. Nothing was imported: choose “Add after the rows there” to add these after them.`,
        );
      }
      const writable = queueWritableCheck(context, existing.target.exists ? [list.sheetName] : []);
      await context.sync();
      await writable.assert("import the export", !existing.target.exists);
      if (monitor.signal?.aborted) throw new CancelledError("The import was cancelled before anything was written.");

      const rows = importedGrid(plan, grid);
      const data = rows.slice(1);
      // Where each catalogue column goes: the existing sheet's own positions, else catalogue order.
      const at = existing.target.exists
        ? existing.columnIndex
        : new Map(list.columns.map((column, index) => [column.key, index]));
      const width = Math.max(...at.values()) + 1;
      const columnAt = new Map(
        [...at].map(([key, index]) => [index, list.columns.find((column) => column.key === key)!]),
      );
      const sheet = existing.target.exists
        ? context.workbook.worksheets.getItem(list.sheetName)
        : context.workbook.worksheets.add(list.sheetName);
      // A new sheet in the form's layout: Ofsted's title above its headings.
      const above = rowsAboveHeadings(plan);
      const first = existing.target.exists ? existing.nextRow : above.length + 1;
      if (!existing.target.exists) {
        above.forEach((row, index) => {
          if (typeof row[0] !== "string") return;
          const title = sheet.getRangeByIndexes(index, 0, 1, 1);
          title.values = [[cellInput(row[0])]];
          title.format.font.bold = true;
        });
        const headings = sheet.getRangeByIndexes(above.length, 0, 1, list.columns.length);
        headings.values = [rows[0].map((cell) => cellInput(String(cell ?? "")))];
        headings.format.font.bold = true;
        sheet.freezePanes.freezeRows(above.length + 1);
      }
      const laidOut = data.map((row) => {
        const cells: CellValue[] = Array.from({ length: width }, () => "");
        list.columns.forEach((column, index) => {
          const target = at.get(column.key);
          if (target !== undefined) cells[target] = row[index] ?? "";
        });
        return cells;
      });
      // Number formats before values, in chunks of rows, each request under Excel on the web's limit.
      let written = 0;
      for (const span of spans(0, laidOut.length, rowsPerChunk(width * 2))) {
        const chunk = laidOut.slice(span.start, span.start + span.count);
        const range = sheet.getRangeByIndexes(first + span.start, 0, span.count, width);
        range.numberFormat = chunk.map((row) =>
          row.map((cell, index) => (columnAt.has(index) ? formatFor(columnAt.get(index)!, cell) : "General")),
        );
        range.values = chunk.map((row) =>
          row.map((cell, index) =>
            typeof cell === "string"
              ? cellInputFor(cell, columnAt.has(index) ? formatFor(columnAt.get(index)!, cell) : "General")
              : (cell ?? ""),
          ),
        );
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk, under the request limit
        written += span.count;
        monitor.onProgress?.(written, laidOut.length);
      }
      await growTableSafe(context, list.tableName, list.sheetName, first + laidOut.length);
      sheet.activate();
      await context.sync();
      return {
        sheet: list.sheetName,
        rows: data.length,
        into: !existing.target.exists
          ? "new sheet"
          : existing.target.existingRows === 0
            ? "empty list"
            : "after the rows there",
      };
    }),
  );
}

/**
 * Grows the template's table over the imported rows, so sorting, filters and new rows keep working.
 * Table.resize is ExcelApi 1.13; where it is missing the rows are still written, beside the table.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
 */
async function growTableSafe(
  context: AddinContext,
  tableName: string,
  sheetName: string,
  endRow: number,
): Promise<void> {
  const table = context.workbook.worksheets.getItem(sheetName).tables.getItemOrNullObject(tableName);
  await context.sync();
  if (table.isNullObject) return;
  const range = table.getRange();
  range.load("rowIndex,columnIndex,columnCount,rowCount");
  await context.sync();
  if (range.rowIndex + range.rowCount >= endRow) return;
  try {
    table.resize(
      blockAddress({
        row: range.rowIndex,
        column: range.columnIndex,
        rowCount: endRow - range.rowIndex,
        columnCount: range.columnCount,
      }),
    );
    await context.sync();
  } catch {
    // Older Excel: the rows are in place; the table keeps its size.
  }
}
