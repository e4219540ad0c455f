// The shapes of an Annex A form: its lists, their columns in order with exact headings, its code
// lists, its checklists and what the inspection asks of it. A form is data (src/domain/forms/, one
// file each), handed to whatever needs it: the engine, the readers, the writers, the add-in and the
// pane. Nothing here names a list or a heading; the forms do, each heading once.
import type { DeadlineId } from "./calendar";
import type { CodeList } from "./codes";

export type ColumnKind = "id" | "text" | "date" | "yesNo" | "code" | "count" | "age";

/** A list's id within its form ("contacts", "childrenLookedAfter"): the same id means the same list in every form. */
export type ListId = string;
/** What rules call a column; the same key means the same fact in every list and every form. */
export type ColumnKey = string;

export interface ColumnSpec {
  readonly key: ColumnKey;
  /** The exact heading the form asks for. */
  readonly heading: string;
  /** Other spellings the form itself writes for this heading (its quirks: a trailing space, curly quotes): read as exact. */
  readonly ownHeadings?: readonly string[];
  readonly kind: ColumnKind;
  readonly required: boolean;
  readonly codeList?: CodeList;
  /** Other headings exports use for this column, recognised when reading a sheet. */
  readonly aliases?: readonly string[];
  /** Shown as the heading's note in templates. */
  readonly note?: string;
  /** Said when the column is missing, after the plain message (why it may be missing, where it comes from). */
  readonly missingNote?: string;
  /** Spellings of a value that are certain in this column only, by canonical value. */
  readonly valueAliases?: Readonly<Record<string, readonly string[]>>;
  /**
   * The lowest value of a count or age, where it is not 0: an age that may be -1 (Ofsted: an
   * unborn child's age), a count that starts at 1 (Ofsted's List 8 placements, Guidance!C104).
   */
  readonly min?: number;
}

export interface LookBack {
  readonly months: 3 | 6 | 12;
  /** The row belongs in the list when any of these dates falls inside the window... */
  readonly dates: readonly ColumnKey[];
  /** ...or when this column is blank (the episode is still open). */
  readonly openWhenBlank?: ColumnKey;
}

/** What a list is for in the inspection, beyond being a list of children. */
export type ListRole =
  /** Children in need and child protection: the lists other lists' children are looked up in. */
  | "childLevelSource"
  /** One of the 10-case lists of the joint inspection (guidance para 15). */
  | "tenCase"
  /** The 20 selected children's facts (guidance para 17). */
  | "selectedFacts";

export interface ListSpec {
  readonly id: ListId;
  readonly title: string;
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
  readonly sheetName: string;
  /** Other names the form's own workbooks give the sheet ("List 3" beside "List_3"). */
  readonly ownSheetNames?: readonly string[];
  /** A title above the headings, in the form's layout (Ofsted's merged "List 1: Contacts"). */
  readonly sheetTitle?: string;
  readonly tableName: string;
  /** The number the form gives the list ("List 6"); the sheet name or title settles ties by it. */
  readonly number?: number;
  readonly due?: DeadlineId;
  /** Where the list is asked for: a paragraph of the guidance, or the template's sheet and cell. */
  readonly guidance: string;
  readonly scope: string;
  readonly lookBack?: LookBack;
  /** One row per child: a repeated child unique ID is an error. */
  readonly onePerChild: boolean;
  readonly maxRows?: number;
  /** The oldest anyone on the list may be on the reference date, where it is not a list of children (care leavers: 25). */
  readonly oldest?: number;
  /** The 10-case lists share their headings, so only the sheet name tells them apart: these words do. */
  readonly sheetKeywords?: readonly string[];
  readonly roles?: readonly ListRole[];
  /**
   * Asked for only in some inspections, beside the form's own lists (the joint inspection's
   * 10-case lists and 20 children's facts, kept beside Ofsted's template): checked where a
   * workbook has it, never written into the form's template or reported missing.
   */
  readonly optional?: boolean;
  /** Pairs of a row's dates where the second is never before the first (a plan's end and its start). */
  readonly dateOrder?: readonly (readonly [earlier: ColumnKey, later: ColumnKey])[];
  /** A date and the reason that goes with it: each is given exactly when the other is (care ending, leaving). */
  readonly reasonWithDate?: readonly (readonly [date: ColumnKey, reason: ColumnKey])[];
  /** Counts over the 12 months to a child's latest event: the same on each of the child's rows. */
  readonly sameForChild?: readonly ColumnKey[];
  readonly columns: readonly ColumnSpec[];
}

export interface ChecklistSpec {
  readonly id: string;
  readonly title: string;
  readonly sheetName: string;
  readonly tableName: string;
  readonly due: DeadlineId;
  readonly guidance: string;
  readonly scope: string;
  readonly columns: readonly ColumnSpec[];
  /** Rows written into the template, one array of cells per row, in column order. */
  readonly rows: readonly (readonly string[])[];
}

