// The command line: the same engine as the add-in, for .xlsx files.
//   annex-a template OUT.xlsx [--form ID] [--notification-date YYYY-MM-DD] [--local-authority NAME] [--force]
//   annex-a check IN.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--json] [--out MARKED.xlsx [--force]]
//   annex-a select IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force]
//   annex-a import IN.xlsx (--out OUT.xlsx [--force] | --preview) [--form ID] [--sheet NAME] [--list ID] [--map "Export=Annex A"]
//   annex-a finalise IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force] [--anyway] [--keep-selection]
//   annex-a rules
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { inspectionCalendar, notificationDateWarning } from "../domain/calendar";
import { summariseCheck } from "../domain/check-summary";
import { formatUkDate, serialFromIso, todaySerial } from "../domain/dates";
import { validateWorkbook, type WorkbookResult } from "../domain/engine";
import { ALL_RULES } from "../domain/rules";
import {
  choicesFromSheet,
  factsAwaitedText,
  toCheckSummary,
  mergeChildren,
  refreshSelection,
  selectionCounts,
} from "../domain/selection";
import { plural } from "../domain/text";
import { templatePlan } from "../domain/template-plan";
import { UK_DATE_FORMAT } from "../domain/workbook-conventions";
import { FONT, PRINT } from "../domain/workbook-conventions";
import { findList, listOf, type Form } from "../domain/catalogue";
import { DEFAULT_FORM_ID, formById, FORMS, recogniseForm, type FormChoice } from "../domain/form-choice";
import { headingRowNote, importedGrid, notReadyToImport, planImport, rowsAboveHeadings } from "../domain/import";
import { markWorkbook } from "../xlsx/mark-findings";
import { sheetInputs, workbookReference, workbookReferenceDate } from "../xlsx/read-lists";
import { readWorkbookGrids, type StreamedWorkbook } from "../xlsx/stream-grids";
import { cellAddress, NO_SAVED_RESULT, type CellValue } from "../domain/grid";
import { renderTemplate } from "../xlsx/render-template";
import { SELECTION_SHEET } from "../domain/selection";
import { factsChangeText, factsSheetName } from "../domain/selection-plan";
import { updateFactsSheet, writeSelectionSheet } from "../xlsx/write-selection";
import { assertCanWrite, saveWorkbook } from "../xlsx/save-workbook";
import { readWorkbookForCopy, type WorkbookCopy } from "../xlsx/workbook-copy";
import { csvWorkbook, isCsvPath, loadExcelJs, WorkbookFileError } from "../xlsx/workbook-file";
import { finaliseCommand } from "./finalise";
import { prettyJsonPieces } from "./json-pieces";
import { anyRowsChecked, jsonReport, textReport } from "./report";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today as a serial day number; tests pin it. */
  today(): number;
}

/**
 * 2 covers an unreadable file, a workbook with no list of rows to check, and a command that could
 * not be understood: no check ran. 0 only when at least one list's rows were checked, error-free.
 */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, nothingChecked: 2, usage: 2 } as const;

const USAGE = `Usage:
  annex-a template OUT.xlsx [--form ID] [--notification-date YYYY-MM-DD] [--local-authority NAME] [--force]
      Write a workbook with every Annex A list correctly headed, drop-downs, date formats and
      (for the joint inspection's form) an Inspection sheet with the notification date,
      reference date and every deadline.
  annex-a check IN.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--json] [--out MARKED.xlsx [--force]]
      Check every list in a workbook. Exit status: 0 rows checked and no errors, 1 errors found,
      2 file unreadable, or no list with rows to check (each sheet not checked is listed with why).
      --out writes a copy with invalid cells marked and noted, and a Findings sheet.
  annex-a select IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force]
      Build or refresh the Selection sheet (one row per child across every list, in-focus
      children first) in a copy, keeping every choice and note already made, and list the
      children selected for tracking on the 20 children's facts sheet.
  annex-a import IN.xlsx (--out OUT.xlsx [--force] | --preview) [--form ID] [--sheet NAME] [--list ID] [--map "Export heading=Annex A heading"]
      Lay a case-management export out as an Annex A list: recognise the list, map its columns
      (variants automatically; --map for the rest, as often as needed), and write a correctly
      headed sheet in a copy. Columns not mapped are reported. The export is left as it was.
  annex-a finalise IN.xlsx --out OUT.xlsx [--form ID] [--reference-date YYYY-MM-DD] [--force] [--anyway] [--keep-selection]
      Write the copy to send: the lists with every value as it is, without the tool's findings
      sheet, marks sheets, marks, focus highlight and notes, nor (unless --keep-selection) the
      Selection and Annex B sheets; says what was left out. Refused (exit status 2) while the
      check finds errors, unless --anyway is given.
  annex-a rules
      List every rule: code, severity and what it checks.

  --form names the Annex A form: ${FORMS.map((form) => form.id).join(", ")}.
      A workbook is read as the form its headings show unless --form says otherwise; a
      template is ${DEFAULT_FORM_ID} unless --form says otherwise.
  A file is never replaced unless --force is given; a failed write leaves no file behind.`;

