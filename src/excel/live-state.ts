// The live state behind "re-checked as you type": the grids of the last full check kept in memory,
// changed rows patched in as Excel reports them, and the whole workbook validated again in memory
// (cheap beside a round trip to Excel), so duplicates, dates of birth across lists, the 10-case
// limits and IDs known to CIN/CP are as a full check would find them. Only marks that differ from
// what the twin sheets show are rewritten. No Excel here: live.ts reads and writes.
import type { Form, ListId } from "../domain/catalogue";
import { validateWorkbookInSteps, type SheetInput, type WorkbookResult } from "../domain/engine";
import type { Finding } from "../domain/findings";
import type { CellValue } from "../domain/grid";
import { holdBackTyping, type RowBeingTyped } from "../domain/row-being-typed";
import { MARK, type MarkTarget } from "./marks";
import type { RecheckResult } from "./recheck";
import { runGivingWay } from "./give-way";

interface SheetState {
  /** The sheet as the full check read it (name, merged cells as at that check, ...). */
  readonly input: SheetInput;
  grid: CellValue[][];
  /**
   * Rows whose values a re-check read from Excel, moved with the rows inserted and deleted since.
   * Such a read may have seen rows inserted or deleted whose event had not yet arrived, so when it
   * arrives these rows are read again (readAgainAfter).
   */
  read: Set<number>;
}

export interface LiveUpdate {
  /** What the marks and the pane show: a full check's result, less the findings `held`. */
  readonly result: WorkbookResult;
  /** Findings held back while a row is typed (row-being-typed.ts); a full check reports them. */
  readonly held: readonly Finding[];
  /** What a full check would say: `result` with the findings held back. */
  readonly validated: WorkbookResult;
  /** Per list, the rows whose findings changed and their findings now (the pane replaces those rows). */
  readonly changes: readonly RecheckResult[];
  /** Marks to rewrite: only rows where what the twin sheet shows differs from the findings. */
  readonly marks: readonly MarkTarget[];
}

const findingKey = (item: Finding) =>
  `${item.column}|${item.severity}|${item.code}|${item.message}|${item.fix?.display ?? ""}`;

function byRow(findings: readonly Finding[]): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const item of findings) {
    const keys = rows.get(item.row);
    if (keys) keys.push(findingKey(item));
    else rows.set(item.row, [findingKey(item)]);
  }
  for (const keys of rows.values()) keys.sort();
  return rows;
}

function markMap(findings: readonly Finding[]): Map<string, number> {
  const marks = new Map<string, number>();
  for (const item of findings) {
    const key = `${item.row},${item.column}`;
    marks.set(key, Math.max(marks.get(key) ?? 0, MARK[item.severity]));
  }
  return marks;
}

export class LiveState {
  private readonly sheets: Map<string, SheetState>;
  /** The result last shown: validated, less any findings held back while a row is typed. */
  private current: WorkbookResult;
  /** What each marked list's twin sheet shows now: "row,column" -> 2 or 1. */
  private readonly shown: Map<ListId, Map<string, number>>;

  constructor(
    inputs: readonly SheetInput[],
    private referenceSerial: number,
    result: WorkbookResult,
    /** The lists whose marks the check wrote (every list, or the active one). */
    marked: readonly ListId[],
    /** Every form known, as the full check knew them. */
    private readonly forms: readonly Form[],
  ) {
    this.sheets = new Map(
      inputs.map((input) => [
        input.sheet.toLowerCase(),
        { input, grid: input.grid.map((row) => [...row]), read: new Set<number>() },
      ]),
    );
    this.current = result;
    const wanted = new Set(marked);
    this.shown = new Map(
      result.lists.filter((list) => wanted.has(list.list)).map((list) => [list.list, markMap(list.findings)]),
    );
  }

  get result(): WorkbookResult {
    return this.current;
  }

  get reference(): number {
    return this.referenceSerial;
  }

  /** Columns read for a sheet's rows: its widest row so far. */
  width(sheet: string): number {
    const grid = this.sheets.get(sheet.toLowerCase())?.grid ?? [];
    let width = 0;
    for (const row of grid) width = Math.max(width, row.length);
    return width;
  }

  /** Rows below the last row known (a paste past the end). */
  rowCount(sheet: string): number {
    return this.sheets.get(sheet.toLowerCase())?.grid.length ?? 0;
  }

  /** A row's values as last read (before a pending read patches it in). */
  row(sheet: string, row: number): readonly CellValue[] | undefined {
    return this.sheets.get(sheet.toLowerCase())?.grid[row];
  }

  setReference(serial: number): void {
    this.referenceSerial = serial;
  }

  /** Replaces rows from `start` with the values Excel gave (each row from column A). */
  setRows(sheet: string, start: number, rows: readonly (readonly CellValue[])[]): void {
    const state = this.sheetState(sheet);
    while (state.grid.length < start) state.grid.push([]);
    rows.forEach((row, offset) => {
      state.grid[start + offset] = [...row];
      state.read.add(start + offset);
    });
  }

