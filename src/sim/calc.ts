// Formulas evaluated as Excel evaluates them: every formula cell of the workbook, and any formula
// asked about (a conditional format's, moved to a cell), computed by HyperFormula (a dev
// dependency) from the workbook's values and names. So a value read back from a formula cell is
// what Excel computes, in the same batch that wrote it, whatever the formula
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
//
// Only what a formula needs is loaded: the formula cells, the cells and names they refer to (and
// theirs, in turn), and the cells a formula asked about refers to. A list of 100,000 rows that no
// formula reads is never copied. The engine is kept while nothing it was built from changes, and
// rebuilt, lazily, on the next read after a change (a sheet's version or cell count, its sheets,
// its names).
import { AlwaysSparse, DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { columnLetter, parseRangeAddress, quotedSheetName, type CellBlock, type CellValue } from "../domain/grid";
import type { Steps } from "../domain/steps";
import { namesUsed } from "./formulas";
import { MAX_COLUMNS, MAX_ROWS, within, type SimCell, type SimSheet } from "./sheet";
import { FORMULA_STEP_CELLS, now, STEP_CELLS } from "./sync-steps";

export interface CalcWorkbook {
  readonly sheets: readonly SimSheet[];
  readonly names: ReadonlyMap<string, { readonly sheet: SimSheet; readonly block: CellBlock }>;
}

/** A reference in a formula: the sheet it names (if any) and the cells. */
interface Reference {
  readonly sheet?: string;
  readonly block: CellBlock;
}

const REFERENCE =
  /"(?:[^"]|"")*"|(?<![\w.$])(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![\w(!])/gi;

/** The cells a formula refers to by address ("A1", "'Sheet x'!$B$2:$C$9", "D:D", "3:5"); names aside. */
export function referencesIn(formula: string): Reference[] {
  const found: Reference[] = [];
  for (const match of formula.matchAll(REFERENCE)) {
    if (match[2] === undefined) continue; // a string literal
    const text = match[2].replace(/\$/g, "").toUpperCase();
    const block = parseRangeAddress(text);
    if (!block) continue;
    const sheet = match[1]?.replace(/^'|'$/g, "").replace(/''/g, "'");
    found.push(sheet === undefined ? { block } : { sheet, block });
  }
  return found;
}

/** A formula parsed counts as this many cells looked at, in a step (sync-steps.ts). */
const PARSE_WORK = STEP_CELLS / FORMULA_STEP_CELLS;
/** A step of the engine's work (giving it formulas, then evaluating them) ends after this long. */
const ENGINE_STEP_MS = 5;

/** Cells few enough to be held one by one rather than as a block (loadBlock). */
const SMALL_BLOCK = 64;

/** Whether a formula reads a large block of cells, or a name (which may be one). */
function readsLarge(formula: string): boolean {
  return (
    namesUsed(formula).length > 0 ||
    referencesIn(formula).some(({ block }) => block.rowCount * block.columnCount > SMALL_BLOCK)
  );
}

/** A sheet name no workbook can have (":" is not allowed), for formulas evaluated on their own. */
const SCRATCH = "calc:scratch";

/** Functions whose value depends on more than their arguments: the time, chance, or the cell's place. */
const CONTEXTUAL = /\b(TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY|OFFSET|INDIRECT|CELL|INFO|ROW|COLUMN|SHEET)\s*\(/i;

/** Whether a formula reads no cell and no name, and gives the same value wherever and whenever. */
export function readsNothing(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return referencesIn(formula).length === 0 && namesUsed(formula).length === 0 && !CONTEXTUAL.test(code);
}

/** How Office.js hands back what HyperFormula computed. */
function asExcelValue(value: unknown): CellValue {
  // A reference to an empty cell is 0 in Excel; HyperFormula says null.
  if (value === null || value === undefined) return 0;
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return "#VALUE!";
}

/** A stored value as HyperFormula must be given it: text stays text ("0123", "=x", "TRUE"). */
function rawContent(cell: SimCell): RawCellContent {
  if (cell.formula) return cell.formula;
  const value = cell.value;
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "string" ? `'${value}` : value;
}

/** What the engine holds of a sheet: each cell given (by key) with what it was given, and the blocks. */
interface Loaded {
  readonly cells: Map<number, RawCellContent>;
  readonly blocks: CellBlock[];
}

/**
 * A few engines for the process, each lent to one workbook at a time: building a HyperFormula
 * costs some 20 ms, and the tests make thousands of workbooks (a few alive at once). A workbook
 * whose engine is lent to another starts afresh on its next recalculation.
 */
const POOL_SIZE = 4;
const pool: { engine: HyperFormula; owner?: WorkbookCalc }[] = [];

function newEngine(): HyperFormula {
  const engine = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    // Excel's limits, not HyperFormula's defaults (40,000 rows); sparse, so row 100,001 costs nothing.
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    chooseAddressMappingPolicy: new AlwaysSparse(),
    // Excel (365) evaluates a range inside a function as an array: SUMPRODUCT((TRIM(B6:B20)="Y")+...).
    useArrayArithmetic: true,
    // No undo history: the engine is refilled, never undone, and the history would only grow.
    undoLimit: 0,
  });
  // A scratch sheet, always the first, where a formula that reads no cell is evaluated (constantValue).
  engine.addSheet(SCRATCH);
  return engine;
}

