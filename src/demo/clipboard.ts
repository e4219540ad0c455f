// Text on the clipboard as cells, and cells as text, the way Excel reads and writes plain text:
// a tab between cells, a line break between rows.

/**
 * The rows of pasted text, each cell as typed. A final line break ends the last row (Excel and
 * other spreadsheets end copied cells with one); a shorter line is filled with blanks to the
 * widest, so the paste is a block.
 */
export function rowsOfText(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const rows = lines.map((line) => line.split("\t"));
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => "")]);
}

/** Cells as they are shown, as text another program can paste. */
export function textOfRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join("\t")).join("\r\n") + "\r\n";
}
