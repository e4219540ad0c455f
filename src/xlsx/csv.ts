// A CSV export read as a one-sheet workbook named after the file, so its list is found by its
// headings like any sheet's. RFC 4180: commas, double quotes around fields that hold commas,
// quotes or line breaks, "" for a quote inside one. UTF-8, with or without Excel's byte-order mark.
import { promises as fs } from "node:fs";
import { basename, extname } from "node:path";
import type { CellValue } from "../domain/grid";
import type { StreamedWorkbook } from "./streamed-workbook";
import { emptyWorkbook, fileKind, notAWorkbook, WorkbookFileError } from "./workbook-file";
import { MAX_INFLATED_BYTES } from "./zip";

/**
 * A field as Excel would open it, as far as is certain: blank is empty, a number written the way
 * a number prints ("42", "6.5", "-1") is that number. Everything else stays text as written:
 * "00123", "1234.0" and dates ("05/01/2026"), which the engine reads as UK dates.
 */
function fieldValue(field: string): CellValue {
  if (field === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(field) && String(Number(field)) === field) return Number(field);
  return field;
}

/**
 * The sheet a CSV becomes: its file's name as Excel would take it for a sheet (31 characters, none
 * of : \ / ? * [ ], no apostrophe at either end), so a marked copy can hold it under that name.
 */
export function csvSheetName(path: string): string {
  const name = basename(path, extname(path))
    .replace(/[:\\/?*[\]]/g, "-")
    .slice(0, 31)
    .replace(/^'+|'+$/g, "")
    .trim();
  return name || "CSV";
}

export function parseCsv(text: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(fieldValue(field));
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row.every((cell) => cell === null) ? [] : row);
    row = [];
  };
  for (; at < text.length; at++) {
    const character = text[at];
    if (quoted) {
      if (character !== '"') field += character;
      else if (text[at + 1] === '"') {
        field += '"';
        at++;
      } else quoted = false;
    } else if (character === '"' && field === "") quoted = true;
    else if (character === ",") endField();
    else if (character === "\n" || character === "\r") {
      if (character === "\r" && text[at + 1] === "\n") at++;
      endRow();
    } else field += character;
  }
  if (field !== "" || row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

export async function readCsvFile(path: string): Promise<StreamedWorkbook> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookFileError(`${path} is a folder, not a CSV file.`);
    if (stat.size > MAX_INFLATED_BYTES)
      throw new WorkbookFileError(
        `${path} was not read: at ${Math.round(stat.size / 2 ** 20)} MB it is far beyond any Annex A list.`,
      );
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookFileError(
      code === "ENOENT" ? `There is no file at ${path}.` : `${path} could not be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
  // Named .csv but something else: said as what it is. Text in another encoding is told below.
  const kind = fileKind(bytes.subarray(0, 512));
  if (kind === "zip")
    throw new WorkbookFileError(
      `${path} is a zip file, as an Excel workbook (.xlsx) is, not a CSV export: if it is a workbook, rename it to end .xlsx and try again.`,
    );
  if (kind === "ole" || kind === "pdf" || kind === "html") throw notAWorkbook(path, kind, bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new WorkbookFileError(
      `${path} is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)" and try again.`,
      { cause: error },
    );
  }
  const grid = parseCsv(text);
  if (grid.length === 0) throw emptyWorkbook(path);
  return {
    grids: [{ sheet: csvSheetName(path), grid, merged: [], state: "visible", hidden: false }],
    definedNames: [],
  };
}

/**
 * A grid as CSV text that Excel and LibreOffice open as written: UTF-8 with Excel's byte-order mark
 * (without it Excel reads "‘Male’" as Windows-1252), CRLF line ends, a field quoted where it holds
 * a comma, a quote, a line break or spaces at either end.
 */
export function csvText(grid: readonly (readonly string[])[]): string {
  const field = (text: string) => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `\ufeff${grid.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
