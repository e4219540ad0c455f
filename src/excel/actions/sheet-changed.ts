// A handler on every change to one sheet, for the add-in's own sheets (Inspection, Selection).
import type { AddinEventHandlerResult } from "../excel-api";
import type { ExcelRun } from "../excel-run";

/** Runs `handler` on every change to a sheet, when the sheet exists; returns the registration. */
export function onSheetChanged(
  run: ExcelRun,
  sheet: string,
  handler: () => Promise<void>,
  onError: (error: Error) => void,
): Promise<AddinEventHandlerResult | undefined> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) return undefined;
    const registration = worksheet.onChanged.add(() => handler().catch(onError));
    await context.sync();
    return registration;
  });
}