/** An engine for `owner`: a free one, a new one, or the one lent longest ago (its owner gives it up). */
function lendEngine(owner: WorkbookCalc): { engine: HyperFormula; previous?: WorkbookCalc } {
  let entry = pool.find((candidate) => candidate.owner === undefined);
  if (!entry && pool.length < POOL_SIZE) {
    entry = { engine: newEngine() };
    pool.push(entry);
  }
  entry ??= pool[0];
  const previous = entry.owner;
  // Its owner may have left it suspended between steps (WorkbookCalc.refresh): it is no longer theirs.
  if (entry.engine.isEvaluationSuspended()) entry.engine.resumeEvaluation();
  pool.splice(pool.indexOf(entry), 1);
  pool.push(entry);
  entry.owner = owner;
  return { engine: entry.engine, previous };
}

/** The value of a formula that reads no cell: HYPERLINK's friendly name directly, else HyperFormula's answer. */
function constantValue(formula: string): CellValue {
  // HYPERLINK(link_location, [friendly_name]) shows the friendly name, else the link
  // (https://support.microsoft.com/office/hyperlink-function-333c7ce6-c5ae-4164-9c47-7de9b76f577f).
  const link = /^=HYPERLINK\("((?:[^"]|"")*)"(?:,"((?:[^"]|"")*)")?\)$/i.exec(formula);
  if (link) return (link[2] ?? link[1]).replace(/""/g, '"');
  if (pool.length === 0) pool.push({ engine: newEngine() });
  return asExcelValue(pool[0].engine.calculateFormula(formula, 0));
}

export class WorkbookCalc {
  private engine?: HyperFormula;
  private builtStructure: unknown[] = [];
  /** Each sheet's version, cell count and formula count when last given to the engine. */
  private readonly seen = new WeakMap<SimSheet, { version: number; size: number; formulas: number }>();
  /** Per sheet, the cells (by key) and blocks already given to the engine. */
  private loaded = new Map<SimSheet, Loaded>();
  private formulaCells: { sheet: SimSheet; row: number; column: number; cell: SimCell }[] = [];
  private built = false;
  /** The recalculation under way in steps, if any. */
  private running?: Steps<void>;
  /** Bumped each time the engine is lent to another workbook (release). */
  private lent = 0;
  /** Formulas that read no cell, with the value each gave, by cell. */
  private readonly constants = new WeakMap<SimCell, { formula: string; value: CellValue }>();

  constructor(private readonly workbook: CalcWorkbook) {}

  /**
   * Brings every formula cell's value up to date. Called after each batch and each edit, and before
   * values are read, so it only compares what it holds with the workbook unless something changed:
   * then the sheets that changed are given to the engine again (which recalculates what depends
   * on them), or, when sheets or names changed, everything.
   */
  recalculate(): void {
    const steps = this.recalculation();
    while (!steps.next().done);
  }

  /**
   * recalculate in steps, for a sync to give way between (sync-steps.ts): a findings sheet's 16,000
   * link formulas are looked over a few at a step. The workbook is not written between steps, since a
   * batch is applied whole before another batch or an edit (workbook.ts `exclusive`); a
   * recalculation asked for meanwhile (the demo drawing a mark's formula) finishes this one first.
   */
  *recalculation(): Steps<void> {
    if (this.running) yield* this.running;
    this.running = this.steps();
    yield* this.running;
  }

