// Changes Excel reports while a full check runs, recorded so that an edit made after its row was
// read is not lost: watchLists (live.ts) re-checks them once the check is done.
import type { AddinWorksheetChangedEventArgs } from "./excel-api";
import { withUserMessage, type ExcelRun } from "./excel-run";

/** Changes Excel reported while a full check ran, kept to be re-checked once it is done. */
export interface ChangeBuffer {
  readonly events: readonly { readonly sheet: string; readonly event: AddinWorksheetChangedEventArgs }[];
  stop(): Promise<void>;
}

/** Starts recording every sheet's changes; call before a full check reads anything. */
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
