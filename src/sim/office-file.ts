// The simulator's side of "Prepare to send": the document's file as Office gives it
// (Office.Document.getFileAsync, sliced) and a createWorkbook that records what it was asked to
// open. The simulator holds cells, not a package, so a test gives the file's bytes (an .xlsx it
// built); the file is then what getFileAsync hands over, as Office hands over the document's.
import type { AddinAsyncResult, AddinDocument, AddinFile, AddinSlice } from "../excel/excel-api";
import { ASYNC_STATUS, COMPRESSED, type OfficeFiles } from "../excel/prepare-to-send";

/**
 * The largest slice Office allows: "The maximum (and the default) is 4194304 (4MB)"; above it the
 * call fails with "Internal Error"
 * (https://learn.microsoft.com/javascript/api/office/office.getfileoptions,
 * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 */
export const MAX_SLICE_SIZE = 4194304;

/**
 * "No more than two documents are allowed to be in memory; otherwise the Document.getFileAsync
 * operation will fail" (https://learn.microsoft.com/javascript/api/office/office.file, closeAsync).
 */
export const MAX_OPEN_FILES = 2;

const succeeded = <T>(value: T): AddinAsyncResult<T> => ({ status: ASYNC_STATUS.succeeded, value, error: undefined! });
const failed = <T>(code: number, name: string, message: string): AddinAsyncResult<T> => ({
  status: ASYNC_STATUS.failed,
  value: undefined as T,
  error: { code, name, message },
});

export interface SimFiles {
  readonly files: OfficeFiles;
  /** The files getFileAsync opened and that are not closed yet. */
  openFiles(): number;
  /** Every workbook createWorkbook was asked to open, decoded from Base64. */
  readonly created: Uint8Array[];
}

/**
 * The document's file and a new workbook, as Office gives them. `file` is the workbook's .xlsx
 * bytes; undefined stands for an Office without the File requirement set (the pane says so).
 * Callbacks run on a later task, as Office's do, never inside the call.
 */
export function simulatedFiles(file: Uint8Array | undefined, options: { createWorkbook?: boolean } = {}): SimFiles {
  let open = 0;
  const created: Uint8Array[] = [];
  const later = (callback: () => void) => void setTimeout(callback, 0);

  const document: AddinDocument = {
    getFileAsync(fileType, { sliceSize = MAX_SLICE_SIZE }, callback) {
      later(() => {
        if (fileType !== COMPRESSED) return callback(failed(5001, "Internal Error", "Unsupported file type."));
        if (!(sliceSize > 0 && sliceSize <= MAX_SLICE_SIZE))
          return callback(failed(5001, "Internal Error", "An internal error has occurred."));
        if (open >= MAX_OPEN_FILES)
          return callback(failed(5001, "Internal Error", "No more than two documents may be open at once."));
        open++;
        const bytes = file!.slice();
        let closed = false;
        const opened: AddinFile = {
          size: bytes.length,
          sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
          getSliceAsync(index, sliceCallback) {
            later(() => {
              if (closed) return sliceCallback(failed(5001, "Internal Error", "The file is closed."));
              if (!(index >= 0 && index < opened.sliceCount))
                return sliceCallback(failed(5001, "Internal Error", "The slice does not exist."));
              const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
              sliceCallback(succeeded<AddinSlice>({ data, index, size: data.length }));
            });
          },
          closeAsync(closeCallback) {
            later(() => {
              if (!closed) open--;
              closed = true;
              closeCallback?.(succeeded(undefined));
            });
          },
        };
        callback(succeeded(opened));
      });
    },
  };

  return {
    files: {
      document: file ? document : undefined,
      createWorkbook:
        options.createWorkbook === false
          ? undefined
          : async (base64) => {
              created.push(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
            },
    },
    openFiles: () => open,
    created,
  };
}
