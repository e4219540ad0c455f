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
/** A Word 97–2003 document is an OLE file with this stream; an old .xls has "Workbook" or "Book". */
const WORD_STREAM = Buffer.from("WordDocument", "utf16le");
/** Bytes read to tell what a file is: enough for a signature and a first line of text. */
const HEAD_BYTES = 512;

/**
 * What a file is, by its first bytes rather than its name: a zip (an .xlsx is one), an OLE file
 * (an old .xls, a .doc, or an encrypted .xlsx), a PDF, a web page, other text, or none of these.
 */
export type FileKind = "zip" | "ole" | "pdf" | "html" | "text" | "binary";

export function fileKind(head: Buffer): FileKind {
  if (head.subarray(0, 4).equals(ZIP_SIGNATURE)) return "zip";
  if (head.subarray(0, 8).equals(OLE_SIGNATURE)) return "ole";
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  // UTF-16 with its byte-order mark: Excel's "Unicode Text" is saved so.
  if (head[0] === 0xff && head[1] === 0xfe) return "text";
  if (head[0] === 0xfe && head[1] === 0xff) return "text";
  // Control characters other than tab, line feed, carriage return, form feed and escape are not
  // in text, in UTF-8 or any single-byte code page.
  if (head.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b))) return "binary";
  const start = head
    .toString("latin1")
    .replace(/^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|table|meta)\b/.test(start)) return "html";
  return "text";
}

/** The first bytes of a file, for fileKind. */
async function readHead(path: string): Promise<Buffer> {
  const handle = await fs.open(path, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Fails with a clear message unless the path is a readable .xlsx: not missing, not a folder, not
 * empty, not an old .xls, not password-protected, and a zip at least. A file that is not says what
 * it is (text, a PDF, a web page) and what to do.
 */
export async function assertXlsxFile(path: string): Promise<void> {
  let head: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookFileError(`${path} is a folder, not an Excel workbook.`);
    if (stat.size === 0) throw new WorkbookFileError(`${path} is empty: it is not an Excel workbook.`);
    head = await readHead(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookFileError(`There is no file at ${path}.`, { cause: error });
    if (code === "EACCES")
      throw new WorkbookFileError(`${path} cannot be opened: permission denied.`, { cause: error });
    throw new WorkbookFileError(`${path} could not be read: ${(error as Error).message}`, { cause: error });
  }
  if (/\.ods$/i.test(path)) throw odsFile(path);
  const kind = fileKind(head);
  if (kind === "zip") return;
  // Only an OLE file is read whole, to tell an encrypted .xlsx from an old .xls or .doc.
  throw notAWorkbook(path, kind, kind === "ole" ? await fs.readFile(path) : head);
}

/**
 * What a file that is not an .xlsx workbook nor a CSV export is, from its kind and its bytes (the
 * whole file for an OLE file, whose streams are named anywhere in it), with what to do.
 */
export function notAWorkbook(path: string, kind: Exclude<FileKind, "zip">, bytes: Buffer): WorkbookFileError {
  switch (kind) {
    case "ole":
      if (bytes.includes(ENCRYPTION_STREAM))
        return new WorkbookFileError(
          `${path} is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.`,
        );
      if (bytes.includes(WORD_STREAM))
        return new WorkbookFileError(
          `${path} is a Word 97–2003 document (.doc), not a workbook or CSV: put the lists in Excel, save them as .xlsx or .csv and try again.`,
        );
      return new WorkbookFileError(
        `${path} is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
      );
    case "pdf":
      return new WorkbookFileError(
        `${path} is a PDF document, not a workbook or CSV: ask for the lists as an Excel workbook (.xlsx) or a CSV export (.csv).`,
      );
    case "html":
      return new WorkbookFileError(
        `${path} is a web page (HTML), not a workbook or CSV (some systems export tables so): open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
      );
    case "text":
      return new WorkbookFileError(
        `${path} is a text file, not a workbook or CSV: save the lists from Excel as .xlsx or .csv and try again (a CSV export is read as CSV when its name ends .csv).`,
      );
    case "binary":
      return new WorkbookFileError(
        `${path} is neither an Excel workbook (.xlsx) nor a CSV export: save the lists from Excel as .xlsx or .csv and try again.`,
      );
  }
}

/**
 * A zip holding no Excel workbook, said as what it holds: a Word document or PowerPoint
 * presentation (perhaps renamed .xlsx), an OpenDocument file, or some other zip.
 */
export function notAWorkbookZip(path: string, has: (part: string) => boolean): WorkbookFileError {
  if (has("word/document.xml"))
    return new WorkbookFileError(
      `${path} is a Word document (.docx), not a workbook or CSV: put the lists in Excel, save them as .xlsx or .csv and try again.`,
    );
  if (has("ppt/presentation.xml"))
    return new WorkbookFileError(
      `${path} is a PowerPoint presentation (.pptx), not a workbook or CSV: put the lists in Excel, save them as .xlsx or .csv and try again.`,
    );
  if (has("content.xml") && has("mimetype")) return odsFile(path);
  return new WorkbookFileError(
    `${path} is a zip file but not an Excel workbook: it holds no workbook (xl/workbook.xml). If the lists are inside it, unzip it and give the .xlsx or .csv file.`,
  );
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
