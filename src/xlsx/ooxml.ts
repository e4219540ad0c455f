// A last pass over the package ExcelJS writes, so that every workbook the command line writes is
// valid OOXML (ECMA-376 Part 1) as Excel and LibreOffice expect. ExcelJS 4.4.0 (its last release)
// gets four things wrong, each reported upstream and left open:
// - it writes <legacyDrawing> (the notes) after <tableParts> and <extLst>, against the CT_Worksheet
//   sequence (18.3.1.99): Excel repairs such a sheet or empties it (exceljs#1369, fix in #2079 never
//   merged);
// - an internal link gets both a `location` and an external relationship, which LibreOffice reads
//   as "Sheet!A1##Sheet!A1" and saves back as a link to another file;
// - data validations read as ranges are written back overlapping ("B10:B5001 B2:B5001");
// - every note is signed "Author".
// Fixing the written parts here keeps the fix in one place we own, for every workbook written,
// rather than patching a library no longer released (patch-package would have to patch four
// places and follow ExcelJS's internals).
import type JSZip from "jszip";
import { columnLetter, parseAddress } from "../domain/grid";

/** JSZip, loaded only when a workbook is written or copied: a report needs none. */
export async function loadJsZip(): Promise<typeof JSZip> {
  return (await import("jszip")).default;
}

/** CT_Worksheet's children, in the order the schema requires (ECMA-376 Part 1, 18.3.1.99). */
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

export const PART_DATE = new Date(Date.UTC(2026, 0, 1));

/** Who notes are from: shown by Excel and LibreOffice beside each note. */
export const NOTE_AUTHOR = "Annex A check";

interface Element {
  readonly name: string;
  readonly xml: string;
}

/** The top-level children of <worksheet>. sheetData is found by its closing tag, so a large sheet costs one search. */
function splitWorksheet(xml: string): { head: string; children: Element[]; tail: string } | undefined {
  const open = /<worksheet\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf("</worksheet>");
  if (!open || close < 0) return undefined;
  const start = open.index + open[0].length;
  const children: Element[] = [];
  let at = start;
  while (at < close) {
    const next = xml.indexOf("<", at);
    if (next < 0 || next >= close) break;
    const tag = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(next, next + 200));
    if (!tag) return undefined;
    const name = tag[1];
    const tagEnd = xml.indexOf(">", next);
    let end: number;
    if (xml[tagEnd - 1] === "/") end = tagEnd + 1;
    else {
      // No child of <worksheet> contains an element of its own name, so the first closing tag ends it.
      const closing = xml.indexOf(`</${name}>`, tagEnd);
      if (closing < 0) return undefined;
      end = closing + name.length + 3;
    }
    children.push({ name, xml: xml.slice(next, end) });
    at = end;
  }
  return { head: xml.slice(0, start), children, tail: xml.slice(close) };
}

