// Live re-checking: when rows are typed or pasted into a list, re-check just those rows and update
// their marks. Multi-cell pastes arrive without `details`; only the address is relied on.
import { parseAddress } from "../domain/grid";
import { withUserMessage, type ExcelRun } from "./excel-run";
import type { OwnWrites } from "./own-writes";
import { recheckRows, type RecheckResult, type WatchedList } from "./recheck";

export interface LiveOptions {
  readonly today: () => number;
  readonly ownWrites: OwnWrites;
  readonly onRecheck: (result: RecheckResult) => void;
  /** The headings themselves changed: the caller runs a full check. */
  readonly onHeadingsChanged: (watched: WatchedList) => void;
  readonly onError: (error: Error) => void;
}

export interface LiveWatch {
  stop(): Promise<void>;
}

export function watchLists(run: ExcelRun, lists: readonly WatchedList[], options: LiveOptions): Promise<LiveWatch> {
  return withUserMessage("watch the lists for changes", () =>
    run(async (context) => {
      const registrations = lists.map((watched) => {
        const handler = async (event: Excel.WorksheetChangedEventArgs) => {
          if (options.ownWrites.consume(watched.sheet, event.address)) return;
          const block = parseAddress(event.address);
          if (!block) return;
          if (block.row <= watched.headerRow && block.row + block.rowCount > watched.headerRow) {
            options.onHeadingsChanged(watched);
            return;
          }
          const rows = Array.from({ length: block.rowCount }, (_, offset) => block.row + offset);
          try {
            const result = await withUserMessage("re-check the changed rows", () => run((inner) => recheckRows(inner, watched, rows, options.today)));
            options.onRecheck(result);
          } catch (error) {
            options.onError(error as Error);
          }
        };
        return context.workbook.worksheets.getItem(watched.sheet).onChanged.add(handler);
      });
      await context.sync();
      // The registrations are removed through the context that added them, or not at all.
      return {
        stop: () =>
          run(context, async (own) => {
            for (const registration of registrations) registration.remove();
            await own.sync();
          }),
      };
    }),
  );
}
