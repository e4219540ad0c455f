// "Prepare to send": a clean copy of the workbook for Ofsted, opened as a new workbook; the open
// workbook is never changed. Office gives the add-in the workbook's file (Document.getFileAsync,
// requirement sets File and CompressedFile), the same code as `annex-a finalise` leaves out the
// tool's own work (src/xlsx/finalise.ts, JSZip only, so it runs in the pane), and Excel opens the
// result as a new workbook (Excel.createWorkbook, ExcelApi 1.8).
//
// What Microsoft documents, and this module relies on:
// - getFileAsync gives "the entire document file in slices of up to 4194304 bytes (4 MB)"; a larger
//   slice size fails with "Internal Error"; on iPad slices are at most 65536 bytes, and Excel on iPad
//   has no CompressedFile at all (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1);
//   https://learn.microsoft.com/javascript/api/office/office.getfileoptions). We ask for 64 KB
//   slices, which every platform that has the file allows.
// - "No more than two documents are allowed to be in memory; otherwise the Document.getFileAsync
//   operation will fail": the file is closed whatever happens (Office.File.closeAsync remarks,
//   https://learn.microsoft.com/javascript/api/office/office.file).
// - A compressed slice's `data` is an array of bytes (Office.Slice.data remarks).
// - The reference does not say whether the file holds edits not yet saved, so the pane asks the
//   user to save first, and says so.
// - createWorkbook takes the Base64-encoded .xlsx file; Excel may first ask the user to confirm
//   that the add-in creates a document (office-js issues #4031 and #4057), and it resolves without
//   saying where the new workbook is (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
import type { Form } from "../domain/catalogue";
import type { FinaliseOptions, LeftOut } from "../domain/finalise";
import { finaliseWorkbook } from "../xlsx/finalise";
import type { AddinAsyncResult, AddinCreateWorkbook, AddinDocument, AddinFile } from "./excel-api";
import { ExcelActionError, withUserMessage } from "./excel-run";

/** What this Office offers for a copy: the document's file and a new workbook, where it can. */
export interface OfficeFiles {
  /** Office.context.document where this Office can give its file as an .xlsx (File and CompressedFile); else undefined. */
  readonly document: AddinDocument | undefined;
  /** Excel.createWorkbook where this Excel has it (ExcelApi 1.8); else undefined. */
  readonly createWorkbook: AddinCreateWorkbook | undefined;
}

export interface PreparedCopy {
  readonly leftOut: LeftOut;
  /** The size of the copy opened, in bytes. */
  readonly bytes: number;
}

/**
 * Office.FileType.Compressed by its text, so this module runs where Office is not loaded (tests, the
 * demo): "The fileType parameter can be specified by using the Office.FileType enumeration or text
 * values" (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 * The types declare Office's enums without their values, hence the casts.
 */
export const COMPRESSED = "compressed" as unknown as Office.FileType;

/** Office.AsyncResultStatus's values as office.js defines them, by their text for the same reason. */
export const ASYNC_STATUS = {
  succeeded: "succeeded" as unknown as Office.AsyncResultStatus,
  failed: "failed" as unknown as Office.AsyncResultStatus,
};

/** Slices of 64 KB: within every platform's limit (4 MB, and 64 KB on iPad). */
export const SLICE_SIZE = 65536;

/** Office's own objects, where the host has them: checked at run time rather than required by the manifest. */
export function officeFiles(): OfficeFiles {
  const requirements = Office.context.requirements;
  const hasFile = requirements.isSetSupported("File") && requirements.isSetSupported("CompressedFile");
  return {
    document: hasFile ? Office.context.document : undefined,
    createWorkbook: requirements.isSetSupported("ExcelApi", "1.8")
      ? (base64) => Excel.createWorkbook(base64)
      : undefined,
  };
}

/** Why a copy cannot be made here, in words for the pane; undefined when it can. */
export function unavailableReason(files: OfficeFiles | undefined): string | undefined {
  if (!files?.document)
    return "This Excel cannot give the add-in its workbook's file (Office's File and CompressedFile requirement sets; Excel on iPad has neither), so it cannot prepare the copy. Use ‘annex-a finalise’ on the saved workbook instead.";
  if (!files.createWorkbook)
    return "This Excel cannot open a new workbook for the add-in (ExcelApi 1.8), so it cannot prepare the copy. Use ‘annex-a finalise’ on the saved workbook instead.";
  return undefined;
}

/** The clean copy of the workbook, opened as a new workbook; what was left out. */
export async function prepareToSend(
  files: OfficeFiles | undefined,
  form: Form,
  options: FinaliseOptions = {},
): Promise<PreparedCopy> {
  const reason = unavailableReason(files);
  if (reason) throw new ExcelActionError(reason);
  const bytes = await withUserMessage("read the workbook's file", () => readDocumentFile(files!.document!));
  const copy = await finaliseWorkbook(bytes, form, options);
  await withUserMessage("open the copy as a new workbook", () => files!.createWorkbook!(toBase64(copy.bytes)));
  return { leftOut: copy.leftOut, bytes: copy.bytes.length };
}

/** A callback's result as a promise: its value, or its error thrown. */
function settle<T>(start: (callback: (result: AddinAsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    start((result) =>
      result.status === ASYNC_STATUS.succeeded
        ? resolve(result.value)
        : reject(Object.assign(new Error(result.error?.message ?? "Office refused"), { code: result.error?.code })),
    ),
  );
}

/** The whole document, slice by slice, as one array of bytes; the file is closed even when a slice fails. */
export async function readDocumentFile(document: AddinDocument): Promise<Uint8Array> {
  const file: AddinFile = await settle((callback) =>
    document.getFileAsync(COMPRESSED, { sliceSize: SLICE_SIZE }, callback),
  );
  try {
    const bytes = new Uint8Array(file.size);
    let offset = 0;
    // One slice after another: Office hands them over in order, and holds only one file open for us.
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await settle<{ data: unknown }>((callback) => file.getSliceAsync(index, callback));
      const data = slice.data as ArrayLike<number>;
      if (offset + data.length > bytes.length)
        throw new Error(`the file's slices hold more than the ${file.size} bytes it said`);
      bytes.set(data, offset);
      offset += data.length;
    }
    if (offset !== bytes.length) throw new Error(`the file's slices held ${offset} of its ${file.size} bytes`);
    return bytes;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

/** Base64, as Excel.createWorkbook takes the file, in chunks so a large workbook does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}
