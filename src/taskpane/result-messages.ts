// What the pane says when an action that writes sheets is done: templates, tracking sheets, imports.
import { plural } from "../domain/text";
import type { ImportRequest, ImportResult } from "../excel/import";
import type { TemplateResult } from "../excel/write-template";
import type { Message } from "./state";

export function templatesMessage(result: TemplateResult): Message {
  return {
    intent: "success",
    text:
      result.created.length === 0
        ? "Every Annex A sheet is already in this workbook; nothing was changed."
        : `Created ${plural(result.created.length, "sheet")}. Sheets already here were left as they were.`,
  };
}

export function trackingMessage(result: { created: string[]; kept: string[] }): Message {
  const kept = result.kept.length;
  return {
    intent: result.created.length === 0 && kept === 0 ? "info" : "success",
    text:
      result.created.length === 0 && kept === 0
        ? "No child is marked Y for both tracking and joint evaluation on the Selection sheet yet."
        : `Created ${plural(result.created.length, "tracking sheet")}${kept ? `; ${plural(kept, "sheet")} already written in ${kept === 1 ? "was" : "were"} left as ${kept === 1 ? "it was" : "they were"}` : ""}.`,
  };
}

export function importedMessage(result: ImportResult, request: ImportRequest): Message {
  const rows = plural(result.rows, "row");
  const where =
    result.into === "new sheet"
      ? `Imported ${rows} into the new sheet ‘${result.sheet}’`
      : result.into === "empty list"
        ? `Imported ${rows} into the ‘${result.sheet}’ list, under its headings`
        : `Added ${rows} after the rows already in ‘${result.sheet}’`;
  return {
    intent: "success",
    text: `${where}; ‘${request.sheet}’ is unchanged. Check the list to see what needs fixing.`,
  };
}
