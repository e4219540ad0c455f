// Small helpers the rules share, so each rule file reads as its sentence of the spec.
import {
  findList,
  hasRole,
  ownHeadingsOf,
  type ColumnKey,
  type ColumnSpec,
  type Form,
  type ListId,
  type ListRole,
  type ListSpec,
} from "../catalogue";
import { formatUkDate } from "../dates";
import { isBlank, quote } from "../grid";
import { listInWords, plainText } from "../text";
import { canonicalValues, isAcceptedValue } from "../codes";
import type { Fix } from "../findings";
import { type ListContext, type ListData, type Problem, type TypedRow } from "./rule";

/** How to put a cell of this kind right, in a few words. */
export function howToFill(column: ColumnSpec): string {
  switch (column.kind) {
    case "id":
      return "Enter the child's unique ID from the case-management system.";
    case "yesNo":
      return `Enter ${yesNoInWords(column)}.`;
    case "code":
      return "Choose a value from the drop-down.";
    case "date":
      return "Enter the date as dd/mm/yyyy.";
    case "count":
      return "Enter a whole number, 0 or more.";
    case "age":
      return "Enter the age in whole years.";
    case "text":
      return "Enter the text.";
  }
}

/** The same column (by key) in another form's list of the same id, or of any list. */
function sameColumnIn(form: Form, listId: ListId, key: ColumnKey): ColumnSpec | undefined {
  const inList = (list: ListSpec | undefined) => list?.columns.find((column) => column.key === key);
  return inList(findList(form, listId)) ?? form.lists.map(inList).find((column) => column !== undefined);
}

/** Another form (or revision) that writes this heading, as its own, for the same column. */
export function formWritingHeading(
  otherForms: readonly Form[],
  listId: ListId,
  key: ColumnKey,
  text: string,
): Form | undefined {
  return otherForms.find((other) => {
    const column = sameColumnIn(other, listId, key);
    return column !== undefined && ownHeadingsOf(column).includes(text);
  });
}

/** Another form (or revision) that writes this code, as its own, in the same column. */
export function formWritingCode(
  otherForms: readonly Form[],
  listId: ListId,
  key: ColumnKey,
  raw: string | number,
): Form | undefined {
  if (typeof raw !== "string") return undefined;
  return otherForms.find((other) => {
    const codes = sameColumnIn(other, listId, key)?.codeList;
    return codes !== undefined && isAcceptedValue(codes, raw);
  });
}

/** The columns of each list by key, found once: row rules look a column up on every row. */
const columnsByKey = new WeakMap<ListSpec, ReadonlyMap<ColumnKey, ColumnSpec>>();

/** The list last asked about, and its columns by key: a check asks about one list, row after row. */
let lastList: ListSpec | undefined;
let lastByKey: ReadonlyMap<ColumnKey, ColumnSpec> = new Map();

/** The list's column with this key (the first, as `list.columns.find` would give). */
export function columnOf(list: ListSpec, key: ColumnKey): ColumnSpec | undefined {
  if (list !== lastList) {
    let byKey = columnsByKey.get(list);
    if (!byKey) {
      const map = new Map<ColumnKey, ColumnSpec>();
      for (const column of list.columns) if (!map.has(column.key)) map.set(column.key, column);
      columnsByKey.set(list, (byKey = map));
    }
    lastList = list;
    lastByKey = byKey;
  }
  return lastByKey.get(key);
}

/**
 * What a yes/no cell answers, whatever its form writes: a yes/no code list gives yes first and no
 * second ("Y", "N"; Ofsted's "a) Yes", "b) No", then "c) Unknown"). Undefined when blank, not
 * certain, or neither (unknown).
 */
export function answerOf(list: ListSpec, row: TypedRow, key: ColumnKey): "yes" | "no" | undefined {
  const value = row.value[key];
  const values = columnOf(list, key)?.codeList?.values;
  if (typeof value !== "string" || !values) return undefined;
  if (values[0]?.canonical === value) return "yes";
  if (values[1]?.canonical === value) return "no";
  return undefined;
}

/** What a yes/no column of the form holds, in words: "Y or N"; Ofsted's "a) Yes, b) No or c) Unknown". */
export function yesNoInWords(column: ColumnSpec): string {
  return listInWords(column.codeList ? canonicalValues(column.codeList) : ["Y", "N"]);
}

/**
 * Where only spaces (non-breaking ones included) set the value apart from the canonical one, the
 * problem that says so, with the canonical value as the fix; else undefined.
 */
export function strayWhitespace(raw: string | number | boolean, canonical: string | undefined): Problem | undefined {
  if (canonical === undefined || typeof raw !== "string" || raw === canonical || plainText(raw) !== canonical)
    return undefined;
  return {
    message: `${quote(raw)} has spaces (or non-breaking spaces) that are not part of the value ${quote(canonical)}. Use the fix to write it without them.`,
    fix: { value: canonical, display: canonical },
  };
}

export const hasValue = (row: TypedRow, key: ColumnKey): boolean => {
  const at = row.columnAt[key];
  if (at === undefined) return false;
  const cell = row.cells[at];
  // isBlank's answer (rawCell's cell), asked of text alone: null is blank, a number or boolean never.
  return typeof cell === "string" ? !isBlank(cell) : cell !== null && cell !== undefined;
};

export const dateValue = (row: TypedRow, key: ColumnKey): number | undefined => {
  const value = row.value[key];
  return typeof value === "number" ? value : undefined;
};

export const heading = (context: ListContext, key: ColumnKey): string =>
  context.list.columns.find((column) => column.key === key)?.heading ?? key;

export const dateFix = (serial: number): Fix => ({ value: serial, display: formatUkDate(serial) });

export const BLANK_FIX: Fix = { value: "", display: "(blank)" };

/** The rows of the children in need and child protection lists, by child ID. */
export function sourceListRowsById(lists: readonly ListData[]): Map<string, TypedRow[]> | undefined {
  const sources = lists.filter((data) => hasRole(data.list, "childLevelSource"));
  return sources.length === 0 ? undefined : rowsByChild(sources.flatMap((data) => data.rows));
}

/** Rows by child ID, in order; a row without an ID is left out. */
export function rowsByChild(rows: readonly TypedRow[]): Map<string, TypedRow[]> {
  const byId = new Map<string, TypedRow[]>();
  for (const row of rows) {
    const id = row.value.childId;
    if (typeof id !== "string") continue;
    const found = byId.get(id);
    if (found) found.push(row);
    else byId.set(id, [row]);
  }
  return byId;
}

/** A child of the lists named, with the rows of the same child in the source lists. */
export interface ChildWithSources {
  readonly list: ListId;
  readonly row: TypedRow;
  readonly id: string;
  readonly sources: readonly TypedRow[];
}

/**
 * Every child (with an ID) of the lists with these roles, beside their rows in the children in need
 * and child protection lists; undefined when the workbook holds neither, so nothing can be compared.
 */
export function childrenWithSources(
  lists: readonly ListData[],
  roles: readonly ListRole[],
): ChildWithSources[] | undefined {
  const byId = sourceListRowsById(lists);
  if (!byId) return undefined;
  return lists
    .filter((data) => roles.some((role) => hasRole(data.list, role)))
    .flatMap((data) =>
      data.rows.flatMap((row) => {
        const id = row.value.childId;
        return typeof id === "string" ? [{ list: data.list.id, row, id, sources: byId.get(id) ?? [] }] : [];
      }),
    );
}
