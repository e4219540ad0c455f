// Workbooks built part by part, as other writers lay them out, for the reader's tests.
import { strToU8, zipSync } from "fflate";
import { writeFileSync } from "node:fs";
import { posix } from "node:path";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetPart {
  name: string;
  /** The <sheetData> content (and anything after it, such as <mergeCells>). */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** The relationship target as written: relative to xl/ by default, or absolute ("/xl/..."). */
  target?: string;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings?: string[] | string;
  /** <numFmts> and <cellXfs> content of styles.xml. */
  styles?: string;
  date1904?: boolean;
  definedNames?: string;
  /** Extra parts, raw, by path. */
  extra?: Record<string, string>;
}

export function xlsxParts({
  sheets,
  sharedStrings,
  styles,
  date1904,
  definedNames,
  extra,
}: WorkbookParts): Record<string, Uint8Array> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const rels: string[] = [];
  sheets.forEach((sheet, index) => {
    const target = sheet.target ?? `worksheets/sheet${index + 1}.xml`;
    rels.push(`<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="${target}"/>`);
    const path = posix.normalize(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    parts[path] = sheet.xml.startsWith("<?xml")
      ? sheet.xml
      : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.xml}</worksheet>`;
  });
  if (sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    const items =
      typeof sharedStrings === "string"
        ? sharedStrings
        : sharedStrings.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join("");
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${items}</sst>`;
  }
  if (styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${styles}</styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  const sheetTags = sheets
    .map(
      (sheet, index) =>
        `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${index + 1}"/>`,
    )
    .join("");
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${date1904 ? `<workbookPr date1904="1"/>` : ""}<sheets>${sheetTags}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}</workbook>`;
  Object.assign(parts, extra ?? {});
  return Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)]));
}

export function writeXlsx(path: string, workbook: WorkbookParts): string {
  writeFileSync(path, zipSync(xlsxParts(workbook)));
  return path;
}
