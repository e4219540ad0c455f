// Marks without touching the user's cells: each list sheet has a hidden twin holding 2 (error) or
// 1 (warning) in the position of every cell with a finding, and two conditional formats on the
// list read it. Clearing marks clears the twin; no value or format of the user's is ever changed.
import type { ListId } from "../domain/catalogue";
import type { Finding } from "../domain/findings";
import { columnLetter, parseAddress, quotedSheetName, type CellValue } from "../domain/grid";
import { ERROR_STYLE, WARNING_STYLE } from "../domain/workbook-conventions";
import type { AddinContext } from "./excel-api";
import { addConditionalFormat } from "./formats";
import { PAYLOAD_BUDGET_BYTES, rowsPerChunk } from "./payload";
import { marksSheetName } from "./sheet-names";
import { giveWay, GIVE_WAY_MS, now } from "./give-way";

export const MARK = { warning: 1, error: 2 } as const;
/** The marks' conditional formats cover this many columns past the list's last, for added columns. */
const SPARE_COLUMNS = 10;
const LAST_ROW = 1_048_576;
/** Rows without findings between two marked rows that are still written as one block. */
const BAND_GAP = 20;
/** Rows of marks built at a time, so the pane can paint between them. */
const ROWS_PER_BAND = 5_000;
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
export function addMarksSheet(context: AddinContext, list: ListId, sheet: string, columnCount: number): void {
  const marks = context.workbook.worksheets.add(marksSheetName(list));
  marks.visibility = "Hidden";
  addMarkFormats(context, list, sheet, columnCount);
}

/** The two conditional formats that colour a list sheet from its marks sheet: also for a list sheet made anew. */
export function addMarkFormats(context: AddinContext, list: ListId, sheet: string, columnCount: number): void {
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRange(`A1:${columnLetter(columnCount + SPARE_COLUMNS - 1)}${LAST_ROW}`);
  const twin = `${quotedSheetName(marksSheetName(list))}!A1`;
  addConditionalFormat(range, `${twin}=${MARK.error}`, { ...ERROR_STYLE, border: true });
  addConditionalFormat(range, `${twin}=${MARK.warning}`, WARNING_STYLE);
}

/**
 * Where a marks sheet notes the id of the list sheet whose conditional formats read it. A list
 * sheet deleted and made again (by hand, "Add missing sheets" or an import) has a new id and none
 * of the formats, so the next check gives it them. Worksheet.id: ExcelApi 1.1.
 */
const FORMATS_FOR = "XFD1";

export interface MarksTarget {
  readonly list: ListId;
  readonly sheet: string;
  readonly columnCount: number;
}

/**
 * Makes each list's marks sheet, or gives a list sheet made anew the formats that read it; says
 * which lists got their formats now (their sheets have none of the add-in's formats yet).
 */
export async function ensureMarkFormats(
  context: AddinContext,
  targets: readonly MarksTarget[],
): Promise<readonly MarksTarget[]> {
  const found = targets.map((target) => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    sheet.load("id");
    return { target, sheet, marks: context.workbook.worksheets.getItemOrNullObject(marksSheetName(target.list)) };
  });
  await context.sync();
  const noted = found.map((entry) => {
    if (entry.marks.isNullObject) return { ...entry, note: undefined };
    const note = entry.marks.getRange(FORMATS_FOR);
    note.load("values");
    return { ...entry, note };
  });
  await context.sync();
  const formatted: MarksTarget[] = [];
  for (const { target, sheet, marks, note } of noted) {
    if (!note) addMarksSheet(context, target.list, target.sheet, target.columnCount);
    else if (note.values[0]?.[0] !== sheet.id) addMarkFormats(context, target.list, target.sheet, target.columnCount);
    else continue;
    formatted.push(target);
    (note ? marks : context.workbook.worksheets.getItem(marksSheetName(target.list))).getRange(FORMATS_FOR).values = [
      [sheet.id],
    ];
  }
  await context.sync();
  return formatted;
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
export async function writeMarks(context: AddinContext, targets: readonly MarkTarget[]): Promise<void> {
  let queuedBytes = 0;
  let gaveWayAt = now();
  const flushIfFull = async (bytes: number) => {
    if (queuedBytes + bytes > PAYLOAD_BUDGET_BYTES && queuedBytes > 0) {
      await context.sync();
      await giveWay();
      queuedBytes = 0;
    }
    queuedBytes += bytes;
  };

  for (const target of targets) {
    const marks = context.workbook.worksheets.getItem(marksSheetName(target.list));
    // Row -> column -> mark, so each band's grid is built without a string key per cell.
    const severity = new Map<number, Map<number, number>>();
    for (const item of target.findings) {
      const row = severity.get(item.row) ?? new Map<number, number>();
      row.set(item.column, Math.max(row.get(item.column) ?? 0, MARK[item.severity]));
      severity.set(item.row, row);
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
    for (const band of bands(
      target.findings.map((item) => item.row),
      Math.min(ROWS_PER_BAND, rowsPerChunk(width, BYTES_PER_MARK)),
    )) {
      await flushIfFull(band.count * width * BYTES_PER_MARK);
      marks.getRangeByIndexes(band.start, 0, band.count, width).values = markGrid(band, width, severity);
      // Between bands the pane may paint; the queue goes on filling until the request is full.
      if (now() - gaveWayAt > GIVE_WAY_MS) {
        await giveWay();
        gaveWayAt = now();
      }
    }
  }
  await context.sync();
}

function markGrid(
  band: Band,
  width: number,
  severity: ReadonlyMap<number, ReadonlyMap<number, number>>,
): CellValue[][] {
  return Array.from({ length: band.count }, (_, r) => {
    const cells: CellValue[] = new Array<CellValue>(width).fill("");
    for (const [column, mark] of severity.get(band.start + r) ?? []) cells[column] = mark;
    return cells;
  });
}

/**
 * Which of these lists show marks now: their marks sheet holds a mark, not only the note in
 * FORMATS_FOR of whose formats read it (which "Clear marks" keeps). The used range of values only
 * (Worksheet.getUsedRangeOrNullObject(true), ExcelApi 1.4) says so without reading the marks.
 */
export async function listsShowingMarks(context: AddinContext, lists: readonly ListId[]): Promise<ListId[]> {
  const sheets = lists.map((list) => ({
    list,
    sheet: context.workbook.worksheets.getItemOrNullObject(marksSheetName(list)),
  }));
  await context.sync();
  const used = sheets
    .filter(({ sheet }) => !sheet.isNullObject)
    .map(({ list, sheet }) => ({ list, range: sheet.getUsedRangeOrNullObject(true).load("columnIndex") }));
  await context.sync();
  const note = parseAddress(FORMATS_FOR)!;
  return used.filter(({ range }) => !range.isNullObject && range.columnIndex < note.column).map(({ list }) => list);
}

/** Empties the hidden marks sheets of these lists; the lists themselves are not touched. */
export async function emptyMarksSheets(context: AddinContext, lists: readonly ListId[]): Promise<void> {
  const sheets = lists.map((list) => ({
    list,
    sheet: context.workbook.worksheets.getItemOrNullObject(marksSheetName(list)),
  }));
  await context.sync();
  for (const { sheet } of sheets) {
    if (sheet.isNullObject) continue;
    // Up to the column before FORMATS_FOR, which keeps saying whose formats read this sheet.
    sheet.getRange(`A1:${columnLetter(16_382)}${LAST_ROW}`).clear("Contents");
  }
  await context.sync();
}
