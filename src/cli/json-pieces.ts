// A large report written as JSON in pieces, so the whole text (tens of megabytes on a workbook
// with 40,000 findings, and as much again while it is written) is never held at once.

/** About this many characters per piece: large enough that writing stays cheap. */
const PIECE = 64 * 1024;
/** Elements of a large array stringified together. */
const GROUP = 128;

/**
 * JSON.stringify(value, null, 2), byte for byte once the pieces are joined with "\n" (as writing
 * each on its own line does), built one element of each top-level array at a time.
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
    if (Array.isArray(item) && item.length > 0) {
      let piece = add(`${lead}[`);
      if (piece !== undefined) yield piece;
      for (let from = 0; from < item.length; from += GROUP) {
        // Inside an array inside an array, elements come out at the indentation they have in the
        // whole ("[\n  [\n" before them, "\n  ]\n]" after), by JSON.stringify's own work.
        const text = JSON.stringify([item.slice(from, from + GROUP)], null, 2);
        piece = add(`${text.slice(6, -6)}${from + GROUP < item.length ? "," : ""}`);
        if (piece !== undefined) yield piece;
      }
      piece = add(`  ]${comma}`);
      if (piece !== undefined) yield piece;
    } else {
      const piece = add(`${lead}${JSON.stringify(item, null, 2).replace(/\n/g, "\n  ")}${comma}`);
      if (piece !== undefined) yield piece;
    }
  }
  lines.push("}");
  yield lines.join("\n");
}
