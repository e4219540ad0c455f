// Excel on the web refuses a request or a response over 5 MB. Reads and writes are cut into
// chunks estimated to stay well under that, and a chunk Excel still refuses is split and retried.
export const PAYLOAD_BUDGET_BYTES = 3 * 1024 * 1024;
/** A generous estimate of one cell's share of a request or response, JSON-encoded. */
const ESTIMATED_BYTES_PER_CELL = 48;

export function rowsPerChunk(columnCount: number, bytesPerCell = ESTIMATED_BYTES_PER_CELL): number {
  return Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / (Math.max(columnCount, 1) * bytesPerCell)));
}

/**
 * Whether a failed request may have been too large. Excel on the web sometimes says so only as
 * GeneralException ("An internal error has occurred": OfficeDev/office-js#1314, #1012), so that is
 * split and retried too; a request of one row that still fails is reported as it is.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "PayloadTooLarge" ||
    code === "GeneralException"
  );
}

export interface RowSpan {
  readonly start: number;
  readonly count: number;
}

/** [start, start + total) cut into spans of at most `size` rows. */
export function spans(start: number, total: number, size: number): RowSpan[] {
  const result: RowSpan[] = [];
  for (let offset = 0; offset < total; offset += size)
    result.push({ start: start + offset, count: Math.min(size, total - offset) });
  return result;
}
