// Importing a case-management export into an Annex A list: recognise which list it is, map its
// columns to the catalogue (recognised variants automatically, the rest by the user's choice),
// and lay the rows out under the exact headings in catalogue order. Values are carried across as
// they are: the import moves columns, it never changes a value.
import { listOf, type ColumnSpec, type Form, type ListId } from "./catalogue";
import { isBlankRow, type CellValue, type Grid } from "./grid";
import { analyseHeader, identifyList, matchHeading } from "./headers";
import { headingKey } from "./text";

export interface ColumnMapping {
  /** Zero-based column in the export. */
  readonly source: number;
  readonly sourceHeading: string;
  readonly column: ColumnSpec;
  /** How the match was made: the exact heading, a recognised variant, or the user's choice. */
  readonly how: "exact" | "variant" | "chosen";
}

export interface ImportPlan {
  /** The form whose list the export is laid out as. */
  readonly form: Form;
  readonly list: ListId;
  readonly headerRow: number;
  readonly mappings: readonly ColumnMapping[];
  /** Export columns not mapped to any Annex A column: reported, never silently dropped. */
  readonly unmapped: readonly { readonly source: number; readonly heading: string }[];
  /** Annex A columns the export does not have: left blank. */
  readonly missing: readonly ColumnSpec[];
  /**
   * Whether any of the list's headings was recognised. When none was (the user named the list of
   * an export whose headings are all its own), the export's first row with anything in it is taken
   * as its headings and every column waits for the user's choice.
   */
  readonly headingsFound: boolean;
}

export type ImportResult =
  { readonly ok: true; readonly plan: ImportPlan } | { readonly ok: false; readonly message: string };

/**
 * Maps an export's columns to a list. `choices` maps an export heading to the Annex A heading the
 * user says it holds; it wins over recognition. `tableChoices` are the same, kept by list in the
 * team's spellings table (spellings.ts): used for the list found, and `choices` win over them.
 */
export function planImport(
  form: Form,
  sheetName: string,
  grid: Grid,
  options: {
    list?: ListId;
    choices?: ReadonlyMap<string, string>;
    tableChoices?: ReadonlyMap<ListId, ReadonlyMap<string, string>>;
  } = {},
): ImportResult {
  let listId = options.list;
  if (!listId) {
    const identified = identifyList(form, sheetName, grid);
    if (identified.kind === "none")
      return { ok: false, message: `No Annex A list was recognised in ‘${sheetName}’: name the list it holds.` };
    if (identified.kind === "ambiguous") {
      return {
        ok: false,
        message: `‘${sheetName}’ could be ${identified.candidates.map((id) => `‘${listOf(form, id).title}’`).join(" or ")}: name the list it holds.`,
      };
    }
    listId = identified.listId;
  }
  const list = listOf(form, listId);
  const analysis = analyseHeader(list, grid);
  const headingsFound = analysis.headerRow >= 0;
  // The user named the list: its headings need not be there, the user can say what each column holds.
  const headerRow = headingsFound ? analysis.headerRow : grid.findIndex((row) => !isBlankRow(row));
  if (headerRow < 0) return { ok: false, message: `‘${sheetName}’ is empty: there is nothing to import.` };
  if (!headingsFound && !options.list)
    return { ok: false, message: `None of the ${list.title.toLowerCase()} headings were found in ‘${sheetName}’.` };

  const chosen = new Map<string, ColumnSpec | undefined>();
  for (const [sourceHeading, target] of [...(options.tableChoices?.get(listId) ?? []), ...(options.choices ?? [])]) {
    const column = matchHeading(list, target);
    if (!column) return { ok: false, message: `‘${target}’ is not a heading of the ${list.title.toLowerCase()} list.` };
    chosen.set(headingKey(sourceHeading), column);
  }

  const mappings: ColumnMapping[] = [];
  const unmapped: { source: number; heading: string }[] = [];
  const taken = new Set<string>();
  const headerCells = grid[headerRow];
  headerCells.forEach((cell, source) => {
    if (cell === null || cell === undefined || String(cell).trim() === "") return;
    const heading = String(cell);
    const choice = chosen.get(headingKey(heading));
    const column = choice ?? matchHeading(list, heading);
    if (!column || taken.has(column.key)) {
      unmapped.push({ source, heading });
      return;
    }
    taken.add(column.key);
    mappings.push({
      source,
      sourceHeading: heading,
      column,
      how: choice ? "chosen" : heading === column.heading ? "exact" : "variant",
    });
  });
  return {
    ok: true,
    plan: {
      form,
      list: listId,
      headerRow,
      mappings,
      unmapped,
      missing: list.columns.filter((column) => !taken.has(column.key)),
      headingsFound,
    },
  };
}

/**
 * When no heading of the list was found, the export's first row is taken as its headings: said
 * aloud, so a headingless export's first child is not dropped unseen.
 */
export function headingRowNote(plan: ImportPlan, sheetName: string): string | undefined {
  if (plan.headingsFound) return undefined;
  return `Row ${plan.headerRow + 1} of ‘${sheetName}’ is taken as its headings and is not imported. If it holds a child, add a heading row above it first.`;
}

/**
 * Why a plan cannot be imported yet, or undefined when it can: with no column mapped, every row
 * would be written blank, so nothing is imported until the user says what a column holds (each
 * caller says how).
 */
export function notReadyToImport(plan: ImportPlan, sheetName: string): string | undefined {
  if (plan.mappings.length > 0) return undefined;
  const title = listOf(plan.form, plan.list).title.toLowerCase();
  return plan.headingsFound
    ? `No column of ‘${sheetName}’ has a ${title} heading, so every row would be blank.`
    : `None of the ${title} headings were found in ‘${sheetName}’, so every row would be blank.`;
}

/**
 * The rows a new sheet of the list has above its headings, in its form's layout: none in the 2017
 * guidance's; Ofsted's title ("List 1: Contacts") in row 1 of its template.
 */
export function rowsAboveHeadings(plan: ImportPlan): CellValue[][] {
  const title = listOf(plan.form, plan.list).sheetTitle ?? null;
  return Array.from({ length: plan.form.layout.headingRow }, (_, index) => [index === 0 ? title : null]);
}

/** The list as it should be written: exact headings in catalogue order, then every data row. */
export function importedGrid(plan: ImportPlan, grid: Grid): CellValue[][] {
  const columns = listOf(plan.form, plan.list).columns;
  const sourceOf = new Map(plan.mappings.map((mapping) => [mapping.column.key, mapping.source]));
  let last = grid.length - 1;
  while (last > plan.headerRow && isBlankRow(grid[last])) last--;
  const rows = grid.slice(plan.headerRow + 1, last + 1).map((row) =>
    columns.map((column) => {
      const source = sourceOf.get(column.key);
      return source === undefined ? null : (row?.[source] ?? null);
    }),
  );
  return [columns.map((column) => column.heading), ...rows];
}
