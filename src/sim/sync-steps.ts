// The in-memory Excel's long work in steps (domain/steps.ts). In Excel a sync is applied by Excel,
// off the task pane's thread; the demo applies it on the pane's thread, so a sync there gives way to
// the browser every SYNC_GIVE_WAY_MS (issue 12: the pane never blocked for more than 100 ms), and
// one operation on a large range (reading or writing 750,000 cells) takes a few rows a step. The
// sync loop (request-context.ts) decides when to give way between steps. A batch stays atomic: no
// other batch, person's edit or event runs inside it (workbook.ts `exclusive`).
import type { CellBlock } from "../domain/grid";
import type { Steps } from "../domain/steps";

/** Time a sync may hold the thread before giving way, well under the 100 ms a user notices. */
export const SYNC_GIVE_WAY_MS = 20;

/**
 * Cells read or written in one step: a millisecond or two, so a sync gives way close to
 * SYNC_GIVE_WAY_MS. A step costs little more than a function call; only giving way costs more.
 */
export const STEP_CELLS = 2_000;
/** Formulas parsed in one step: parsing one (formulas.ts) costs as much as writing dozens of cells. */
export const FORMULA_STEP_CELLS = 50;

/** What a queued command returns when its work comes in steps, so the sync loop can drive them. */
export class Stepwise<T = unknown> {
  constructor(readonly steps: Steps<T>) {}
}

// Giving way, and the clock it is timed by, as the pane's own work does.
export { giveWay, now } from "../excel/give-way";

/** How many rows of `block` make a step of about `cells` cells. */
const rowsPerStep = (block: CellBlock, cells: number) =>
  Math.max(1, Math.floor(cells / Math.max(1, block.columnCount)));

/** The block cut into whole rows for each step, about `cells` cells each, with their offset in the block. */
export function* rowSteps(
  block: CellBlock,
  cells = STEP_CELLS,
): Generator<{ offset: number; rows: CellBlock }, void, void> {
  const count = rowsPerStep(block, cells);
  for (let offset = 0; offset < block.rowCount; offset += count)
    yield { offset, rows: { ...block, row: block.row + offset, rowCount: Math.min(count, block.rowCount - offset) } };
}

/** A grid built a step's rows at a time: `rowsOf(rows)` gives the grid's rows for those rows of the block. */
function* gridInSteps<R>(block: CellBlock, rowsOf: (rows: CellBlock) => R[]): Steps<R[]> {
  const grid: R[] = [];
  for (const { rows } of rowSteps(block)) {
    for (const row of rowsOf(rows)) grid.push(row);
    yield 0;
  }
  return grid;
}

/**
 * The length of `JSON.stringify(value ?? null)`, measured a few rows a step where the value
 * holds a grid (a response's size, against Excel's 5 MB limit), so a large read is not held up
 * stringifying it whole.
 */
export function* jsonLength(value: unknown): Steps<number> {
  if (Array.isArray(value)) {
    let length = 1 + Math.max(0, value.length - 1) + 1; // [ commas ]
    for (let index = 0; index < value.length; index++) {
      length += Array.isArray(value[index]) ? yield* jsonLength(value[index]) : plainLength(value[index]);
      if (index % 100 === 99) yield 0;
    }
    return length;
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    // JSON leaves out a property whose value is undefined, a function or a symbol.
    const entries = Object.entries(value).filter(
      ([, item]) => item !== undefined && typeof item !== "function" && typeof item !== "symbol",
    );
    let length = 1 + Math.max(0, entries.length - 1) + 1; // { commas }
    for (const [key, item] of entries)
      length += JSON.stringify(key).length + 1 + (Array.isArray(item) ? yield* jsonLength(item) : plainLength(item));
    return length;
  }
  return plainLength(value);
}

/** JSON.stringify's length for a value in an array: "null" for what JSON cannot say (undefined). */
function plainLength(value: unknown): number {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 4 : text.length;
}

/** Rows of `block` built by `rowsOf`, all at once for a small block, else a step's rows at a time. */
export function inSteps<R>(block: CellBlock, rowsOf: (rows: CellBlock) => R[]): R[] | Stepwise<R[]> {
  return block.rowCount <= rowsPerStep(block, STEP_CELLS) ? rowsOf(block) : new Stepwise(gridInSteps(block, rowsOf));
}

/** `work` done on each step's rows of `block` (all at once for a small block), then `after`. */
export function eachStep(
  block: CellBlock,
  work: (rows: CellBlock, offset: number) => void,
  after: () => void = () => undefined,
  cells = STEP_CELLS,
): Stepwise<void> | undefined {
  if (block.rowCount <= rowsPerStep(block, cells)) {
    work(block, 0);
    after();
    return undefined;
  }
  return new Stepwise(
    (function* () {
      for (const { rows, offset } of rowSteps(block, cells)) {
        work(rows, offset);
        yield 0;
      }
      after();
    })(),
  );
}

/** `first`'s work (done, or in steps), then `next`'s. */
export function andThen(
  first: Stepwise<void> | undefined,
  next: () => Stepwise<void> | undefined,
): Stepwise<void> | undefined {
  if (!first) return next();
  return new Stepwise(
    (function* () {
      yield* first.steps;
      const second = next();
      if (second) yield* second.steps;
    })(),
  );
}
