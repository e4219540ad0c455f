// The sheets the add-in itself adds beside the lists.
import type { ListId } from "../domain/catalogue";
import { FINDINGS_SHEET, MARKS_SHEET_PREFIX as MARKS_PREFIX } from "../domain/findings";

export { FINDINGS_SHEET };

/** A hidden sheet per list holding 2 (error) or 1 (warning) where a cell of the list is marked. */
export function marksSheetName(listId: ListId): string {
  return `${MARKS_PREFIX}${listId}`;
}

export function isAddinSheet(name: string): boolean {
  return name.startsWith(MARKS_PREFIX) || name.toLowerCase() === FINDINGS_SHEET.toLowerCase();
}
