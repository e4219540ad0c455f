// Opening an .xlsx file for the command line, with a clear message for each way it can fail.
import type ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import type { StreamedWorkbook } from "./streamed-workbook";

/** A failure the user can act on: `message` is written for them; `cause` keeps the detail. */
export class WorkbookFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WorkbookFileError";
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Office encrypts a password-protected .xlsx inside an OLE file with this stream. */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");

/**
 * Fails with a clear message unless the path is a readable .xlsx: not missing, not a folder, not
 * empty, not an old .xls, not password-protected, and a zip at least.
 */
export async function assertXlsxFile(path: string): Promise<void> {
  let head: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookFileError(`${path} is a folder, not an Excel workbook.`);
    if (stat.size === 0) throw new WorkbookFileError(`${path} is empty: it is not an Excel workbook.`);
    const handle = await fs.open(path, "r");
    try {
      head = Buffer.alloc(8);
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookFileError(`There is no file at ${path}.`, { cause: error });
    if (code === "EACCES")
      throw new WorkbookFileError(`${path} cannot be opened: permission denied.`, { cause: error });
    throw new WorkbookFileError(`${path} could not be read: ${(error as Error).message}`, { cause: error });
  }
  if (/\.ods$/i.test(path)) throw odsFile(path);
  if (head.equals(OLE_SIGNATURE)) {
    // Only an OLE file is read whole, to tell an encrypted .xlsx from an old .xls.
    const bytes = await fs.readFile(path);
    throw new WorkbookFileError(
      bytes.includes(ENCRYPTION_STREAM)
        ? `${path} is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.`
        : `${path} is an old-style .xls workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
    );
  }
  if (!head.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new WorkbookFileError(
      `${path} is not an Excel .xlsx workbook (a CSV or text file cannot be checked: open it in Excel and save it as .xlsx).`,
    );
  }
}

export const damaged = (path: string, cause: unknown) =>
  new WorkbookFileError(
    `${path} could not be read as an .xlsx workbook; it may be damaged. Open it in Excel, save a copy and try again.`,
    { cause },
  );
/**
 * The checker reads the file (stream-grids.ts), but ExcelJS, which writes the copy, cannot: said
 * as that, in one line, not as a damaged file.
 */
export const cannotCopy = (path: string, cause: unknown) =>
  new WorkbookFileError(
    `${path} can be checked (annex-a check without --out), but no copy of it can be written: ${typeof cause === "string" ? cause : `ExcelJS, which writes the copy, cannot read it (${firstLine(cause)})`}. Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
    { cause },
  );
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0].trim().replace(/\.$/, "");
export const odsFile = (path: string) =>
  new WorkbookFileError(
    `${path} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc or Excel, save it as an Excel Workbook (.xlsx), then try again.`,
  );
export const entitiesRefused = (path: string) =>
  new WorkbookFileError(
    `${path} was not read: its XML declares a document type or entities, which no Excel workbook does (the file is damaged or built to exhaust memory).`,
  );
export const isCsvPath = (path: string) => /\.csv$/i.test(path);
export const emptyWorkbook = (path: string) =>
  new WorkbookFileError(`${path} is an empty workbook: none of its sheets holds any data.`);

/**
 * ExcelJS, loaded only by a command that writes a workbook: a check that writes none is spared
 * its load time and ~28 MB.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/**
 * A CSV export as a one-sheet workbook holding the grid read from it, for commands that write a
 * copy (an .xlsx copy is read by workbook-copy.ts).
 */
export async function csvWorkbook(source: StreamedWorkbook): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  for (const { sheet, grid } of source.grids) {
    const worksheet = workbook.addWorksheet(sheet);
    for (const row of grid) worksheet.addRow(row);
  }
  return workbook;
}

/** The whole workbook as ExcelJS loads it: the fully loaded reading the streamed one is tested against. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  await assertXlsxFile(path);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw damaged(path, error);
  }
  if (!workbook.worksheets.some((worksheet) => worksheet.actualRowCount > 0)) throw emptyWorkbook(path);
  readyToCopy(workbook);
  return workbook;
}

/**
 * LibreOffice writes tables without a <tableStyleInfo>: ExcelJS loads them with a null style and
 * then fails writing the copy (reading null.theme). An empty style writes an unnamed one, as valid.
 */
export function readyToCopy(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const table of Object.values(
      (worksheet as unknown as { tables: Record<string, { table?: { style?: object | null } }> }).tables ?? {},
    )) {
      if (table.table && !table.table.style) table.table.style = {};
    }
  }
}
