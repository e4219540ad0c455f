// Reading a workbook to write a copy of it (check --out, select, import). ExcelJS reads a data
// validation over a range as one entry per cell (a drop-down over 100,000 rows of ten columns is
// a million objects, and seconds to write back) and writes them back overlapping; and it drops
// links to cells within the workbook. The copy changes neither, so they are taken out of the
// sheets before ExcelJS reads them and put back, as they were, when the copy is written (ooxml.ts).
import type ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { loadJsZip, sheetPartPaths, type KeptParts } from "./ooxml";
import { assertXlsxFile, damaged, emptyWorkbook, loadExcelJs } from "./workbook-file";

export interface WorkbookCopy {
  readonly workbook: ExcelJS.Workbook;
  /** By sheet, what was kept aside to put back in the copy as it was. */
  readonly kept: ReadonlyMap<ExcelJS.Worksheet, KeptParts>;
}

const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;

/**
 * Attributes in a namespace the copy's sheet may not declare go: Excel marks each validation and
 * link with xr:uid, a revision id, which in a sheet ExcelJS writes would be an unbound prefix.
 */
const withoutForeignAttributes = (xml: string) => xml.replace(/\s(?!r:)[A-Za-z][\w.-]*:[\w.-]+="[^"]*"/g, "");

export async function readWorkbookForCopy(path: string): Promise<WorkbookCopy> {
  await assertXlsxFile(path);
  // Loaded only when a copy is written, as workbook-file.ts does: a report needs no ExcelJS.
  const workbook = new (await loadExcelJs()).Workbook();
  const byName = new Map<string, KeptParts>();
  try {
    const zip = await (await loadJsZip()).loadAsync(await fs.readFile(path));
    for (const [name, part] of await sheetPartPaths(zip)) {
      const file = zip.file(part);
      if (!file) continue;
      let xml = await file.async("string");
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
    throw damaged(path, error);
  }
  if (!workbook.worksheets.some((worksheet) => worksheet.actualRowCount > 0)) throw emptyWorkbook(path);
  const kept = new Map<ExcelJS.Worksheet, KeptParts>();
  for (const worksheet of workbook.worksheets) {
    const parts = byName.get(worksheet.name);
    if (parts) kept.set(worksheet, parts);
  }
  return { workbook, kept };
}
