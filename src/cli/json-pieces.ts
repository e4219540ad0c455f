// A large report written as JSON in pieces, so the whole text (tens of megabytes on a workbook
// with 40,000 findings, and as much again while it is written) is never held at once.

/** About this many characters per piece: large enough that writing stays cheap. */
const PIECE = 64 * 1024;
/** Elements of a large array stringified together. */
const GROUP = 128;

/** An array, or any other iterable but text: written element by element, as an array. */
function isList(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    (typeof value === "object" && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function")
  );
}

/** The elements of an iterable in arrays of `size`, never more held at once. */
function* batches(items: Iterable<unknown>, size: number): Generator<unknown[]> {
  let batch: unknown[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * JSON.stringify(value, null, 2), byte for byte once the pieces are joined with "\n" (as writing
 * each on its own line does), built one element of each top-level array at a time. A top-level
 * value may be any iterable (a generator of findings, made as they are written), written as the
 * array of its elements would be.
 */
export function* prettyJsonPieces(value: object): Generator<string> {
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, item]) => item !== undefined && typeof item !== "function" && typeof item !== "symbol",
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  let lines: string[] = ["{"];
  let size = 1;
  const add = (line: string): string | undefined => {
    lines.push(line);
    size += line.length + 1;
    if (size < PIECE) return undefined;
    const piece = lines.join("\n");
    lines = [];
    size = 0;
    return piece;
  };
  for (const [index, [key, item]] of entries.entries()) {
    const comma = index < entries.length - 1 ? "," : "";
    const lead = `  ${JSON.stringify(key)}: `;
    if (isList(item)) {
      // One batch held back, so the last is known (it has no comma after it).
      let held: unknown[] | undefined;
      let piece: string | undefined;
      for (const batch of batches(item, GROUP)) {
        piece = held ? add(`${elements(held)},`) : add(`${lead}[`);
        if (piece !== undefined) yield piece;
        held = batch;
      }
      piece = held ? add(`${elements(held)}\n  ]${comma}`) : add(`${lead}[]${comma}`);
      if (piece !== undefined) yield piece;
    } else {
      const piece = add(`${lead}${JSON.stringify(item, null, 2).replace(/\n/g, "\n  ")}${comma}`);
      if (piece !== undefined) yield piece;
    }
  }
  lines.push("}");
  yield lines.join("\n");
}

/**
 * Elements of an array inside an array, at the indentation they have in the whole ("[\n  [\n"
 * before them, "\n  ]\n]" after), by JSON.stringify's own work.
 */
function elements(batch: readonly unknown[]): string {
  return JSON.stringify([batch], null, 2).slice(6, -6);
}
