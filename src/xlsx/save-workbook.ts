// Writing a workbook for the command line without ever losing a file: an existing file is replaced
// only when asked (--force), the bytes go to a temporary file in the same folder and are renamed
// into place, so a failure leaves the old file (or nothing) and never half a workbook. Every way a
// write can fail is one sentence for the user.
import type ExcelJS from "exceljs";
import { promises as fs, constants } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { KeptParts } from "./ooxml";
import { TidyPackage } from "./tidy-package";
import { loadExcelJs, WorkbookFileError } from "./workbook-file";

export interface SaveOptions {
  /** Replace a file already at the path. */
  readonly force?: boolean;
  /** What was kept aside when the workbook was read (readWorkbookForCopy), put back as it was. */
  readonly kept?: ReadonlyMap<ExcelJS.Worksheet, KeptParts>;
}

function writeFailure(path: string, error: unknown): WorkbookFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(resolve(path));
  const why =
    code === "ENOENT"
      ? `the folder ${folder} does not exist`
      : code === "EISDIR"
        ? "it is a folder"
        : code === "EBUSY"
          ? "it is open in another program (close it in Excel and try again)"
          : // Windows reports a file open in Excel as EPERM when it is replaced.
            code === "EPERM" || code === "EACCES"
            ? "permission denied (is the folder read-only, or the file open in Excel?)"
            : code === "EROFS"
              ? "the folder is read-only"
              : code === "ENOSPC"
                ? "the disk is full"
                : (error as Error).message;
  return new WorkbookFileError(`${path} was not written: ${why}. Nothing was written.`, { cause: error });
}

/**
 * Fails, before any work is done, when the path cannot take a new workbook: a folder, a file
 * already there (unless `force`), or a folder that is missing or cannot be written in.
 */
export async function assertCanWrite(path: string, options: SaveOptions = {}): Promise<void> {
  const stat = await fs.stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw writeFailure(path, error);
  });
  if (stat?.isDirectory())
    throw new WorkbookFileError(
      `${path} is a folder: name the file to write, for example ${join(path, "annex-a.xlsx")}.`,
    );
  if (stat && !options.force)
    throw new WorkbookFileError(
      `${path} already exists and was left as it was. Add --force to replace it, or name a new file.`,
    );
  const folder = dirname(resolve(path));
  try {
    await fs.access(folder, constants.W_OK);
  } catch (error) {
    throw writeFailure(path, error);
  }
}

/**
 * A table with no <tableStyleInfo> (LibreOffice writes none) is read by ExcelJS with a null style,
 * on which its writer stops ("Cannot read properties of null (reading 'theme')"). An empty style
 * writes the element with no style name: the table looks as it did.
 */
function giveTablesAStyle(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const table of worksheet.getTables() as unknown as { table: { style?: object | null } }[]) {
      table.table.style ??= {};
    }
  }
}

/** Writes the workbook to `path` as valid OOXML, all or nothing. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string, options: SaveOptions = {}): Promise<void> {
  await assertCanWrite(path, options);
  giveTablesAStyle(workbook);
  // Excel recalculates on opening: ExcelJS drops a formula's cached result of 0 or FALSE (a count
  // of none selected), and a copy's formulas should never show a stale result.
  workbook.calcProperties.fullCalcOnLoad = true;
  // ExcelJS writes each worksheet to xl/worksheets/sheet{id}.xml; a sheet removed since reading takes its kept parts with it.
  const kept = new Map<string, KeptParts>();
  for (const [worksheet, parts] of options.kept ?? []) {
    if (workbook.worksheets.includes(worksheet)) kept.set(`xl/worksheets/sheet${worksheet.id}.xml`, parts);
  }
  await saveBytes(await writePackage(workbook, kept), path, options);
}

/** A part as ExcelJS's writer hands it to its zip: text or bytes, or base64 (an image). */
interface PartSink {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void;
}

