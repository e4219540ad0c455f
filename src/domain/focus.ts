// SPEC "The focus highlight": a child is in focus when their neglect flag is Y and they are aged
// 7 to 15 inclusive on the reference date (age from the date of birth where it is valid, else
// the age column). Guidance para 8: the deep dive is on children between seven and 15. A form
// without the flag says where neglect is read instead (Form.neglect): Ofsted's template reads it
// from List 7's categories of abuse and List 6's primary need, for the child across the workbook.
// The rule is written twice, side by side: in TypeScript for the check, and as the Excel formula
// of the highlight, which works without the add-in; focus-formula.test.ts holds them together.
import type { ColumnKey, Form, ListSpec } from "./catalogue";
import { ageInYears } from "./dates";
import { columnLetter, quotedSheetName } from "./grid";
import type { ConditionalFormatPlan } from "./sheet-plan";
import { FOCUS_STYLE, NAMES } from "./workbook-conventions";

export const FOCUS_MIN_AGE = 7;
export const FOCUS_MAX_AGE = 15;

interface ChildFacts {
  readonly value: Readonly<Partial<Record<ColumnKey, unknown>>>;
}

/** Age on the reference date: from a valid date of birth, else the age column, else unknown. */
export function childAge(row: ChildFacts, referenceSerial: number): number | undefined {
  const dob = row.value.dateOfBirth;
  if (typeof dob === "number" && dob <= referenceSerial) return ageInYears(dob, referenceSerial);
  const age = row.value.age;
  return typeof age === "number" ? age : undefined;
}

export function isFocusAge(age: number | undefined): boolean {
  return age !== undefined && age >= FOCUS_MIN_AGE && age <= FOCUS_MAX_AGE;
}

/**
 * Whether a row's child is in focus from the row alone: where the form flags neglect on each row.
 * Where it reads neglect from other lists, `neglected` says which children those lists name.
 */
export function isInFocus(
  form: Form,
  row: ChildFacts,
  referenceSerial: number,
  neglected?: ReadonlySet<string>,
): boolean {
  const evidence = form.neglect;
  if (!evidence) return false;
  const living =
    evidence.kind === "flag"
      ? row.value[evidence.column] === "Y"
      : typeof row.value.childId === "string" && (neglected?.has(row.value.childId) ?? false);
  return living && isFocusAge(childAge(row, referenceSerial));
}

/** Whether one child's rows (each with its list) say the child lives with neglect, as the form reads it. */
export function rowsSayNeglect(
  form: Form,
  entries: readonly { readonly list: string; readonly row: ChildFacts }[],
): boolean {
  const evidence = form.neglect;
  if (!evidence) return false;
  if (evidence.kind === "flag") return entries.some(({ row }) => row.value[evidence.column] === "Y");
  return entries.some(({ list, row }) => codesSayNeglect(form, list, row));
}

/** Whether a row of this list has a code the form reads as neglect (Form.neglect of kind "codes"). */
function codesSayNeglect(form: Form, list: string, row: ChildFacts): boolean {
  if (form.neglect?.kind !== "codes") return false;
  return form.neglect.sources.some((source) => {
    const value = row.value[source.column];
    return list === source.list && typeof value === "string" && source.values.includes(value);
  });
}

/** The children whose rows in the form's neglect sources say neglect (Form.neglect of kind "codes"). */
export function neglectedChildren(
  form: Form,
  lists: readonly { readonly list: string; readonly rows: readonly ChildFacts[] }[],
): ReadonlySet<string> {
  const children = new Set<string>();
  for (const data of lists)
    for (const row of data.rows)
      if (typeof row.value.childId === "string" && codesSayNeglect(form, data.list, row))
        children.add(row.value.childId);
  return children;
}

/** Where the focus rule finds its facts in a sheet: zero-based column indexes. */
export interface FocusColumns {
  /** The row's own neglect flag (the 2017 form)... */
  readonly neglect?: number;
  /** ...and every spelling of Y its code list recognises, in capitals. */
  readonly yes?: readonly string[];
  /** Or, where the form reads neglect from other lists by child (Ofsted's template), where to look. */
  readonly lookups?: NeglectLookups;
  readonly dateOfBirth?: number;
  readonly age?: number;
}

/** The row's child ID column, and each list's sheet and columns that say neglect, with its spellings. */
export interface NeglectLookups {
  readonly childId: number;
  readonly sources: readonly {
    readonly sheet: string;
    readonly idColumn: number;
    readonly column: number;
    readonly spellings: readonly string[];
  }[];
}

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
  const flagIsY = columns.lookups ? neglectElsewhere(columns.lookups, ref) : neglectFlagged(columns, ref);
  // For a whole number, ABS(age-11)<=4 is 7 to 15: the age is written once.
  const inRange = (age: string) =>
    `ABS(${age}-${(FOCUS_MIN_AGE + FOCUS_MAX_AGE) / 2})<=${(FOCUS_MAX_AGE - FOCUS_MIN_AGE) / 2}`;
  const ageValue =
    columns.age === undefined
      ? undefined
      : `IF(ISNUMBER(${ref(columns.age)}),${ref(columns.age)},IFERROR(VALUE(${ref(columns.age)}),-1))`;
  const fromAgeColumn = ageValue === undefined ? "FALSE" : `AND(${ageValue}=INT(${ageValue}),${inRange(ageValue)})`;
  if (columns.dateOfBirth === undefined) return `AND(${flagIsY},${fromAgeColumn})`;
  const cell = ref(columns.dateOfBirth);
  const dob = `IF(ISNUMBER(${cell}),${cell},${textDateFormula(cell)})`;
  // DATEDIF fails for a date of birth after the reference date (and for NO_DATE): the age column decides.
  return `AND(${flagIsY},IFERROR(${inRange(`DATEDIF(${dob},${NAMES.referenceDate},"Y")`)},${fromAgeColumn}))`;
}

