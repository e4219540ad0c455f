// Reads the workbook's sheets as plain grids for the engine: a few syncs to see what is there,
// then one sync per chunk of rows, never one per row.
import type { Form } from "../domain/catalogue";
import type { SheetInput } from "../domain/engine";
import { parseAddress, type CellBlock, type CellValue } from "../domain/grid";
import { sheetNameDecision } from "../domain/sheets";
import { SELECTION_SHEET } from "../domain/selection";
import { factsSheetName } from "../domain/selection-plan";
import type { AddinContext } from "./excel-api";
import { readReferenceDate } from "./reference-date";
import { CancelledError, type ReadMonitor } from "./excel-run";
import { giveWay } from "./give-way";
import { isPayloadTooLarge, rowsPerChunk, spans, type RowSpan } from "./payload";

interface UsedArea {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface WorkbookGrids {
  readonly sheets: SheetInput[];
  /** The ReferenceDate named cell's value, when it holds a date. */
  readonly referenceSerial?: number;
}

/** Loads the values of row spans of one sheet's used area, splitting spans Excel finds too large. */
async function loadSpans(
  context: AddinContext,
  area: UsedArea,
  chunk: readonly RowSpan[],
): Promise<{ span: RowSpan; values: CellValue[][] }[]> {
  const worksheet = context.workbook.worksheets.getItem(area.sheet);
  const ranges = chunk.map((span) => {
    const range = worksheet.getRangeByIndexes(span.start, area.column, span.count, area.columnCount);
    range.load("values");
    return { span, range };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || chunk.every((span) => span.count === 1)) throw error;
    const halves = chunk.flatMap((span) =>
      span.count === 1 ? [span] : spans(span.start, span.count, Math.ceil(span.count / 2)),
    );
    const middle = Math.ceil(halves.length / 2);
    return [
      ...(await loadSpans(context, area, halves.slice(0, middle))),
      ...(await loadSpans(context, area, halves.slice(middle))),
    ];
  }
  return ranges.map(({ span, range }) => ({ span, values: range.values as CellValue[][] }));
}

/** A sheet's used area as a grid that starts at A1, so rows and columns keep their sheet positions. */
export async function readArea(
  context: AddinContext,
  area: UsedArea,
  onRows?: (count: number) => void,
  signal?: AbortSignal,
  cancelled = "The check was cancelled before anything was marked.",
): Promise<CellValue[][]> {
  const grid: CellValue[][] = Array.from({ length: area.row }, () => []);
  const size = rowsPerChunk(area.columnCount);
  for (const span of spans(area.row, area.rowCount, size)) {
    if (signal?.aborted) throw new CancelledError(cancelled);
    for (const { values } of await loadSpans(context, area, [span])) {
      for (const row of values) grid.push(area.column > 0 ? [...Array<CellValue>(area.column).fill(""), ...row] : row);
    }
    onRows?.(span.count);
    // Give way between chunks, as a real sync does, so the pane paints progress and hears a cancel.
    await giveWay();
  }
  return grid;
}

async function usedAreas(context: AddinContext, names: readonly string[]): Promise<UsedArea[]> {
  const used = names.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();
  return used
    .filter(({ range }) => !range.isNullObject)
    .map(({ sheet, range }) => ({
      sheet,
      row: range.rowIndex,
      column: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    }));
}

/** One sheet as a grid from A1; undefined when there is no such sheet. */
export async function readSheetGrid(context: AddinContext, name: string): Promise<CellValue[][] | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const [area] = await usedAreas(context, [name]);
  return area
    ? readArea(context, {
        sheet: name,
        row: 0,
        column: 0,
        rowCount: area.row + area.rowCount,
        columnCount: area.column + area.columnCount,
      })
    : [];
}

/**
 * Each area's merged cells (Range.getMergedAreasOrNullObject, ExcelApi 1.13), in one sync. Only
 * asked where Excel has 1.13; elsewhere the check says merged cells were not looked at.
 */
async function mergedAreas(context: AddinContext, areas: readonly UsedArea[]): Promise<Map<string, CellBlock[]>> {
  const found = areas.map((area) => ({
    sheet: area.sheet,
    merged: context.workbook.worksheets
      .getItem(area.sheet)
      .getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount)
      .getMergedAreasOrNullObject()
      .load("address"),
  }));
  await context.sync();
  return new Map(
    found.map(({ sheet, merged }) => [
      sheet,
      merged.isNullObject
        ? []
        : merged.address
            .split(",")
            .map((address) => parseAddress(address))
            .filter((block): block is CellBlock => block !== undefined),
    ]),
  );
}

/** Every sheet that may hold a list, and the workbook's reference date. */
export async function readWorkbookGrids(
  context: AddinContext,
  monitor: ReadMonitor & {
    /** Every form the workbook may be: a sheet is passed over unread only when no form could read it. */
    readonly forms: readonly Form[];
    readonly mergedCells?: boolean;
    readonly cancelled?: string;
  },
): Promise<WorkbookGrids> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const referenceSerial = await readReferenceDate(context);

  // The domain decides what each sheet is (sheets.ts), as for the command line; a sheet its name
  // or visibility already rules out is not read, and goes to the engine empty to be reported.
  const notRead: SheetInput[] = [];
  const candidates: string[] = [];
  // The Selection sheet is no list, but where a facts sheet is there, the check reads the
  // inspector's choices from it (FACTS-NOT-SELECTED), as the command line does.
  const factsSheets = new Set(monitor.forms.map((form) => factsSheetName(form)?.toLowerCase()));
  const readsSelection = worksheets.items.some((sheet) => factsSheets.has(sheet.name.toLowerCase()));
  for (const sheet of worksheets.items) {
    const hidden = sheet.visibility !== "Visible";
    const isSelection = readsSelection && sheet.name.toLowerCase() === SELECTION_SHEET.toLowerCase();
    if (!isSelection && monitor.forms.every((form) => sheetNameDecision(form, sheet.name, hidden)))
      notRead.push({ sheet: sheet.name, grid: [], ...(hidden ? { hidden } : {}) });
    else candidates.push(sheet.name);
  }
  const areas = await usedAreas(context, candidates);
  const rowsTotal = areas.reduce((sum, area) => sum + area.rowCount, 0);
  let rowsRead = 0;
  monitor.onProgress?.(0, rowsTotal);
  const onRows = (count: number) => {
    rowsRead += count;
    monitor.onProgress?.(rowsRead, rowsTotal);
  };
  const merged = monitor.mergedCells && areas.length > 0 ? await mergedAreas(context, areas) : undefined;
  const sheets: SheetInput[] = [];
  for (const area of areas) {
    const blocks = merged?.get(area.sheet) ?? [];
    sheets.push({
      sheet: area.sheet,
      grid: await readArea(context, area, onRows, monitor.signal, monitor.cancelled),
      ...(blocks.length > 0 ? { merged: blocks } : {}),
    });
  }
  const withArea = new Set(areas.map((area) => area.sheet));
  for (const sheet of candidates) if (!withArea.has(sheet)) notRead.push({ sheet, grid: [] });
  // In workbook order, as the command line reports them.
  const byName = new Map([...sheets, ...notRead].map((input) => [input.sheet, input]));
  return {
    sheets: worksheets.items.map((sheet) => byName.get(sheet.name)!),
    ...(referenceSerial !== undefined ? { referenceSerial } : {}),
  };
}