  private *steps(): Steps<void> {
    try {
      for (;;) {
        const lent = this.lent;
        if (!this.built || !this.sameStructure()) yield* this.rebuild();
        else {
          let changed: SimSheet[] | undefined;
          for (const sheet of this.workbook.sheets) {
            const seen = this.seen.get(sheet);
            const held = this.loaded.has(sheet) || sheet.formulaCells.size > 0;
            if (
              seen?.formulas !== sheet.formulaCells.size ||
              (held && (seen.version !== sheet.version || seen.size !== sheet.cells.size))
            )
              (changed ??= []).push(sheet);
          }
          if (changed) yield* this.refresh(changed);
        }
        // The engine was lent to another workbook between steps: what it gave is not this one's.
        if (this.lent === lent) return;
        this.built = false;
      }
    } finally {
      this.running = undefined;
    }
  }

  /** A formula's value as Excel would give it in a cell of `sheet` with its references as written. */
  evaluate(formula: string, sheet: SimSheet): CellValue {
    this.recalculate();
    const engine = this.ensureEngine();
    const id = engine.getSheetId(sheet.name);
    if (id === undefined) return "#REF!";
    this.loadPrecedents(formula, sheet);
    return asExcelValue(engine.calculateFormula(formula.startsWith("=") ? formula : `=${formula}`, id));
  }

  /** How many cells the engine has been given since it was last built (for tests: only what formulas read). */
  get loadedCells(): number {
    let count = 0;
    for (const { cells } of this.loaded.values()) count += cells.size;
    return count;
  }

  /** The sheets (by identity and name) and the names, as when the engine was filled; compared in place. */
  private structure(): unknown[] {
    const structure: unknown[] = [];
    for (const sheet of this.workbook.sheets) structure.push(sheet, sheet.name);
    for (const [name, named] of this.workbook.names) structure.push(name, named);
    return structure;
  }

  private sameStructure(): boolean {
    const built = this.builtStructure;
    let index = 0;
    for (const sheet of this.workbook.sheets)
      if (built[index++] !== sheet || built[index++] !== sheet.name) return false;
    for (const [name, named] of this.workbook.names)
      if (built[index++] !== name || built[index++] !== named) return false;
    return index === built.length;
  }

  private *rebuild(): Steps<void> {
    this.built = false;
    this.emptyEngine();
    this.loaded = new Map();
    this.formulaCells = [];
    this.builtStructure = this.structure();
    yield* this.refresh(this.workbook.sheets);
  }

  /**
   * Gives the engine the sheets' new formulas, and the cells of theirs it holds that changed; in
   * steps of about STEP_CELLS cells looked at (a formula parsed counting as many), except while the
   * engine's evaluation is suspended, so that no other workbook is lent it suspended.
   */
  private *refresh(sheets: readonly SimSheet[]): Steps<void> {
    const refreshed = new Set(sheets);
    this.formulaCells = this.formulaCells.filter(({ sheet }) => !refreshed.has(sheet));
    const added: { sheet: SimSheet; row: number; column: number; cell: SimCell; large: boolean }[] = [];
    let work = 0;
    let scanStart = now();
    for (const sheet of sheets) {
      if (sheet.formulaCells.size === 0) continue;
      // The set may hold cells since cleared or overwritten: keep only those still in the sheet.
      sheet.formulaCells.clear();
      for (const [key, cell] of sheet.cells) {
        if (++work >= STEP_CELLS) {
          work = 0;
          yield 0;
          scanStart = now();
        }
        if (!cell.formula) continue;
        sheet.formulaCells.add(cell);
        // A formula that reads no cell or name keeps the value it had (a findings sheet's thousands
        // of links): only a changed formula is looked at, and evaluated, again.
        const known = this.constants.get(cell);
        if (known?.formula === cell.formula) {
          cell.value = known.value;
          continue;
        }
        work += PARSE_WORK;
        if (now() - scanStart >= ENGINE_STEP_MS) {
          work = 0;
          yield 0;
          scanStart = now();
        }
        if (readsNothing(cell.formula)) {
          const constant = { formula: cell.formula, value: constantValue(cell.formula) };
          this.constants.set(cell, constant);
          cell.value = constant.value;
          continue;
        }
        const large = readsLarge(cell.formula);
        added.push({ sheet, row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS, cell, large });
      }
    }
    // Formulas reading a few cells first, those reading large blocks (a count over a column) last,
    // so each step's evaluation below does not evaluate the large ones again.
    added.sort((a, b) => Number(a.large) - Number(b.large));
    this.formulaCells.push(...added);
    const held = sheets.filter((sheet) => this.loaded.has(sheet));
    if (added.length > 0 || held.length > 0) {
      const engine = this.ensureEngine();
      const lent = this.lent;
      // The engine evaluates what it was given at the end of each step: no other workbook is
      // lent it suspended (lendEngine), and a step's evaluation is small.
      engine.suspendEvaluation();
      try {
        // Timed, as what a formula costs the engine varies widely: giving it one, and evaluating
        // what depends on it.
        let stepStart = now();
        for (const done of this.giveEngine(held, added)) {
          work += done;
          if (work < STEP_CELLS && (done < PARSE_WORK || now() - stepStart < ENGINE_STEP_MS)) continue;
          work = 0;
          engine.resumeEvaluation();
          yield 0;
          if (this.lent !== lent) return; // lent meanwhile: the recalculation starts again
          engine.suspendEvaluation();
          stepStart = now();
        }
      } finally {
        if (this.lent === lent && engine.isEvaluationSuspended()) engine.resumeEvaluation();
      }
    }
    if (this.engine) {
      const engine = this.engine;
      for (const { sheet, row, column, cell } of this.formulaCells) {
        if (++work >= STEP_CELLS) {
          work = 0;
          yield 0;
          if (this.engine !== engine) return; // lent meanwhile: the recalculation starts again
        }
        cell.value = asExcelValue(engine.getCellValue({ sheet: engine.getSheetId(sheet.name)!, row, col: column }));
      }
    }
    for (const sheet of this.workbook.sheets) this.see(sheet);
    this.built = true;
  }

