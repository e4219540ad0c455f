// What the workbook's Inspection sheet says: whether the templates are there, the notification
// date the deadlines follow, and the local authority.
import { readReferenceCell } from "../domain/reference-date";
import type { CellValue } from "../domain/grid";
import type { Form } from "../domain/catalogue";
import { NAMES } from "../domain/workbook-conventions";
import { formNamedBySheets } from "../domain/form-choice";
import { withUserMessage, type ExcelRun } from "./excel-run";

export interface InspectionFacts {
  /** The NotificationDate named cell exists: the templates have been created. */
  readonly hasTemplates: boolean;
  /**
   * A sheet is named as a list of some form names it (Ofsted's "List_6", the template's "Contacts"):
   * the workbook has lists to check, whether or not the joint inspection's templates are there.
   */
  readonly hasLists: boolean;
  /** The form whose lists the sheets are named as, before any check has read them (Ofsted's "List_1"...). */
  readonly namedForm?: Form;
  readonly notificationSerial?: number;
  /** The notification date cell is blank, or holds something that is not a date (its text). */
  readonly notificationProblem?: { readonly kind: "blank" } | { readonly kind: "invalid"; readonly text: string };
  readonly localAuthority?: string;
}

export function readInspection(run: ExcelRun, forms: readonly Form[]): Promise<InspectionFacts> {
  return withUserMessage("read the Inspection sheet", () =>
    run(async (context) => {
      const notification = context.workbook.names.getItemOrNullObject(NAMES.notificationDate);
      const authority = context.workbook.names.getItemOrNullObject(NAMES.localAuthority);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const namedForm = formNamedBySheets(
        forms,
        sheets.items.map((sheet) => sheet.name),
      );
      const named = { hasLists: namedForm !== undefined, ...(namedForm ? { namedForm } : {}) };
      if (notification.isNullObject) return { hasTemplates: false, ...named };
      const dateRange = notification.getRange();
      dateRange.load("values");
      const authorityRange = authority.isNullObject ? undefined : authority.getRange();
      authorityRange?.load("values");
      await context.sync();
      const date = readReferenceCell(dateRange.values[0]?.[0] as CellValue, 0);
      const name = authorityRange?.values[0]?.[0];
      return {
        hasTemplates: true,
        ...named,
        ...(date.kind === "workbook" ? { notificationSerial: date.serial } : {}),
        ...(date.kind === "blank"
          ? { notificationProblem: { kind: "blank" } }
          : date.kind === "invalid"
            ? { notificationProblem: { kind: "invalid", text: date.text ?? "" } }
            : {}),
        ...(typeof name === "string" && name.trim() !== "" ? { localAuthority: name.trim() } : {}),
      };
    }),
  );
}
