// A council's own spellings of coded values ("Male", "1A", "Housing Dept-Wirral"), asked once and
// kept: the table `annex-a spellings` writes, the team fills in, and every later check reads.
// One row per distinct value a coded column holds that is not its code: `Means` is filled where the
// reading is certain and left for the team where it is not; `Suggestions` names the nearest codes.
// The same table carries export headings for import: a row with no Heading says which Annex A
// heading an export's heading (its Value) means.
import { findList, ownHeadingsOf, type ColumnSpec, type Form, type ListSpec } from "./catalogue";
import { canonicalValues, readColumnCode, type CodeList } from "./codes";
import type { Finding } from "./findings";
import type { CellValue } from "./grid";
import { codeKey, editDistance, headingKey } from "./text";

/** The table's headings, in order. */
export const SPELLINGS_HEADINGS = ["List", "Heading", "Value", "Cells", "Means", "Suggestions"] as const;

/** The rules whose findings are a coded cell written other than as its code. */
const SPELLING_RULES: ReadonlySet<string> = new Set([
  "CODE-ALIAS",
  "CODE-INVALID",
  "CODE-CONFLICT",
  "YN-ALIAS",
  "YN-INVALID",
]);

/** How many codes a row suggests, nearest first. */
const SUGGESTIONS = 3;

export interface SpellingRow {
  /** The list's title, as the form names it. */
  readonly list: string;
  readonly heading: string;
  readonly value: string;
  /** How many cells hold it. */
  readonly cells: number;
  /** The code it means, where that is certain. */
  readonly means?: string;
  /** Up to three of the column's codes, nearest first: at least one. */
  readonly suggestions: readonly string[];
}

/** A checked workbook's distinct unrecognised values, one row per list, column and value, in the order first met. */
export function spellingRows(
  form: Form,
  findings: readonly Finding[],
  cellOf: (finding: Finding) => CellValue,
): SpellingRow[] {
  const rows = new Map<string, { list: ListSpec; column: ColumnSpec; value: string; raw: CellValue; cells: number }>();
  for (const finding of findings) {
    if (!SPELLING_RULES.has(finding.code)) continue;
    const list = findList(form, finding.list);
    const column = list?.columns.find((candidate) => candidate.heading === finding.heading);
    const raw = cellOf(finding);
    if (!list || !column?.codeList || raw === null || raw === undefined || raw === "") continue;
    const value = String(raw);
    const key = `${list.id}\u0000${column.key}\u0000${value}`;
    const row = rows.get(key);
    if (row) row.cells += 1;
    else rows.set(key, { list, column, value, raw, cells: 1 });
  }
  return [...rows.values()].map(({ list, column, value, raw, cells }) => {
    const reading = readColumnCode(column, raw as string | number | boolean);
    const means = reading.kind === "value" ? reading.canonical : undefined;
    const first = reading.kind === "value" ? [reading.canonical] : reading.kind === "conflict" ? reading.readings : [];
    return {
      list: list.title,
      heading: column.heading,
      value,
      cells,
      ...(means ? { means } : {}),
      suggestions: suggestedCodes(column.codeList!, value, first),
    };
  });
}

/** The table as rows of cells, headings first, for a CSV or a sheet. */
export function spellingsGrid(rows: readonly SpellingRow[]): string[][] {
  return [
    [...SPELLINGS_HEADINGS],
    ...rows.map((row) => [
      row.list,
      row.heading,
      row.value,
      String(row.cells),
      row.means ?? "",
      row.suggestions.join("; "),
    ]),
  ];
}

/**
 * Up to three of the list's codes for a value, nearest first: the readings already known, then by
 * how close the value's words are to each code, its label or its other spellings. Never empty.
 */
export function suggestedCodes(list: CodeList, value: string, known: readonly string[] = []): string[] {
  const key = codeKey(value);
  const scored = list.values
    .filter((entry) => !known.includes(entry.canonical))
    .map((entry, order) => {
      const candidates = [
        entry.canonical,
        entry.canonical.replace(/^[a-z]\)\s*/i, ""),
        entry.code,
        ...(entry.aliases ?? []),
      ]
        .filter((candidate): candidate is string => candidate !== undefined && candidate !== "")
        .map(codeKey);
      return {
        canonical: entry.canonical,
        order,
        score: Math.min(...candidates.map((candidate) => distance(key, candidate))),
      };
    })
    .sort((a, b) => a.score - b.score || a.order - b.order);
  return [...known, ...scored.map((entry) => entry.canonical)].slice(0, SUGGESTIONS);
}

/** 0 for the same text, small where one holds the other, else the share of characters that differ. */
function distance(value: string, candidate: string): number {
  if (value === candidate) return 0;
  const longer = Math.max(value.length, candidate.length);
  if (value.length >= 2 && candidate.length >= 2 && (candidate.includes(value) || value.includes(candidate)))
    return 0.1 + Math.abs(value.length - candidate.length) / (10 * longer);
  return 0.2 + editDistance(value, candidate) / longer;
}

/** The team's answers, read from the table: value spellings per list and column, and export headings per list. */
export interface Spellings {
  /** By list id, column key: the value's spelling -> the code it means. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>>;
  /** By list id: an export's heading -> the Annex A heading it means. */
  readonly headings: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Rows with a value but no meaning yet: still the team's to decide. */
  readonly undecided: number;
}

