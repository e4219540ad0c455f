// The rules engine: grids in, findings out. One entry for a list, one for a workbook (which adds
// the checks between lists). Pure: no Office, no ExcelJS, no I/O.
//
// How a row flows: the heading row is found and matched to the catalogue; each data row becomes
// an object keyed by column; the list's zod schema accepts canonical rows as they are; for each
// cell it rejects, the cell rules explain why (and offer a fix when certain); then every row's
// recognised values go through the row rules, the list through the list rules.
import { listOf, type ColumnKey, type ColumnSpec, type Form, type ListId } from "./catalogue";
import { compareFindings, type Finding } from "./findings";
import { isInFocus, neglectedChildren } from "./focus";
import { isBlank, isBlankRow, columnLetter, type CellBlock, type CellValue, type Grid } from "./grid";
import { analyseHeader, type HeaderAnalysis } from "./headers";
import { classifySheet, sheetNamedAs } from "./sheets";
import { cellReader } from "./readers";
import { rulesFor, type FormRules } from "./rules";
import type {
  FixFrom,
  ListContext,
  ListData,
  Problem,
  RowProblem,
  RuleMeta,
  TypedRow,
  WorkbookSheets,
} from "./rules/rule";
import { choicesFromSheet, SELECTION_SHEET, selectionColumnsOf } from "./selection";
import { cellAcceptance } from "./schemas";
import { runToEnd, type Steps } from "./steps";

export interface EngineOptions {
  /** The date ages and look-back windows are counted from, as a serial day number. */
  readonly referenceSerial: number;
  /** Every form known, so a heading or code of another form (or revision) is named as that form's. */
  readonly forms?: readonly Form[];
  /** The sheet's merged cells, when the adapter knows them. */
  readonly merged?: readonly CellBlock[];
}

export interface FocusRow {
  readonly row: number;
  readonly childId: string;
}

/**
 * What checking a list came to, so that an empty list is never taken for a clean one: "checked"
 * (its rows were checked), "empty" (headings found, no rows) or "headings not found".
 */
export type ListStatus = "checked" | "empty" | "headings not found";

export function listStatus(result: Pick<ListResult, "headerRow" | "rows">): ListStatus {
  if (result.headerRow < 0) return "headings not found";
  return result.rows.length > 0 ? "checked" : "empty";
}

export interface ListResult {
  readonly list: ListId;
  readonly status: ListStatus;
  readonly sheet?: string;
  /** Zero-based; -1 when the headings were not found. */
  readonly headerRow: number;
  /** Where each catalogue column was found, by key. */
  readonly columnIndex: ReadonlyMap<ColumnKey, number>;
  /** Data rows: non-blank rows below the headings. */
  readonly rows: readonly TypedRow[];
  readonly findings: readonly Finding[];
  /** Rows whose child is in focus (neglect flag Y, aged 7 to 15). */
  readonly focus: readonly FocusRow[];
}

export interface SheetInput {
  readonly sheet: string;
  readonly grid: Grid;
  /** Merged cells, as the adapter found them; only the first cell of each holds its value. */
  readonly merged?: readonly CellBlock[];
  /** When not given, the list is recognised from the headings (and the sheet name). */
  readonly list?: ListId;
  /** A hidden sheet is not checked (it is reported as skipped). */
  readonly hidden?: boolean;
}

export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: string;
}

export interface WorkbookResult {
  /** The form the workbook was checked as. */
  readonly form: Form;
  readonly lists: readonly ListResult[];
  readonly skipped: readonly SkippedSheet[];
  readonly findings: readonly Finding[];
}

/**
 * Each message text kept once: a council's spelling on every row says the same words 100,000 times,
 * and a return's findings are held until reported. Cleared when full, so a run of texts that each
 * name their row (a child's two dates of birth) cannot grow it without end.
 */
const knownMessages = new Map<string, string>();
const KNOWN_MESSAGES = 20_000;

function onceHeld(text: string): string {
  const known = knownMessages.get(text);
  if (known !== undefined) return known;
  if (knownMessages.size >= KNOWN_MESSAGES) knownMessages.clear();
  knownMessages.set(text, text);
  return text;
}

