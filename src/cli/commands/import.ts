// `annex-a import`: a case-management export laid out as an Annex A list in a copy: its options
// read, the export's sheet found, the column mapping reported, and the list's sheet written.
import type ExcelJS from "exceljs";
import { findList, listOf, type Form, type ListSpec } from "../../domain/catalogue";
import { FORMS } from "../../domain/form-choice";
import { cellAddress, NO_SAVED_RESULT, type CellValue } from "../../domain/grid";
import {
  headingRowNote,
  importedGrid,
  notReadyToImport,
  planImport,
  rowsAboveHeadings,
  type ImportPlan,
} from "../../domain/import";
import { plural } from "../../domain/text";
import { FONT, PRINT, UK_DATE_FORMAT } from "../../domain/workbook-conventions";
import { assertCanWrite, saveWorkbook } from "../../xlsx/save-workbook";
import { readWorkbookGrids, type StreamedWorkbook } from "../../xlsx/stream-grids";
import { WorkbookFileError } from "../../xlsx/workbook-file";
import { withSpellings } from "../../domain/spellings";
import { copyOf, EXIT, formOf, namedForm, samePath, spellingsTable, UsageError, type Io } from "../shared";
import { parseOptions } from "../options";

interface ImportOptions {
  readonly file: string;
  readonly out?: string;
  readonly force?: boolean;
  /** Report the mapping only, write nothing: also when no --out is given. */
  readonly preview: boolean;
  readonly sheet?: string;
  readonly list?: string;
  /** The form --form names, if it names one. */
  readonly named?: Form;
  /** --map's "Export heading=Annex A heading" pairs. */
  readonly choices: Map<string, string>;
  /** --spellings: the team's table of spellings and export headings. */
  readonly spellings?: string;
}

type ExportedSheet = StreamedWorkbook["grids"][number];

export async function importCommand(args: string[], io: Io): Promise<number> {
  const options = importOptions(args);
  if (!options.preview) await assertCanWrite(options.out!, { force: options.force });

  const source = await readWorkbookGrids(options.file);
  const exported = exportedSheet(source, options);
  // The export goes in as a list of the form the rest of the workbook follows (Ofsted's template,
  // say), unless --form names one; a workbook of the export alone gets the default form.
  const chosenForm =
    options.named ?? formOf(undefined, { ...source, grids: source.grids.filter((entry) => entry !== exported) }).form;
  const table = options.spellings ? await spellingsTable(chosenForm, options.spellings) : undefined;
  const form = table ? withSpellings(chosenForm, table) : chosenForm;
  if (options.list && !findList(form, options.list))
    throw new UsageError(`--list must be one of ${form.lists.map((list) => list.id).join(", ")}.`);
  const planned = planImport(form, exported.sheet, exported.grid, {
    ...(options.list ? { list: options.list } : {}),
    choices: options.choices,
    ...(table ? { tableChoices: table.headings } : {}),
  });
  if (!planned.ok) throw new UsageError(planned.message);
  const { plan } = planned;
  const list = listOf(form, plan.list);
  const rows = importedGrid(plan, exported.grid);

  reportPlan(io, plan, exported, rows.length - 1);
  reportUnsaved(io, plan, exported, options);
  if (options.preview) return EXIT.ok;
  const notReady = notReadyToImport(plan, exported.sheet);
  if (notReady)
    throw new UsageError(
      `${notReady} Nothing was written: say what a column holds with --map "Export heading=Annex A heading".`,
    );

  const { workbook, kept } = await copyOf(options.file, source);
  if (workbook.getWorksheet(list.sheetName)) {
    throw new UsageError(
      `${options.file} already has a sheet named ‘${list.sheetName}’; it is never overwritten. Rename or remove it first.`,
    );
  }
  writeListSheet(workbook, list, plan, rows);
  await saveWorkbook(workbook, options.out!, { force: options.force, kept });
  io.out(`Wrote ${options.out} with the sheet ‘${list.sheetName}’; ‘${exported.sheet}’ is unchanged.`);
  return EXIT.ok;
}

