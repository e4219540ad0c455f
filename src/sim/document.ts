// The document as request contexts and their proxies see it. The workbook (workbook.ts) creates a
// request context for each Excel.run, so the context and the proxies cannot import it back: they take
// this interface, which the workbook implements, and the compiler keeps the two in step.
import type { CellBlock } from "../domain/grid";
import type { Steps } from "../domain/steps";
import type { SimLocale } from "./coercion";
import type { SimSheet, SimTable } from "./sheet";

/** What a request context counts: syncs, queued operations, and request and response sizes. */
export interface SimStats {
  syncs: number;
  ops: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
}

export interface SimDocument {
  /** The locale Excel parses written text in (coercion.ts). */
  readonly locale: SimLocale;
  /** How an oversized request or response fails (workbook.ts, SimOptions). */
  readonly oversized: "named" | "GeneralException";
  readonly sheets: SimSheet[];
  readonly tables: (SimTable & { sheet: SimSheet })[];
  readonly names: Map<string, { sheet: SimSheet; block: CellBlock }>;
  activeSheet?: SimSheet;
  selectedCell?: { sheet: string; address: string };
  structureProtected: boolean;
  stats: SimStats;

  /** Fails as an Excel without ExcelApi `version` does. */
  requireApi(version: string, api: string): void;
  sheet(name: string): SimSheet | undefined;
  addSheet(name: string): SimSheet;
  deleteSheet(name: string): void;
  /** An API write's change events, raised when its batch completes. */
  raiseWrite(sheet: SimSheet, address: string): void;
  /** Whole rows deleted: cells below move up, tables shrink; the caller raises "RowDeleted". */
  deleteRows(sheet: SimSheet, row: number, count: number): void;
  /** A change event of the given type, raised when its batch completes. */
  raise(sheet: SimSheet, address: string, details: undefined, changeType: "RowDeleted"): void;
  /** Applies a batch alone, whole before any other batch, edit or event sees the workbook. */
  exclusive(apply: () => Promise<void>): Promise<void>;
  /** Formulas brought up to date, in steps a sync may give way between. */
  recalculation(): Steps<void>;
  /** Tells whoever draws the workbook that it changed. */
  notify(): void;
  /** Delivers a batch's events after it completes, on a later turn. */
  scheduleDelivery(): void;
}