function finding(
  list: ListId,
  rule: RuleMeta,
  problem: Problem,
  row: number,
  column: number,
  heading: string,
): Finding {
  return {
    list,
    row,
    column,
    heading,
    severity: rule.severity,
    code: rule.code,
    message: onceHeld(problem.message),
    ...(problem.fix ? { fix: problem.fix } : {}),
  };
}

/** What the header rules say about the heading row (or, when none was found, at the top left). */
function headerFindings(form: Form, otherForms: readonly Form[], listId: ListId, analysis: HeaderAnalysis): Finding[] {
  const list = listOf(form, listId);
  const row = Math.max(analysis.headerRow, 0);
  return rulesFor(form).header.flatMap((rule) =>
    rule
      .check(analysis, list, form, otherForms)
      .map((problem) => finding(listId, rule, problem, row, problem.columnIndex, problem.heading)),
  );
}

/**
 * Names a finding's sheet or child, in place: findings are amended only here, before the engine
 * hands them out, which spares a copy of each (the key comes last, as it would in a copy).
 */
function amend(item: Finding, key: "sheet" | "childId", value: string): void {
  (item as { -readonly [K in keyof Finding]: Finding[K] })[key] = value;
}

/** Each finding on a data row names the row's child, so findings can be filtered by child. */
function withChildIds<T extends readonly Finding[]>(findings: T, rows: readonly TypedRow[]): T {
  for (const item of findings) {
    const childId = rowAt(rows, item.row)?.value.childId;
    if (typeof childId === "string") amend(item, "childId", childId);
  }
  return findings;
}

/** The data row at a sheet row, found by halves: rows are in sheet order. */
function rowAt(rows: readonly TypedRow[], rowIndex: number): TypedRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = rows[middle].rowIndex;
    if (at === rowIndex) return rows[middle];
    if (at < rowIndex) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** A finding whose fix follows from a cell with a finding of its own: no fix, and which cell to put right first. */
function withFixWithheld(item: Finding, sourceHeading: string): Finding {
  const { fix: _withheld, ...rest } = item;
  return {
    ...rest,
    message: `${item.message} Put ‘${sourceHeading.trim()}’ right first: this cell follows from it, so no fix is offered until then.`,
  };
}

function asArray<T>(result: T | readonly T[] | undefined): readonly T[] {
  if (result === undefined) return [];
  return Array.isArray(result) ? (result as readonly T[]) : [result as T];
}

/** Checks one list's grid (headings included): every cell, row and check across its rows. */
export function validateList(form: Form, listId: ListId, grid: Grid, options: EngineOptions): ListResult {
  return runToEnd(checkListInSteps(form, listId, grid, options, "whole list"));
}

/**
 * Checks some rows of a list on their own, for live re-checking after an edit: each cell and each
 * row is checked as in a full check; checks across rows (duplicates, limits, gaps) and across
 * lists wait for the next full check. Rows keep their sheet row numbers.
 */
export function validateRows(
  form: Form,
  listId: ListId,
  header: { readonly row: number; readonly cells: readonly CellValue[] },
  rows: readonly { readonly row: number; readonly cells: readonly CellValue[] }[],
  options: EngineOptions,
): ListResult {
  const result = runToEnd(
    checkListInSteps(form, listId, [header.cells, ...rows.map((row) => row.cells)], options, "rows only"),
  );
  const sheetRow = (compact: number) => (compact === 0 ? header.row : rows[compact - 1].row);
  return {
    ...result,
    headerRow: header.row,
    rows: result.rows.map((row) => ({ ...row, rowIndex: sheetRow(row.rowIndex) })),
    findings: result.findings.map((item) => ({ ...item, row: sheetRow(item.row) })),
    focus: result.focus.map((item) => ({ ...item, row: sheetRow(item.row) })),
  };
}

/** Rows checked between two points where a caller may pause (to keep a task pane responsive). */
export const ROWS_PER_STEP = 250;

/** A list whose heading row was found: where each catalogue column is, and what its rules are told. */
interface FoundList {
  readonly rules: FormRules;
  readonly listId: ListId;
  readonly grid: Grid;
  readonly headerRow: number;
  readonly columns: readonly FoundColumn[];
  readonly columnIndex: ReadonlyMap<ColumnKey, number>;
  readonly context: ListContext;
}

