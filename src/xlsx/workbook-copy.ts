// Reading a workbook to write a copy of it (check --out, select, import). ExcelJS reads a data
// validation over a range as one entry per cell (a drop-down over 100,000 rows of ten columns is
// a million objects, and seconds to write back) and writes them back overlapping; and it drops
// links to cells within the workbook. The copy changes neither, so they are taken out of the
// sheets before ExcelJS reads them and put back, as they were, when the copy is written (ooxml.ts).
// ExcelJS also reads less than the checker does (stream-grids.ts): rows and cells without an
// address (r), which some writers leave out, stop it ("Invalid row number in model"), and tags
// with a namespace prefix (<x:c>) it does not see. Each sheet gets the addresses the checker
// counts, and the prefix goes, before ExcelJS reads the package.
import type ExcelJS from "exceljs";
import { cellAddress, columnIndexAt } from "../domain/grid";
import { loadJsZip, sheetPartPaths, type KeptParts } from "./ooxml";
import {
  assertXlsxFile,
  cannotCopy,
  emptyWorkbook,
  loadExcelJs,
  readyToCopy,
  WorkbookFileError,
} from "./workbook-file";
import { ZipFile } from "./zip";

export interface WorkbookCopy {
  readonly workbook: ExcelJS.Workbook;
  /** By sheet, what was kept aside to put back in the copy as it was. */
  readonly kept: ReadonlyMap<ExcelJS.Worksheet, KeptParts>;
}

/**
 * ExcelJS holds a whole workbook in memory, at about 50 bytes for each byte of its XML (check
 * --out on the 125,000-row scale workbook, 45 MB of XML and 1.1 million cells: 2.1 GB). A copy is
 * refused past these, before ExcelJS loads anything: a little above that workbook, below a heap of 4 GB.
 */
export const MAX_COPY_BYTES = 64 * 2 ** 20;
export const MAX_COPY_CELLS = 2_000_000;

const tooLargeToCopy = (path: string, what: string) =>
  cannotCopy(
    path,
    `${what}, more than the copy can hold in memory (at most ${MAX_COPY_BYTES / 2 ** 20} MB unpacked and ${MAX_COPY_CELLS.toLocaleString("en-GB")} cells)`,
  );

const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;

/**
 * Attributes in a namespace the copy's sheet may not declare go: Excel marks each validation and
 * link with xr:uid, a revision id, which in a sheet ExcelJS writes would be an unbound prefix.
 */
const withoutForeignAttributes = (xml: string) => xml.replace(/\s(?!r:)[A-Za-z][\w.-]*:[\w.-]+="[^"]*"/g, "");

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Tags as ExcelJS finds them: without the prefix a part binds SpreadsheetML's namespace to (<x:row> -> <row>). */
export function withoutMainPrefix(xml: string): string {
  const bound = new RegExp(`\\sxmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${MAIN}["']`).exec(xml);
  if (!bound) return xml;
  return xml.replace(new RegExp(`<(/?)${bound[1].replace(/\./g, "\\.")}:`, "g"), "<$1");
}

const ATTRIBUTES = `(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*`;
/** A row or cell tag none of whose attributes is its address. */
const WITHOUT_ADDRESS = new RegExp(`<(?:row|c)(?:\\s+(?!r\\s*=)[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*/?>`);
const ROW_OR_CELL = new RegExp(`<(row|c)(${ATTRIBUTES})(\\s*/?)>`, "g");
const ADDRESS = /\sr\s*=\s*["']([^"']*)["']/;

/**
 * A sheet's rows and cells each with its address, counted as the checker counts them: a row or
 * cell without one follows the one before (stream-grids.ts, readSheet). Unchanged when all have one.
 */
