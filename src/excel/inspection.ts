// What the workbook's Inspection sheet says: whether the templates are there, the notification
// date the deadlines follow, and the local authority.
import { NAMES } from "../domain/template-plan";
import { withUserMessage, type ExcelRun } from "./excel-run";

export interface InspectionFacts {
  /** The NotificationDate named cell exists: the templates have been created. */
  readonly hasTemplates: boolean;
  readonly notificationSerial?: number;
  readonly localAuthority?: string;
}

export function readInspection(run: ExcelRun): Promise<InspectionFacts> {
  return withUserMessage("read the Inspection sheet", () =>
    run(async (context) => {
      const notification = context.workbook.names.getItemOrNullObject(NAMES.notificationDate);
      const authority = context.workbook.names.getItemOrNullObject(NAMES.localAuthority);
      await context.sync();
      if (notification.isNullObject) return { hasTemplates: false };
      const dateRange = notification.getRange();
      dateRange.load("values");
      const authorityRange = authority.isNullObject ? undefined : authority.getRange();
      authorityRange?.load("values");
      await context.sync();
      const date = dateRange.values[0]?.[0];
      const name = authorityRange?.values[0]?.[0];
      return {
        hasTemplates: true,
        ...(typeof date === "number" && date > 0 ? { notificationSerial: Math.floor(date) } : {}),
        ...(typeof name === "string" && name.trim() !== "" ? { localAuthority: name.trim() } : {}),
      };
    }),
  );
}
