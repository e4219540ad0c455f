// The sheets the add-in itself adds beside the lists.
import type { ListId } from "../domain/catalogue";
import { FINDINGS_SHEET, MARKS_SHEET_PREFIX as MARKS_PREFIX } from "../domain/findings";

export { FINDINGS_SHEET };

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_LIMIT = 31;

/**
 * A hidden sheet per list holding 2 (error) or 1 (warning) where a cell of the list is marked,
 * named after the list's id, cut to Excel's 31 characters ("childrenLookedAfter" is one too many).
 */
export function marksSheetName(listId: ListId): string {
  return `${MARKS_PREFIX}${listId}`.slice(0, SHEET_NAME_LIMIT);
}