  /** A person inserted `count` rows at `at`: rows below move down, as the sheet's did. */
  insertRows(sheet: string, at: number, count: number): void {
    const state = this.sheetState(sheet);
    if (at < state.grid.length) state.grid.splice(at, 0, ...Array.from({ length: count }, () => []));
    state.read = movedRows(state.read, { kind: "inserted", at, count });
  }

  deleteRows(sheet: string, at: number, count: number): void {
    const state = this.sheetState(sheet);
    state.grid.splice(at, count);
    state.read = movedRows(state.read, { kind: "deleted", at, count });
  }

  /**
   * The rows to read again once rows inserted or deleted at `at` have moved here (insertRows,
   * deleteRows): those at or below it that a re-check read. Excel applies a person's insert or
   * delete at once, but its event may arrive after a re-check already under way has read rows below
   * it: read where the rows had already moved, then moved again here, they would stand a row off
   * (found so: a sort's rows read after a row among them was deleted). Read again, they are Excel's.
   * The full check's rows are read whole when rows moved while it ran (watchLists, live.ts).
   */
  readAgainAfter(sheet: string, at: number): number[] {
    return [...this.sheetState(sheet).read].filter((row) => row >= at);
  }

  /**
   * Validates every list again and says what changed since the last update: in steps, as a full
   * check is, so an edit in a list of 50,000 rows does not hold the pane for a second (issue 12).
   * Re-checks are queued one at a time (live.ts), so the grids do not change while it runs.
   * `typed`: a row being typed, whose missing values are held back until it is left.
   */
  async update(typed?: RowBeingTyped): Promise<LiveUpdate> {
    const inputs = [...this.sheets.values()].map((state) => ({ ...state.input, grid: state.grid }));
    const before = this.current;
    const validated = await runGivingWay(
      validateWorkbookInSteps(this.current.form, inputs, {
        referenceSerial: this.referenceSerial,
        forms: this.forms,
      }),
      {
        cancelled: "The re-check was cancelled.",
      },
    );
    const { shown: result, held } = holdBackTyping(validated, typed, (typed && this.row(typed.sheet, typed.row)) ?? []);
    this.current = result;

    const changes: RecheckResult[] = [];
    const marks: MarkTarget[] = [];
    for (const list of result.lists) {
      if (!list.sheet) continue;
      const old = before.lists.find((candidate) => candidate.list === list.list);
      const oldRows = byRow(old?.findings ?? []);
      const newRows = byRow(list.findings);
      const rows = [...new Set([...oldRows.keys(), ...newRows.keys()])]
        .filter((row) => (oldRows.get(row) ?? []).join("\n") !== (newRows.get(row) ?? []).join("\n"))
        .sort((a, b) => a - b);
      if (rows.length > 0) {
        const wanted = new Set(rows);
        changes.push({
          list: list.list,
          sheet: list.sheet,
          rows,
          findings: list.findings.filter((item) => wanted.has(item.row)),
        });
      }

      const shown = this.shown.get(list.list);
      if (!shown) continue;
      const next = markMap(list.findings);
      const differing = new Set<number>();
      let width = Math.max(...list.columnIndex.values(), 0) + 1;
      for (const [key, severity] of next) if (shown.get(key) !== severity) differing.add(Number(key.split(",")[0]));
      for (const [key] of shown) {
        const [row, column] = key.split(",").map(Number);
        if (!next.has(key)) differing.add(row);
        width = Math.max(width, column + 1);
      }
      if (differing.size === 0) continue;
      marks.push({
        list: list.list,
        sheet: list.sheet,
        columnCount: width,
        rows: [...differing].sort((a, b) => a - b),
        findings: list.findings.filter((item) => differing.has(item.row)),
      });
      this.shown.set(list.list, next);
    }
    return { result, held, validated, changes, marks };
  }

  /** After Clear marks the twin sheets show nothing: the next update writes every mark there is. */
  forgetShownMarks(): void {
    for (const list of this.shown.keys()) this.shown.set(list, new Map());
  }

  private sheetState(sheet: string): SheetState {
    const key = sheet.toLowerCase();
    let state = this.sheets.get(key);
    if (!state) {
      state = { input: { sheet, grid: [] }, grid: [], read: new Set() };
      this.sheets.set(key, state);
    }
    return state;
  }
}

/** Rows of a sheet, moved with rows inserted or deleted at `at` (deleted rows are gone). */
export function movedRows(
  rows: ReadonlySet<number>,
  change: { readonly kind: "inserted" | "deleted"; readonly at: number; readonly count: number },
): Set<number> {
  const moved = new Set<number>();
  for (const row of rows) {
    if (row < change.at) moved.add(row);
    else if (change.kind === "inserted") moved.add(row + change.count);
    else if (row >= change.at + change.count) moved.add(row - change.count);
  }
  return moved;
}