export function withAddresses(xml: string): string {
  if (!WITHOUT_ADDRESS.test(xml)) return xml;
  let row = -1;
  let column = -1;
  return xml.replace(ROW_OR_CELL, (tag: string, name: string, attributes: string, end: string) => {
    const address = ADDRESS.exec(attributes)?.[1];
    if (name === "row") {
      row = address ? Number(address) - 1 : row + 1;
      column = -1;
      return address ? tag : `<row r="${row + 1}"${attributes}${end}>`;
    }
    column = address ? columnIndexAt(address, 0, address.length) : column + 1;
    return address ? tag : `<c r="${cellAddress(row, column)}"${attributes}${end}>`;
  });
}

/** How many cell tags a sheet holds: what ExcelJS makes an object of, blank or not. */
function cellTags(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf("<c"); at >= 0; at = xml.indexOf("<c", at + 2)) {
    const next = xml.charCodeAt(at + 2);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) count++;
  }
  return count;
}

/**
 * Every part of a package, unpacked by our own reader (zip.ts, under its caps), into a JSZip, then
 * the reader closed. A failure that is not already the file's one line is made one by `failed`.
 */
export async function unpackInto(
  zip: { file(name: string, data: Buffer): unknown },
  source: ZipFile,
  failed: (error: unknown) => Error,
): Promise<void> {
  try {
    for (const name of source.names()) {
      const chunks: Buffer[] = [];
      await source.read(name, (bytes) => chunks.push(bytes));
      zip.file(name, Buffer.concat(chunks));
    }
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw failed(error);
  } finally {
    source.close();
  }
}

export async function readWorkbookForCopy(path: string): Promise<WorkbookCopy> {
  await assertXlsxFile(path);
  const zip = new (await loadJsZip())();
  // The parts are unpacked here (zip.ts), against the copy's cap and each part's declared size,
  // not by JSZip, which would unpack whatever a part holds.
  let source: ZipFile;
  try {
    source = new ZipFile(path, {
      bytes: MAX_COPY_BYTES,
      refuse: (file) => tooLargeToCopy(file, "its parts unpack to too much"),
    });
  } catch (error) {
    throw cannotCopy(path, error);
  }
  await unpackInto(zip, source, (error) => cannotCopy(path, error));

  // Loaded only when a copy is written, as workbook-file.ts does: a report needs no ExcelJS.
  const workbook = new (await loadExcelJs()).Workbook();
  const byName = new Map<string, KeptParts>();
  try {
    const sheets = await sheetPartPaths(zip);
    const sheetParts = new Set(sheets.values());
    for (const [name, file] of Object.entries(zip.files)) {
      if (file.dir || !/\.xml$/i.test(name) || sheetParts.has(name)) continue;
      const xml = await file.async("string");
      const plain = withoutMainPrefix(xml);
      if (plain !== xml) zip.file(name, plain);
    }
    let cells = 0;
    for (const [name, part] of sheets) {
      const file = zip.file(part);
      if (!file) continue;
      let xml = withAddresses(withoutMainPrefix(await file.async("string")));
      cells += cellTags(xml);
      if (cells > MAX_COPY_CELLS) throw tooLargeToCopy(path, "its sheets hold too many cells");
      const found = VALIDATIONS.exec(xml);
      if (found) xml = xml.replace(found[0], "");
      const links = [...xml.matchAll(/<hyperlink\b[^>]*\/>/g)]
        .map((match) => match[0])
        .filter((link) => /\slocation="/.test(link) && !/\sr:id="/.test(link));
      if (found || links.length > 0) {
        byName.set(name, {
          ...(found ? { dataValidations: withoutForeignAttributes(found[0]) } : {}),
          links: links.map(withoutForeignAttributes),
        });
      }
      zip.file(part, xml);
    }
    await workbook.xlsx.load(
      (await zip.generateAsync({ type: "nodebuffer", compression: "STORE" })) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw cannotCopy(path, error);
  }
  if (!workbook.worksheets.some((worksheet) => worksheet.actualRowCount > 0)) throw emptyWorkbook(path);
  readyToCopy(workbook);
  const kept = new Map<ExcelJS.Worksheet, KeptParts>();
  for (const worksheet of workbook.worksheets) {
    const parts = byName.get(worksheet.name);
    if (parts) kept.set(worksheet, parts);
  }
  return { workbook, kept };
}