  /** Gives the engine the held sheets' changes and the new formulas, saying after each piece how much work it was. */
  private *giveEngine(
    held: readonly SimSheet[],
    added: readonly { sheet: SimSheet; row: number; column: number; large: boolean }[],
  ): Steps<void> {
    for (const sheet of held) if (this.loaded.has(sheet)) yield* this.update(sheet, this.loaded.get(sheet)!);
    for (const { sheet, row, column, large } of added) {
      this.loadCell(sheet, row, column);
      // A formula over a large block is evaluated in a step of its own: a count over 50,000 rows
      // costs the engine tens of milliseconds.
      yield large ? STEP_CELLS : PARSE_WORK;
    }
  }

  private see(sheet: SimSheet): void {
    this.seen.set(sheet, { version: sheet.version, size: sheet.cells.size, formulas: sheet.formulaCells.size });
  }

  /**
   * Empties the engine for a rebuild, keeping it: building a HyperFormula costs some 20 ms, and a
   * test suite rebuilds thousands of times. Its sheets and names are made the workbook's again.
   */
  private emptyEngine(): void {
    const engine = this.engine;
    if (!engine) return;
    engine.batch(() => {
      const wanted = new Set(this.workbook.sheets.map((sheet) => sheet.name.toLowerCase()));
      for (const name of engine.getSheetNames())
        if (name !== SCRATCH && !wanted.has(name.toLowerCase())) engine.removeSheet(engine.getSheetId(name)!);
      for (const sheet of this.loaded.keys()) {
        const id = engine.getSheetId(sheet.name);
        if (id !== undefined) engine.clearSheet(id);
      }
      for (const sheet of this.workbook.sheets)
        if (engine.getSheetId(sheet.name) === undefined) engine.addSheet(sheet.name);
      for (const name of engine.listNamedExpressions()) engine.removeNamedExpression(name);
      this.addNames(engine);
    });
  }

  private addNames(engine: HyperFormula): void {
    for (const [name, { sheet, block }] of this.workbook.names) {
      // A name HyperFormula will not take stays undefined there: formulas using it read #NAME?.
      if (engine.isItPossibleToAddNamedExpression(name, `=${absolute(sheet.name, block)}`))
        engine.addNamedExpression(name, `=${absolute(sheet.name, block)}`);
    }
  }

  /** An engine of the process's, lent to this workbook: its sheets (empty until cells are loaded) and names. */
  private ensureEngine(): HyperFormula {
    if (this.engine) return this.engine;
    const { engine, previous } = lendEngine(this);
    previous?.release();
    engine.batch(() => {
      for (const name of engine.listNamedExpressions()) engine.removeNamedExpression(name);
      for (const name of engine.getSheetNames()) if (name !== SCRATCH) engine.removeSheet(engine.getSheetId(name)!);
      for (const sheet of this.workbook.sheets) engine.addSheet(sheet.name);
      this.addNames(engine);
    });
    this.engine = engine;
    return engine;
  }

