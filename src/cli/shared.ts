// What every command shares: its output, its exit statuses, and reading --form, dates, paths and
// the workbook a command writes a copy of.
import { once } from "node:events";
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import type { Form } from "../domain/catalogue";
import { serialFromIso } from "../domain/dates";
import { formById, FORMS, recogniseForm, type FormChoice } from "../domain/form-choice";
import type { Finding } from "../domain/findings";
import type { CellValue } from "../domain/grid";
import type { StreamedWorkbook } from "../xlsx/stream-grids";
import { readWorkbookForCopy, type WorkbookCopy } from "../xlsx/workbook-copy";
import { readSpellings, withSpellings } from "../domain/spellings";
import { readWorkbookGrids } from "../xlsx/stream-grids";
import { csvWorkbook, isCsvPath, WorkbookFileError } from "../xlsx/workbook-file";

export interface Io {
  out(text: string): void;
  /**
   * Writes text as it is (no newline added) and resolves once the output can take more, so a
   * report written piece by piece waits for a slow reader rather than piling up in memory. An Io
   * without it (the tests') has each piece go through out, as a line.
   */
  write?(text: string): Promise<void>;
  err(text: string): void;
  /** Today as a serial day number; tests pin it. */
  today(): number;
}

/**
 * 2 covers an unreadable file, a workbook with no list of rows to check, and a command that could
 * not be understood: no check ran. 0 only when at least one list's rows were checked, error-free.
 */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, nothingChecked: 2, usage: 2 } as const;

/**
 * Io's write for a stream: write() says false once the stream's buffer is full (a terminal, a
 * slow reader), and the next piece waits for 'drain' rather than pile up in memory. once()
 * rejects if the stream fails meanwhile.
 */
export function writerTo(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  return async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
}

/** A long output, a piece at a time: each piece ends a line, as out's text does. */
export async function writePieces(io: Io, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (io.write) await io.write(`${piece}\n`);
    else io.out(piece);
  }
}

/** A command that could not be understood: reported with the usage. */
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

/** Whether two paths name one file, links followed: --out must never be the file read. */
export function samePath(a: string, b: string): boolean {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  return real(a) === real(b);
}

/**
 * The workbook to write a copy of: an .xlsx read with what ExcelJS would lose kept aside
 * (workbook-copy.ts); a CSV export as the one-sheet workbook of its grid.
 */
export async function copyOf(file: string, source: StreamedWorkbook): Promise<WorkbookCopy> {
  return isCsvPath(file) ? { workbook: await csvWorkbook(source), kept: new Map() } : readWorkbookForCopy(file);
}

/** What a finding's cell holds in the grids read (its sheet found once per workbook, not per finding). */
export function findingCellOf(source: StreamedWorkbook): (finding: Finding) => CellValue {
  const grids = new Map(source.grids.map(({ sheet, grid }) => [sheet, grid]));
  return (finding) =>
    finding.sheet === undefined ? undefined : grids.get(finding.sheet)?.[finding.row]?.[finding.column];
}

/** A sheet's grid by name, as Excel matches names: without case. */
export function gridOf(source: StreamedWorkbook, sheet: string): CellValue[][] | undefined {
  return source.grids.find((entry) => entry.sheet.toLowerCase() === sheet.toLowerCase())?.grid;
}

/**
 * The form with the team's spellings table (--spellings) read into it, or as it was without one. A
 * table that means something the form does not know is refused in one line: a guess is never a fix.
 */
export async function withSpellingsOption(form: Form, path: string | undefined): Promise<Form> {
  if (path === undefined) return form;
  return withSpellings(form, await spellingsTable(form, path));
}

/** The spellings table read from a CSV or a workbook's first sheet, checked against the form. */
export async function spellingsTable(form: Form, path: string) {
  const grid = (await readWorkbookGrids(path)).grids[0]?.grid ?? [];
  const reading = readSpellings(form, grid, path);
  if (!reading.ok) throw new WorkbookFileError(reading.message);
  return reading.spellings;
}
