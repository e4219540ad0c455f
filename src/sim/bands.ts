// The in-memory Excel's long work in pieces. In Excel a sync is applied by Excel, off the task
// pane's thread; the demo applies it on the pane's thread, so a sync there runs in slices that give
// way to the browser (issue 12: the pane never blocked for more than 100 ms), and one operation on
// a large range (reading or writing 750,000 cells) is cut into bands of rows. Each band is a step
// of a generator; the sync loop (request-context.ts) decides when to give way between steps. A batch stays
// atomic: no other batch, person's edit or event runs inside it (workbook.ts `exclusive`).
import type { CellBlock } from "../domain/grid";

/** Time a sync may hold the thread before giving way, well under the 100 ms a user notices. */
export const SYNC_SLICE_MS = 20;

/**
 * Cells read or written in one step: a millisecond or two, so a slice ends close to SYNC_SLICE_MS.
 * A step costs little more than a function call; only the slice's end gives way to the browser.
 */
export const BAND_CELLS = 2_000;
/** Formulas parsed in one step: parsing one (formulas.ts) costs as much as writing dozens of cells. */
export const FORMULA_BAND_CELLS = 50;

/** Work done step by step: each `yield` is a point where the sync may give way. */
export type Steps<T> = Generator<void, T, void>;

/** What a queued command returns when its work comes in steps, so the sync loop can drive them. */
export class Banded<T = unknown> {
  constructor(readonly steps: Steps<T>) {}
}

// Giving way, and the clock slices are timed by, as the pane's own slices do.
export { giveWay, now } from "../excel/slices";

/** Rows of `block` in a band of about `cells` cells. */
const bandRows = (block: CellBlock, cells: number) => Math.max(1, Math.floor(cells / Math.max(1, block.columnCount)));

/** The block cut into bands of whole rows, about `cells` cells each, with each band's offset in the block. */
export function* rowBands(
  block: CellBlock,
  cells = BAND_CELLS,
): Generator<{ offset: number; band: CellBlock }, void, void> {
  const rows = bandRows(block, cells);
  for (let offset = 0; offset < block.rowCount; offset += rows)
    yield { offset, band: { ...block, row: block.row + offset, rowCount: Math.min(rows, block.rowCount - offset) } };
}

/** A grid built a band of rows at a time: `rowsOf(band)` gives the band's rows. */
function* bandedRows<R>(block: CellBlock, rowsOf: (band: CellBlock) => R[]): Steps<R[]> {
  const rows: R[] = [];
  for (const { band } of rowBands(block)) {
    for (const row of rowsOf(band)) rows.push(row);
    yield;
  }
  return rows;
}

/**
 * The length of `JSON.stringify(value ?? null)`, measured a band of rows at a time where the value
 * holds a grid (a response's size, against Excel's 5 MB limit), so a large read is not held up
 * stringifying it whole.
 */
export function* jsonLength(value: unknown): Steps<number> {
  if (Array.isArray(value)) {
    let length = 1 + Math.max(0, value.length - 1) + 1; // [ commas ]
    for (let index = 0; index < value.length; index++) {
      length += Array.isArray(value[index]) ? yield* jsonLength(value[index]) : plainLength(value[index]);
      if (index % 100 === 99) yield;
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

/** Rows of `block` built by `rowsOf`, all at once for a small block, else a band at a time. */
export function inBands<R>(block: CellBlock, rowsOf: (band: CellBlock) => R[]): R[] | Banded<R[]> {
  return block.rowCount <= bandRows(block, BAND_CELLS) ? rowsOf(block) : new Banded(bandedRows(block, rowsOf));
}

/** `work` done on each band of `block` (all at once for a small block), then `after`. */
export function eachBand(
  block: CellBlock,
  work: (band: CellBlock, offset: number) => void,
  after: () => void = () => undefined,
  cells = BAND_CELLS,
): Banded<void> | undefined {
  if (block.rowCount <= bandRows(block, cells)) {
    work(block, 0);
    after();
    return undefined;
  }
  return new Banded(
    (function* () {
      for (const { band, offset } of rowBands(block, cells)) {
        work(band, offset);
        yield;
      }
      after();
    })(),
  );
}

/** `first`'s work (done, or in bands), then `next`'s. */
export function andThen(
  first: Banded<void> | undefined,
  next: () => Banded<void> | undefined,
): Banded<void> | undefined {
  if (!first) return next();
  return new Banded(
    (function* () {
      yield* first.steps;
      const second = next();
      if (second) yield* second.steps;
    })(),
  );
}
