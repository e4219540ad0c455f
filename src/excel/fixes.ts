// Suggested fixes, applied only when the user asks (one finding, or every finding of one kind).
// The rows are checked again first: a fix is written only where the fresh check still proposes
// exactly it, so a cell the user has changed since is never overwritten.
import { listOf } from "../domain/catalogue";
import type { Finding } from "../domain/findings";
import { UK_DATE_FORMAT } from "../domain/workbook-conventions";
import { withUserMessage, type ExcelRun } from "./excel-run";
import { cellInputFor } from "./cell-input";
import type { LiveWatch } from "./live";
import type { OwnWrites } from "./own-writes";
import { spans } from "./payload";
import { assertWritable } from "./protection";
import { recheckRows, type RecheckResult, type WatchedList } from "./recheck";

export interface FixReport {
  readonly applied: number;
  /** Fixes no longer proposed by a fresh check (the cell changed since). */
  readonly skipped: number;
  readonly rechecked: readonly RecheckResult[];
}

/** A fix is still wanted when a fresh check proposes the same one at the same cell. */
const fixKey = (item: Finding) => `${item.row},${item.column}\u0000${item.code}\u0000${item.fix?.display ?? ""}`;

/**
 * Fixed cells per request. Each is a few commands (its range, its format read, its value and
 * perhaps its format written), under a kilobyte of Office.js's request JSON, so 2,000 stay under
 * PAYLOAD_BUDGET_BYTES (payload.ts); 100,000 fixes are 50 chunks, not 100,000 syncs.
 */
export const FIXES_PER_REQUEST = 2_000;

export interface FixOptions {
  readonly today: () => number;
  readonly ownWrites: OwnWrites;
  /** The live watch, when there is one: it re-checks the fixed rows as a full check would. */
  readonly live?: LiveWatch;
}

export async function applyFixes(
  run: ExcelRun,
  watched: readonly WatchedList[],
  requested: readonly Finding[],
  options: FixOptions,
): Promise<FixReport> {
  const report = await withUserMessage("apply the fixes", () =>
    run(async (context) => {
      const sheets = [...new Set(requested.filter((item) => item.fix && item.sheet).map((item) => item.sheet!))];
      await assertWritable(context, "apply the fixes", sheets, false);
      let applied = 0;
      let skipped = 0;
      const rechecked: RecheckResult[] = [];
      const fixedRows: { sheet: string; rows: number[] }[] = [];
      for (const list of watched) {
        const mine = requested.filter(
          (item) => item.fix && item.sheet?.toLowerCase() === list.sheet.toLowerCase() && item.list === list.list,
        );
        if (mine.length === 0) continue;
        const fresh = await recheckRows(
          context,
          list,
          mine.map((item) => item.row),
          options.today,
        );
        // Matched by key, not by scanning: "Apply every certain fix" may ask for 100,000 fixes.
        const proposed = new Set(fresh.findings.filter((item) => item.fix).map(fixKey));
        const still = mine.filter((item) => proposed.has(fixKey(item)));
        skipped += mine.length - still.length;
        const worksheet = context.workbook.worksheets.getItem(list.sheet);
        const columns = listOf(list.form, list.list).columns;
        // In chunks, each one request to read the cells' formats and one to write, under Excel's
        // request limit (payload.ts); never one sync per cell.
        for (const span of spans(0, still.length, FIXES_PER_REQUEST)) {
          // A text fix goes in as text: bare into a Text cell, else behind the apostrophe (cell-input.ts).
          const targets = still.slice(span.start, span.start + span.count).map((item) => ({
            item,
            cell: worksheet.getRangeByIndexes(item.row, item.column, 1, 1).load("numberFormat"),
          }));
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one per chunk of fixes
          for (const { item, cell } of targets) {
            const column = columns.find((candidate) => candidate.heading === item.heading);
            const asDate = column?.kind === "date" && typeof item.fix!.value === "number";
            const value = cellInputFor(item.fix!.value, String(cell.numberFormat[0]?.[0] ?? ""));
            options.ownWrites.note(list.sheet, { row: item.row, column: item.column, rowCount: 1, columnCount: 1 }, [
              [item.fix!.value],
            ]);
            // The date format first, so the serial lands in a date cell.
            if (asDate) cell.numberFormat = [[UK_DATE_FORMAT]];
            cell.values = [[value]];
            applied += 1;
          }
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one per chunk of fixes
        }
        if (still.length > 0) fixedRows.push({ sheet: list.sheet, rows: still.map((item) => item.row) });
        if (still.length > 0 && !options.live)
          rechecked.push(
            await recheckRows(
              context,
              list,
              still.map((item) => item.row),
              options.today,
            ),
          );
      }
      return { applied, skipped, rechecked, fixedRows };
    }),
  );
  const rechecked = [...report.rechecked];
  for (const { sheet, rows } of options.live ? report.fixedRows : [])
    rechecked.push(...(await options.live!.refresh(sheet, rows)));
  return { applied: report.applied, skipped: report.skipped, rechecked };
}