/** A catalogue column the sheet has: where, and how its cells are read and accepted, made once per check. */
interface FoundColumn {
  readonly column: ColumnSpec;
  readonly key: ColumnKey;
  readonly required: boolean;
  readonly index: number;
  /** What a non-blank cell means (readCell, for this column and reference date). */
  readonly read: (cell: CellValue) => unknown;
  /** Whether the column's schema accepts a non-blank cell (cellAcceptance). */
  readonly accepts: (cell: string | number | boolean) => boolean;
}

/** A row's values by column key: a plain object, but for a constructor of its own (see readRows). */
class RowObject {}

/** The data rows of a list as read, and the wholly blank rows between them. */
interface ReadRows {
  readonly rows: readonly TypedRow[];
  /**
   * Beside each row, the places (in FoundList.columns) of the cells the row schema rejects, in
   * column order; undefined for a row with none, as most rows are.
   */
  readonly rejected: readonly (readonly number[] | undefined)[];
  readonly blankRows: readonly number[];
  readonly lastDataRow: number;
}

/**
 * Reads the rows below the headings, to the last that is not blank: each keeps its cells as read
 * (`cells`, a column's found by `columnAt`) and gets what each means (`value`). A row blank in
 * every column, the catalogue's and others, is set aside as a blank row.
 *
 * Each cell is asked then, while at hand, whether the row schema accepts it, as
 * explainRejectedCells would: the row schema (schemas.ts rowSchema) is an object of one schema per
 * column, blank cells absent, so it rejects a cell exactly where that column's schema does
 * (cellAcceptance), or where a required cell is blank. No row object is parsed and no zod error
 * made for a clean row.
 */
function* readRows(found: FoundList): Steps<ReadRows> {
  const { grid, headerRow, columns } = found;
  const columnAt: Partial<Record<ColumnKey, number>> = Object.fromEntries(found.columnIndex);
  let lastDataRow = grid.length - 1;
  while (lastDataRow > headerRow && isBlankRow(grid[lastDataRow])) lastDataRow--;
  const rows: TypedRow[] = [];
  const rejected: (number[] | undefined)[] = [];
  const blankRows: number[] = [];
  for (let rowIndex = headerRow + 1; rowIndex <= lastDataRow; rowIndex++) {
    if ((rowIndex - headerRow) % ROWS_PER_STEP === 0) yield 0;
    const cells = grid[rowIndex] ?? [];
    if (isBlankRow(cells)) {
      blankRows.push(rowIndex);
      continue;
    }
    // Made by one constructor, keys in column order: cheaper to make than copies of a template
    // (measured on the scale bench), and every row's objects share one shape.
    const value: Partial<Record<ColumnKey, unknown>> = new RowObject();
    let rejects: number[] | undefined;
    for (let place = 0; place < columns.length; place++) {
      const { key, index, read, accepts, required } = columns[place];
      const cell = cells[index];
      // isBlank's answer, asked of text alone: null and undefined are blank, a number or boolean never.
      if (cell === null || cell === undefined || (typeof cell === "string" && isBlank(cell))) {
        value[key] = undefined;
        if (required) (rejects ??= []).push(place);
      } else {
        value[key] = read(cell);
        if (!accepts(cell)) (rejects ??= []).push(place);
      }
    }
    rows.push({ rowIndex, cells, columnAt, value });
    rejected.push(rejects);
  }
  return { rows, rejected, blankRows, lastDataRow };
}

/**
 * The list's zod schema accepts canonical rows as they are; for each cell it rejects (found as the
 * row was read, `rejects`), the first cell rule with something to say explains why (and offers a
 * fix when certain).
 */
function explainRejectedCells(
  found: FoundList,
  row: TypedRow,
  rejects: readonly number[],
  findings: Finding[],
  derived: DerivedFix[],
): void {
  for (const place of rejects) {
    const { column, index } = found.columns[place];
    const cell = row.cells[index];
    const { rule, problem } = explainCell(found.rules.cell, cell, column, found.context);
    if (problem.fix && problem.fixFrom) derived.push({ at: findings.length, from: problem.fixFrom });
    findings.push(finding(found.listId, rule, problem, row.rowIndex, index, column.heading));
  }
}

