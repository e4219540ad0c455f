// Marks without touching the user's cells: each list sheet has a hidden twin holding 2 (error) or
// 1 (warning) in the position of every cell with a finding, and two conditional formats on the
// list read it. Clearing marks clears the twin; no value or format of the user's is ever changed.
import type { ListId } from "../domain/catalogue";
import type { Finding } from "../domain/findings";
import { columnLetter, quotedSheetName, type CellValue } from "../domain/grid";
import { ERROR_STYLE, WARNING_STYLE } from "../domain/template-plan";
import { addConditionalFormat } from "./formats";
import { PAYLOAD_BUDGET_BYTES, rowsPerChunk } from "./payload";
import { marksSheetName } from "./sheet-names";

export const MARK = { warning: 1, error: 2 } as const;
/** The marks' conditional formats cover this many columns past the list's last, for added columns. */
const SPARE_COLUMNS = 10;
const LAST_ROW = 1_048_576;
/** Rows without findings between two marked rows that are still written as one block. */
const BAND_GAP = 20;
/** JSON bytes of one mark cell in a request: "" or a digit, and a comma. */
const BYTES_PER_MARK = 4;

export interface MarkTarget {
  readonly list: ListId;
  readonly sheet: string;
  /** Columns the marks cover: at least the list's used width. */
  readonly columnCount: number;
  /** Rows whose marks are replaced; undefined: every mark of the list is replaced. */
  readonly rows?: readonly number[];
  readonly findings: readonly Finding[];
}


/** Creates the hidden marks sheet and the list's two conditional formats, once per list. */
export function addMarksSheet(context: Excel.RequestContext, list: ListId, sheet: string, columnCount: number): void {
  const marks = context.workbook.worksheets.add(marksSheetName(list));
  marks.visibility = "Hidden";
  const range = context.workbook.worksheets.getItem(sheet).getRange(`A1:${columnLetter(columnCount + SPARE_COLUMNS - 1)}${LAST_ROW}`);
  const twin = `${quotedSheetName(marksSheetName(list))}!A1`;
  addConditionalFormat(range, `${twin}=${MARK.error}`, { ...ERROR_STYLE, border: true });
  addConditionalFormat(range, `${twin}=${MARK.warning}`, WARNING_STYLE);
}

interface Band {
  readonly start: number;
  readonly count: number;
}

/** Marked rows grouped into blocks, each small enough for one request. */
function bands(rows: readonly number[], maxRows: number, gap = BAND_GAP): Band[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const result: Band[] = [];
  for (const row of sorted) {
    const last = result.at(-1);
    if (last && row - (last.start + last.count) <= gap && row - last.start < maxRows) {
      result[result.length - 1] = { start: last.start, count: row - last.start + 1 };
    } else result.push({ start: row, count: 1 });
  }
  return result;
}

/** Replaces marks: clears what was there (all of it, or the given rows), then writes the new ones. */
export async function writeMarks(context: Excel.RequestContext, targets: readonly MarkTarget[]): Promise<void> {
  let queuedBytes = 0;
  const flushIfFull = async (bytes: number) => {
    if (queuedBytes + bytes > PAYLOAD_BUDGET_BYTES && queuedBytes > 0) {
      await context.sync();
      queuedBytes = 0;
    }
    queuedBytes += bytes;
  };

  for (const target of targets) {
    const marks = context.workbook.worksheets.getItem(marksSheetName(target.list));
    const severity = new Map<string, number>();
    for (const item of target.findings) {
      const key = `${item.row},${item.column}`;
      severity.set(key, Math.max(severity.get(key) ?? 0, MARK[item.severity]));
    }
    const width = Math.max(target.columnCount, ...target.findings.map((item) => item.column + 1));
    if (target.rows) {
      // Live re-checking: blank the changed rows' marks, then write theirs. Only those rows: a band
      // across rows not re-checked would blank their marks.
      for (const band of bands(target.rows, rowsPerChunk(width, BYTES_PER_MARK), 0)) {
        await flushIfFull(band.count * width * BYTES_PER_MARK);
        marks.getRangeByIndexes(band.start, 0, band.count, width).values = markGrid(band, width, severity);
      }
      continue;
    }
    marks.getRange(`A1:${columnLetter(width + SPARE_COLUMNS - 1)}${LAST_ROW}`).clear("Contents");
    for (const band of bands(target.findings.map((item) => item.row), rowsPerChunk(width, BYTES_PER_MARK))) {
      await flushIfFull(band.count * width * BYTES_PER_MARK);
      marks.getRangeByIndexes(band.start, 0, band.count, width).values = markGrid(band, width, severity);
    }
  }
  await context.sync();
}

function markGrid(band: Band, width: number, severity: ReadonlyMap<string, number>): CellValue[][] {
  return Array.from({ length: band.count }, (_, r) => Array.from({ length: width }, (_, c) => severity.get(`${band.start + r},${c}`) ?? ""));
}

/** Removes every mark the add-in made; the lists themselves are not touched. */
export async function clearMarks(context: Excel.RequestContext, lists: readonly ListId[]): Promise<void> {
  const sheets = lists.map((list) => ({ list, sheet: context.workbook.worksheets.getItemOrNullObject(marksSheetName(list)) }));
  await context.sync();
  for (const { sheet } of sheets) {
    if (sheet.isNullObject) continue;
    sheet.getRange(`A1:${columnLetter(16_383)}${LAST_ROW}`).clear("Contents");
  }
  await context.sync();
}