  /** The engine is lent to another workbook: this one starts afresh on its next recalculation. */
  private release(): void {
    this.lent += 1;
    this.engine = undefined;
    this.loaded = new Map();
    this.built = false;
  }

  private loadedOf(sheet: SimSheet) {
    let loaded = this.loaded.get(sheet);
    if (!loaded) {
      loaded = { cells: new Map(), blocks: [] };
      this.loaded.set(sheet, loaded);
      // A sheet first read after a refresh (by evaluate) is held from now on, as it stands now.
      if (this.built) this.see(sheet);
    }
    return loaded;
  }

  private loadCell(sheet: SimSheet, row: number, column: number, cell = sheet.cell(row, column)): void {
    const loaded = this.loadedOf(sheet);
    const key = row * MAX_COLUMNS + column;
    if (loaded.cells.has(key)) return;
    const content = cell ? rawContent(cell) : null;
    loaded.cells.set(key, content);
    if (content === null) return;
    const engine = this.ensureEngine();
    engine.setCellContents({ sheet: engine.getSheetId(sheet.name)!, row, col: column }, content);
    if (cell?.formula) this.loadPrecedents(cell.formula, sheet);
  }

  /**
   * Gives the engine again each cell of the sheet it holds that has changed, and what is new in its
   * blocks, saying after each cell how much work it was.
   */
  private *update(sheet: SimSheet, loaded: Loaded): Steps<void> {
    const engine = this.engine!;
    const id = engine.getSheetId(sheet.name)!;
    for (const [key, given] of loaded.cells) {
      const cell = sheet.cells.get(key);
      const content = cell ? rawContent(cell) : null;
      if (content === given) {
        yield 1;
        continue;
      }
      loaded.cells.set(key, content);
      engine.setCellContents({ sheet: id, row: Math.floor(key / MAX_COLUMNS), col: key % MAX_COLUMNS }, content);
      if (cell?.formula) this.loadPrecedents(cell.formula, sheet);
      yield PARSE_WORK;
    }
    for (const block of loaded.blocks) {
      this.loadBlockCells(sheet, block);
      yield 1;
    }
  }

  /** Gives the engine the cells (and names) a formula on `sheet` refers to, and theirs in turn. */
  private loadPrecedents(formula: string, sheet: SimSheet): void {
    for (const reference of referencesIn(formula)) {
      const target = reference.sheet === undefined ? sheet : this.sheetNamed(reference.sheet);
      if (target) this.loadBlock(target, reference.block);
    }
    for (const name of namesUsed(formula)) {
      const named = this.workbook.names.get(name.toLowerCase());
      if (named) this.loadBlock(named.sheet, named.block);
    }
  }

  private loadBlock(sheet: SimSheet, block: CellBlock): void {
    // A few cells are given one by one and held as cells, a later write to each then seen (update),
    // not kept as a block: 50,000 row formulas would otherwise keep 250,000 blocks, each looked
    // through for the next.
    if (block.rowCount * block.columnCount <= SMALL_BLOCK) {
      for (let r = 0; r < block.rowCount; r++)
        for (let c = 0; c < block.columnCount; c++) this.loadCell(sheet, block.row + r, block.column + c);
      return;
    }
    const loaded = this.loadedOf(sheet);
    if (loaded.blocks.some((done) => within(block, done))) return;
    loaded.blocks.push(block);
    this.loadBlockCells(sheet, block);
  }

  private loadBlockCells(sheet: SimSheet, block: CellBlock): void {
    if (block.rowCount * block.columnCount <= sheet.cells.size) {
      for (let r = 0; r < block.rowCount; r++)
        for (let c = 0; c < block.columnCount; c++) this.loadCell(sheet, block.row + r, block.column + c);
      return;
    }
    // A block larger than what the sheet holds (a whole column): visit the cells there are instead.
    for (const { row, column, cell } of sheet.cellsIn(block)) this.loadCell(sheet, row, column, cell);
  }

  private sheetNamed(name: string): SimSheet | undefined {
    return this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }
}

/** 'Sheet x'!$A$1:$B$2, as a name's definition. */
function absolute(sheetName: string, block: CellBlock): string {
  const cell = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  const first = cell(block.row, block.column);
  const last = cell(block.row + block.rowCount - 1, block.column + block.columnCount - 1);
  return `${quotedSheetName(sheetName)}!${first}${first === last ? "" : `:${last}`}`;
}
