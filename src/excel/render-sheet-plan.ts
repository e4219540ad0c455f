// Renders a sheet plan (src/domain/sheet-plan.ts) with Office.js: the Selection sheet and the
// findings sheet, as src/xlsx/render-sheet.ts renders them into files. Text is written as text:
// the number format "@" is set before the values, since Excel turns "0123" into 123 otherwise
// (issue 11; https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
import type { CellValue } from "../domain/grid";
import { columnLetter, quotedSheetName } from "../domain/grid";
import type { SheetPlan, TableCell, TablePlan } from "../domain/sheet-plan";
import { TEXT_FORMAT } from "../domain/workbook-conventions";
import type { AddinContext, AddinWorksheet } from "./excel-api";
import { cellInputFor } from "./cell-input";
import { addConditionalFormat } from "./formats";
import { PAYLOAD_BUDGET_BYTES, type RowSpan } from "./payload";

/** Excel's column width is in points; a character of the default font is about seven. */
const POINTS_PER_CHARACTER = 7;
/** A cell's share of a request beside its text: its number format, quotes and commas, as JSON. */
const BYTES_PER_CELL_BESIDE_TEXT = 24;

/**
 * Rows cut into spans whose request stays under `budget` bytes, measured from the rows' own text;
 * each span measured only when it is asked for, so measuring 50,000 rows is spread between the
 * syncs that write them (issue 12: the pane is not held for long).
 */
function* spansUnder(
  rows: readonly (readonly TableCell[])[],
  budget: number,
  width: number,
): Generator<RowSpan, void, void> {
  let start = 0;
  let bytes = 0;
  for (let index = 0; index < rows.length; index++) {
    // Links are written as a HYPERLINK formula about three times the cell's text.
    const size = 3 * JSON.stringify(rows[index]).length + width * BYTES_PER_CELL_BESIDE_TEXT;
    if (index > start && bytes + size > budget) {
      yield { start, count: index - start };
      start = index;
      bytes = 0;
    }
    bytes += size;
  }
  if (rows.length > start) yield { start, count: rows.length - start };
}

/** What to write for a plan's cell in a cell of `format`: text stays text (cell-input.ts). */
const inputOf = (cell: TableCell, format: string): CellValue | string => {
  if (cell !== null && typeof cell === "object") return `=${cell.formula}`;
  return typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean"
    ? cellInputFor(cell, format)
    : "";
};

/** Office.js takes a list's items plainly ("Y"), a range as a formula ("=Codes_gender"). */
const listSource = (source: string) =>
  source.startsWith('"') ? source.slice(1, -1).replace(/""/g, '"') : `=${source}`;

function hyperlinkFormula(sheet: string, address: string, text: string): string {
  const quote = (value: string) => value.replace(/"/g, '""');
  return `=HYPERLINK("#${quote(quotedSheetName(sheet))}!${address}","${quote(text)}")`;
}

async function writeTable(
  context: AddinContext,
  worksheet: AddinWorksheet,
  plan: SheetPlan,
  table: TablePlan,
): Promise<void> {
  const top = table.origin.row;
  const left = table.origin.column;
  const width = table.columns.length;
  const headings = worksheet.getRangeByIndexes(top, left, 1, width);
  headings.numberFormat = [table.columns.map(() => TEXT_FORMAT)];
  headings.values = [table.columns.map((column) => cellInputFor(column.heading, TEXT_FORMAT))];
  headings.format.font.bold = true;
  headings.format.wrapText = true;

  const rows = table.rows.length > 0 || table.plainRange ? table.rows : [table.columns.map(() => null)];
  const linkColumn = table.links?.column;
  // A formula in a cell formatted as text stays text: a link's cell keeps the General format.
  const formats = table.columns.map((column, index) =>
    index === linkColumn ? "General" : (column.numberFormat ?? "General"),
  );
  for (const span of spansUnder(rows, PAYLOAD_BUDGET_BYTES, width)) {
    const range = worksheet.getRangeByIndexes(top + 1 + span.start, left, span.count, width);
    const chunk = rows.slice(span.start, span.start + span.count);
    range.numberFormat = chunk.map(() => formats);
    // Values, not formulas: text in a cell formatted as Text is stored as it is (cell-input.ts).
    range.values = chunk.map((row) =>
      row.map((cell, column) => (column === linkColumn ? "" : inputOf(cell, formats[column]))),
    ) as string[][];
    if (linkColumn !== undefined) {
      const targets = table.links!.targets.slice(span.start, span.start + span.count);
      worksheet.getRangeByIndexes(top + 1 + span.start, left + linkColumn, span.count, 1).formulas = chunk.map(
        (row, offset) => [
          hyperlinkFormula(
            targets[offset].sheet,
            targets[offset].address,
            String(row[linkColumn] ?? targets[offset].address),
          ),
        ],
      );
    }
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk, under the request limit
  }

  if (!table.plainRange) {
    const excelTable = worksheet.tables.add(
      `${columnLetter(left)}${top + 1}:${columnLetter(left + width - 1)}${top + 1 + rows.length}`,
      true,
    );
    excelTable.name = table.name;
  }
  table.columns.forEach((column, offset) => {
    const letter = columnLetter(left + offset);
    worksheet.getRangeByIndexes(0, left + offset, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    if (column.wrap && rows.length > 0) {
      const cells = worksheet.getRange(`${letter}${top + 2}:${letter}${top + 1 + rows.length}`);
      cells.format.wrapText = true;
      cells.format.autofitRows();
    }
    if (column.dropDown) {
      const cells = worksheet.getRange(`${letter}${top + 2}:${letter}${top + 1 + column.dropDown.rows}`);
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(column.dropDown.source) } };
      cells.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: column.dropDown.errorTitle,
        message: column.dropDown.error,
      };
    }
  });
}

/** Writes the plan into `worksheet`, which is new or emptied by the caller. */
export async function renderSheetPlan(
  context: AddinContext,
  worksheet: AddinWorksheet,
  plan: SheetPlan,
): Promise<void> {
  for (const { column, width } of plan.columnWidths ?? []) {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  }
  if (plan.table) await writeTable(context, worksheet, plan, plan.table);
  for (const cell of plan.cells) {
    const range = worksheet.getRange(cell.address);
    const format = cell.numberFormat ?? (typeof cell.value === "string" && !cell.formula ? TEXT_FORMAT : "General");
    range.numberFormat = [[format]];
    if (cell.formula) range.formulas = [[`=${cell.formula}`]];
    else range.values = [[inputOf(cell.value, format)]] as string[][];
    if (cell.bold) range.format.font.bold = true;
    if (cell.wrap) range.format.wrapText = true;
  }
  for (const format of plan.conditionalFormats)
    addConditionalFormat(worksheet.getRange(format.range), format.formula, format.style);
  if (plan.freezeRows > 0) worksheet.freezePanes.freezeRows(plan.freezeRows);
  await context.sync();
}
