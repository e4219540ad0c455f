// The Annex A template, described once as a plan: sheets, tables, headings, formats, drop-downs,
// conditional formats and named cells. The ExcelJS writer (command line) and the Office.js writer
// (add-in) each render this plan and decide nothing it does not say.
import { DEADLINES, deadlineDate, timeText, type DeadlineSpec } from "./calendar";
import { CHECKLISTS, LISTS, type ColumnSpec, type ListSpec } from "./catalogue";
import { CODE_LISTS, CODE_LIST_IDS, type CodeListId } from "./codes";
import { columnLetter } from "./grid";
import { FOCUS_MAX_AGE, FOCUS_MIN_AGE } from "./focus";
import { headingWidth, type CellPlan, type ColumnPlan, type ConditionalFormatPlan, type SheetPlan } from "./sheet-plan";
import { FOCUS_STYLE, NAMES, TEXT_FORMAT, UK_DATE_FORMAT, WHOLE_NUMBER_FORMAT } from "./workbook-conventions";

// The plan's types and the workbook's conventions have their own modules; these names stay here
// for the code that has always imported them from the template plan.
export type { CellPlan, ColumnPlan, ConditionalFormatPlan, SheetPlan, TableCell, TablePlan } from "./sheet-plan";
export { ERROR_STYLE, FOCUS_STYLE, NAMES, TEXT_FORMAT, UK_DATE_FORMAT, WARNING_STYLE, WHOLE_NUMBER_FORMAT, type Style } from "./workbook-conventions";

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

const codeRangeName = (id: CodeListId) => `Codes_${id}`;

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
    column.kind === "date" ? UK_DATE_FORMAT : column.kind === "count" || column.kind === "age" ? WHOLE_NUMBER_FORMAT : column.kind === "id" ? TEXT_FORMAT : undefined;
  const longest = Math.max(0, ...texts.map((text) => text.length));
  const width = Math.min(Math.max(headingWidth(column.heading), longest + 2), MAX_TEXT_WIDTH);
  return {
    heading: column.heading,
    width,
    ...(numberFormat ? { numberFormat } : {}),
    ...(longest + 2 > width ? { wrap: true } : {}),
    ...(column.codeList ? { dropDown: { codeList: column.codeList, source: codeRangeName(column.codeList), rows: TEMPLATE_DATA_ROWS, ...CODE_DROP_DOWN_ERROR } } : {}),
    ...(column.note ? { note: column.note } : {}),
  };
}

/** Where the focus rule finds its facts in a sheet: zero-based column indexes. */
export interface FocusColumns {
  readonly neglect: number;
  readonly dateOfBirth?: number;
  readonly age?: number;
}

const Y_SPELLINGS = ["Y", ...(CODE_LISTS.yesNo.values[0].aliases ?? [])].map((alias) => alias.toUpperCase());

/** Stands for "no date of birth" in the formula: later than any reference date, so the age column decides. */
const NO_DATE = "999999999";
/** Width each part of a date's text gets once its separators are widened to spaces. */
const PART = 20;

const MONTH_NAMES = "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|";

/**
 * A date of birth typed as text, read as the engine reads it (dates.ts readDate): day, month and
 * year separated by "/", ".", "-", spaces or a comma, the month as a number or a name ("10 March
 * 2015", "10-Mar-15"), a four-digit year or a two-digit one in the century nearest the reference
 * date; or year-month-day; a time of day after it ignored. A day that does not exist gives NO_DATE.
 */
