// The package ExcelJS writes, made valid (ooxml.ts) and deflated a part at a time as ExcelJS hands
// the parts over. Node only (zlib): the task pane bundles ooxml.ts for finalise, never this.
import { dropRelationships, fixWorksheet, NOTE_AUTHOR, PART_DATE, type KeptParts } from "./ooxml";
import { ZipWriter } from "./zip-write";

/**
 * The package ExcelJS writes, with its worksheets, links, validations and notes made valid, a part
 * at a time as ExcelJS hands them over: each is fixed, deflated (zip-write.ts) and only its
 * deflated bytes kept. ExcelJS hands a sheet over before its relationships, so the links the sheet
 * drops are known when they come.
 * `kept`: by a sheet part's path, what was kept aside when the workbook was read, to put back.
 */
export class TidyPackage {
  // One timestamp for every part, so the same workbook is the same bytes (the shipped sample).
  private readonly zip = new ZipWriter(PART_DATE);
  private readonly dropped = new Map<string, readonly string[]>();

  constructor(private readonly kept: ReadonlyMap<string, KeptParts> = new Map()) {}

  add(path: string, data: string | Buffer): void {
    const text = () => (typeof data === "string" ? data : data.toString("utf8"));
    const sheet = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(path);
    const dropped = this.dropped.get(/^xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/.exec(path)?.[1] ?? "");
    let part = data;
    if (sheet) {
      const fixed = fixWorksheet(text(), this.kept.get(path));
      this.dropped.set(sheet[1], fixed.droppedRelationships);
      part = fixed.xml;
    } else if (dropped && dropped.length > 0) part = dropRelationships(text(), dropped);
    else if (/^xl\/comments\d*\.xml$/.test(path))
      part = text().replace("<author>Author</author>", `<author>${NOTE_AUTHOR}</author>`);
    this.zip.add(path, typeof part === "string" ? Buffer.from(part, "utf8") : part);
  }

  /** The whole package's bytes. */
  finish(): Buffer {
    return this.zip.finish();
  }
}
