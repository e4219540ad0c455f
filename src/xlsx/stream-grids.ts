// Reads every sheet of an .xlsx as grids of plain values, the shapes Office.js gives (numbers,
// dates as serials, strings, booleans, errors as "#N/A", null), straight from the file's XML: one
// part at a time, streamed (zip.ts) through a tokenizer (xml-scanner.ts), holding only the grids. The same
// grid every time, whoever wrote the file: Excel (shared strings, rich text, styles), LibreOffice,
// Google Sheets (no cell addresses), ExcelJS. ECMA-376 Part 1, 18 (SpreadsheetML) gives the XML.
import { StringDecoder } from "node:string_decoder";
import { serialFromYmd } from "../domain/dates";
import { columnIndexAt, NO_SAVED_RESULT, parseAddress, type CellBlock, type CellValue } from "../domain/grid";
import { isDateFormat } from "./number-formats";
import { readCsvFile } from "./csv";
import {
  assertXlsxFile,
  damaged,
  emptyWorkbook,
  entitiesRefused,
  isCsvPath,
  notAWorkbookZip,
  WorkbookFileError,
} from "./workbook-file";
import type { SheetGrid, SheetState, StreamedWorkbook } from "./streamed-workbook";
import { XmlScanner, type XmlHandlers, type XmlTag } from "./xml-scanner";
import { ZipFile } from "./zip";

// What the reader gives, defined apart (streamed-workbook.ts) because the CSV reader and the copy
// writer, which this module imports, take it too; offered here beside readWorkbookGrids.
export type { SheetGrid, SheetState, StreamedWorkbook } from "./streamed-workbook";

/**
 * Cells a workbook's grids may span, blanks between values included: eight times the 125,000-row
 * scale workbook (1.24 million), room for a raw extract sheet kept beside the lists. Spent as rows
 * are read, so a flood of cells is refused within seconds, at about 250 MB.
 */
export const MAX_GRID_CELLS = 10_000_000;

/**
 * Shared strings a workbook may hold: ten times the ~100,000 of the 125,000-row scale workbook
 * saved with shared strings. Counted as they are read, so a flood of empty <si/> is refused early.
 */
export const MAX_SHARED_STRINGS = 1_000_000;

/** Excel's sheet size (Excel specifications and limits). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Days between the 1904 date system's day 0 (01/01/1904) and the 1900 system's. */
const DAYS_1904 = 1462;

/** The one way every command reads a workbook's grids: an .xlsx, or a CSV export as a one-sheet workbook. */
export async function readWorkbookGrids(path: string): Promise<StreamedWorkbook> {
  return isCsvPath(path) ? readCsvFile(path) : streamWorkbookGrids(path);
}