/** A finding of the row being checked (by its place in the findings) whose fix follows from other cells. */
interface DerivedFix {
  readonly at: number;
  readonly from: readonly ColumnKey[];
}

/**
 * Once a row's cells and row rules have spoken (its findings are those from `rowStart` on), takes
 * back each fix that follows from a filled cell with a finding of its own (see FixFrom in
 * rules/rule.ts). A blank cell gives nothing to follow from: a fix offered beside it comes from
 * elsewhere (an age's own fraction). Few findings have such a fix, and a row has few findings, so
 * this costs nothing on a clean row.
 */
function withholdDoubtedFixes(
  found: FoundList,
  row: TypedRow,
  findings: Finding[],
  rowStart: number,
  derived: DerivedFix[],
): void {
  const hasFindingAt = (column: number, other: number) => {
    if (isBlank(row.cells[column])) return false;
    for (let index = rowStart; index < findings.length; index++)
      if (index !== other && findings[index].column === column) return true;
    return false;
  };
  for (const { at, from } of derived) {
    const source = from.find((key) => {
      const column = found.columnIndex.get(key);
      return column !== undefined && hasFindingAt(column, at);
    });
    if (source !== undefined) findings[at] = withFixWithheld(findings[at], headingOf(found, source));
  }
  derived.length = 0;
}

function explainCell(
  cellRules: FormRules["cell"],
  raw: CellValue,
  column: ColumnSpec,
  context: ListContext,
): { rule: RuleMeta; problem: Problem & FixFrom } {
  for (const rule of cellRules) {
    if (!rule.appliesTo(column)) continue;
    const problem = rule.check(raw, column, context);
    if (problem) return { rule, problem };
  }
  // Unreachable while the registry ends with a rule that applies to every cell.
  throw new Error(`No rule explains the cell in column ${column.key}`);
}

/** The heading of a catalogue column, as the findings name it. */
function headingOf(found: FoundList, key: ColumnKey): string {
  return found.context.list.columns.find((column) => column.key === key)?.heading ?? key;
}

/** A finding at a catalogue column of the list, placed where the sheet has that column. */
function columnFinding(found: FoundList, rule: RuleMeta, problem: RowProblem, rowIndex: number): Finding {
  return finding(
    found.listId,
    rule,
    problem,
    rowIndex,
    found.columnIndex.get(problem.column) ?? 0,
    headingOf(found, problem.column),
  );
}

/** What the row rules say about one row (checks across its columns). */
function checkRowRules(found: FoundList, row: TypedRow, findings: Finding[], derived: DerivedFix[]): void {
  for (const rule of found.rules.row) {
    const result = rule.check(row, found.context);
    if (result === undefined) continue;
    for (const problem of asArray(result)) {
      if (problem.fix && problem.fixFrom) derived.push({ at: findings.length, from: problem.fixFrom });
      findings.push(columnFinding(found, rule, problem, row.rowIndex));
    }
  }
}

/** What the list rules say about the list's rows together (duplicates, limits, gaps, merged cells). */
function checkListRules(found: FoundList, read: ReadRows, merged: readonly CellBlock[]): Finding[] {
  const { grid, headerRow, columns } = found;
  /** The heading of whatever is at a sheet column: the catalogue's, else the sheet's own, else its letter. */
  const headingAt = (index: number) =>
    columns.find((entry) => entry.index === index)?.column.heading ??
    (isBlank(grid[headerRow]?.[index]) ? `column ${columnLetter(index)}` : String(grid[headerRow][index]));
  const context = { ...found.context, blankRows: read.blankRows, merged, headerRow, lastRow: read.lastDataRow };
  return found.rules.list.flatMap((rule) =>
    rule
      .check(read.rows, context)
      .map((problem) =>
        "column" in problem
          ? columnFinding(found, rule, problem, problem.rowIndex)
          : finding(found.listId, rule, problem, problem.rowIndex, problem.columnIndex, headingAt(problem.columnIndex)),
      ),
  );
}

