// Live re-checking: when rows are typed, pasted, inserted, deleted or sorted in a list, the changed
// rows are read (one sync), patched into the last full check's grids, the workbook is validated
// again in memory (live-state.ts), and only the marks that differ are rewritten (one sync). So the
// live findings are what a full check would say, duplicates and checks between lists included.
//
// Events as Excel raises them (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events):
// handlers are not awaited, so two edits can arrive while a re-check runs; the edits are queued and
// re-checked in order, never two at once. A paste arrives without `details`, one edit may raise two
// events (value and format) or several writes one: only the address and the change type are relied
// on. Whole rows and columns come as "5:5" and "C:C" (WorksheetChangedEventArgs.address).
import { summariseCheck, type CheckSummary } from "../domain/check-summary";
import type { WorkbookResult } from "../domain/engine";
import { parseRangeAddress, SHEET_COLUMNS, type CellValue } from "../domain/grid";
import type { AddinRange, AddinWorksheetChangedEventArgs } from "./excel-api";
import type { CheckReport } from "./check";
import { withUserMessage, type ExcelRun } from "./excel-run";
import { LiveState } from "./live-state";
import { writeMarks } from "./marks";
import type { OwnWrites } from "./own-writes";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readArea } from "./read-sheets";
import { findReferencePlace, queueReferenceRead, referenceSheets, type ReferencePlace } from "./reference-date";
import type { RecheckResult, WatchedList } from "./recheck";

export interface LiveOptions {
  readonly today: () => number;
  readonly ownWrites: OwnWrites;
  readonly onRecheck: (result: RecheckResult) => void;
  /**
   * After every re-check: what a full check would now say of the lists it covered (statuses per
   * list, "Nothing was checked", the reference date's warning), from the full check's own summary.
   */
  readonly onSummary?: (summary: CheckSummary) => void;
  /**
   * What the full check reported, when it watches more than it reported ("Check this list" keeps
   * other lists' marks live but reports one list): the live summary covers these lists only.
   */
  readonly reported?: WorkbookResult;
  /** The headings themselves (or the columns under them) changed: the caller runs a full check. */
  readonly onHeadingsChanged: (watched: WatchedList) => void;
  readonly onError: (error: Error) => void;
}

export interface LiveWatch {
  stop(): Promise<void>;
  /** Re-reads rows the add-in itself changed (fixes) and brings marks and findings up to date. */
  refresh(sheet: string, rows: readonly number[]): Promise<RecheckResult[]>;
  /** Resolves when every queued re-check has run. */
  idle(): Promise<void>;
}

/**
 * What live re-checking does not see; the pane says so beside the count. A full check ("Check
 * all") covers each.
 */
export const NOT_RECHECKED_LIVE = [
  "cells merged or unmerged since the last check",
  "a sheet that was not a list at the last check",
] as const;

/** Past this many rows an edit is read as the whole list (its used rows), not row by row. */
const MANY_ROWS = 100_000;
/** Bytes of one cell's value in a response, as payload.ts estimates it. */
const BYTES_PER_CELL = 48;

type Change =
  /** `toColumn`: one past the last column edited, so a paste into new columns is read whole. */
  | { readonly kind: "rows"; readonly sheet: string; readonly rows: readonly number[]; readonly toColumn?: number }
  | { readonly kind: "allRows"; readonly sheet: string }
  | { readonly kind: "inserted" | "deleted"; readonly sheet: string; readonly at: number; readonly count: number }
  /** The sheet holding the ReferenceDate cell changed: ages and windows may move for every row. */
  | { readonly kind: "reference" };

/**
 * A live result cut to the lists the full check covered ("Check this list" covers one), so its
 * summary says what that check would say now.
 */
function asChecked(live: WorkbookResult, checked: WorkbookResult): WorkbookResult {
  const lists = live.lists.filter((list) => checked.lists.some((entry) => entry.list === list.list));
  const skipped = live.skipped.filter((item) => checked.skipped.some((entry) => entry.sheet === item.sheet));
  return { form: live.form, lists, skipped, findings: lists.flatMap((list) => list.findings) };
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

/** Changes Excel reported while a full check ran, kept to be re-checked once it is done. */
export interface ChangeBuffer {
  readonly events: readonly { readonly sheet: string; readonly event: AddinWorksheetChangedEventArgs }[];
  stop(): Promise<void>;
}

/**
 * Starts recording every sheet's changes before a full check reads anything, so an edit made while
 * it reads (after its row was read) is not lost: watchLists re-checks them once the check is done.
 */
export function bufferChanges(run: ExcelRun): Promise<ChangeBuffer> {
  return withUserMessage("watch the lists for changes", () =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const events: { sheet: string; event: AddinWorksheetChangedEventArgs }[] = [];
      let recording = true;
      const registrations = sheets.items.map(({ name }) =>
        context.workbook.worksheets.getItem(name).onChanged.add(async (event) => {
          if (recording) events.push({ sheet: name, event });
        }),
      );
      await context.sync();
      return {
        events,
        stop: async () => {
          if (!recording) return;
          recording = false;
          await run(context, async (own) => {
            for (const registration of registrations) registration.remove();
            await own.sync();
          });
        },
      };
    }),
  );
}

