// Reads every sheet of an .xlsx as grids without building ExcelJS's whole workbook model, so a
// check that writes no copy holds only the grids in memory (a sixth of the full load on a
// 125,000-row workbook: bench/scale.bench.ts).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import { parseAddress, type CellBlock, type CellValue } from "../domain/grid";
import { plainCellValue } from "./cells";
import { assertXlsxFile, damaged, emptyWorkbook } from "./workbook-file";

export interface StreamedWorkbook {
  readonly grids: { readonly sheet: string; readonly grid: CellValue[][]; readonly merged?: readonly CellBlock[] }[];
  /** The workbook's defined names, as ExcelJS reports them: name and ranges such as Inspection!$B$5. */
  readonly definedNames: readonly { readonly name: string; readonly ranges: readonly string[] }[];
}

export async function streamWorkbookGrids(path: string): Promise<StreamedWorkbook> {
  await assertXlsxFile(path);
  const grids: { sheet: string; grid: CellValue[][] }[] = [];
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit" });
    for await (const worksheet of reader) {
      const grid: CellValue[][] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as (ExcelJS.CellValue | undefined)[];
        const cells: CellValue[] = [];
        for (let column = 1; column < values.length; column++) cells.push(plainCellValue(values[column]));
        grid[row.number - 1] = cells;
      }
      for (let index = 0; index < grid.length; index++) grid[index] ??= [];
      grids.push({ sheet: (worksheet as unknown as { name: string }).name, grid });
    }
  } catch (error) {
    throw damaged(path, error);
  }
  if (grids.every(({ grid }) => grid.length === 0)) throw emptyWorkbook(path);
  const model = (reader as unknown as { model?: { definedNames?: { name: string; ranges: string[] }[] } }).model;
  const merges = await mergesBySheet(path);
  return { grids: grids.map((entry) => ({ ...entry, merged: merges.get(entry.sheet) ?? [] })), definedNames: model?.definedNames ?? [] };
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * The merged cells of each sheet, which ExcelJS's streaming reader passes over: read from the
 * sheets' XML, one sheet at a time.
 */
async function mergesBySheet(path: string): Promise<Map<string, CellBlock[]>> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const merges = new Map<string, CellBlock[]>();
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const target = targets.get(attribute(tag, "r:id") ?? "");
    const file = target ? zip.file(target) : null;
    if (!name || !file) continue;
    const xml = await mergeCellsXml(file);
    const blocks = [...xml.matchAll(/<mergeCell\b[^>]*\sref="([^"]+)"/g)].map((match) => parseAddress(match[1])).filter((block): block is CellBlock => block !== undefined);
    merges.set(name, blocks);
  }
  return merges;
}

/** The <mergeCells> part of a sheet's XML, which follows its data: streamed past, never held whole. */
function mergeCellsXml(file: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve, reject) => {
    let tail = "";
    let found = "";
    file
      .nodeStream("nodebuffer")
      .on("data", (chunk: Buffer) => {
        const text = tail + chunk.toString("utf8");
        if (found) {
          found += chunk.toString("utf8");
          return;
        }
        const start = text.indexOf("<mergeCells");
        if (start >= 0) found = text.slice(start);
        else tail = text.slice(-16);
      })
      .on("error", reject)
      .on("end", () => resolve(found));
  });
}