function orderWorksheet(children: Element[]): Element[] {
  let last = 0;
  const ranked = children.map((child, index) => {
    const rank = WORKSHEET_ORDER.indexOf(child.name.replace(/^.*:/, ""));
    // An element the schema list does not name stays after the one before it.
    if (rank >= 0) last = rank;
    return { child, rank: rank >= 0 ? rank : last, index };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((item) => item.child);
}

// ---- data validations: one rule per set of cells, none overlapping ----

type Intervals = [number, number][];

/** A range's columns and rows, one-based as the intervals below count them. */
function parseRange(token: string): { left: number; right: number; top: number; bottom: number } | undefined {
  const block = parseAddress(token);
  if (!block) return undefined;
  return {
    left: block.column + 1,
    right: block.column + block.columnCount,
    top: block.row + 1,
    bottom: block.row + block.rowCount,
  };
}

function mergeIntervals(intervals: Intervals): Intervals {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Intervals = [];
  for (const [from, to] of sorted) {
    const previous = merged.at(-1);
    if (previous && from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function subtractIntervals(intervals: Intervals, taken: Intervals): Intervals {
  let result = intervals;
  for (const [from, to] of taken) {
    result = result.flatMap(([a, b]): Intervals => {
      if (to < a || from > b) return [[a, b]];
      const pieces: Intervals = [];
      if (a < from) pieces.push([a, from - 1]);
      if (b > to) pieces.push([to + 1, b]);
      return pieces;
    });
  }
  return result;
}

/** Columns (1-based) to row intervals, written back as few rectangles as the shape allows. */
function sqrefOf(columns: Map<number, Intervals>): string {
  const tokens: string[] = [];
  const ordered = [...columns.entries()].filter(([, rows]) => rows.length > 0).sort((a, b) => a[0] - b[0]);
  let index = 0;
  while (index < ordered.length) {
    const [first, rows] = ordered[index];
    let last = first;
    const key = JSON.stringify(rows);
    while (
      index + 1 < ordered.length &&
      ordered[index + 1][0] === last + 1 &&
      JSON.stringify(ordered[index + 1][1]) === key
    ) {
      index += 1;
      last = ordered[index][0];
    }
    for (const [top, bottom] of rows) {
      const from = `${columnLetter(first - 1)}${top}`;
      const to = `${columnLetter(last - 1)}${bottom}`;
      tokens.push(from === to ? from : `${from}:${to}`);
    }
    index += 1;
  }
  return tokens.join(" ");
}

/** A column's intervals, made empty the first time. */
function intervalsOf(columns: Map<number, Intervals>, column: number): Intervals {
  let intervals = columns.get(column);
  if (!intervals) {
    intervals = [];
    columns.set(column, intervals);
  }
  return intervals;
}

/** Cell addresses as few ranges as cover exactly them ("A2 A3 A4 B9" is "A2:A4 B9"). */
export function compactReference(addresses: readonly string[]): string {
  const columns = new Map<number, Intervals>();
  for (const address of addresses) {
    const range = parseRange(address);
    if (!range) continue;
    // Pushed, not spread into a new array: a column of a findings-full sheet has tens of thousands of marks.
    for (let column = range.left; column <= range.right; column++)
      intervalsOf(columns, column).push([range.top, range.bottom]);
  }
  for (const [column, rows] of columns) columns.set(column, mergeIntervals(rows));
  return sqrefOf(columns);
}

/**
 * The same rule over the same cells once, and no cell under two rules (the first rule written
 * keeps a cell that two claim, as Excel applies only one).
 */
export function tidyDataValidations(xml: string): string {
  const rules: { key: string; open: string; body: string; columns: Map<number, Intervals> }[] = [];
  const pattern = /<dataValidation\b([^>]*?)(\/>|>([\s\S]*?)<\/dataValidation>)/g;
  for (const match of xml.matchAll(pattern)) {
    const attributes = match[1];
    const sqref = /\ssqref="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const rest = attributes.replace(/\ssqref="[^"]*"/, "");
    const key = `${rest}\u0000${match[3] ?? ""}`;
    let rule = rules.find((candidate) => candidate.key === key);
    if (!rule) {
      rule = { key, open: rest, body: match[3] ?? "", columns: new Map() };
      rules.push(rule);
    }
    for (const token of sqref.split(/\s+/).filter(Boolean)) {
      const range = parseRange(token);
      if (!range) return xml; // a reference not understood: leave the validations as they were
      for (let column = range.left; column <= range.right; column++)
        intervalsOf(rule.columns, column).push([range.top, range.bottom]);
    }
  }
  const taken = new Map<number, Intervals>();
  const written: string[] = [];
  for (const rule of rules) {
    for (const [column, rows] of rule.columns) {
      const own = subtractIntervals(mergeIntervals(rows), taken.get(column) ?? []);
      rule.columns.set(column, own);
      taken.set(column, mergeIntervals([...(taken.get(column) ?? []), ...own]));
    }
    const sqref = sqrefOf(rule.columns);
    if (sqref)
      written.push(
        `<dataValidation${rule.open} sqref="${sqref}"${rule.body ? `>${rule.body}</dataValidation>` : "/>"}`,
      );
  }
  return written.length === 0 ? "" : `<dataValidations count="${written.length}">${written.join("")}</dataValidations>`;
}

// ---- links ----

export interface SheetFix {
  xml: string;
  /** Relationship ids of internal links, whose relationship goes. */
  droppedRelationships: string[];
}

/** An internal link is a `location` alone (18.3.1.47); its external relationship goes. */
function internalLinksOnly(children: Element[]): { children: Element[]; dropped: string[] } {
  const dropped: string[] = [];
  const fixed = children.map((child) => {
    if (child.name !== "hyperlinks") return child;
    const xml = child.xml.replace(/<hyperlink\b[^>]*\/>/g, (link) => {
      if (!/\slocation="/.test(link)) return link;
      const id = /\sr:id="([^"]*)"/.exec(link)?.[1];
      if (id) dropped.push(id);
      return link.replace(/\sr:id="[^"]*"/, "").replace(/\slocation="#/, ' location="');
    });
    return { name: child.name, xml };
  });
  return { children: fixed, dropped };
}

/** What ExcelJS cannot read faithfully, kept aside as XML when a workbook is read for a copy (workbook-copy.ts). */
export interface KeptParts {
  /** The sheet's <dataValidations> element. */
  readonly dataValidations?: string;
  /** Its internal links (<hyperlink> with a location and no relationship), which ExcelJS drops. */
  readonly links: readonly string[];
}

/** Kept parts go back beside anything written since: validations merged, links on cells not linked since. */
function restoreKept(children: Element[], kept: KeptParts | undefined): Element[] {
  if (!kept) return children;
  let restored = children;
  if (kept.dataValidations) {
    const inner = (xml: string) => xml.replace(/^<dataValidations\b[^>]*>|<\/dataValidations>$/g, "");
    const written = restored.find((child) => child.name === "dataValidations");
    const merged = {
      name: "dataValidations",
      xml: `<dataValidations>${inner(kept.dataValidations)}${written ? inner(written.xml) : ""}</dataValidations>`,
    };
    restored = [...restored.filter((child) => child !== written), merged];
  }
  if (kept.links.length > 0) {
    const written = restored.find((child) => child.name === "hyperlinks");
    const refOf = (link: string) => /\sref="([^"]*)"/.exec(link)?.[1];
    const linked = new Set([...(written?.xml.matchAll(/<hyperlink\b[^>]*>/g) ?? [])].map((match) => refOf(match[0])));
    const back = kept.links.filter((link) => !linked.has(refOf(link)));
    const inner = written ? written.xml.replace(/^<hyperlinks>|<\/hyperlinks>$/g, "") : "";
    if (back.length > 0)
      restored = [
        ...restored.filter((child) => child !== written),
        { name: "hyperlinks", xml: `<hyperlinks>${inner}${back.join("")}</hyperlinks>` },
      ];
  }
  return restored;
}

/** A worksheet part made valid (see above), with the link relationships it no longer uses. */
export function fixWorksheet(xml: string, kept?: KeptParts): SheetFix {
  const parts = splitWorksheet(xml);
  if (!parts) return { xml, droppedRelationships: [] };
  const links = internalLinksOnly(restoreKept(parts.children, kept));
  const children = orderWorksheet(links.children)
    .map((child) =>
      child.name === "dataValidations" ? { name: child.name, xml: tidyDataValidations(child.xml) } : child,
    )
    .filter((child) => child.xml !== "");
  return {
    xml: parts.head + children.map((child) => child.xml).join("") + parts.tail,
    droppedRelationships: links.dropped,
  };
}

/** The relationships part without the given ids: one pass, however many links a findings sheet has. */
export function dropRelationships(rels: string, ids: readonly string[]): string {
  const dropped = new Set(ids);
  return rels.replace(/<Relationship\b[^>]*\/>/g, (relationship) =>
    dropped.has(/\sId="([^"]*)"/.exec(relationship)?.[1] ?? "") ? "" : relationship,
  );
}

/** Each sheet's name and the path of its part, from the workbook and its relationships. */
export async function sheetPartPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const target = targets.get(attribute(match[0], "r:id") ?? "");
    if (name && target) paths.set(decodeXml(name), target);
  }
  return paths;
}

export const decodeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, entity: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[entity]!,
  );