export function watchLists(
  run: ExcelRun,
  report: CheckReport,
  options: LiveOptions,
  buffered?: ChangeBuffer,
): Promise<LiveWatch> {
  const watched: WatchedList[] = report.result.lists
    .filter((list) => list.sheet)
    .map((list) => ({
      form: report.result.form,
      forms: report.forms,
      list: list.list,
      sheet: list.sheet!,
      headerRow: list.headerRow,
    }));
  const state = new LiveState(
    report.sheets ?? [],
    report.referenceSerial,
    report.result,
    report.marked.map((entry) => entry.list),
    report.forms,
  );
  const watchedBy = new Map(watched.map((entry) => [entry.sheet.toLowerCase(), entry]));
  let queue: Change[] = [];
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  /** Where the reference date is read, with each re-check's rows, as a full check reads it. */
  let reference: ReferencePlace | undefined;
  let referenceReading = report.reference;

  /** Applies queued changes in order; returns the rows to read per sheet. */
  function apply(
    changes: readonly Change[],
  ): Map<string, { sheet: string; rows: Set<number>; all: boolean; width: number }> {
    const reads = new Map<string, { sheet: string; rows: Set<number>; all: boolean; width: number }>();
    const readsOf = (sheet: string) => {
      const key = sheet.toLowerCase();
      let entry = reads.get(key);
      if (!entry) reads.set(key, (entry = { sheet, rows: new Set(), all: false, width: state.width(sheet) }));
      return entry;
    };
    for (const change of changes) {
      if (change.kind === "reference") continue;
      const entry = readsOf(change.sheet);
      if (change.kind === "rows") {
        for (const row of change.rows) entry.rows.add(row);
        entry.width = Math.max(entry.width, change.toColumn ?? 0);
      } else if (change.kind === "allRows") entry.all = true;
      else {
        // Rows already waiting to be read move with the rows around them.
        const moved = new Set<number>();
        for (const row of entry.rows) {
          if (row < change.at) moved.add(row);
          else if (change.kind === "inserted") moved.add(row + change.count);
          else if (row >= change.at + change.count) moved.add(row - change.count);
        }
        entry.rows = moved;
        if (change.kind === "inserted") state.insertRows(change.sheet, change.at, change.count);
        else state.deleteRows(change.sheet, change.at, change.count);
      }
    }
    return reads;
  }

  /** One Excel.run: read what changed (one sync), validate in memory, rewrite differing marks (one sync). */
  async function recheck(changes: readonly Change[]): Promise<RecheckResult[]> {
    const reads = apply(changes);
    try {
      return await readAndUpdate(reads);
    } catch (error) {
      // The sheet holding the reference date was deleted or renamed: go on without it (today, as a
      // full check would use), rather than fail every edit.
      if ((error as { code?: string }).code !== "ItemNotFound" || !reference) throw error;
      reference = undefined;
      referenceReading = { kind: "none", serial: options.today() };
      state.setReference(referenceReading.serial);
      return readAndUpdate(reads);
    }
  }

  async function readAndUpdate(reads: ReturnType<typeof apply>): Promise<RecheckResult[]> {
    return run(async (context) => {
      const readReference = reference ? queueReferenceRead(context, reference) : undefined;
      const wholeSheets = [...reads.values()].filter((entry) => entry.all);
      const used = wholeSheets.map((entry) => ({
        entry,
        range: context.workbook.worksheets
          .getItem(entry.sheet)
          .getUsedRangeOrNullObject(true)
          .load("rowIndex,rowCount"),
      }));
      if (used.length > 0) {
        await context.sync();
        for (const { entry, range } of used) {
          const last = range.isNullObject ? 0 : range.rowIndex + range.rowCount;
          const header = watchedBy.get(entry.sheet.toLowerCase())?.headerRow ?? 0;
          for (let row = header + 1; row < Math.max(last, state.rowCount(entry.sheet)); row++) entry.rows.add(row);
        }
      }
      // Every changed row in one sync when it fits a request; otherwise in chunks (read-sheets.ts).
      const loads: { sheet: string; start: number; range: AddinRange }[] = [];
      const large: { sheet: string; start: number; count: number; width: number }[] = [];
      let bytes = 0;
      for (const entry of reads.values()) {
        const width = Math.max(entry.width, 1);
        for (const span of runs([...entry.rows])) {
          bytes += span.count * width * BYTES_PER_CELL;
          if (bytes > PAYLOAD_BUDGET_BYTES)
            large.push({ sheet: entry.sheet, start: span.start, count: span.count, width });
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
      if (readReference) {
        // As a full check: the reference date when it holds a date, else today, and a warning
        // naming the cell to mend (reference-date.ts findReferenceDate).
        referenceReading = readReference(options.today());
        if (referenceReading.serial !== state.reference) state.setReference(referenceReading.serial);
      }

      const update = await state.update();
      if (update.marks.length > 0) await writeMarks(context, update.marks);
      // A watch stopped while this re-check ran (a new check began) must not overwrite the new
      // check's result in the pane.
      if (!stopped)
        options.onSummary?.(
          summariseCheck(asChecked(update.result, options.reported ?? report.result), referenceReading),
        );
      return [...update.changes];
    });
  }

  function schedule(change: Change): void {
    queue.push(change);
    running = running.then(async () => {
      if (queue.length === 0 || stopped) return;
      const changes = queue;
      queue = [];
      try {
        const results = await withUserMessage("re-check the changed rows", () => recheck(changes));
        if (!stopped) results.forEach(options.onRecheck);
      } catch (error) {
        options.onError(error as Error);
      }
    });
  }

  function handlerFor(list: WatchedList) {
    return async (event: AddinWorksheetChangedEventArgs) => {
      if (stopped) return;
      const block = parseRangeAddress(event.address);
      if (!block) return;
      const type = event.changeType as string;
      const first = Math.max(block.row, list.headerRow + 1);
      const rows = Array.from(
        { length: Math.min(Math.max(0, block.row + block.rowCount - first), MANY_ROWS + 1) },
        (_, offset) => first + offset,
      );
      switch (type) {
        case "RowInserted":
        case "RowDeleted":
          // Rows moving at or above the headings move the list: a full check finds it again.
          if (block.row <= list.headerRow) return options.onHeadingsChanged(list);
          return schedule({
            kind: type === "RowInserted" ? "inserted" : "deleted",
            sheet: list.sheet,
            at: block.row,
            count: block.rowCount,
          });
        case "RangeEdited":
          // The headings changed (a whole column "C:C" includes them): a full check.
          if (block.row <= list.headerRow && block.row + block.rowCount > list.headerRow)
            return options.onHeadingsChanged(list);
          if (options.ownWrites.isEcho(list.sheet, event.address, event.details)) return;
          if (rows.length > MANY_ROWS) return schedule({ kind: "allRows", sheet: list.sheet });
          // A whole row ("5:5") is read across the columns known; a block, to its last column.
          return schedule({
            kind: "rows",
            sheet: list.sheet,
            rows,
            ...(block.columnCount < SHEET_COLUMNS ? { toColumn: block.column + block.columnCount } : {}),
          });
        default:
          // Columns or cells inserted or deleted shift the columns under the headings.
          return options.onHeadingsChanged(list);
      }
    };
  }

  return withUserMessage("watch the lists for changes", () =>
    run(async (context) => {
      const registrations = watched.map((list) =>
        context.workbook.worksheets.getItem(list.sheet).onChanged.add(handlerFor(list)),
      );
      // Its first sync carries the registrations queued above.
      reference = (await findReferencePlace(context, options.today())).place;
      // An edit of the Inspection sheet's dates moves the reference date: every row is validated
      // again, and the warning of a blank or text date comes and goes with it.
      const toWatch = [...new Set(referenceSheets(reference))].filter((sheet) => !watchedBy.has(sheet.toLowerCase()));
      for (const sheet of toWatch)
        registrations.push(
          context.workbook.worksheets
            .getItem(sheet)
            .onChanged.add(async () => (stopped ? undefined : schedule({ kind: "reference" }))),
        );
      if (toWatch.length > 0) await context.sync();
      // What changed while the check ran is re-checked now, against the check's grids.
      if (buffered) {
        await buffered.stop();
        const handlers = new Map(watched.map((list) => [list.sheet.toLowerCase(), handlerFor(list)]));
        for (const { sheet, event } of buffered.events) await handlers.get(sheet.toLowerCase())?.(event);
      }
      return {
        // The registrations are removed through the context that added them, or not at all.
        stop: async () => {
          stopped = true;
          await run(context, async (own) => {
            for (const registration of registrations) registration.remove();
            await own.sync();
          });
        },
        refresh: (sheet, rows) =>
          new Promise<RecheckResult[]>((resolve, reject) => {
            running = running.then(() =>
              withUserMessage("re-check the fixed rows", () => recheck([{ kind: "rows", sheet, rows }])).then(
                resolve,
                reject,
              ),
            );
          }),
        idle: () => running,
      };
    }),
  );
}