/**
 * A list's check in steps, yielding the number of rows checked since the last step: headings,
 * then reading the rows, explaining rejected cells and the row rules row by row, then (for the
 * whole list, not for some rows re-checked alone) the list rules.
 */
function* checkListInSteps(
  form: Form,
  listId: ListId,
  grid: Grid,
  options: EngineOptions,
  scope: "whole list" | "rows only",
): Steps<ListResult> {
  const list = listOf(form, listId);
  // Another revision of the same form is named before a form of another family.
  const others = (options.forms ?? []).filter((other) => other !== form);
  const otherForms = [
    ...others.filter((other) => other.family === form.family),
    ...others.filter((other) => other.family !== form.family),
  ];
  const analysis = analyseHeader(list, grid);
  const findings = headerFindings(form, otherForms, listId, analysis);
  const columnIndex = new Map(analysis.matches.map((match) => [match.column.key, match.index]));
  if (analysis.headerRow < 0)
    return { list: listId, status: "headings not found", headerRow: -1, columnIndex, rows: [], findings, focus: [] };

  const context: ListContext = {
    form,
    otherForms,
    list,
    referenceSerial: options.referenceSerial,
    present: new Set(columnIndex.keys()),
  };
  const columns = analysis.matches.map((match): FoundColumn => ({
    column: match.column,
    key: match.column.key,
    required: match.column.required,
    index: match.index,
    read: cellReader(match.column, options.referenceSerial),
    accepts: cellAcceptance(match.column),
  }));
  const found: FoundList = {
    rules: rulesFor(form),
    listId,
    grid,
    headerRow: analysis.headerRow,
    columns,
    columnIndex,
    context,
  };

  const read = yield* readRows(found);
  const derived: DerivedFix[] = [];
  for (let index = 0; index < read.rows.length; index++) {
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield ROWS_PER_STEP;
    const row = read.rows[index];
    const rowStart = findings.length;
    const rejects = read.rejected[index];
    if (rejects) explainRejectedCells(found, row, rejects, findings, derived);
    checkRowRules(found, row, findings, derived);
    if (derived.length > 0) withholdDoubtedFixes(found, row, findings, rowStart, derived);
  }
  if (scope === "whole list") {
    yield 0;
    findings.push(...checkListRules(found, read, options.merged ?? []));
  }

  yield 0;
  const { rows } = read;
  const focus = focusRows(form, rows, options.referenceSerial);
  findings.sort(compareFindings);
  return {
    list: listId,
    status: listStatus({ headerRow: analysis.headerRow, rows }),
    headerRow: analysis.headerRow,
    columnIndex,
    rows,
    findings: withChildIds(findings, rows),
    focus,
  };
}

/** The rows whose child is in focus; `neglected` where the form reads neglect across lists. */
function focusRows(
  form: Form,
  rows: readonly TypedRow[],
  referenceSerial: number,
  neglected?: ReadonlySet<string>,
): FocusRow[] {
  return rows
    .filter((row) => isInFocus(form, row, referenceSerial, neglected))
    .map((row) => ({ row: row.rowIndex, childId: typeof row.value.childId === "string" ? row.value.childId : "" }));
}

/**
 * Where a form reads neglect from other lists (Ofsted's template: List 7's categories, List 6's
 * primary need), each list's focus is known only once every list is read.
 */
function withFocusAcrossLists(form: Form, lists: readonly ListResult[], referenceSerial: number): ListResult[] {
  if (form.neglect?.kind !== "codes") return [...lists];
  const neglected = neglectedChildren(form, lists);
  return lists.map((result) => ({ ...result, focus: focusRows(form, result.rows, referenceSerial, neglected) }));
}

/** Where each list checked is in the workbook, by list id: its sheet and its columns (focusColumnsAcross). */
export function listPlaces(
  result: WorkbookResult,
): (id: ListId) => { sheet: string; indexOf: (key: ColumnKey) => number | undefined } | undefined {
  return (id) => {
    const found = result.lists.find((list) => list.list === id && list.sheet);
    return found ? { sheet: found.sheet!, indexOf: (key) => found.columnIndex.get(key) } : undefined;
  };
}

