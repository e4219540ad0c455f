// Reads the parts of a written .xlsx and lists what ECMA-376 Part 1 (or Excel's reading of it)
// does not allow: worksheet children out of the CT_Worksheet order, internal links with an
// external relationship too, overlapping data validations, table names used twice, tables that
// stop above data in their columns. An empty list is a valid workbook for these points.
import JSZip from "jszip";
import { readFileSync } from "node:fs";

// Written out again here on purpose, from the schema: the check must not trust the writer's own list.
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const columnNumber = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function boxOf(ref: string): Box {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!match) throw new Error(`Not a cell range: ${ref}`);
  return {
    left: columnNumber(match[1]),
    top: Number(match[2]),
    right: columnNumber(match[3] ?? match[1]),
    bottom: Number(match[4] ?? match[2]),
  };
}

const overlap = (a: Box, b: Box) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Top-level element names of a worksheet part, in document order (sheetData skipped whole). */
function worksheetChildren(xml: string): string[] {
  const body = xml.replace(/<sheetData\b[\s\S]*?<\/sheetData>|<sheetData\/>/, "<sheetData/>");
  const start = body.indexOf(">", body.indexOf("<worksheet")) + 1;
  const names: string[] = [];
  let depth = 0;
  for (const match of body.slice(start).matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (match[1]) depth -= 1;
    else {
      if (depth === 0) names.push(match[2]);
      if (!match[3]) depth += 1;
    }
  }
  return names.filter((name) => name !== "worksheet");
}

export interface SheetPart {
  name: string;
  path: string;
  xml: string;
}

/** The workbook's sheets by name, with their part's path and XML. */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((match) => [
      /Id="([^"]+)"/.exec(match[0])![1],
      /Target="([^"]+)"/.exec(match[0])![1],
    ]),
  );
  const sheets: SheetPart[] = [];
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/
      .exec(match[0])![1]
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
    const target = targets.get(/r:id="([^"]+)"/.exec(match[0])![1])!.replace(/^\/?(xl\/)?/, "");
    const path = `xl/${target}`;
    sheets.push({ name, path, xml: await zip.file(path)!.async("string") });
  }
  return sheets;
}

/** The last row holding a value in columns left..right of a sheet part. */
function lastRowWithData(xml: string, left: number, right: number): number {
  let last = 0;
  for (const match of xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?(\/>|>([\s\S]*?)<\/c>)/g)) {
    const column = columnNumber(match[1]);
    if (column < left || column > right || !match[4] || !/<(v|is)>/.test(match[4])) continue;
    last = Math.max(last, Number(match[2]));
  }
  return last;
}

export async function ooxmlProblems(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const problems: string[] = [];
  const tableNames = new Map<string, string>();
  for (const sheet of await sheetParts(zip)) {
    // Every prefix used must be declared on the root (ExcelJS declares only its own).
    const root = /<worksheet\b[^>]*>/.exec(sheet.xml)![0];
    const declared = new Set(["xml", "xmlns", ...[...root.matchAll(/\sxmlns:([\w.-]+)=/g)].map((match) => match[1])]);
    const body = sheet.xml
      .replace(/<sheetData\b[\s\S]*?<\/sheetData>/, "")
      .replace(/"[^"]*"/g, '""')
      .replace(/>[^<]*</g, "><");
    const used = new Set(
      [...body.matchAll(/[<\s/]([A-Za-z][\w.-]*):[A-Za-z][\w.-]*(?==|[\s>/])/g)].map((match) => match[1]),
    );
    for (const prefix of used)
      if (!declared.has(prefix)) problems.push(`${sheet.name}: the prefix ${prefix}: is not declared`);

    const children = worksheetChildren(sheet.xml);
    const ranks = children.map((name) => WORKSHEET_ORDER.indexOf(name.replace(/^.*:/, "")));
    ranks.forEach((rank, index) => {
      if (rank < 0) problems.push(`${sheet.name}: <${children[index]}> is not a CT_Worksheet child`);
      else if (index > 0 && rank < ranks[index - 1])
        problems.push(`${sheet.name}: <${children[index]}> after <${children[index - 1]}>`);
    });

    for (const link of sheet.xml.matchAll(/<hyperlink\b[^>]*>/g)) {
      if (/\slocation="/.test(link[0]) && /\sr:id="/.test(link[0]))
        problems.push(`${sheet.name}: internal link with a relationship too: ${link[0]}`);
    }

    const boxes = [...sheet.xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]+)"/g)].flatMap((match) =>
      match[1].split(/\s+/).map((ref) => ({ ref, box: boxOf(ref) })),
    );
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        if (overlap(boxes[a].box, boxes[b].box))
          problems.push(`${sheet.name}: data validations overlap: ${boxes[a].ref} and ${boxes[b].ref}`);
      }
    }

    const relsPath = sheet.path.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
    const rels = (await zip.file(relsPath)?.async("string")) ?? "";
    for (const part of sheet.xml.matchAll(/<tablePart\b[^>]*r:id="([^"]+)"/g)) {
      const target = new RegExp(`Id="${part[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${part[1]}"`).exec(rels);
      const tablePath = `xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^(\.\.\/|\/xl\/)/, "")}`;
      const table = await zip.file(tablePath)?.async("string");
      if (!table) {
        problems.push(`${sheet.name}: table part ${tablePath} missing`);
        continue;
      }
      for (const attribute of ["name", "displayName"]) {
        const name = new RegExp(`<table\\b[^>]*\\s${attribute}="([^"]+)"`).exec(table)![1];
        const key = `${attribute}:${name.toLowerCase()}`;
        if (tableNames.has(key))
          problems.push(`table ${attribute} ${name} used twice (${tableNames.get(key)} and ${sheet.name})`);
        tableNames.set(key, sheet.name);
      }
      const box = boxOf(/<table\b[^>]*\sref="([^"]+)"/.exec(table)![1]);
      const last = lastRowWithData(sheet.xml, box.left, box.right);
      if (last > box.bottom)
        problems.push(`${sheet.name}: table ends at row ${box.bottom} but its columns hold data to row ${last}`);
    }
  }
  return problems;
}
