// Reading a workbook to write a copy of it (check --out, select, import). ExcelJS reads a data
// validation over a range as one entry per cell (a drop-down over 100,000 rows of ten columns is
// a million objects, and seconds to write back) and writes them back overlapping. The copy does
// not change the user's validations, so they are taken out of the sheets before ExcelJS reads
// them and put back, as they were, when the copy is written (ooxml.ts).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import { sheetPartPaths } from "./ooxml";
import { assertXlsxFile, damaged, emptyWorkbook } from "./workbook-file";

export interface WorkbookCopy {
  readonly workbook: ExcelJS.Workbook;
  /** Each sheet's own <dataValidations>, as read, for the copy. */
  readonly validations: ReadonlyMap<ExcelJS.Worksheet, string>;
}

const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;

export async function readWorkbookForCopy(path: string): Promise<WorkbookCopy> {
  await assertXlsxFile(path);
  const workbook = new ExcelJS.Workbook();
  const byName = new Map<string, string>();
  try {
    const zip = await JSZip.loadAsync(await fs.readFile(path));
    for (const [name, part] of await sheetPartPaths(zip)) {
      const file = zip.file(part);
      if (!file) continue;
      const xml = await file.async("string");
      const found = VALIDATIONS.exec(xml);
      if (!found) continue;
      byName.set(name, found[0]);
      zip.file(part, xml.replace(found[0], ""));
    }
    await workbook.xlsx.load((await zip.generateAsync({ type: "nodebuffer", compression: "STORE" })) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw damaged(path, error);
  }
  if (!workbook.worksheets.some((worksheet) => worksheet.actualRowCount > 0)) throw emptyWorkbook(path);
  const validations = new Map<ExcelJS.Worksheet, string>();
  for (const worksheet of workbook.worksheets) {
    const kept = byName.get(worksheet.name);
    if (kept) validations.set(worksheet, kept);
  }
  return { workbook, validations };
}
