// The "Annex A findings" sheet: every finding of the last check, each with a link to its cell, so a
// reason is one click from the cell and the list survives without the add-in.
import { listSpec } from "../domain/catalogue";
import type { Finding } from "../domain/findings";
import { cellAddress, type CellValue } from "../domain/grid";
import { cellInput } from "./cell-input";
import { PAYLOAD_BUDGET_BYTES, spans } from "./payload";
import { FINDINGS_SHEET } from "./sheet-names";

const HEADINGS = ["Severity", "Code", "List", "Sheet", "Cell", "Column", "What is wrong and how to fix it", "Suggested fix"] as const;
const WIDTHS = [9, 24, 28, 24, 8, 30, 90, 24];
const POINTS_PER_CHARACTER = 7;
/** A finding's row is mostly its message; this bounds one row's share of a request. */
const ESTIMATED_BYTES_PER_ROW = 600;

/** Text from a sheet (a heading) must never be read by Excel as a formula. */
const asText = (text: string) => String(cellInput(text));

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

function findingRow(item: Finding): CellValue[] {
  const address = cellAddress(item.row, item.column);
  const link = `=HYPERLINK("#${quoted(item.sheet ?? "").replace(/"/g, '""')}!${address}","${address}")`;
  return [item.severity, item.code, listSpec(item.list).title, asText(item.sheet ?? ""), link, asText(item.heading), asText(item.message), asText(item.fix?.display ?? "")];
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
  const heading = sheet.getRangeByIndexes(0, 0, 1, HEADINGS.length);
  heading.values = [[...HEADINGS]];
  heading.format.font.bold = true;
  const rowsPerSync = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / ESTIMATED_BYTES_PER_ROW));
  for (const span of spans(0, findings.length, rowsPerSync)) {
    sheet.getRangeByIndexes(span.start + 1, 0, span.count, HEADINGS.length).formulas = findings.slice(span.start, span.start + span.count).map(findingRow) as string[][];
    // One sync per chunk of findings, each under Excel on the web's request limit.
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop
  }
  await context.sync();
}
