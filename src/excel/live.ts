// Live re-checking: when rows are typed, pasted, inserted, deleted or sorted in a list, the changed
// rows are read, patched into the last full check's grids, the workbook is validated again in
// memory, and only the marks that differ are rewritten. So the live findings are what a full check
// would say, duplicates and checks between lists included, but for the missing values of a new row
// held back while it is typed (src/domain/row-being-typed.ts). This module subscribes to the events;
// what an event means is live-changes.ts, the re-check queue live-recheck.ts, and the changes made
// while a full check ran live-buffer.ts.
import { parseRangeAddress } from "../domain/grid";
import type {
  AddinEventHandlerResult,
  AddinWorksheetChangedEventArgs,
  AddinWorksheetSelectionChangedEventArgs,
} from "./excel-api";
import type { CheckReport } from "./check";
import { withUserMessage, type ExcelRun } from "./excel-run";
import type { ChangeBuffer } from "./live-buffer";
import { changeOf } from "./live-changes";
import { LiveRechecks, type RecheckOptions } from "./live-recheck";
import type { OwnWrites } from "./own-writes";
import { findReferencePlace, referenceSheets } from "./reference-date";
import type { RecheckResult, WatchedList } from "./recheck";

export { bufferChanges, type ChangeBuffer } from "./live-buffer";

export interface LiveOptions extends RecheckOptions {
  readonly ownWrites: OwnWrites;
  /** The headings themselves (or the columns under them) changed: the caller runs a full check. */
  readonly onHeadingsChanged: (watched: WatchedList) => void;
}

export interface LiveWatch {
  stop(): Promise<void>;
  /** Re-reads rows the add-in itself changed (fixes) and brings marks and findings up to date. */
  refresh(sheet: string, rows: readonly number[]): Promise<RecheckResult[]>;
  /** Resolves when every queued re-check has run. */
  idle(): Promise<void>;
  /** Marks were cleared: the next re-check brings back every current finding's mark and listing. */
  marksCleared(): void;
}

/**
 * What live re-checking does not see; the pane says so beside the count. A full check ("Check
 * all") covers each.
 */
export const NOT_RECHECKED_LIVE = [
  "cells merged or unmerged since the last check",
  "a sheet that was not a list at the last check",
] as const;

/**
 * Watches every list of `report` (its result holding every list validated) for edits, and the
 * sheets the reference date is read from; `buffered` edits, made while the check ran, are
 * re-checked first.
 */
export function watchLists(
  run: ExcelRun,
  report: CheckReport,
  options: LiveOptions,
  buffered?: ChangeBuffer,
): Promise<LiveWatch> {
  const watched = watchedLists(report);
  const watchedBy = new Map(watched.map((entry) => [entry.sheet.toLowerCase(), entry]));
  const rechecks = new LiveRechecks(
    run,
    report,
    options,
    (sheet) => watchedBy.get(sheet.toLowerCase())?.headerRow ?? 0,
  );

  /** Hands one onChanged event on a watched list on, and says what it meant. */
  const handle = (list: WatchedList, event: AddinWorksheetChangedEventArgs) => {
    if (rechecks.isStopped) return undefined;
    const change = changeOf(list, event, options.ownWrites);
    if (change === "headings") options.onHeadingsChanged(list);
    else if (change) rechecks.schedule(change);
    return change;
  };
  const handlerFor = (list: WatchedList) => async (event: AddinWorksheetChangedEventArgs) => void handle(list, event);

  return withUserMessage("watch the lists for changes", () =>
    run(async (context) => {
      const registrations: AddinEventHandlerResult[] = watched.flatMap((list) => {
        const worksheet = context.workbook.worksheets.getItem(list.sheet);
        return [
          worksheet.onChanged.add(handlerFor(list)),
          // Where the selected cell is, so that a row being typed is held back until it is left
          // (row-being-typed.ts). Worksheet.onSelectionChanged, ExcelApi 1.7 (the manifest asks 1.8):
          // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onselectionchanged-member
          worksheet.onSelectionChanged.add(async (event: AddinWorksheetSelectionChangedEventArgs) => {
            const block = parseRangeAddress(event.address);
            if (block && !rechecks.isStopped)
              rechecks.cellSelected({ sheet: list.sheet, row: block.row, rowCount: block.rowCount });
          }),
        ];
      });
      // Its first sync carries the registrations queued above.
      const reference = (await findReferencePlace(context, options.today())).place;
      rechecks.setReferencePlace(reference);
      // An edit of the Inspection sheet's dates moves the reference date: every row is validated
      // again, and the warning of a blank or text date comes and goes with it.
      const toWatch = [...new Set(referenceSheets(reference))].filter((sheet) => !watchedBy.has(sheet.toLowerCase()));
      for (const sheet of toWatch)
        registrations.push(
          context.workbook.worksheets
            .getItem(sheet)
            .onChanged.add(async () => (rechecks.isStopped ? undefined : rechecks.schedule({ kind: "reference" }))),
        );
      if (toWatch.length > 0) await context.sync();
      // What changed while the check ran is re-checked now, against the check's grids.
      if (buffered) {
        await buffered.stop();
        const moved = new Set<string>();
        for (const { sheet, event } of buffered.events) {
          const list = watchedBy.get(sheet.toLowerCase());
          const change = list && handle(list, event);
          if (change && change !== "headings" && (change.kind === "inserted" || change.kind === "deleted"))
            moved.add(list.sheet);
        }
        // The check may have read a sheet's rows before rows were inserted or deleted in it, or
        // after, or some before and some after: moved again here, they may stand rows off. Read
        // whole, they are Excel's (as live re-checks read again the rows they read: live-state.ts).
        for (const sheet of moved) rechecks.schedule({ kind: "allRows", sheet });
      }
      return {
        // The registrations are removed through the context that added them, or not at all.
        stop: async () => {
          rechecks.stop();
          await run(context, async (own) => {
            for (const registration of registrations) registration.remove();
            await own.sync();
          });
        },
        refresh: (sheet, rows) => rechecks.refresh(sheet, rows),
        idle: () => rechecks.idle(),
        marksCleared: () => rechecks.marksCleared(),
      };
    }),
  );
}

/** The lists a check found on a sheet, each as live re-checking watches it. */
export function watchedLists(report: CheckReport): WatchedList[] {
  return report.result.lists
    .filter((list) => list.sheet)
    .map((list) => ({
      form: report.result.form,
      forms: report.forms,
      list: list.list,
      sheet: list.sheet!,
      headerRow: list.headerRow,
    }));
}