function textDateFormula(cell: string): string {
  const cleaned = `TRIM(SUBSTITUTE(${cell},","," "))`;
  const spaced = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cleaned},".","/"),"-","/")," ","/"),"/",REPT(" ",${PART}))`;
  const part = (index: number) => `TRIM(MID(${spaced},${index * PART + 1},${PART}))`;
  const [first, second, third] = [part(0), part(1), part(2)];
  const iso = `LEN(${first})=4`;
  const dayText = `IF(${iso},${third},${first})`;
  const yearText = `IF(${iso},${first},${third})`;
  const refYear = `YEAR(${NAMES.referenceDate})`;
  const year = `IF(LEN(${yearText})=4,VALUE(${yearText}),${refYear}-50+MOD(VALUE(${yearText})-${refYear}+50,100))`;
  // A month name's first three letters, found in MONTH_NAMES at 1, 5, 9...: (position + 3) / 4.
  const month = `IFERROR(VALUE(${second}),(SEARCH("|"&LEFT(${second},3)&"|","${MONTH_NAMES}")+3)/4)`;
  const date = `DATE(${year},${month},VALUE(${dayText}))`;
  const shaped = `AND(OR(LEN(${yearText})=4,LEN(${yearText})=2),LEN(${dayText})<=2,LEN(${second})<=9)`;
  return `IFERROR(IF(AND(${shaped},MONTH(${date})=${month}),${date},${NO_DATE}),${NO_DATE})`;
}

/**
 * The focus rule (SPEC "The focus highlight") as an Excel formula for a conditional format whose
 * range starts at `firstRow` (one-based): flag Y (any recognised spelling), and aged 7 to 15 on
 * the named reference date, from the date of birth when it is a date (a serial or text the engine
 * reads as one), else the age column. Only functions in every Excel since 2007, so the highlight
 * works without the add-in, and in LibreOffice.
 */
export function focusFormula(columns: FocusColumns, firstRow: number): string {
  const ref = (index: number) => `$${columnLetter(index)}${firstRow}`;
  const flag = `UPPER(TRIM(${ref(columns.neglect)}))`;
  const flagIsY = `OR(${Y_SPELLINGS.map((spelling) => `${flag}="${spelling}"`).join(",")})`;
  // For a whole number, ABS(age-11)<=4 is 7 to 15: the age is written once.
  const inRange = (age: string) => `ABS(${age}-${(FOCUS_MIN_AGE + FOCUS_MAX_AGE) / 2})<=${(FOCUS_MAX_AGE - FOCUS_MIN_AGE) / 2}`;
  const ageValue = columns.age === undefined ? undefined : `IF(ISNUMBER(${ref(columns.age)}),${ref(columns.age)},IFERROR(VALUE(${ref(columns.age)}),-1))`;
  const fromAgeColumn = ageValue === undefined ? "FALSE" : `AND(${ageValue}=INT(${ageValue}),${inRange(ageValue)})`;
  if (columns.dateOfBirth === undefined) return `AND(${flagIsY},${fromAgeColumn})`;
  const cell = ref(columns.dateOfBirth);
  const dob = `IF(ISNUMBER(${cell}),${cell},${textDateFormula(cell)})`;
  // DATEDIF fails for a date of birth after the reference date (and for NO_DATE): the age column decides.
  return `AND(${flagIsY},IFERROR(${inRange(`DATEDIF(${dob},${NAMES.referenceDate},"Y")`)},${fromAgeColumn}))`;
}

export function focusColumnsOf(list: ListSpec, indexOf: (key: string) => number | undefined): FocusColumns | undefined {
  const neglect = indexOf("neglect");
  if (neglect === undefined || !list.columns.some((column) => column.key === "neglect")) return undefined;
  const dateOfBirth = indexOf("dateOfBirth");
  const age = indexOf("age");
  return { neglect, ...(dateOfBirth !== undefined ? { dateOfBirth } : {}), ...(age !== undefined ? { age } : {}) };
}

export function focusConditionalFormat(columns: FocusColumns, lastColumn: number, firstRow: number, lastRow: number): ConditionalFormatPlan {
  return {
    range: `A${firstRow}:${columnLetter(lastColumn)}${lastRow}`,
    formula: focusFormula(columns, firstRow),
    style: FOCUS_STYLE,
    description: "In focus: neglect flag Y and aged 7 to 15 on the reference date",
  };
}

function listSheet(list: ListSpec): SheetPlan {
  const indexOf = (key: string) => {
    const index = list.columns.findIndex((column) => column.key === key);
    return index < 0 ? undefined : index;
  };
  const focus = focusColumnsOf(list, indexOf);
  return {
    name: list.sheetName,
    role: "list",
    cells: [],
    table: {
      name: list.tableName,
      origin: { row: 0, column: 0 },
      // A coded column is wide enough for its codes, so a chosen code shows whole.
      columns: list.columns.map((column) => columnPlan(column, column.codeList ? CODE_LISTS[column.codeList].values.map((value) => value.canonical) : [])),
      rows: [],
    },
    freezeRows: 1,
    conditionalFormats: focus ? [focusConditionalFormat(focus, list.columns.length - 1, 2, TEMPLATE_DATA_ROWS + 1)] : [],
    scopeNote: `${list.title} (guidance para ${list.guidance}): ${list.scope}`,
  };
}

function checklistSheet(checklist: (typeof CHECKLISTS)[number]): SheetPlan {
  return {
    name: checklist.sheetName,
    role: "checklist",
    cells: [],
    table: {
      name: checklist.tableName,
      origin: { row: 0, column: 0 },
      columns: checklist.columns.map((column, index) => columnPlan(column, checklist.rows.map((row) => row[index] ?? ""))),
      rows: checklist.rows.map((row) => checklist.columns.map((_, index) => row[index] ?? null)),
    },
    freezeRows: 1,
    conditionalFormats: [],
    scopeNote: `${checklist.title} (guidance para ${checklist.guidance}): ${checklist.scope}`,
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
    { address: "A4", value: "Notification date", bold: true },
    {
      address: "B4",
      value: notification,
      numberFormat: UK_DATE_FORMAT,
      name: NAMES.notificationDate,
      note: "Day zero: the Tuesday the local authority is notified (guidance para 14). Every deadline below follows from it.",
    },
    { address: "A5", value: "Reference date", bold: true },
    {
      address: "B5",
      value: notification,
      formula: NAMES.notificationDate,
      numberFormat: UK_DATE_FORMAT,
      name: NAMES.referenceDate,
      note: "Ages and look-back windows are counted from this date. It is the notification date unless you type another date here.",
    },
    { address: "A6", value: "Ages and look-back windows are counted from the reference date. Deadlines count working days; check for bank holidays." },
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
    columnWidths: [{ column: 0, width: 22 }, { column: 1, width: 16 }],
    freezeRows: 0,
    conditionalFormats: [],
  };
}

function codesSheet(): { sheet: SheetPlan; names: NamedRangePlan[] } {
  const cells: CellPlan[] = [];
  const names: NamedRangePlan[] = [];
  CODE_LIST_IDS.forEach((id, index) => {
    const letter = columnLetter(index);
    const list = CODE_LISTS[id];
    cells.push({ address: `${letter}1`, value: list.title, bold: true });
    list.values.forEach((value, row) => cells.push({ address: `${letter}${row + 2}`, value: value.canonical }));
    names.push({ name: codeRangeName(id), sheet: CODES_SHEET, address: `$${letter}$2:$${letter}$${list.values.length + 1}` });
  });
  const columnWidths = CODE_LIST_IDS.map((id, column) => ({
    column,
    width: Math.min(Math.max(CODE_LISTS[id].title.length, ...CODE_LISTS[id].values.map((value) => value.canonical.length)) + 2, MAX_TEXT_WIDTH),
  }));
  return { sheet: { name: CODES_SHEET, role: "codes", cells, columnWidths, freezeRows: 1, conditionalFormats: [] }, names };
}

/** Every sheet of the Annex A workbook, in the order the lists are due. */
export function templatePlan(options: TemplateOptions): TemplatePlan {
  const codes = codesSheet();
  const inspection = inspectionSheet(options);
  const namedCells = inspection.cells
    .filter((cell): cell is CellPlan & { name: string } => cell.name !== undefined)
    .map((cell) => ({ name: cell.name, sheet: INSPECTION_SHEET, address: absolute(cell.address) }));
  return {
    sheets: [inspection, ...LISTS.map(listSheet), ...CHECKLISTS.map(checklistSheet), codes.sheet],
    names: [...namedCells, ...codes.names],
  };
}

function absolute(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  return match ? `$${match[1]}$${match[2]}` : address;
}

/** Sheets the template writes that are not lists: never read as lists. */
export const NON_LIST_SHEETS: readonly string[] = [INSPECTION_SHEET, CODES_SHEET, ...CHECKLISTS.map((checklist) => checklist.sheetName)];