/** How a form reads neglect for the focus (aged 7 to 15 and living with neglect). */
export type NeglectEvidence =
  /** A Y/N column on each row (the joint inspection's own lists). */
  | { readonly kind: "flag"; readonly column: ColumnKey }
  /**
   * Coded columns on some lists that say neglect, read for the child across the workbook (Ofsted's
   * template: List 7's categories of abuse, List 6's primary need).
   */
  | {
      readonly kind: "codes";
      readonly sources: readonly {
        readonly list: ListId;
        readonly column: ColumnKey;
        readonly values: readonly string[];
      }[];
    };

export interface Form {
  /** What `--form` names: "jtai-neglect-2017", "ilacs-2019", "ilacs". */
  readonly id: string;
  /** Its name in full, for the report and the pane. */
  readonly name: string;
  /** Its name in a sentence: "the 2017 neglect guidance", "Ofsted's August 2019 template". */
  readonly inSentence: string;
  /** Forms of one family are revisions of one another (a later one is read as the same kind of return). */
  readonly family: string;
  /** The form this one revises, by id: where a workbook fits both equally, the earlier is taken. */
  readonly revises?: string;
  readonly lists: readonly ListSpec[];
  readonly checklists: readonly ChecklistSpec[];
  /** Every code list, in the order the Codes sheet shows them. */
  readonly codeLists: readonly CodeList[];
  /** Where the headings are (zero-based); a title row above them when the form has one. */
  readonly layout: { readonly headingRow: number };
  /** List numbers another return gives lists of this form (ILACS "List 6" is this form's children in need). */
  readonly numbered?: Readonly<Record<number, ListId>>;
  /** Numbered lists of another return that this form does not ask for, with what they are. */
  readonly numberedNotAsked?: Readonly<Record<number, string>>;
  /** Columns of another return that look like this form's but are not, with what they are. */
  readonly otherColumns?: readonly { readonly heading: string; readonly what: string }[];
  /** Rule codes that do not apply to this form. */
  readonly rulesOff?: readonly string[];
  /** How neglect is read for the focus; no focus without it. */
  readonly neglect?: NeglectEvidence;
  /** Whether the form has the joint inspection's Inspection sheet, deadlines, Selection and checklists. */
  readonly inspection: boolean;
}

export function listOf(form: Form, id: ListId): ListSpec {
  const list = form.lists.find((candidate) => candidate.id === id);
  if (!list) throw new Error(`${form.name} has no list ${id}`);
  return list;
}

export function findList(form: Form, id: ListId): ListSpec | undefined {
  return form.lists.find((candidate) => candidate.id === id);
}

export const listsWithRole = (form: Form, role: ListRole): readonly ListId[] =>
  form.lists.filter((list) => list.roles?.includes(role)).map((list) => list.id);

export const hasRole = (list: ListSpec, role: ListRole): boolean => list.roles?.includes(role) ?? false;

/** Every heading the form writes for a column: its heading and its own other spellings. */
export const ownHeadingsOf = (column: ColumnSpec): readonly string[] =>
  column.ownHeadings ? [column.heading, ...column.ownHeadings] : [column.heading];

/** What an ILACS column this form does not read is, when the heading is one of them. */
export function otherColumnOf(form: Form, headingKeyOf: (text: string) => string, text: string): string | undefined {
  const key = headingKeyOf(text);
  return form.otherColumns?.find((column) => headingKeyOf(column.heading) === key)?.what;
}

/** The keys of every column of this kind in any list of the form. */
export function keysOfKind(form: Form, kind: ColumnKind, except: readonly ColumnKey[] = []): ColumnKey[] {
  const keys = form.lists.flatMap((list) =>
    list.columns.filter((column) => column.kind === kind).map((column) => column.key),
  );
  return [...new Set(keys)].filter((key) => !except.includes(key));
}

// ---- Builders the form files share, so each reads as its table of columns ----

export const yesNoColumn = (
  codeList: CodeList,
  key: ColumnKey,
  heading: string,
  aliases: readonly string[] = [],
  required = true,
): ColumnSpec => ({ key, heading, kind: "yesNo", required, codeList, aliases });

export const dateColumn = (
  key: ColumnKey,
  heading: string,
  aliases: readonly string[] = [],
  required = false,
): ColumnSpec => ({ key, heading, kind: "date", required, aliases });

// SPEC: counts are whole numbers >= 0, so a blank is not one: none is 0 (Ofsted's ILACS FAQ,
// List 5: "no previous S47s" is written 0).
export const countColumn = (key: ColumnKey, heading: string, aliases: readonly string[] = []): ColumnSpec => ({
  key,
  heading,
  kind: "count",
  required: true,
  aliases,
});

export const textColumn = (key: ColumnKey, heading: string, aliases: readonly string[] = []): ColumnSpec => ({
  key,
  heading,
  kind: "text",
  required: false,
  aliases,
});
