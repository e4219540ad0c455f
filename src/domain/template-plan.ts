// The Annex A template, described once as a plan: sheets, tables, headings, formats, drop-downs,
// conditional formats and named cells. The ExcelJS writer (command line) and the Office.js writer
// (add-in) each render this plan and decide nothing it does not say.
import { DEADLINES, deadlineDate, timeText, type DeadlineSpec } from "./calendar";
import type { ChecklistSpec, ColumnKey, ColumnSpec, Form, ListSpec } from "./catalogue";
import { canonicalValues, type CodeList } from "./codes";
import { columnLetter } from "./grid";
import { focusColumnsOf, focusConditionalFormat } from "./focus";
import { NOTIFICATION_DATE_LABEL, REFERENCE_DATE_LABEL } from "./reference-date";
import { headingWidth, type CellPlan, type ColumnPlan, type SheetPlan } from "./sheet-plan";
import { NAMES, TEXT_FORMAT, UK_DATE_FORMAT, WHOLE_NUMBER_FORMAT } from "./workbook-conventions";

/** Rows below the headings that carry drop-downs and formats before the table grows past them. */
export const TEMPLATE_DATA_ROWS = 100_000;

export const INSPECTION_SHEET = "Inspection";
export const CODES_SHEET = "Codes";

export interface NamedRangePlan {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

export interface TemplatePlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamedRangePlan[];
}

export interface TemplateOptions {
  readonly notificationSerial: number;
  readonly localAuthority?: string;
}

const codeRangeName = (list: CodeList) => `Codes_${list.id}`;

/** The warning a drop-down gives for a value not on its list: kept, and flagged by the check. */
export const CODE_DROP_DOWN_ERROR = {
  errorTitle: "Not on the list",
  error: "This value is not one of the codes. You can keep it, but the Annex A check will flag it.",
} as const;

/** Widest a column gets for text; longer text wraps. */
const MAX_TEXT_WIDTH = 60;

/** A column wide enough for its heading in two lines, and for its longest text (wrapped past MAX_TEXT_WIDTH). */
function columnPlan(column: ColumnSpec, texts: readonly string[] = []): ColumnPlan {
  const numberFormat =
    column.kind === "date"
      ? UK_DATE_FORMAT
      : column.kind === "count" || column.kind === "age"
        ? WHOLE_NUMBER_FORMAT
        : column.kind === "id"
          ? TEXT_FORMAT
          : undefined;
  const longest = Math.max(0, ...texts.map((text) => text.length));
  const width = Math.min(Math.max(headingWidth(column.heading), longest + 2), MAX_TEXT_WIDTH);
  return {
    heading: column.heading,
    width,
    ...(numberFormat ? { numberFormat } : {}),
    ...(longest + 2 > width ? { wrap: true } : {}),
    ...(column.codeList
      ? {
          dropDown: {
            codeList: column.codeList.id,
            source: codeRangeName(column.codeList),
            rows: TEMPLATE_DATA_ROWS,
            ...CODE_DROP_DOWN_ERROR,
          },
        }
      : {}),
    ...(column.note ? { note: column.note } : {}),
  };
}

/** Where a list or checklist was asked for: a paragraph of the guidance, or a template's sheet and cell. */
const askedIn = (guidance: string) => (/^[\d, ]+$/.test(guidance) ? `guidance para ${guidance}` : guidance);

function listSheet(form: Form, list: ListSpec): SheetPlan {
  const indexOf = (key: ColumnKey) => {
    const index = list.columns.findIndex((column) => column.key === key);
    return index < 0 ? undefined : index;
  };
  const focus = focusColumnsOf(list, indexOf);
  const headingRow = form.layout.headingRow;
  return {
    name: list.sheetName,
    role: "list",
    // The form's title above the headings, where its layout has one (Ofsted's "List 1: Contacts").
    cells: list.sheetTitle && headingRow > 0 ? [{ address: "A1", value: list.sheetTitle, bold: true }] : [],
    table: {
      name: list.tableName,
      origin: { row: headingRow, column: 0 },
      // A coded column is wide enough for its codes, so a chosen code shows whole.
      columns: list.columns.map((column) =>
        columnPlan(column, column.codeList ? canonicalValues(column.codeList) : []),
      ),
      rows: [],
    },
    freezeRows: headingRow + 1,
    conditionalFormats: focus
      ? [focusConditionalFormat(focus, list.columns.length - 1, headingRow + 2, TEMPLATE_DATA_ROWS + headingRow + 1)]
      : [],
    scopeNote: `${list.title} (${askedIn(list.guidance)}): ${list.scope}`,
  };
}

function checklistSheet(checklist: ChecklistSpec): SheetPlan {
  return {
    name: checklist.sheetName,
    role: "checklist",
    cells: [],
    table: {
      name: checklist.tableName,
      origin: { row: 0, column: 0 },
      columns: checklist.columns.map((column, index) =>
        columnPlan(
          column,
          checklist.rows.map((row) => row[index] ?? ""),
        ),
      ),
      rows: checklist.rows.map((row) => checklist.columns.map((_, index) => row[index] ?? null)),
    },
    freezeRows: 1,
    conditionalFormats: [],
    scopeNote: `${checklist.title} (${askedIn(checklist.guidance)}): ${checklist.scope}`,
  };
}

