// Writing a workbook for the command line without ever losing a file: an existing file is replaced
// only when asked (--force), the bytes go to a temporary file in the same folder and are renamed
// into place, so a failure leaves the old file (or nothing) and never half a workbook. Every way a
// write can fail is one sentence for the user.
import type ExcelJS from "exceljs";
import { promises as fs, constants } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { tidyPackage, type KeptParts } from "./ooxml";
import { WorkbookFileError } from "./workbook-file";

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
  await saveBytes(await tidyPackage(await workbook.xlsx.writeBuffer(), kept), path, options);
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