export class UsageError extends Error {}

export function isoOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const serial = serialFromIso(value);
  if (serial === undefined)
    throw new UsageError(`--${option} must be a real date written YYYY-MM-DD, for example 2026-11-24; got ‘${value}’.`);
  return serial;
}

/** The form --form names, or undefined when it names none. */
export function namedForm(id: string | undefined): Form | undefined {
  if (id === undefined) return undefined;
  const form = formById(id);
  if (!form) throw new UsageError(`--form must be one of ${FORMS.map((known) => known.id).join(", ")}; got ‘${id}’.`);
  return form;
}

/** The form a workbook is read as: the one --form names, else the one its headings show. */
export function formOf(id: string | undefined, source: StreamedWorkbook): FormChoice {
  const named = namedForm(id);
  if (named) return { form: named, reason: "named by --form" };
  return recogniseForm(
    FORMS,
    source.grids.map(({ sheet, grid, hidden }) => ({ sheet, grid, ...(hidden ? { hidden } : {}) })),
  );
}

async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      form: { type: "string" },
      "notification-date": { type: "string" },
      "local-authority": { type: "string" },
      force: { type: "boolean" },
    },
  });
  const out = positionals[0];
  if (!out || positionals.length > 1)
    throw new UsageError("template needs one output file, e.g. annex-a template annex-a.xlsx");
  const form = namedForm(values.form) ?? formById(DEFAULT_FORM_ID)!;
  const notificationSerial = isoOption(values["notification-date"], "notification-date") ?? io.today();
  const warning = form.inspection ? notificationDateWarning(notificationSerial) : undefined;
  await assertCanWrite(out, { force: values.force });
  if (warning) io.err(`Note: ${warning}`);

  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "Annex A add-in";
  renderTemplate(workbook, templatePlan(form, { notificationSerial, localAuthority: values["local-authority"] }));
  await saveWorkbook(workbook, out, { force: values.force });
  if (!form.inspection) {
    io.out(`Wrote ${out}: every list of ${form.name}.`);
    return EXIT.ok;
  }
  io.out(`Wrote ${out}: every Annex A list, notified ${formatUkDate(notificationSerial)}.`);
  for (const deadline of inspectionCalendar(notificationSerial))
    io.out(`  ${deadline.dueText.padEnd(32)} ${deadline.what}`);
  return EXIT.ok;
}