export type SpellingsReading =
  { readonly ok: true; readonly spellings: Spellings } | { readonly ok: false; readonly message: string };

/**
 * The table read against the form. Refused, in one line naming the row, where a Means is not one of
 * the column's codes (or, for a heading row, one of the list's headings), a list or heading is not
 * the form's, or one value is given two meanings: a guess never becomes a fix.
 */
export function readSpellings(form: Form, grid: readonly (readonly CellValue[])[], name: string): SpellingsReading {
  const refuse = (message: string): SpellingsReading => ({ ok: false, message: `${name}: ${message}` });
  const headings = (grid[0] ?? []).map((cell) => headingKey(String(cell ?? "")));
  const at = SPELLINGS_HEADINGS.map((heading) => headings.indexOf(headingKey(heading)));
  const missing = SPELLINGS_HEADINGS.filter((_, index) => at[index] < 0);
  if (missing.length > 0)
    return refuse(
      `the first row must hold the headings ${SPELLINGS_HEADINGS.join(", ")}; ${missing.join(", ")} not found.`,
    );
  const [listAt, headingAt, valueAt, , meansAt] = at;
  const text = (row: readonly CellValue[], index: number) => String(row[index] ?? "").trim();

  const values = new Map<string, Map<string, Map<string, string>>>();
  const exportHeadings = new Map<string, Map<string, string>>();
  let undecided = 0;
  for (let index = 1; index < grid.length; index++) {
    const row = grid[index];
    const value = text(row, valueAt);
    const means = text(row, meansAt);
    if (value === "" && means === "" && text(row, listAt) === "") continue;
    const where = `row ${index + 1}`;
    const list = listNamed(form, text(row, listAt));
    if (!list) return refuse(`${where}: ‘${text(row, listAt)}’ is not a list of ${form.inSentence}.`);
    if (value === "") return refuse(`${where}: Value is blank; say which spelling the row is about.`);
    if (means === "") {
      undecided += 1;
      continue;
    }
    const headingText = text(row, headingAt);
    if (headingText === "") {
      const column = columnNamed(list, means);
      if (!column) return refuse(`${where}: ‘${means}’ is not a heading of ${list.title}.`);
      const byList = exportHeadings.get(list.id) ?? new Map<string, string>();
      exportHeadings.set(list.id, byList.set(value, column.heading));
      continue;
    }
    const column = columnNamed(list, headingText);
    if (!column) return refuse(`${where}: ‘${headingText}’ is not a heading of ${list.title}.`);
    if (!column.codeList)
      return refuse(`${where}: ${column.heading} is not a coded column, so it has no codes to mean.`);
    const code = canonicalValues(column.codeList).find((candidate) => codeKey(candidate) === codeKey(means));
    if (!code)
      return refuse(
        `${where}: ‘${means}’ is not one of the codes of ${list.title} › ${column.heading}; Means must be one of them, e.g. ‘${suggestedCodes(column.codeList, means)[0]}’.`,
      );
    const byList = values.get(list.id) ?? new Map<string, Map<string, string>>();
    const byColumn = byList.get(column.key) ?? new Map<string, string>();
    const earlier = byColumn.get(codeKey(value));
    if (earlier !== undefined && earlier !== code)
      return refuse(
        `${where}: ‘${value}’ in ${list.title} › ${column.heading} is given two meanings, ‘${earlier}’ and ‘${code}’.`,
      );
    byColumn.set(codeKey(value), code);
    values.set(list.id, byList.set(column.key, byColumn));
  }
  return { ok: true, spellings: { values, headings: exportHeadings, undecided } };
}

/** A list by any name the form gives it: title, sheet name, its own other sheet names or id. */
function listNamed(form: Form, name: string): ListSpec | undefined {
  const key = headingKey(name);
  return form.lists.find((list) =>
    [list.title, list.sheetName, list.id, ...(list.ownSheetNames ?? [])].some((known) => headingKey(known) === key),
  );
}

function columnNamed(list: ListSpec, name: string): ColumnSpec | undefined {
  const key = headingKey(name);
  return list.columns.find((column) => ownHeadingsOf(column).some((heading) => headingKey(heading) === key));
}

/**
 * The form with the team's spellings as its columns' own certain spellings (`valueAliases`): every
 * rule, the focus and the selection then read "Male" as "a) Male", with a warning and its fix where
 * the cell should say the code, never an error.
 */
export function withSpellings(form: Form, spellings: Spellings): Form {
  if (spellings.values.size === 0) return form;
  return {
    ...form,
    lists: form.lists.map((list) => {
      const byList = spellings.values.get(list.id);
      if (!byList) return list;
      return {
        ...list,
        columns: list.columns.map((column) => {
          const byColumn = byList.get(column.key);
          if (!byColumn) return column;
          const aliases: Record<string, string[]> = {};
          for (const [canonical, own] of Object.entries(column.valueAliases ?? {})) aliases[canonical] = [...own];
          for (const [value, canonical] of byColumn) (aliases[canonical] ??= []).push(value);
          return { ...column, valueAliases: aliases };
        }),
      };
    }),
  };
}
