// Renders a sheet plan (src/domain/sheet-plan.ts) with Office.js: the template's sheets, the
// Selection sheet and the findings sheet, as src/xlsx/render-sheet.ts renders them into files; the
// one Office.js writer of a plan, so the sheets cannot drift apart. Text is written as text
// (cell-input.ts): a column's format is set before its values, since Excel turns "0123" into 123
// otherwise (issue 11; https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values),
// and text elsewhere takes the apostrophe prefix.
import type { CellValue } from "../domain/grid";
import { columnLetter, quotedSheetName } from "../domain/grid";
import type { SheetPlan, TableCell, TablePlan } from "../domain/sheet-plan";
import type { AddinContext, AddinWorksheet } from "./excel-api";
import { cellInputFor } from "./cell-input";
import { addConditionalFormat } from "./formats";
import { PAYLOAD_BUDGET_BYTES, type RowSpan } from "./payload";

/** Excel's column width is in points; a character of the default font is about seven. */
const POINTS_PER_CHARACTER = 7;
/** Excel's limit on a data-validation input message (the tooltip on a heading or a cell). */
const PROMPT_LIMIT = 255;
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

/** A note as a heading's or cell's input message: cut at a word within Excel's limit. */
function prompt(note: string): { showPrompt: boolean; title: string; message: string } {
  if (note.length <= PROMPT_LIMIT) return { showPrompt: true, title: "", message: note };
  const cut = note.slice(0, PROMPT_LIMIT - 1);
  return { showPrompt: true, title: "", message: `${cut.slice(0, cut.lastIndexOf(" "))}…` };
}

/** Office.js takes a list's items plainly ("Y"), a range as a formula ("=Codes_gender"). */
const listSource = (source: string) =>
  source.startsWith('"') ? source.slice(1, -1).replace(/""/g, '"') : `=${source}`;

function hyperlinkFormula(sheet: string, address: string, text: string): string {
  const quote = (value: string) => value.replace(/"/g, '""');
  return `=HYPERLINK("#${quote(quotedSheetName(sheet))}!${address}","${quote(text)}")`;
}

/**
 * How the writes reach Excel: `"per chunk"` syncs each chunk of rows under the request limit and
 * then the rest (the Selection and findings sheets, thousands of rows); `"by caller"` only queues,
 * for a caller that writes several small sheets in one batch (the template: issue 7, batch then sync).
 */
export type SheetSyncs = "per chunk" | "by caller";

async function writeTable(
  context: AddinContext,
  worksheet: AddinWorksheet,
  plan: SheetPlan,
  table: TablePlan,
  syncs: SheetSyncs,
): Promise<void> {
  const top = table.origin.row;
  const left = table.origin.column;
  const width = table.columns.length;
  const headings = worksheet.getRangeByIndexes(top, left, 1, width);
  // General, as the file writer leaves a heading: a heading that could be read as something else
  // takes the apostrophe prefix instead.
  headings.numberFormat = [table.columns.map(() => "General")];
  headings.values = [table.columns.map((column) => cellInputFor(column.heading, "General"))];
  headings.format.font.bold = true;
  headings.format.wrapText = true;

  const rows = table.rows.length > 0 || table.plainRange ? table.rows : [table.columns.map(() => null)];
  const linkColumn = table.links?.column;
  // A formula in a cell formatted as text stays text: a link's cell keeps the General format.
  const formats = table.columns.map((column, index) =>
    index === linkColumn ? "General" : (column.numberFormat ?? "General"),
  );
  // The first rows link, as many as the plan has targets; the rest keep their text (sheet-plan.ts).
  const linkTargets = table.links?.targets ?? [];
  for (const span of spansUnder(rows, PAYLOAD_BUDGET_BYTES, width)) {
    const range = worksheet.getRangeByIndexes(top + 1 + span.start, left, span.count, width);
    const chunk = rows.slice(span.start, span.start + span.count);
    range.numberFormat = chunk.map(() => formats);
    // Values, not formulas: text in a cell formatted as Text is stored as it is (cell-input.ts).
    range.values = chunk.map((row, offset) =>
      row.map((cell, column) =>
        column === linkColumn && span.start + offset < linkTargets.length ? "" : inputOf(cell, formats[column]),
      ),
    ) as string[][];
    const linked = Math.min(span.count, Math.max(linkTargets.length - span.start, 0));
    if (linkColumn !== undefined && linked > 0) {
      const targets = linkTargets.slice(span.start, span.start + linked);
      worksheet.getRangeByIndexes(top + 1 + span.start, left + linkColumn, linked, 1).formulas = targets.map(
        (target, offset) => [
          hyperlinkFormula(target.sheet, target.address, String(chunk[offset][linkColumn] ?? target.address)),
        ],
      );
    }
    if (syncs === "per chunk") await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk, under the request limit
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
    // The list's scope on its first heading, then the column's own note (the file writer's notes).
    const note = [offset === 0 ? plan.scopeNote : undefined, column.note].filter(Boolean).join(" ");
    if (note) worksheet.getRangeByIndexes(top, left + offset, 1, 1).dataValidation.prompt = prompt(note);
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

/**
 * Writes the plan into `worksheet`, which is new or emptied by the caller. Any workbook names the
 * plan's drop-downs, formulas and conditional formats use must be added first.
 */
export async function renderSheetPlan(
  context: AddinContext,
  worksheet: AddinWorksheet,
  plan: SheetPlan,
  syncs: SheetSyncs = "per chunk",
): Promise<void> {
  for (const { column, width } of plan.columnWidths ?? []) {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  }
  if (plan.table) await writeTable(context, worksheet, plan, plan.table, syncs);
  for (const cell of plan.cells) {
    const range = worksheet.getRange(cell.address);
    // The format first, and only where the plan gives one, as the file writer does: Excel reads
    // what is written according to it ("@" keeps text as it is; elsewhere the apostrophe prefix).
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.formula) range.formulas = [[`=${cell.formula}`]];
    else range.values = [[inputOf(cell.value, cell.numberFormat ?? "General")]] as string[][];
    if (cell.bold) range.format.font.bold = true;
    if (cell.wrap) range.format.wrapText = true;
    if (cell.note) range.dataValidation.prompt = prompt(cell.note);
  }
  for (const format of plan.conditionalFormats)
    addConditionalFormat(worksheet.getRange(format.range), format.formula, format.style);
  if (plan.freezeRows > 0) worksheet.freezePanes.freezeRows(plan.freezeRows);
  if (syncs === "per chunk") await context.sync();
}