/** ExcelJS 4.4.0's writer (lib/xlsx/xlsx.js): the steps its `write` takes, each handing parts to a zip. */
interface ExcelJsWriter {
  prepareModel(model: unknown, options: object): void;
  [step: string]: unknown;
}

/** The steps of ExcelJS's `write`, in its order (lib/xlsx/xlsx.js, XLSX.write). */
const WRITE_STEPS = [
  "addContentTypes",
  "addOfficeRels",
  "addWorkbookRels",
  "addWorksheets",
  "addSharedStrings", // always after the worksheets, which fill the shared strings
  "addDrawings",
  "addTables",
  "addThemes",
  "addStyles",
  "addMedia",
  "addApp",
  "addCore",
  "addWorkbook",
] as const;

/**
 * ExcelJS gives each cell read without a style, and each cell made since, a style object of its
 * own, and works out the cell format of every style object it has not met before when it writes:
 * on a large return, a million times over for a handful of formats. Just before writing, when
 * nothing changes a cell any more, cells with the same style are given one object. A date's cell
 * format also depends on its type (ExcelJS gives a date with no number format one), so dates
 * share only with dates.
 */
async function shareStyles(workbook: ExcelJS.Workbook): Promise<void> {
  const { ValueType } = await loadExcelJs();
  const byContent = new Map<string, Partial<ExcelJS.Style>>();
  // The objects cells now share: a cell already holding one (read with a style) costs one look-up.
  const shared = new Set<Partial<ExcelJS.Style>>();
  for (const worksheet of workbook.worksheets)
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const style = cell.style;
        const isDate = cell.effectiveType === ValueType.Date;
        if (!style || (!isDate && shared.has(style))) return;
        const key = `${isDate ? "date" : "other"}\u0000${isEmpty(style) ? "" : JSON.stringify(style)}`;
        let one = byContent.get(key);
        if (!one) {
          // A date's own copy: the object another cell keeps may be written without a date's format.
          one = isDate ? { ...style } : style;
          byContent.set(key, one);
          if (!isDate) shared.add(one);
        }
        if (one !== style) cell.style = one;
      }),
    );
}

function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}

/**
 * The workbook's package, made valid (ooxml.ts). ExcelJS's own `writeBuffer` gathers every part,
 * zips it in JavaScript and hands back one buffer, which would then be unzipped to be fixed and
 * zipped again: on a marked copy of a large return, hundreds of megabytes of XML held three times
 * over and most of the time taken. Its writer's steps are taken here instead, each part fixed and
 * deflated as it comes (TidyPackage), so only the deflated package is held.
 */
async function writePackage(workbook: ExcelJS.Workbook, kept: ReadonlyMap<string, KeptParts>): Promise<Buffer> {
  await shareStyles(workbook);
  const writer = workbook.xlsx as unknown as ExcelJsWriter;
  // Taken once, as ExcelJS's own write does: the getter builds the whole workbook's model.
  const model = (workbook as unknown as { model: unknown }).model;
  const tidy = new TidyPackage(kept);
  const sink: PartSink = {
    append: (data, { name, base64 }) => tidy.add(name, base64 ? Buffer.from(data as string, "base64") : data),
  };
  writer.prepareModel(model, {});
  for (const step of WRITE_STEPS) {
    const write = writer[step];
    if (typeof write !== "function") throw new Error(`ExcelJS's writer has no step ${step}.`);
    await (write as (zip: PartSink, model: unknown) => Promise<void>).call(writer, sink, model);
  }
  return tidy.finish();
}

/** Writes a workbook's bytes to `path`, all or nothing: a temporary file beside it, renamed into place. */
export async function saveBytes(
  bytes: Uint8Array,
  path: string,
  options: Pick<SaveOptions, "force"> = {},
): Promise<void> {
  await assertCanWrite(path, options);
  const temporary = join(dirname(resolve(path)), `.~${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw writeFailure(path, error);
  }
}