export async function streamWorkbookGrids(path: string): Promise<StreamedWorkbook> {
  await assertXlsxFile(path);
  let zip: ZipFile;
  try {
    zip = new ZipFile(path);
  } catch (error) {
    throw damaged(path, error);
  }
  try {
    return await readWorkbook(zip, path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw damaged(path, error);
  } finally {
    zip.close();
  }
}

async function readWorkbook(zip: ZipFile, path: string): Promise<StreamedWorkbook> {
  const rootRels = await readRelationships(zip, path, "", "_rels/.rels");
  const workbookPart = rootRels.find((rel) => rel.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  // Judged by content, not name: a Word document renamed .xlsx has a main part, but not a workbook.
  if (!zip.has(workbookPart)) throw notAWorkbookZip(path, (part) => zip.has(part));
  const workbook = await readWorkbookPart(zip, path, workbookPart);
  if (workbook.root !== "workbook") throw notAWorkbookZip(path, (part) => zip.has(part));
  const rels = await readRelationships(zip, path, directoryOf(workbookPart), relsPartOf(workbookPart));
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const stylesPart = rels.find((rel) => rel.type.endsWith("/styles"))?.target;
  const dateStyles = stylesPart ? await readDateStyles(zip, path, stylesPart) : [];
  const stringsPart = rels.find((rel) => rel.type.endsWith("/sharedStrings"))?.target;
  const strings = stringsPart ? await readSharedStrings(zip, path, stringsPart) : [];

  const budget = { cells: MAX_GRID_CELLS };
  const grids: SheetGrid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = byId.get(sheet.relId);
    // Chart sheets, dialog sheets and macro sheets hold no cells.
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const read = await readSheet(zip, path, rel.target, { strings, dateStyles, date1904: workbook.date1904 }, budget);
    if (!read) throw new Error(`the sheet ${sheet.name} (${rel.target}) is missing`);
    grids.push({ sheet: sheet.name, state: sheet.state, hidden: sheet.state !== "visible", ...read });
  }
  if (grids.every(({ grid }) => grid.length === 0)) throw emptyWorkbook(path);
  return { grids, definedNames: workbook.definedNames };
}

/** Streams one XML part through the scanner. False when the zip has no such part. */
async function readXml(zip: ZipFile, path: string, part: string, handlers: XmlHandlers): Promise<boolean> {
  // SpreadsheetML never declares a DTD; one that does is refused before any entity is expanded.
  const scanner = new XmlScanner(handlers, () => {
    throw entitiesRefused(path);
  });
  // Node's StringDecoder keeps a character cut between chunks whole, at a tenth of TextDecoder's cost.
  const decoder = new StringDecoder("utf8");
  let first = true;
  const found = await zip.read(part, (bytes) => {
    const text = decoder.write(bytes);
    scanner.write(first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    first = false;
  });
  if (found) {
    scanner.write(decoder.end());
    scanner.close();
  }
  return found;
}

/** An attribute by its local name, whatever prefix the writer bound its namespace to (r:id, ns1:id). */
function prefixedAttribute(tag: XmlTag, local: string): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes())) {
    if (name.endsWith(`:${local}`)) return value;
  }
  return undefined;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, from the zip's root. */
  readonly target: string;
}

const directoryOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);
const relsPartOf = (part: string) => `${directoryOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;

/** A relationship's target from the zip's root: absolute ("/xl/worksheets/sheet1.xml") or relative to the source part's folder. */
function resolveTarget(base: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

async function readRelationships(zip: ZipFile, path: string, base: string, part: string): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  await readXml(zip, path, part, {
    open(name, tag) {
      if (name !== "Relationship") return;
      const target = tag.attribute("Target");
      if (tag.attribute("TargetMode") === "External" || !target) return;
      rels.push({
        id: tag.attribute("Id") ?? "",
        type: tag.attribute("Type") ?? "",
        target: resolveTarget(base, decodeURI(target)),
      });
    },
  });
  return rels;
}

interface WorkbookPart {
  /** The part's root element: "workbook" in a workbook, "document" in a Word document. */
  readonly root: string | undefined;
  readonly sheets: { name: string; relId: string; state: SheetState }[];
  readonly definedNames: { name: string; ranges: string[] }[];
  readonly date1904: boolean;
}

async function readWorkbookPart(zip: ZipFile, path: string, part: string): Promise<WorkbookPart> {
  const result: WorkbookPart = { root: undefined, sheets: [], definedNames: [], date1904: false };
  let root: string | undefined;
  let date1904 = false;
  let definedName: { name: string; text: string } | undefined;
  await readXml(zip, path, part, {
    open(name, tag) {
      root ??= name;
      if (name === "workbookPr") {
        const value = tag.attribute("date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const value = tag.attribute("state");
        const state: SheetState = value === "hidden" || value === "veryHidden" ? value : "visible";
        result.sheets.push({ name: tag.attribute("name") ?? "", relId: prefixedAttribute(tag, "id") ?? "", state });
      } else if (name === "definedName") definedName = { name: tag.attribute("name") ?? "", text: "" };
    },
    text(text) {
      if (definedName) definedName.text += text;
    },
    close(name) {
      if (name !== "definedName" || !definedName) return;
      result.definedNames.push({ name: definedName.name, ranges: splitRanges(definedName.text) });
      definedName = undefined;
    },
  });
  return { ...result, root, date1904 };
}

/** "Inspection!$B$5,'My sheet'!$A$1" -> its ranges: commas inside quoted sheet names do not split. */
function splitRanges(formula: string): string[] {
  const ranges: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of formula) {
    if (character === "'") quoted = !quoted;
    if (character === "," && !quoted) {
      ranges.push(current.trim());
      current = "";
    } else current += character;
  }
  if (current.trim()) ranges.push(current.trim());
  return ranges;
}

/** For each cell style (cellXfs, by index), whether its number format shows a date. */
async function readDateStyles(zip: ZipFile, path: string, part: string): Promise<boolean[]> {
  const codes = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await readXml(zip, path, part, {
    open(name, tag) {
      if (name === "numFmt") codes.set(Number(tag.attribute("numFmtId")), tag.attribute("formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) styleFormats.push(Number(tag.attribute("numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styleFormats.map((id) => isDateFormat(id, codes.get(id)));
}

/**
 * A string that no longer points into the parser's chunk of XML: V8 keeps a piece of 13 or more
 * characters as a slice of the text it was cut from, which would keep every chunk alive.
 */
const detach = (value: string): string => (value.length < 13 ? value : (" " + value).slice(1));

/** Characters XML cannot carry, as Excel writes them in text: _x000D_ for a carriage return (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
const decodeEscapes = (text: string) =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** The shared strings, in order: plain (<t>) or rich text (runs of <r><t>), phonetic guides (<rPh>) left out. */
async function readSharedStrings(zip: ZipFile, path: string, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  await readXml(zip, path, part, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && current !== undefined && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(detach(decodeEscapes(current ?? "")));
        if (strings.length > MAX_SHARED_STRINGS) throw tooManyStrings(path);
        current = undefined;
      }
    },
  });
  return strings;
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** "AB12" -> 27: the column of a cell reference, read where it lies; undefined when empty. */
function columnOfReference(text: string, from: number, to: number): number | undefined {
  return from === to ? undefined : columnIndexAt(text, from, to);
}

/** The whole number written from `from` to `to` in digits alone (1 to 15 of them, so exact); -1 for anything else. */
function digitsAt(text: string, from: number, to: number): number {
  if (from === to || to - from > 15) return -1;
  let value = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/**
 * The number written from `from` to `to`, as Number() reads it, without a copy where it is digits
 * alone (nearly every row number, style and shared-string index); undefined when empty.
 */
function numberAt(text: string, from: number, to: number): number | undefined {
  if (from === to) return undefined;
  const digits = digitsAt(text, from, to);
  return digits >= 0 ? digits : Number(text.slice(from, to));
}

/** Whether the text from `from` to `to` may hold an escape such as _x000D_ (decodeEscapes). */
function mayHoldEscape(text: string, from: number, to: number): boolean {
  for (let at = from; at < to - 1; at++)
    if (text.charCodeAt(at) === 95 /* _ */ && text.charCodeAt(at + 1) === 120) return true;
  return false;
}

/** Texts longer than this are not kept for reuse: codes and IDs are shorter; free text rarely repeats. */
const MAX_INTERNED_LENGTH = 32;
const MAX_INTERNED = 100_000;

/**
 * One copy of each short text, found by where it lies. Text written in each cell (inline strings,
 * as ExcelJS and some exports write) repeats the same codes on every row: one copy of each, as
 * shared strings give, halves the memory, and a repeat found in place needs no copy at all.
 */
class TextInterner {
  private slots: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private size = 0;

  /** The text from `from` to `to`, as a copy of its own (detach), the same copy each time it comes. */
  textAt(text: string, from: number, to: number): string {
    const length = to - from;
    if (length > MAX_INTERNED_LENGTH) return detach(text.slice(from, to));
    const mask = this.slots.length - 1;
    let slot = hashOf(text, from, to) & mask;
    for (let known = this.slots[slot]; known !== undefined; known = this.slots[slot]) {
      if (known.length === length && text.startsWith(known, from)) return known;
      slot = (slot + 1) & mask;
    }
    const copy = detach(text.slice(from, to));
    if (this.size < MAX_INTERNED) this.keep(copy, slot);
    return copy;
  }

  /** Puts a text in its free slot; past half full, twice the slots, each text kept moved (not copied). */
  private keep(text: string, slot: number): void {
    this.slots[slot] = text;
    if (++this.size * 2 <= this.slots.length) return;
    const kept = this.slots;
    this.slots = new Array<string | undefined>(kept.length * 2).fill(undefined);
    const mask = this.slots.length - 1;
    for (const known of kept) {
      if (known === undefined) continue;
      let free = hashOf(known, 0, known.length) & mask;
      while (this.slots[free] !== undefined) free = (free + 1) & mask;
      this.slots[free] = known;
    }
  }
}

/** FNV-1a of the text from `from` to `to`, its high bits folded into the low. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let at = from; at < to; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash ^ (hash >>> 16);
}

/** A cell's type (t), the usual ones without a copy. */
function cellTypeAt(text: string, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    const code = text.charCodeAt(from);
    if (code === 115) return "s";
    if (code === 110) return "n";
  } else if (length === 3 && text.startsWith("str", from)) return "str";
  else if (length === 9 && text.startsWith("inlineStr", from)) return "inlineStr";
  return (" " + text.slice(from, to)).slice(1);
}

/** A t="d" cell's ISO 8601 date as a serial (time of day dropped, as for date-styled numbers). */
function serialFromIsoDateTime(text: string): number | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return match ? serialFromYmd({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }) : text;
}

/**
 * One worksheet's cells, merged blocks and formulas without a result. Rows and cells without an
 * address (r) follow the one before. Only a merged block's first cell keeps a value, as Office.js
 * shows it.
 */
async function readSheet(
  zip: ZipFile,
  path: string,
  part: string,
  context: SheetContext,
  budget: { cells: number },
): Promise<{ grid: CellValue[][]; merged: CellBlock[]; formulasWithoutResult: number } | undefined> {
  const cells = new SheetCells(path, context, budget);
  return (await readXml(zip, path, part, cells)) ? cells.finish() : undefined;
}

/**
 * The handlers that read a worksheet's cells into a grid: a class, so that every sheet of a
 * workbook is read by the same functions, which the JIT optimises once, not once per sheet.
 */
class SheetCells implements XmlHandlers {
  private readonly grid: CellValue[][] = [];
  private readonly merged: CellBlock[] = [];
  private formulasWithoutResult = 0;
  // A row's cells gather in one reused array and are copied out at the row's end, at their exact
  // length: an array grown cell by cell holds up to twice the room it needs, and leaves garbage.
  private pendingRow = -1;
  private readonly pendingCells: (CellValue | undefined)[] = [];
  private pendingLength = 0;
  private row = -1;
  private column = -1;
  private type = "n";
  private style = 0;
  // The cell's value as written: text from `start` to `end` in `source` (a chunk of the XML, or
  // pieces joined), so that a number or a repeated code is read without a copy.
  private source = "";
  private start = 0;
  private end = 0;
  private hasValue = false;
  private hasFormula = false;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private phonetic = 0;
  private readonly interner = new TextInterner();

  constructor(
    private readonly path: string,
    private readonly context: SheetContext,
    private readonly budget: { cells: number },
  ) {}

  open(name: string, tag: XmlTag): void {
    switch (name) {
      case "row": {
        const reference = tag.attributeWith("r", numberAt);
        this.row = reference !== undefined ? reference - 1 : this.row + 1;
        this.column = -1;
        break;
      }
      case "c": {
        this.column = tag.attributeWith("r", columnOfReference) ?? this.column + 1;
        this.type = tag.attributeWith("t", cellTypeAt) ?? "n";
        this.style = tag.attributeWith("s", numberAt) ?? 0;
        this.source = "";
        this.start = 0;
        this.end = 0;
        this.hasValue = false;
        this.hasFormula = false;
        break;
      }
      case "v":
        this.inValue = true;
        this.hasValue = true;
        break;
      case "f":
        this.hasFormula = true;
        break;
      case "is":
        this.inInline = true;
        this.hasValue = true;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inInline && this.phonetic === 0) this.inText = true;
        break;
      case "mergeCell": {
        const reference = tag.attribute("ref");
        const block = reference ? parseAddress(reference) : undefined;
        if (block) this.merged.push(block);
        break;
      }
    }
  }

  text(chunk: string): void {
    this.textAt(chunk, 0, chunk.length);
  }

  textAt(text: string, from: number, to: number): void {
    if (this.inValue || this.inText) this.addValueText(text, from, to);
  }

  close(name: string): void {
    switch (name) {
      case "v":
        this.inValue = false;
        break;
      case "t":
        this.inText = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "is":
        this.inInline = false;
        break;
      case "c": {
        const { row, column } = this;
        // A formula with no cached result (a writer that never calculated it) is neither blank nor a value.
        if (this.hasFormula && !this.hasValue) this.formulasWithoutResult++;
        const cell = this.hasValue ? this.value() : this.hasFormula ? NO_SAVED_RESULT : null;
        if (cell === null) break;
        if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS)
          throw new Error(`a cell outside the sheet (row ${row + 1}, column ${column + 1})`);
        if (row !== this.pendingRow) {
          this.flushRow();
          this.pendingRow = row;
        }
        this.pendingCells[column] = cell;
        this.pendingLength = Math.max(this.pendingLength, column + 1);
        break;
      }
    }
  }

  /** The sheet read to its end: the last row kept, gaps as null, a merged block's other cells emptied. */
  finish(): { grid: CellValue[][]; merged: CellBlock[]; formulasWithoutResult: number } {
    this.flushRow();
    const { grid, merged } = this;
    for (let index = 0; index < grid.length; index++) {
      const cells = (grid[index] ??= []);
      for (let at = 0; at < cells.length; at++) if (cells[at] === undefined) cells[at] = null;
    }
    for (const block of merged) {
      for (let r = block.row; r < block.row + block.rowCount && r < grid.length; r++) {
        const cells = grid[r];
        for (let c = block.column; c < block.column + block.columnCount && c < cells.length; c++) {
          if (r !== block.row || c !== block.column) cells[c] = null;
        }
      }
    }
    return { grid, merged, formulasWithoutResult: this.formulasWithoutResult };
  }

  private addValueText(text: string, from: number, to: number): void {
    if (this.start === this.end) {
      this.source = text;
      this.start = from;
      this.end = to;
    } else {
      this.source = this.source.slice(this.start, this.end) + text.slice(from, to);
      this.start = 0;
      this.end = this.source.length;
    }
  }

  private value(): CellValue {
    const { source, start, end } = this;
    switch (this.type) {
      case "s": {
        const shared = this.context.strings[numberAt(source, start, end) ?? 0];
        return shared === undefined ? null : shared;
      }
      case "inlineStr":
      case "str": {
        if (!mayHoldEscape(source, start, end)) return this.interner.textAt(source, start, end);
        const text = decodeEscapes(source.slice(start, end));
        return this.interner.textAt(text, 0, text.length);
      }
      case "b": {
        const text = source.slice(start, end).trim();
        return text === "1" || text === "true";
      }
      case "e":
        return detach(source.slice(start, end).trim());
      case "d":
        return serialFromIsoDateTime(source.slice(start, end));
      default: {
        let number = digitsAt(source, start, end);
        if (number < 0) {
          const text = source.slice(start, end);
          if (text.trim() === "") return null;
          number = Number(text);
          if (Number.isNaN(number)) return detach(text);
        }
        // Date-styled numbers: the day, in the 1900 system the engine reads (Office.js gives the same serial).
        return this.context.dateStyles[this.style]
          ? Math.floor(number + (this.context.date1904 ? DAYS_1904 : 0))
          : number;
      }
    }
  }

  private flushRow(): void {
    if (this.pendingRow < 0) return;
    const { grid, pendingCells: cells, pendingLength: length, pendingRow: row } = this;
    const existing = grid[row];
    // The budget is spent as rows come, not after the sheet: a flood of cells stops where it passes.
    this.budget.cells -= Math.max(0, length - (existing?.length ?? 0)) + Math.max(0, row + 1 - grid.length);
    if (this.budget.cells < 0) throw tooManyCells(this.path);
    if (existing) {
      // The same row written twice: its cells join those already read, as they would cell by cell.
      for (let at = 0; at < length; at++) if (cells[at] !== undefined) existing[at] = cells[at];
    } else {
      const copy = new Array<CellValue>(length);
      for (let at = 0; at < length; at++) copy[at] = cells[at];
      grid[row] = copy;
    }
    for (let at = 0; at < length; at++) cells[at] = undefined;
    this.pendingRow = -1;
    this.pendingLength = 0;
  }
}

const tooManyCells = (path: string) =>
  new WorkbookFileError(
    `${path} was not read: its sheets span more than ${MAX_GRID_CELLS.toLocaleString("en-GB")} cells, far beyond any Annex A workbook.`,
  );

const tooManyStrings = (path: string) =>
  new WorkbookFileError(
    `${path} was not read: it holds more than ${MAX_SHARED_STRINGS.toLocaleString("en-GB")} shared strings, far beyond any Annex A workbook (the file is damaged or built to exhaust memory).`,
  );
