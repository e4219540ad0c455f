// Reading the rows an edit changed into the live state: every changed row in one sync when it fits
// a request, otherwise in chunks (read-sheets.ts); a sheet edited whole is read to its last used row.
import type { CellValue } from "../domain/grid";
import type { AddinContext, AddinRange } from "./excel-api";
import type { PendingRead } from "./live-changes";
import type { LiveState } from "./live-state";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readArea } from "./read-sheets";

/** Bytes of one cell's value in a response, as payload.ts estimates it. */
const BYTES_PER_CELL = 48;

/**
 * Reads the pending rows and patches them into `state`. Reads queued on `context` before the call
 * (the reference date's) travel in the same sync.
 */
export async function readChangedRows(
  context: AddinContext,
  reads: ReadonlyMap<string, PendingRead>,
  state: LiveState,
  headerRowOf: (sheet: string) => number,
): Promise<void> {
  const wholeSheets = [...reads.values()].filter((entry) => entry.all);
  // Awaited only when needed: until its first sync is sent, a re-check is invisible to the
  // simulator's settled(), which the tests wait on.
  if (wholeSheets.length > 0) await addUsedRows(context, wholeSheets, state, headerRowOf);
  const loads: { sheet: string; start: number; range: AddinRange }[] = [];
  const large: { sheet: string; start: number; count: number; width: number }[] = [];
  let bytes = 0;
  for (const entry of reads.values()) {
    const width = Math.max(entry.width, 1);
    for (const span of runs([...entry.rows])) {
      bytes += span.count * width * BYTES_PER_CELL;
      if (bytes > PAYLOAD_BUDGET_BYTES) large.push({ sheet: entry.sheet, start: span.start, count: span.count, width });
      else
        loads.push({
          sheet: entry.sheet,
          start: span.start,
          range: context.workbook.worksheets
            .getItem(entry.sheet)
            .getRangeByIndexes(span.start, 0, span.count, width)
            .load("values"),
        });
    }
  }
  await context.sync();
  for (const load of loads) state.setRows(load.sheet, load.start, load.range.values as CellValue[][]);
  for (const span of large) {
    const grid = await readArea(context, {
      sheet: span.sheet,
      row: span.start,
      column: 0,
      rowCount: span.count,
      columnCount: span.width,
    });
    state.setRows(span.sheet, span.start, grid.slice(span.start));
  }
}

/** A sheet edited whole: every row below its headings, to its last used row or the last known. */
async function addUsedRows(
  context: AddinContext,
  wholeSheets: readonly PendingRead[],
  state: LiveState,
  headerRowOf: (sheet: string) => number,
): Promise<void> {
  const used = wholeSheets.map((entry) => ({
    entry,
    range: context.workbook.worksheets.getItem(entry.sheet).getUsedRangeOrNullObject(true).load("rowIndex,rowCount"),
  }));
  await context.sync();
  for (const { entry, range } of used) {
    const last = range.isNullObject ? 0 : range.rowIndex + range.rowCount;
    const header = headerRowOf(entry.sheet);
    for (let row = header + 1; row < Math.max(last, state.rowCount(entry.sheet)); row++) entry.rows.add(row);
  }
}

/** Changed rows as contiguous spans, so a paste of 1,000 rows is one range. */
function runs(rows: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const result: { start: number; count: number }[] = [];
  for (const row of sorted) {
    const last = result.at(-1);
    if (last && row === last.start + last.count) last.count += 1;
    else result.push({ start: row, count: 1 });
  }
  return result;
}
