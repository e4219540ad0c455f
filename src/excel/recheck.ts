// Re-checks some rows of one list sheet on their own and replaces their marks: how a fix is
// confirmed still wanted before it is written, and the re-check after fixes when no live watch
// runs. Live re-checking (live.ts) checks the whole workbook in memory instead.
import { listOf, type Form, type ListId } from "../domain/catalogue";
import { validateRows } from "../domain/engine";
import type { Finding } from "../domain/findings";
import type { AddinContext } from "./excel-api";
import { writeMarks } from "./marks";
import { readArea } from "./read-sheets";
import { readReferenceDate } from "./reference-date";

export interface WatchedList {
  /** The form the last full check read the workbook as, and every form it knew of. */
  readonly form: Form;
  readonly forms: readonly Form[];
  readonly list: ListId;
  readonly sheet: string;
  /** Zero-based row of the headings, found by the last full check. */
  readonly headerRow: number;
}

export interface RecheckResult {
  readonly list: ListId;
  readonly sheet: string;
  readonly rows: readonly number[];
  /** The rows' findings now; they replace any earlier findings of those rows. */
  readonly findings: readonly Finding[];
}

/**
 * Reads the headings and the given rows, checks the rows, and rewrites their marks. The heading
 * row's own findings are included when it is one of the rows asked for.
 */
export async function recheckRows(
  context: AddinContext,
  watched: WatchedList,
  rows: readonly number[],
  today: () => number,
): Promise<RecheckResult> {
  const dataRows = [...new Set(rows)].filter((row) => row > watched.headerRow).sort((a, b) => a - b);
  const withHeader = rows.includes(watched.headerRow);
  const worksheet = context.workbook.worksheets.getItem(watched.sheet);
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("columnIndex,columnCount");
  // readReferenceDate's first sync carries the load of `used` queued above.
  const referenceSerial = (await readReferenceDate(context)) ?? today();
  // eslint-disable-next-line office-addins/call-sync-before-read -- synced inside readReferenceDate
  if (used.isNullObject || (dataRows.length === 0 && !withHeader))
    return { list: watched.list, sheet: watched.sheet, rows: dataRows, findings: [] };
  // eslint-disable-next-line office-addins/call-sync-before-read -- synced inside readReferenceDate
  const columnCount = used.columnIndex + used.columnCount;

  const header = (
    await readArea(context, { sheet: watched.sheet, row: watched.headerRow, column: 0, rowCount: 1, columnCount })
  )[watched.headerRow];
  const first = dataRows[0] ?? watched.headerRow + 1;
  const span =
    dataRows.length === 0
      ? []
      : await readArea(context, {
          sheet: watched.sheet,
          row: first,
          column: 0,
          rowCount: dataRows.at(-1)! - first + 1,
          columnCount,
        });
  const checked = validateRows(
    watched.form,
    watched.list,
    { row: watched.headerRow, cells: header },
    dataRows.map((row) => ({ row, cells: span[row] ?? [] })),
    { referenceSerial, forms: watched.forms },
  );
  const checkedRows = withHeader ? [watched.headerRow, ...dataRows] : dataRows;
  const wanted = new Set(checkedRows);
  const findings = checked.findings
    .filter((item) => wanted.has(item.row))
    .map((item) => ({ ...item, sheet: watched.sheet }));
  const width = Math.max(columnCount, listOf(watched.form, watched.list).columns.length);
  await writeMarks(context, [
    { list: watched.list, sheet: watched.sheet, columnCount: width, rows: checkedRows, findings },
  ]);
  return { list: watched.list, sheet: watched.sheet, rows: checkedRows, findings };
}
