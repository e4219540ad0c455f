// Finding a list's heading row and matching its headings to the catalogue, forgiving what exports
// do to headings (case, spacing, curly quotes, stray brackets, common variants such as "Age").
import { ownHeadingsOf, type ColumnSpec, type Form, type ListId, type ListSpec } from "./catalogue";
import { isBlank, type Grid } from "./grid";
import { remembered } from "./remembered";
import { headingKey } from "./text";

/** Exports sometimes put a title or a blank line above the headings. */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderMatch {
  readonly column: ColumnSpec;
  readonly index: number;
  readonly text: string;
  /** Written exactly as the form writes it (or as one of its own spellings of it). */
  readonly exact: boolean;
}

export interface HeaderAnalysis {
  /** Zero-based; -1 when no heading of the list was found. */
  readonly headerRow: number;
  readonly matches: readonly HeaderMatch[];
  readonly unknown: readonly { index: number; text: string }[];
  readonly duplicates: readonly { index: number; text: string; column: ColumnSpec }[];
  readonly missing: readonly ColumnSpec[];
  /** Where a missing column could be added: the first column right of the headings. */
  readonly nextFreeColumn: number;
}

const lookups = new WeakMap<ListSpec, Map<string, ColumnSpec>>();

function headingLookup(list: ListSpec): Map<string, ColumnSpec> {
  let lookup = lookups.get(list);
  if (!lookup) {
    lookup = new Map();
    for (const column of list.columns)
      for (const heading of ownHeadingsOf(column)) lookup.set(headingKey(heading), column);
    for (const column of list.columns) {
      for (const alias of column.aliases ?? []) {
        const key = headingKey(alias);
        if (!lookup.has(key)) lookup.set(key, column);
      }
    }
    // Headings and aliases without their bracketed asides: "Does the Child have a Disability"
    // (ILACS) is "Does the child have a disability? (Y/N)".
    for (const column of list.columns) {
      for (const text of [column.heading, ...(column.aliases ?? [])]) {
        const key = withoutAsides(text);
        if (key !== "" && !lookup.has(key)) lookup.set(key, column);
      }
    }
    lookups.set(list, lookup);
  }
  return lookup;
}

/**
 * The catalogue column a heading cell means in this list, if any. A heading that matches nothing
 * as written is tried again without its bracketed asides: "Gender (M/F)" is Gender.
 */
export function matchHeading(list: ListSpec, text: string): ColumnSpec | undefined {
  const lookup = headingLookup(list);
  const found = lookup.get(cellKey(text));
  if (found) return found;
  const key = cellKeyWithoutAsides(text);
  return key === "" ? undefined : lookup.get(key);
}

function withoutAsides(text: string): string {
  return headingKey(text.replace(/\([^)]*\)?|\[[^\]]*\]?/g, " "));
}

// A sheet's heading cells are asked after by every list of every form, as the sheet's form and list
// are found: each cell's keys are worked out once.
const cellKey = remembered(headingKey);
const cellKeyWithoutAsides = remembered(withoutAsides);

function rowScore(list: ListSpec, row: Grid[number] | undefined): number {
  if (!row) return 0;
  const seen = new Set<string>();
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const column = matchHeading(list, cell);
    if (column) seen.add(column.key);
  }
  return seen.size;
}

function findHeaderRow(list: ListSpec, grid: Grid): { row: number; score: number } {
  let best = { row: -1, score: 0 };
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.length); row++) {
    const score = rowScore(list, grid[row]);
    if (score > best.score) best = { row, score };
  }
  return best;
}

/** Columns every child-level list has: they say a sheet is a list of children, not which list. */
const SHARED_KEYS = new Set([
  "childId",
  "gender",
  "ethnicity",
  "dateOfBirth",
  "expectedDateOfBirth",
  "age",
  "disability",
  "allocatedTeam",
  "allocatedWorker",
  "neglect",
]);