/** The command's options, refused with the usage when they make no sense together. */
function importOptions(args: string[]): ImportOptions {
  const { values, positionals } = parseOptions("import", args, {
    form: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    preview: { type: "boolean" },
    sheet: { type: "string" },
    list: { type: "string" },
    map: { type: "string", multiple: true },
    spellings: { type: "string" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || (!values.out && !values.preview)) {
    throw new UsageError(
      "import needs a workbook and --out (or --preview), e.g. annex-a import export.xlsx --out annex-a.xlsx",
    );
  }
  if (values.out && samePath(values.out, file))
    throw new UsageError("--out must name a new file: the export is never changed.");
  const named = namedForm(values.form);
  if (values.list && !FORMS.some((form) => findList(named ?? form, values.list!))) {
    const ids = [...new Set((named ? [named] : FORMS).flatMap((form) => form.lists.map((list) => list.id)))];
    throw new UsageError(`--list must be one of ${ids.join(", ")}.`);
  }
  const choices = new Map<string, string>();
  for (const pair of values.map ?? []) {
    const at = pair.lastIndexOf("=");
    if (at <= 0) throw new UsageError(`--map takes "Export heading=Annex A heading"; got ‘${pair}’.`);
    choices.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return {
    file,
    ...(values.out ? { out: values.out } : {}),
    ...(values.force ? { force: values.force } : {}),
    preview: Boolean(values.preview || !values.out),
    ...(values.sheet ? { sheet: values.sheet } : {}),
    ...(values.list ? { list: values.list } : {}),
    ...(named ? { named } : {}),
    choices,
    ...(values.spellings ? { spellings: values.spellings } : {}),
  };
}

/** The sheet holding the export: the one --sheet names, or the workbook's only sheet. */
function exportedSheet(source: StreamedWorkbook, options: ImportOptions): ExportedSheet {
  const exported = options.sheet
    ? source.grids.find((entry) => entry.sheet.toLowerCase() === options.sheet!.toLowerCase())
    : source.grids.length === 1
      ? source.grids[0]
      : undefined;
  if (!exported) {
    throw new UsageError(
      `Name the sheet to import with --sheet; ${options.file} has ${source.grids.map((entry) => `‘${entry.sheet}’`).join(", ")}.`,
    );
  }
  return exported;
}

/** How the export's columns map to the list's: recognised, chosen, not imported, left blank. */
function reportPlan(io: Io, plan: ImportPlan, exported: ExportedSheet, rowCount: number): void {
  const list = listOf(plan.form, plan.list);
  io.out(`‘${exported.sheet}’ holds the ${list.title.toLowerCase()} list: ${plural(rowCount, "row")}.`);
  for (const mapping of plan.mappings) {
    io.out(
      `  ‘${mapping.sourceHeading}’ -> ‘${mapping.column.heading}’${mapping.how === "exact" ? "" : ` (${mapping.how === "variant" ? "recognised" : "your choice"})`}`,
    );
  }
  for (const column of plan.unmapped)
    io.out(
      `  not imported: ‘${column.heading}’ (map it with --map "${column.heading}=Annex A heading" if it holds one)`,
    );
  for (const column of plan.missing) io.out(`  missing, left blank: ‘${column.heading}’`);
  const headingRow = headingRowNote(plan, exported.sheet);
  if (headingRow) io.out(`  ${headingRow}`);
}

/**
 * A formula saved without its result has no value to import: the copy would hold a stand-in. A
 * preview says so; an import writes nothing.
 */
function reportUnsaved(io: Io, plan: ImportPlan, exported: ExportedSheet, options: ImportOptions): void {
  const columns = new Set(plan.mappings.map((mapping) => mapping.source));
  const unsaved = unsavedResults(exported.grid, plan.headerRow, columns);
  if (unsaved.length === 0) return;
  const note = `${plural(unsaved.length, "cell")} to import (first ${unsaved[0]}) ${unsaved.length === 1 ? "holds a formula" : "hold formulas"} whose result was not saved in the file. Open ${options.file} in Excel and save it, which saves every result, then import again.`;
  if (options.preview) io.out(`  ${note}`);
  else throw new WorkbookFileError(`Nothing was written: ${note}`);
}

/** The addresses of the cells below the headings, in the columns imported, whose formula has no saved result. */
function unsavedResults(
  grid: readonly (readonly CellValue[])[],
  headerRow: number,
  columns: ReadonlySet<number>,
): string[] {
  const found: string[] = [];
  for (let row = headerRow + 1; row < grid.length; row++)
    grid[row]?.forEach((value, column) => {
      if (value === NO_SAVED_RESULT && columns.has(column)) found.push(cellAddress(row, column));
    });
  return found;
}

/** The list's sheet, in the form's layout: Ofsted's title above its headings, frozen and printed as a template's. */
function writeListSheet(
  workbook: ExcelJS.Workbook,
  list: ListSpec,
  plan: ImportPlan,
  rows: readonly CellValue[][],
): void {
  const above = rowsAboveHeadings(plan);
  const headingsAt = above.length + 1;
  const target = workbook.addWorksheet(list.sheetName, { views: [{ state: "frozen", ySplit: headingsAt }] });
  target.addRows([...above, ...rows]);
  for (let row = 1; row <= headingsAt; row++) target.getRow(row).font = { ...FONT, bold: true };
  target.pageSetup = {
    ...target.pageSetup,
    orientation: PRINT.orientation,
    fitToPage: true,
    fitToWidth: PRINT.fitToWidth,
    fitToHeight: PRINT.fitToHeight,
    printTitlesRow: `${headingsAt}:${headingsAt}`,
  };
  list.columns.forEach((column, index) => {
    if (column.kind === "date") target.getColumn(index + 1).numFmt = UK_DATE_FORMAT;
    target.getColumn(index + 1).width = Math.min(Math.max(column.heading.length + 2, 12), 40);
  });
}
