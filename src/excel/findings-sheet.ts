// The "Annex A findings" sheet: every finding of the last check, each with a link to its cell, so a
// reason is one click from the cell and the list survives without the add-in.
import { FINDINGS_CELL_COLUMN, FINDINGS_HEADINGS, FINDINGS_SHEET, findingRow, type Finding } from "../domain/findings";
import { cellAddress, quotedSheetName, type CellValue } from "../domain/grid";
import { cellInput } from "./cell-input";
import { PAYLOAD_BUDGET_BYTES, spans } from "./payload";

const WIDTHS = [9, 24, 28, 24, 8, 30, 90, 24];
const POINTS_PER_CHARACTER = 7;
/** A finding's row is mostly its message; this bounds one row's share of a request. */
const ESTIMATED_BYTES_PER_ROW = 600;

/** Text from a sheet (a heading) must never be read by Excel as a formula. */
const asText = (text: string) => String(cellInput(text));


function sheetRow(item: Finding): CellValue[] {
  const cells: CellValue[] = findingRow(item).map(asText);
  const address = cellAddress(item.row, item.column);
  cells[FINDINGS_CELL_COLUMN] = `=HYPERLINK("#${quotedSheetName(item.sheet ?? "").replace(/"/g, '""')}!${address}","${address}")`;
  return cells;
}

export async function writeFindingsSheet(context: Excel.RequestContext, findings: readonly Finding[]): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
  await context.sync();
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(FINDINGS_SHEET);
    sheet.freezePanes.freezeRows(1);
    WIDTHS.forEach((width, index) => (sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER));
  } else {
    sheet.getRange("A1:H1048576").clear("Contents");
  }
  const heading = sheet.getRangeByIndexes(0, 0, 1, FINDINGS_HEADINGS.length);
  heading.values = [[...FINDINGS_HEADINGS]];
  heading.format.font.bold = true;
  const rowsPerSync = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / ESTIMATED_BYTES_PER_ROW));
  for (const span of spans(0, findings.length, rowsPerSync)) {
    sheet.getRangeByIndexes(span.start + 1, 0, span.count, FINDINGS_HEADINGS.length).formulas = findings.slice(span.start, span.start + span.count).map(sheetRow) as string[][];
    // One sync per chunk of findings, each under Excel on the web's request limit.
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop
  }
  await context.sync();
}
