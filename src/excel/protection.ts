// A protected sheet or workbook refuses writes part-way through a batch. Before writing, the
// add-in looks, and refuses with a clear message, so nothing is ever half-written.
import type { AddinContext } from "./excel-api";
import { ExcelActionError } from "./excel-run";

export interface WritableCheck {
  /** Call after the caller's next sync: throws unless every write may go ahead. */
  assert(action: string, addsSheets: boolean): Promise<void>;
}

/**
 * Queues the loads that tell whether the workbook's structure and the named sheets are protected,
 * to ride on the caller's next sync. Missing sheets are fine: they are about to be created.
 */
export function queueWritableCheck(context: AddinContext, sheets: readonly string[]): WritableCheck {
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  const checks = sheets.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  return {
    async assert(action, addsSheets) {
      const present = checks.filter(({ sheet }) => !sheet.isNullObject);
      for (const { sheet } of present) sheet.protection.load("protected");
      if (present.length > 0) await context.sync();
      if (addsSheets && workbookProtection.protected) {
        throw new ExcelActionError(
          `Could not ${action}: the workbook's structure is protected, so no sheet can be added. Unprotect it (Review > Protect Workbook) and try again. Nothing was changed.`,
        );
      }
      const locked = present.filter(({ sheet }) => sheet.protection.protected).map(({ name }) => `‘${name}’`);
      if (locked.length > 0) {
        throw new ExcelActionError(
          `Could not ${action}: ${locked.join(", ")} ${locked.length === 1 ? "is" : "are"} protected. Unprotect (Review > Unprotect Sheet) and try again. Nothing was changed.`,
        );
      }
    },
  };
}

/** The check on its own, for callers with no sync of their own to share. */
export async function assertWritable(
  context: AddinContext,
  action: string,
  sheets: readonly string[],
  addsSheets: boolean,
): Promise<void> {
  const check = queueWritableCheck(context, sheets);
  await context.sync();
  await check.assert(action, addsSheets);
}