/** The row's own flag says Y, in any spelling its code list recognises. */
function neglectFlagged(columns: FocusColumns, ref: (index: number) => string): string {
  if (columns.neglect === undefined || !columns.yes) return "FALSE";
  const flag = `UPPER(TRIM(${ref(columns.neglect)}))`;
  return `OR(${columns.yes.map((spelling) => `${flag}="${spelling}"`).join(",")})`;
}

/**
 * Another list says neglect for the row's child: a row of that sheet with the same ID and a neglect
 * code in one of its spellings (COUNTIFS, which every Excel since 2007 has, over whole columns).
 * Text is compared as written, as COUNTIFS does, without case: a spelling the code list does not
 * name, or stray spaces, are read by the check but not by the highlight.
 */
function neglectElsewhere(lookups: NeglectLookups, ref: (index: number) => string): string {
  const id = ref(lookups.childId);
  const whole = (sheet: string, index: number) =>
    `${quotedSheetName(sheet)}!$${columnLetter(index)}:$${columnLetter(index)}`;
  const counts = lookups.sources.flatMap((source) =>
    source.spellings.map(
      (spelling) =>
        `COUNTIFS(${whole(source.sheet, source.idColumn)},${id},${whole(source.sheet, source.column)},"${spelling.replace(/"/g, '""')}")>0`,
    ),
  );
  return `AND(${id}<>"",OR(${counts.join(",")}))`;
}

/**
 * Where a form reads neglect from other lists (Form.neglect of kind "codes"), the focus columns of
 * one of its lists: the row's ID, and each source list as `placeOf` finds it in the workbook.
 * Undefined for a form with a flag, or where no source list is placed.
 */
export function focusColumnsAcross(
  form: Form,
  indexOf: (key: ColumnKey) => number | undefined,
  placeOf: (list: string) => { sheet: string; indexOf: (key: ColumnKey) => number | undefined } | undefined,
): FocusColumns | undefined {
  const evidence = form.neglect;
  const childId = indexOf("childId");
  if (evidence?.kind !== "codes" || childId === undefined) return undefined;
  const sources = evidence.sources.flatMap((source) => {
    const place = placeOf(source.list);
    const idColumn = place?.indexOf("childId");
    const column = place?.indexOf(source.column);
    if (!place || idColumn === undefined || column === undefined) return [];
    const codes = form.lists.find((list) => list.id === source.list)?.columns.find((c) => c.key === source.column);
    const spellings = source.values.flatMap((canonical) => {
      const value = codes?.codeList?.values.find((entry) => entry.canonical === canonical);
      return [canonical, ...(value?.spellings ?? []), ...(value?.aliases ?? []), ...(value?.code ? [value.code] : [])];
    });
    const distinct = [...new Map(spellings.map((spelling) => [spelling.toUpperCase(), spelling])).values()];
    return [{ sheet: place.sheet, idColumn, column, spellings: distinct }];
  });
  if (sources.length === 0) return undefined;
  const dateOfBirth = indexOf("dateOfBirth");
  const age = indexOf("age");
  return {
    lookups: { childId, sources },
    ...(dateOfBirth !== undefined ? { dateOfBirth } : {}),
    ...(age !== undefined ? { age } : {}),
  };
}

export function focusColumnsOf(
  list: ListSpec,
  indexOf: (key: ColumnKey) => number | undefined,
): FocusColumns | undefined {
  const neglect = indexOf("neglect");
  const flag = list.columns.find((column) => column.key === "neglect");
  const yesValue = flag?.codeList?.values[0];
  if (neglect === undefined || !yesValue) return undefined;
  const yes = [yesValue.canonical, ...(yesValue.aliases ?? [])].map((spelling) => spelling.toUpperCase());
  const dateOfBirth = indexOf("dateOfBirth");
  const age = indexOf("age");
  return {
    neglect,
    yes,
    ...(dateOfBirth !== undefined ? { dateOfBirth } : {}),
    ...(age !== undefined ? { age } : {}),
  };
}

export function focusConditionalFormat(
  columns: FocusColumns,
  lastColumn: number,
  firstRow: number,
  lastRow: number,
): ConditionalFormatPlan {
  return {
    range: `A${firstRow}:${columnLetter(lastColumn)}${lastRow}`,
    formula: focusFormula(columns, firstRow),
    style: FOCUS_STYLE,
    description: columns.lookups
      ? "In focus: another list says neglect for the child, aged 7 to 15 on the reference date"
      : "In focus: neglect flag Y and aged 7 to 15 on the reference date",
  };
}