/** How many of a list's own columns (not those every list shares) its best heading row has. */
export function distinctiveScore(list: ListSpec, grid: Grid): number {
  const { row } = findHeaderRow(list, grid);
  if (row < 0) return 0;
  const seen = new Set<string>();
  for (const cell of grid[row]) {
    if (typeof cell !== "string") continue;
    const column = matchHeading(list, cell);
    if (column && !SHARED_KEYS.has(column.key)) seen.add(column.key);
  }
  return seen.size;
}

/**
 * The row that best matches any list's headings (-1 if none does). Rows below it hold values, so
 * words there ("SEND team" as an allocated team) are never taken for headings.
 */
export function bestHeaderRow(form: Form, grid: Grid): number {
  let best = { row: -1, score: 0 };
  for (const list of form.lists) {
    const found = findHeaderRow(list, grid);
    if (found.score > best.score) best = found;
  }
  return best.row;
}

/** How many of a list's columns the best heading row of the grid has. */
export function listScore(list: ListSpec, grid: Grid): number {
  return findHeaderRow(list, grid).score;
}

export function analyseHeader(list: ListSpec, grid: Grid): HeaderAnalysis {
  const { row: headerRow } = findHeaderRow(list, grid);
  if (headerRow < 0) {
    return { headerRow, matches: [], unknown: [], duplicates: [], missing: list.columns, nextFreeColumn: 0 };
  }
  const cells = grid[headerRow];
  const matches: HeaderMatch[] = [];
  const unknown: { index: number; text: string }[] = [];
  const duplicates: { index: number; text: string; column: ColumnSpec }[] = [];
  const matched = new Set<string>();
  let lastUsed = -1;
  cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    lastUsed = index;
    const text = String(cell);
    const column = matchHeading(list, text);
    if (!column) unknown.push({ index, text });
    else if (matched.has(column.key)) duplicates.push({ index, text, column });
    else {
      matched.add(column.key);
      matches.push({ column, index, text, exact: ownHeadingsOf(column).includes(text) });
    }
  });
  const missing = list.columns.filter((column) => !matched.has(column.key));
  return { headerRow, matches, unknown, duplicates, missing, nextFreeColumn: lastUsed + 1 };
}

export type ListIdentification =
  | { readonly kind: "list"; readonly listId: ListId }
  /** The headings fit several lists (the 10-case lists) and the sheet name does not say which. */
  | { readonly kind: "ambiguous"; readonly candidates: readonly ListId[] }
  | { readonly kind: "none" };

/**
 * Which list a sheet holds, from its headings: the list with the most of its columns found wins.
 * Where lists tie (the 10-case lists share their headings; a short export may fit several), the
 * sheet name decides: the template's sheet name or title, or words such as "positive engagement".
 */
export function identifyList(form: Form, sheetName: string, grid: Grid): ListIdentification {
  let bestScore = 0;
  let candidates: ListSpec[] = [];
  for (const list of form.lists) {
    const { score } = findHeaderRow(list, grid);
    if (score < 2) continue;
    if (score > bestScore) {
      bestScore = score;
      candidates = [list];
    } else if (score === bestScore) candidates.push(list);
  }
  if (candidates.length === 0) return { kind: "none" };
  if (candidates.length === 1) return { kind: "list", listId: candidates[0].id };
  const name = headingKey(sheetName);
  const named = candidates.filter(
    (list) =>
      [list.sheetName, ...(list.ownSheetNames ?? [])].some((sheet) => headingKey(sheet) === name) ||
      headingKey(list.title) === name,
  );
  if (named.length === 1) return { kind: "list", listId: named[0].id };
  const byKeyword = candidates.filter((list) => list.sheetKeywords?.some((word) => name.includes(word)));
  if (byKeyword.length === 1) return { kind: "list", listId: byKeyword[0].id };
  return { kind: "ambiguous", candidates: candidates.map((list) => list.id) };
}