function deadlineFormula(spec: DeadlineSpec): string {
  if (spec.day === "fridayOfWeekTwo") return `${NAMES.notificationDate}+MOD(6-WEEKDAY(${NAMES.notificationDate}),7)+7`;
  return spec.day === 0 ? NAMES.notificationDate : `WORKDAY(${NAMES.notificationDate},${spec.day})`;
}

/** A single paragraph number is stored as a number ("22, 24, 26" stays text). */
const guidanceParagraph = (text: string): string | number => (/^\d+$/.test(text) ? Number(text) : text);

/** Row (one-based) where the deadlines table's headings sit on the Inspection sheet. */
export const DEADLINES_HEADER_ROW = 8;
export const DEADLINE_HEADINGS = ["Due", "Time", "Who", "What", "Guidance paragraph"] as const;

function inspectionSheet(options: TemplateOptions): SheetPlan {
  const notification = options.notificationSerial;
  const cells: CellPlan[] = [
    { address: "A1", value: "Annex A: joint targeted area inspection, children living with neglect", bold: true },
    { address: "A3", value: "Local authority", bold: true },
    { address: "B3", value: options.localAuthority ?? null, name: NAMES.localAuthority },
    { address: "A4", value: NOTIFICATION_DATE_LABEL, bold: true },
    {
      address: "B4",
      value: notification,
      numberFormat: UK_DATE_FORMAT,
      name: NAMES.notificationDate,
      note: "Day zero: the Tuesday the local authority is notified (guidance para 14). Every deadline below follows from it.",
    },
    { address: "A5", value: REFERENCE_DATE_LABEL, bold: true },
    {
      address: "B5",
      value: notification,
      formula: NAMES.notificationDate,
      numberFormat: UK_DATE_FORMAT,
      name: NAMES.referenceDate,
      note: "Ages and look-back windows are counted from this date. It is the notification date unless you type another date here.",
    },
    {
      address: "A6",
      value:
        "Ages and look-back windows are counted from the reference date. Deadlines count working days; check for bank holidays.",
    },
  ];
  return {
    name: INSPECTION_SHEET,
    role: "inspection",
    cells,
    table: {
      name: "Deadlines",
      origin: { row: DEADLINES_HEADER_ROW - 1, column: 0 },
      columns: [
        { heading: DEADLINE_HEADINGS[0], width: 14, numberFormat: UK_DATE_FORMAT },
        { heading: DEADLINE_HEADINGS[1], width: 12 },
        { heading: DEADLINE_HEADINGS[2], width: 24, wrap: true },
        { heading: DEADLINE_HEADINGS[3], width: MAX_TEXT_WIDTH, wrap: true },
        { heading: DEADLINE_HEADINGS[4], width: 12 },
      ],
      // Formulas, so the deadlines follow the notification date when it is changed in Excel.
      rows: DEADLINES.map((spec) => [
        { formula: deadlineFormula(spec), value: deadlineDate(spec, notification) },
        timeText(spec.time),
        spec.who,
        spec.what,
        guidanceParagraph(spec.guidance),
      ]),
    },
    columnWidths: [
      { column: 0, width: 22 },
      { column: 1, width: 16 },
    ],
    freezeRows: 0,
    conditionalFormats: [],
  };
}

function codesSheet(form: Form): { sheet: SheetPlan; names: NamedRangePlan[] } {
  const cells: CellPlan[] = [];
  const names: NamedRangePlan[] = [];
  form.codeLists.forEach((list, index) => {
    const letter = columnLetter(index);
    cells.push({ address: `${letter}1`, value: list.title, bold: true });
    list.values.forEach((value, row) => cells.push({ address: `${letter}${row + 2}`, value: value.canonical }));
    names.push({
      name: codeRangeName(list),
      sheet: CODES_SHEET,
      address: `$${letter}$2:$${letter}$${list.values.length + 1}`,
    });
  });
  const columnWidths = form.codeLists.map((list, column) => ({
    column,
    width: Math.min(
      Math.max(list.title.length, ...canonicalValues(list).map((value) => value.length)) + 2,
      MAX_TEXT_WIDTH,
    ),
  }));
  return {
    sheet: { name: CODES_SHEET, role: "codes", cells, columnWidths, freezeRows: 1, conditionalFormats: [] },
    names,
  };
}

/**
 * Every sheet of a form's workbook: the Inspection sheet (dates and deadlines, where the form is the
 * joint inspection's), the lists in the form's order and layout, its checklists and the Codes sheet.
 */
export function templatePlan(form: Form, options: TemplateOptions): TemplatePlan {
  const codes = codesSheet(form);
  const inspection = form.inspection ? [inspectionSheet(options)] : [];
  const namedCells = inspection.flatMap((sheet) =>
    sheet.cells
      .filter((cell): cell is CellPlan & { name: string } => cell.name !== undefined)
      .map((cell) => ({ name: cell.name, sheet: INSPECTION_SHEET, address: absolute(cell.address) })),
  );
  return {
    sheets: [
      ...inspection,
      ...form.lists.filter((list) => !list.optional).map((list) => listSheet(form, list)),
      ...form.checklists.map(checklistSheet),
      codes.sheet,
    ],
    names: [...namedCells, ...codes.names],
  };
}

function absolute(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  return match ? `$${match[1]}$${match[2]}` : address;
}