/**
 * Validates every sheet that holds an Annex A list, then the checks between lists. What each sheet
 * is comes from `classifySheet` (sheets.ts); every sheet not checked is in `skipped` with the reason.
 */
/** The sheets beside the lists that rules between lists read: the inspector's Selection sheet. */
function workbookSheets(sheets: readonly SheetInput[]): WorkbookSheets {
  const selection = sheets.find((input) => input.sheet.toLowerCase() === SELECTION_SHEET.toLowerCase());
  return selection && selectionColumnsOf(selection.grid) ? { choices: choicesFromSheet(selection.grid) } : {};
}

export function validateWorkbook(form: Form, sheets: readonly SheetInput[], options: EngineOptions): WorkbookResult {
  return runToEnd(validateWorkbookInSteps(form, sheets, options));
}

/**
 * validateWorkbook in steps, for a caller that must pause between them (the task pane, which may
 * not block for long): yields the number of rows checked since the last step.
 */
export function* validateWorkbookInSteps(
  form: Form,
  sheets: readonly SheetInput[],
  options: EngineOptions,
): Steps<WorkbookResult> {
  const skipped: SkippedSheet[] = [];
  const identified: { input: SheetInput; listId: ListId }[] = [];
  for (const input of sheets) {
    if (input.list) {
      identified.push({ input, listId: input.list });
      continue;
    }
    const decision = classifySheet(form, input.sheet, input.grid, input.hidden);
    if (decision.kind === "skip") skipped.push({ sheet: input.sheet, reason: decision.reason });
    else identified.push({ input, listId: decision.listId });
  }

  // One sheet per list: the one named as the template names it, else the first.
  const chosen = new Map<ListId, SheetInput>();
  const namedAsTemplate = (sheet: string, listId: ListId) => sheetNamedAs(listOf(form, listId), sheet);
  for (const { input, listId } of identified) {
    const current = chosen.get(listId);
    if (!current || (namedAsTemplate(input.sheet, listId) && !namedAsTemplate(current.sheet, listId)))
      chosen.set(listId, input);
  }
  const lists: ListResult[] = [];
  for (const { input, listId } of identified) {
    const kept = chosen.get(listId)!;
    if (kept !== input) {
      skipped.push({
        sheet: input.sheet,
        reason: `it holds the ${listOf(form, listId).title.toLowerCase()} list, which is read from ‘${kept.sheet}’`,
      });
      continue;
    }
    const result = yield* checkListInSteps(
      form,
      listId,
      input.grid,
      { ...options, ...(input.merged ? { merged: input.merged } : {}) },
      "whole list",
    );
    for (const item of result.findings) amend(item, "sheet", input.sheet);
    lists.push({ ...result, sheet: input.sheet });
  }

  const data: ListData[] = lists.map((result) => ({ list: listOf(form, result.list), rows: result.rows }));
  const beside = workbookSheets(sheets);
  const crossFindings = new Map<ListId, Finding[]>();
  const resultOf = new Map(lists.map((result) => [result.list, result]));
  for (const rule of rulesFor(form).workbook) {
    yield 0;
    for (const problem of rule.check(data, options.referenceSerial, form, beside)) {
      const result = resultOf.get(problem.list);
      if (!result) continue;
      const list = listOf(form, problem.list);
      const heading = list.columns.find((column) => column.key === problem.column)?.heading ?? problem.column;
      const item = finding(
        problem.list,
        rule,
        problem,
        problem.rowIndex,
        result.columnIndex.get(problem.column) ?? 0,
        heading,
      );
      amend(item, "sheet", result.sheet!);
      const found = crossFindings.get(problem.list);
      if (found) found.push(item);
      else crossFindings.set(problem.list, [item]);
    }
  }
  yield 0;
  const merged = withFocusAcrossLists(form, lists, options.referenceSerial).map((result) => {
    const extra = crossFindings.get(result.list);
    return extra
      ? { ...result, findings: [...result.findings, ...withChildIds(extra, result.rows)].sort(compareFindings) }
      : result;
  });
  return { form, lists: merged, skipped, findings: merged.flatMap((result) => result.findings) };
}