export function samePath(a: string, b: string): boolean {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  return real(a) === real(b);
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      form: { type: "string" },
      "reference-date": { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError("check needs one workbook, e.g. annex-a check annex-a.xlsx");
  if (values.out && samePath(values.out, file))
    throw new UsageError("--out must name a new file: the workbook being checked is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");
  namedForm(values.form);
  if (values.out) await assertCanWrite(values.out, { force: values.force });

  // The grids come from the one reader, with or without --out, so the findings are the same; a
  // copy needs the whole workbook besides, loaded only then.
  const source = await readWorkbookGrids(file);
  const choice = formOf(values.form, source);
  const copy = values.out ? await copyOf(file, source) : undefined;
  const reference = workbookReference(source, io.today());
  const referenceSerial = override ?? (reference.kind === "workbook" ? reference.serial : io.today());
  const result = validateWorkbook(choice.form, sheetInputs(source), { referenceSerial, forms: FORMS });
  const { readiness } = summariseCheck(result, reference, io.today());

  // The copy is written before the report, so a failed write is one line and no report claims it.
  if (values.out && copy) {
    markWorkbook(copy.workbook, result, referenceSerial);
    await saveWorkbook(copy.workbook, values.out, { force: values.force, kept: copy.kept });
  }
  // In pieces: a report of 40,000 findings written whole would double check's peak memory.
  if (values.json)
    for (const piece of prettyJsonPieces(jsonReport(result, referenceSerial, choice, readiness))) io.out(piece);
  else io.out(textReport(file, result, referenceSerial, choice, readiness));
  if (values.out && !values.json) io.out(`Wrote a marked copy to ${values.out}.`);
  return checkExit(result);
}

/**
 * Never a silent pass: no list found, or none with rows, is "nothing checked" (2), even where the
 * headings have errors, so a script tells an empty template from a return with errors in its rows.
 */
export function checkExit(result: WorkbookResult): number {
  if (!anyRowsChecked(result)) return EXIT.nothingChecked;
  return result.findings.some((item) => item.severity === "error") ? EXIT.findings : EXIT.ok;
}

async function selectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      form: { type: "string" },
      "reference-date": { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.out)
    throw new UsageError("select needs a workbook and --out, e.g. annex-a select annex-a.xlsx --out selection.xlsx");
  if (samePath(values.out, file))
    throw new UsageError("--out must name a new file: the workbook being read is never changed.");
  const override = isoOption(values["reference-date"], "reference-date");
  namedForm(values.form);
  await assertCanWrite(values.out, { force: values.force });

  const source = await readWorkbookGrids(file);
  const { form } = formOf(values.form, source);
  const { workbook, kept } = await copyOf(file, source);
  const referenceSerial = override ?? workbookReferenceDate(source) ?? io.today();
  const result = validateWorkbook(form, sheetInputs(source), { referenceSerial, forms: FORMS });
  const children = mergeChildren(
    form,
    result.lists.map((list) => ({ list: list.list, rows: list.rows })),
    referenceSerial,
  );
  const rows = refreshSelection(children, choicesFromSheet(gridOf(source, SELECTION_SHEET) ?? []));
  const counts = selectionCounts(rows);
  writeSelectionSheet(workbook, form, rows, counts);
  const facts = updateFactsSheet(workbook, form, rows);
  await saveWorkbook(workbook, values.out, { force: values.force, kept });

  io.out(
    `Wrote ${values.out}: ${plural(rows.length, "child", "children")} on the Selection sheet, ${plural(rows.filter((row) => row.child.inFocus).length, "child", "children")} in focus.`,
  );
  io.out(`Selected for tracking: ${counts.tracking.count} (${counts.tracking.state}; the guidance asks for 20).`);
  io.out(
    `Joint evaluation: ${counts.jointEvaluation.count} of the selected (${counts.jointEvaluation.state}; the guidance asks for 5 to 7).`,
  );
  const gone = rows.filter((row) => !row.inLists).map((row) => row.child.childId);
  if (gone.length > 0) io.out(`No longer in the lists, kept and flagged: ${gone.join(", ")}.`);
  for (const line of factsChangeText(factsSheetName(form) ?? "", facts)) io.out(line);
  const awaited = factsAwaitedText(counts.factsAwaited);
  if (awaited) io.out(awaited);
  // The same warnings as each child's To check cell: one line per child.
  io.out(toCheckSummary(counts.warnings.length));
  for (const warning of counts.warnings) io.out(`  ${warning.childId}: ${warning.text}`);
  return EXIT.ok;
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      form: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      preview: { type: "boolean" },
      sheet: { type: "string" },
      list: { type: "string" },
      map: { type: "string", multiple: true },
    },
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
  if (values.out && !values.preview) await assertCanWrite(values.out, { force: values.force });

  const source = await readWorkbookGrids(file);
  const exported = values.sheet
    ? source.grids.find((entry) => entry.sheet.toLowerCase() === values.sheet!.toLowerCase())
    : source.grids.length === 1
      ? source.grids[0]
      : undefined;
  if (!exported) {
    throw new UsageError(
      `Name the sheet to import with --sheet; ${file} has ${source.grids.map((entry) => `‘${entry.sheet}’`).join(", ")}.`,
    );
  }
  const { grid } = exported;
  // The export goes in as a list of the form the rest of the workbook follows (Ofsted's template,
  // say), unless --form names one; a workbook of the export alone gets the default form.
  const form =
    named ?? formOf(undefined, { ...source, grids: source.grids.filter((entry) => entry !== exported) }).form;
  if (values.list && !findList(form, values.list))
    throw new UsageError(`--list must be one of ${form.lists.map((list) => list.id).join(", ")}.`);
  const planned = planImport(form, exported.sheet, grid, {
    ...(values.list ? { list: values.list } : {}),
    choices,
  });
  if (!planned.ok) throw new UsageError(planned.message);
  const { plan } = planned;
  const list = listOf(form, plan.list);
  const rows = importedGrid(plan, grid);

  io.out(`‘${exported.sheet}’ holds the ${list.title.toLowerCase()} list: ${plural(rows.length - 1, "row")}.`);
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
  // A formula saved without its result has no value to import: the copy would hold a stand-in.
  const unsaved = unsavedResults(grid, plan.headerRow, new Set(plan.mappings.map((mapping) => mapping.source)));
  if (unsaved.length > 0) {
    const note = `${plural(unsaved.length, "cell")} to import (first ${unsaved[0]}) ${unsaved.length === 1 ? "holds a formula" : "hold formulas"} whose result was not saved in the file. Open ${file} in Excel and save it, which saves every result, then import again.`;
    if (values.preview || !values.out) io.out(`  ${note}`);
    else throw new WorkbookFileError(`Nothing was written: ${note}`);
  }
  if (values.preview || !values.out) return EXIT.ok;
  const notReady = notReadyToImport(plan, exported.sheet);
  if (notReady)
    throw new UsageError(
      `${notReady} Nothing was written: say what a column holds with --map "Export heading=Annex A heading".`,
    );

  const { workbook, kept } = await copyOf(file, source);
  if (workbook.getWorksheet(list.sheetName)) {
    throw new UsageError(
      `${file} already has a sheet named ‘${list.sheetName}’; it is never overwritten. Rename or remove it first.`,
    );
  }
  // In the form's layout: Ofsted's title above its headings.
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
  await saveWorkbook(workbook, values.out, { force: values.force, kept });
  io.out(`Wrote ${values.out} with the sheet ‘${list.sheetName}’; ‘${exported.sheet}’ is unchanged.`);
  return EXIT.ok;
}

