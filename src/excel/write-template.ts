// Renders the domain's template plan into the open workbook with Office.js. Adds only what is
// missing: a sheet that already exists is left exactly as it is, so nothing typed is lost.
// Two syncs: one to see what the workbook has, one to write everything missing.
import type { Form } from "../domain/catalogue";
import { columnLetter, quotedSheetName } from "../domain/grid";
import { TEMPLATE_DATA_ROWS, templatePlan, type TemplateOptions, type TemplatePlan } from "../domain/template-plan";
import { type SheetPlan, type TableCell } from "../domain/sheet-plan";
import type { AddinContext, AddinWorksheet } from "./excel-api";
import { withUserMessage, type ExcelRun } from "./excel-run";
import { cellInputFor } from "./cell-input";
import { addConditionalFormat } from "./formats";
import { queueWritableCheck } from "./protection";

/** Excel's limit on a data-validation input message (the tooltip on a heading). */
const PROMPT_LIMIT = 255;
/** Column widths are in points; a character of the default font is about seven. */
const POINTS_PER_CHARACTER = 7;

export interface TemplateResult {
  readonly created: readonly string[];
  readonly kept: readonly string[];
}

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** A table cell as Excel must be given it: a formula, or a value stored as itself (cell-input.ts). */
function tableCellFormula(cell: TableCell, numberFormat: string | undefined): string | number | boolean {
  if (cell !== null && typeof cell === "object") return `=${cell.formula}`;
  return cellInputFor(cell ?? "", numberFormat ?? "General");
}

function writeSheet(sheet: AddinWorksheet, plan: SheetPlan): void {
  for (const cell of plan.cells) {
    const range = sheet.getRange(cell.address);
    // The format first: Excel parses what is written according to it ("@" keeps text as it is).
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.formula) range.formulas = [[`=${cell.formula}`]];
    else range.values = [[cellInputFor(cell.value ?? "", cell.numberFormat ?? "General")]];
    if (cell.bold) range.format.font.bold = true;
    if (cell.note)
      range.dataValidation.prompt = { showPrompt: true, title: "", message: shorten(cell.note, PROMPT_LIMIT) };
  }

  const table = plan.table;
  if (table) {
    const top = table.origin.row + 1;
    const left = table.origin.column;
    const right = columnLetter(left + table.columns.length - 1);
    const rowCount = Math.max(table.rows.length, 1);
    const headings = sheet.getRange(`${columnLetter(left)}${top}:${right}${top}`);
    headings.values = [table.columns.map((column) => cellInputFor(column.heading, "General"))];
    headings.format.font.bold = true;
    headings.format.wrapText = true;
    // Column formats before the rows, so each value is read as its column's kind.
    table.columns.forEach((column, offset) => {
      const letter = columnLetter(left + offset);
      // The table carries a column's format to every row added to it.
      if (column.numberFormat) {
        sheet.getRange(`${letter}${top + 1}:${letter}${top + rowCount}`).numberFormat = Array.from(
          { length: rowCount },
          () => [column.numberFormat!],
        );
      }
    });
    if (table.rows.length > 0) {
      sheet.getRange(`${columnLetter(left)}${top + 1}:${right}${top + rowCount}`).formulas = table.rows.map((row) =>
        row.map((cell, offset) => tableCellFormula(cell, table.columns[offset]?.numberFormat)),
      );
    }
    const excelTable = sheet.tables.add(`${columnLetter(left)}${top}:${right}${top + rowCount}`, true);
    excelTable.name = table.name;
    table.columns.forEach((column, offset) => {
      const letter = columnLetter(left + offset);
      const heading = sheet.getRange(`${letter}${top}`);
      heading.format.columnWidth = column.width * POINTS_PER_CHARACTER;
      const note = [offset === 0 ? plan.scopeNote : undefined, column.note].filter(Boolean).join(" ");
      if (note) heading.dataValidation.prompt = { showPrompt: true, title: "", message: shorten(note, PROMPT_LIMIT) };
      if (column.dropDown) {
        const cells = sheet.getRange(`${letter}${top + 1}:${letter}${top + TEMPLATE_DATA_ROWS}`);
        cells.dataValidation.rule = { list: { inCellDropDown: true, source: `=${column.dropDown.source}` } };
        cells.dataValidation.errorAlert = {
          showAlert: true,
          style: "Warning",
          title: "Not on the list",
          message: "This value is not one of the codes. You can keep it, but the Annex A check will flag it.",
        };
      }
    });
  }
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  for (const format of plan.conditionalFormats)
    addConditionalFormat(sheet.getRange(format.range), format.formula, format.style);
}

function writeNames(
  context: AddinContext,
  plan: TemplatePlan,
  createdSheets: ReadonlySet<string>,
  existingNames: ReadonlySet<string>,
): void {
  for (const name of plan.names) {
    if (!createdSheets.has(name.sheet) || existingNames.has(name.name.toLowerCase())) continue;
    context.workbook.names.add(name.name, `=${quotedSheetName(name.sheet)}!${name.address}`);
  }
}

/** Creates every sheet of the form the workbook lacks; existing sheets are kept untouched. */
export function createTemplates(run: ExcelRun, form: Form, options: TemplateOptions): Promise<TemplateResult> {
  const plan = templatePlan(form, options);
  return withUserMessage("create the Annex A templates", () =>
    run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = plan.names.map((name) => ({
        name: name.name,
        item: context.workbook.names.getItemOrNullObject(name.name),
      }));
      const writable = queueWritableCheck(context, []);
      await context.sync();

      const existing = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
      const existingNames = new Set(
        names.filter((entry) => !entry.item.isNullObject).map((entry) => entry.name.toLowerCase()),
      );
      const toCreate = plan.sheets.filter((sheet) => !existing.has(sheet.name.toLowerCase()));
      await writable.assert("create the Annex A templates", toCreate.length > 0);
      // Every sheet first, then every name, then the contents: the drop-downs, formulas and
      // conditional formats that use a name (Codes_*, ReferenceDate) never precede it.
      const created = new Set(toCreate.map((sheet) => sheet.name));
      const added = toCreate.map((sheet) => ({ plan: sheet, sheet: context.workbook.worksheets.add(sheet.name) }));
      writeNames(context, plan, created, existingNames);
      for (const { plan: sheetPlan, sheet } of added) writeSheet(sheet, sheetPlan);
      if (created.has(plan.sheets[0].name)) context.workbook.worksheets.getItem(plan.sheets[0].name).activate();
      await context.sync();
      return {
        created: plan.sheets.filter((sheet) => created.has(sheet.name)).map((sheet) => sheet.name),
        kept: plan.sheets.filter((sheet) => !created.has(sheet.name)).map((sheet) => sheet.name),
      };
    }),
  );
}