/**
 * The workbook to write a copy of: an .xlsx read with what ExcelJS would lose kept aside
 * (workbook-copy.ts); a CSV export as the one-sheet workbook of its grid.
 */
async function copyOf(file: string, source: StreamedWorkbook): Promise<WorkbookCopy> {
  return isCsvPath(file) ? { workbook: await csvWorkbook(source), kept: new Map() } : readWorkbookForCopy(file);
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

/** A sheet's grid by name, as Excel matches names: without case. */
function gridOf(source: StreamedWorkbook, sheet: string): CellValue[][] | undefined {
  return source.grids.find((entry) => entry.sheet.toLowerCase() === sheet.toLowerCase())?.grid;
}

function rulesCommand(io: Io): number {
  for (const rule of ALL_RULES) io.out(`${rule.code.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.summary}`);
  return EXIT.ok;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "template":
        return await templateCommand(args, io);
      case "check":
        return await checkCommand(args, io);
      case "select":
        return await selectCommand(args, io);
      case "import":
        return await importCommand(args, io);
      case "finalise":
        return await finaliseCommand(args, io);
      case "rules":
        return rulesCommand(io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`Unknown command ‘${command}’.`);
    }
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      io.err(error.message);
      return EXIT.unreadable;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: () => todaySerial(),
};
