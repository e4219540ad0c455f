// A clean return (annex-a finalise): a copy of a workbook with the tool's own work left out (its
// working sheets, the marks and focus highlight it added, its notes), everything else as it was.
// It works on the package's parts with JSZip, never through ExcelJS, so nothing the tool did not
// add is read and written again: values, formulas with their saved results, styles, drop-downs,
// images and whatever else the council's workbook holds stay byte for byte. It takes bytes and
// gives bytes, and needs nothing of Node, so the pane can run it too.
//
// How the tool's work is recognised (domain/finalise.ts decides; here it is found in the parts):
// - sheets by name: the add-in's hidden marks sheets (AnnexA_Marks_...), "Annex A findings", and
//   unless kept, the Selection and Annex B sheets;
// - a cell's mark (check --out: the cell's own fill and font colour, mark-findings.ts) by its note,
//   which names the finding, and by the mark's colours in its style: both, so a council's own
//   "Bad" or "Neutral" cell style (the same colours) is never taken for a mark;
// - conditional formats: a mark's (formula TRUE in a mark's colours; in Excel, a formula reading a
//   marks sheet) and the focus highlight's (its formula, in the highlight's colours);
// - notes: a finding's paragraphs, and the notes the template writes, word for word.
import type JSZip from "jszip";
import type { Form } from "../domain/catalogue";
import {
  councilsNote,
  FOCUS_STYLE,
  isFocusFormula,
  MARK_STYLES,
  noteHasFinding,
  readsMarksSheet,
  templateNoteTexts,
  toolSheet,
  type FinaliseOptions,
  type LeftOut,
} from "../domain/finalise";
import { quotedSheetName } from "../domain/grid";
import type { Style } from "../domain/workbook-conventions";
import { decodeXml, loadJsZip } from "./ooxml";

export interface Finalised {
  readonly bytes: Uint8Array;
  readonly leftOut: LeftOut;
}

/** The clean copy of an .xlsx workbook's bytes, and what was left out. The bytes given are not changed. */
export async function finaliseWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  form: Form,
  options: FinaliseOptions = {},
): Promise<Finalised> {
  return finalisePackage(await (await loadJsZip()).loadAsync(bytes), form, options);
}

// ---- small XML helpers: the parts are read as text, and only what is left out is cut ----

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[1] ?? match[2]) : undefined;
};
const setAttribute = (tag: string, name: string, value: string): string =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`).test(tag)
    ? tag.replace(new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`), `$1"${value}"`)
    : tag.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
const encodeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function textOf(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** A part's relationships part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, from the part it belongs to. */
function resolveTarget(source: string, target: string): string {
  const decoded = decodeURI(target);
  if (decoded.startsWith("/")) return decoded.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of decoded.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

interface Relationship {
  readonly xml: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function relationships(xml: string | undefined): Relationship[] {
  return [...(xml ?? "").matchAll(/<Relationship\b[^>]*>/g)].map((match) => ({
    xml: match[0],
    id: attribute(match[0], "Id") ?? "",
    type: attribute(match[0], "Type") ?? "",
    target: attribute(match[0], "Target") ?? "",
    external: attribute(match[0], "TargetMode") === "External",
  }));
}

const withoutRelationships = (xml: string, ids: ReadonlySet<string>) =>
  xml.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (tag) =>
    ids.has(attribute(tag, "Id") ?? "") ? "" : tag,
  );

const isType = (relationship: Relationship, type: string) => relationship.type.endsWith(`/${type}`);

// ---- styles: a mark's cell style, and the formats' colours ----

interface Section {
  readonly open: string;
  readonly items: string[];
}

/** A list element of styles.xml (<fonts>, <fills>, <cellXfs>, <dxfs>) and its children. */
function section(styles: string, name: string, item: string): Section | undefined {
  const match = new RegExp(`<${name}\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${name}>)`).exec(styles);
  if (!match) return undefined;
  const open = /^<[^>]*?(?=\/?>)/.exec(match[0])![0];
  const items = [
    ...(match[1] ?? "").matchAll(new RegExp(`<${item}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${item}>)`, "g")),
  ].map((found) => found[0]);
  return { open, items };
}

function writeSection(styles: string, name: string, written: Section): string {
  const open = setAttribute(`${written.open}>`, "count", String(written.items.length));
  return styles.replace(
    new RegExp(`<${name}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${name}>)`),
    // A function, so a "$" in the styles is never read as a replacement pattern.
    () => `${open}${written.items.join("")}</${name}>`,
  );
}

/** Whether some XML (a fill, a font, a conditional format's style) holds a colour, written as Excel writes it. */
const hasColour = (xml: string, rgb: string) => new RegExp(`rgb\\s*=\\s*["'](?:FF)?${rgb}["']`, "i").test(xml);

const showsStyle = (xml: string, style: Style) =>
  (!style.fill || hasColour(xml, style.fill)) && (!style.fontColour || hasColour(xml, style.fontColour));

class Styles {
  private readonly fonts?: Section;
  private readonly fills?: Section;
  private readonly cellXfs?: Section;
  private readonly dxfs?: Section;
  private readonly cleaned = new Map<number, number>();
  changed = false;

  constructor(private xml: string | undefined) {
    if (!xml) return;
    this.fonts = section(xml, "fonts", "font");
    this.fills = section(xml, "fills", "fill");
    this.cellXfs = section(xml, "cellXfs", "xf");
    this.dxfs = section(xml, "dxfs", "dxf");
  }

  dxf(id: string | undefined): string {
    return id === undefined ? "" : (this.dxfs?.items[Number(id)] ?? "");
  }

  /** The cell style without the mark's fill and font colour, when the style is a mark's; undefined otherwise. */
  withoutMark(index: number): number | undefined {
    if (this.cleaned.has(index)) return this.cleaned.get(index);
    const xf = this.cellXfs?.items[index];
    if (!xf || !this.fonts || !this.fills || !this.cellXfs) return undefined;
    const font = this.fonts.items[Number(attribute(xf, "fontId") ?? 0)] ?? "";
    const fill = this.fills.items[Number(attribute(xf, "fillId") ?? 0)] ?? "";
    const mark = MARK_STYLES.find(
      (style) => hasColour(fill, style.fill!) && /solid/.test(fill) && hasColour(font, style.fontColour!),
    );
    if (!mark) return undefined;
    const plainFont = font.replace(
      new RegExp(`<color\\b[^>]*?rgb\\s*=\\s*["'](?:FF)?${mark.fontColour}["'][^>]*\\/>`, "i"),
      "",
    );
    let fontId = this.fonts.items.indexOf(plainFont);
    if (fontId < 0) fontId = this.fonts.items.push(plainFont) - 1;
    // The opening tag alone: fill none, the font without the mark's colour; alignment and the rest kept.
    const plainXf = xf.replace(/^<xf\b[^>]*>/, (open) =>
      setAttribute(setAttribute(open, "fillId", "0"), "fontId", String(fontId)),
    );
    let xfId = this.cellXfs.items.indexOf(plainXf);
    if (xfId < 0) xfId = this.cellXfs.items.push(plainXf) - 1;
    this.cleaned.set(index, xfId);
    this.changed = true;
    return xfId;
  }

  written(): string | undefined {
    if (!this.xml || !this.changed) return this.xml;
    this.xml = writeSection(this.xml, "fonts", this.fonts!);
    this.xml = writeSection(this.xml, "cellXfs", this.cellXfs!);
    return this.xml;
  }
}

// ---- a kept sheet: its notes, its marked cells, its conditional formats ----

interface SheetWork {
  xml: string;
  rels: string | undefined;
  markedCells: number;
  formats: number;
  notesRemoved: number;
  notesTrimmed: number;
}

/** A note's text: its runs' text, phonetic readings left out. */
const noteText = (body: string) =>
  [...body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)]
    .map((match) => decodeXml(match[1] ?? ""))
    .join("");

/** "C2" as VML's zero-based row and column, "1,2". */
function vmlKey(address: string): string | undefined {
  const match = /^([A-Z]+)(\d+)$/i.exec(address);
  if (!match) return undefined;
  const column = [...match[1].toUpperCase()].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
  return `${Number(match[2]) - 1},${column - 1}`;
}

/** Takes the tool's words out of the sheet's notes; says which cells' notes named a finding. */
async function cleanNotes(
  zip: JSZip,
  part: string,
  work: SheetWork,
  toolTexts: ReadonlySet<string>,
): Promise<Set<string>> {
  const marked = new Set<string>();
  const rels = relationships(work.rels);
  const commentsRel = rels.find((relationship) => isType(relationship, "comments") && !relationship.external);
  if (!commentsRel) return marked;
  const commentsPath = resolveTarget(part, commentsRel.target);
  const comments = await textOf(zip, commentsPath);
  if (comments === undefined) return marked;
  const gone = new Set<string>();
  let left = 0;
  const cleaned = comments.replace(
    /<comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/comment>)/g,
    (whole: string, attributes: string, body: string | undefined) => {
      const ref = attribute(whole, "ref") ?? "";
      const text = noteText(body ?? "");
      if (noteHasFinding(text)) marked.add(ref.toUpperCase());
      const councils = councilsNote(text, toolTexts);
      if (councils === undefined) {
        left++;
        return whole;
      }
      if (councils === "") {
        work.notesRemoved++;
        const key = vmlKey(ref);
        if (key) gone.add(key);
        return "";
      }
      work.notesTrimmed++;
      left++;
      // One run, as Excel writes a note typed in it (and as ExcelJS reads one).
      return `<comment${attributes}><text><r><t xml:space="preserve">${encodeXml(councils)}</t></r></text></comment>`;
    },
  );
  if (gone.size === 0 && work.notesTrimmed === 0) return marked;
  const dropped = new Set<string>();
  if (left === 0) dropped.add(commentsRel.id);
  else zip.file(commentsPath, cleaned);

  // Each note's box is a shape in the sheet's VML drawing, found by its row and column.
  const legacy = /<legacyDrawing\b[^>]*>/.exec(work.xml);
  const vmlRel = legacy ? rels.find((relationship) => relationship.id === attribute(legacy[0], "r:id")) : undefined;
  if (vmlRel && gone.size > 0) {
    const vmlPath = resolveTarget(part, vmlRel.target);
    const vml = await textOf(zip, vmlPath);
    if (vml !== undefined) {
      const kept = vml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
        if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return shape;
        const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
        const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
        return gone.has(`${row},${column}`) ? "" : shape;
      });
      if (!/<v:shape\b/.test(kept)) {
        dropped.add(vmlRel.id);
        work.xml = work.xml.replace(legacy![0], "");
      } else zip.file(vmlPath, kept);
    }
  }
  if (dropped.size > 0 && work.rels) work.rels = withoutRelationships(work.rels, dropped);
  return marked;
}

/** Gives each cell whose note named a finding its style back without the mark's fill and font colour. */
function unmarkCells(work: SheetWork, marked: ReadonlySet<string>, styles: Styles): void {
  if (marked.size === 0) return;
  work.xml = work.xml.replace(/<c\b[^>]*>/g, (tag) => {
    const ref = attribute(tag, "r")?.toUpperCase();
    const style = attribute(tag, "s");
    if (!ref || style === undefined || !marked.has(ref)) return tag;
    const plain = styles.withoutMark(Number(style));
    if (plain === undefined) return tag;
    work.markedCells++;
    return setAttribute(tag, "s", String(plain));
  });
}

/** Whether a conditional format's rule is the tool's: a mark's, or the focus highlight's. */
function toolRule(formula: string, style: string): boolean {
  if (readsMarksSheet(formula)) return true;
  if (/^\s*TRUE\s*$/i.test(formula)) return MARK_STYLES.some((mark) => showsStyle(style, mark));
  return isFocusFormula(formula) && showsStyle(style, FOCUS_STYLE);
}

/** Takes the tool's conditional formats off: those written in the sheet, and those Excel keeps in its 2010 extension. */
function removeToolFormats(work: SheetWork, styles: Styles): void {
  work.xml = work.xml.replace(
    /<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g,
    (whole: string, attributes: string, inner: string) => {
      const rules = inner.replace(/<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g, (rule) => {
        const formula = decodeXml(/<formula>([\s\S]*?)<\/formula>/.exec(rule)?.[1] ?? "");
        if (!toolRule(formula, styles.dxf(attribute(rule, "dxfId")))) return rule;
        work.formats++;
        return "";
      });
      return /<cfRule\b/.test(rules) ? `<conditionalFormatting${attributes}>${rules}</conditionalFormatting>` : "";
    },
  );
  work.xml = work.xml.replace(
    /<x14:conditionalFormatting\b([^>]*)>([\s\S]*?)<\/x14:conditionalFormatting>/g,
    (whole: string, attributes: string, inner: string) => {
      const rules = inner.replace(/<x14:cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/x14:cfRule>)/g, (rule) => {
        const formula = decodeXml(/<xm:f>([\s\S]*?)<\/xm:f>/.exec(rule)?.[1] ?? "");
        if (!toolRule(formula, /<x14:dxf>[\s\S]*?<\/x14:dxf>/.exec(rule)?.[0] ?? "")) return rule;
        work.formats++;
        return "";
      });
      return /<x14:cfRule\b/.test(rules)
        ? `<x14:conditionalFormatting${attributes}>${rules}</x14:conditionalFormatting>`
        : "";
    },
  );
  // An extension left holding no format goes, and the list of extensions if it is left empty.
  work.xml = work.xml
    .replace(/<ext\b[^>]*>\s*<x14:conditionalFormattings>\s*<\/x14:conditionalFormattings>\s*<\/ext>/g, "")
    .replace(/<extLst>\s*<\/extLst>/g, "");
}

// ---- the workbook: sheets and names left out, parts no longer used removed ----

/** Whether a formula refers to a sheet: 'Annex A findings'!B1, Selection!A1. */
function refersToSheet(formula: string, sheet: string): boolean {
  if (formula.includes(`${quotedSheetName(sheet)}!`) || formula.includes(`'${sheet.replace(/'/g, "''")}'!`))
    return true;
  return new RegExp(`(?:^|[^\\w.'])${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!`).test(formula);
}

/** Shared strings no kept cell uses go (the findings' words, the inspector's notes); cells get their new numbers. */
function compactSharedStrings(sheets: readonly SheetWork[], shared: string): string {
  const items = [...shared.matchAll(/<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g)].map((match) => match[0]);
  const cell = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  const used = new Set<number>();
  for (const work of sheets)
    for (const match of work.xml.matchAll(cell)) {
      if (attribute(match[0], "t") !== "s") continue;
      const value = /<v>\s*(\d+)\s*<\/v>/.exec(match[2] ?? "")?.[1];
      if (value !== undefined) used.add(Number(value));
    }
  if (used.size === items.length) return shared;
  const order = [...used].filter((index) => index < items.length).sort((a, b) => a - b);
  const renumbered = new Map(order.map((old, index) => [old, index]));
  for (const work of sheets)
    work.xml = work.xml.replace(cell, (whole: string) => {
      if (attribute(whole, "t") !== "s") return whole;
      return whole.replace(/<v>\s*(\d+)\s*<\/v>/, (value, old: string) =>
        renumbered.has(Number(old)) ? `<v>${renumbered.get(Number(old))}</v>` : value,
      );
    });
  const open = /<sst\b[^>]*?(?=\/?>)/.exec(shared)?.[0] ?? "<sst";
  const head = shared.slice(0, shared.indexOf(open));
  let total = 0;
  for (const work of sheets) for (const match of work.xml.matchAll(cell)) if (attribute(match[0], "t") === "s") total++;
  const tag = setAttribute(setAttribute(`${open}>`, "count", String(total)), "uniqueCount", String(order.length));
  return `${head}${tag}${order.map((index) => items[index]).join("")}</sst>`;
}

/** The extended properties' list of sheets and names (docProps/app.xml), without those left out. */
function withoutTitles(app: string, gone: ReadonlySet<string>): string {
  const pairs = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(app);
  const titles = /<TitlesOfParts>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(app);
  if (!pairs || !titles) return app;
  const variants = [...pairs[1].matchAll(/<vt:variant>([\s\S]*?)<\/vt:variant>/g)].map((match) => match[1]);
  const names = [...titles[1].matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)].map((match) => decodeXml(match[1]));
  const groups: { label: string; titles: string[] }[] = [];
  let at = 0;
  for (let index = 0; index + 1 < variants.length; index += 2) {
    const label = /<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/.exec(variants[index])?.[1];
    const count = Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(variants[index + 1])?.[1]);
    if (label === undefined || !Number.isInteger(count)) return app;
    groups.push({ label, titles: names.slice(at, at + count) });
    at += count;
  }
  if (at !== names.length) return app;
  const kept = groups
    .map((group) => ({ ...group, titles: group.titles.filter((title) => !gone.has(title)) }))
    .filter((group) => group.titles.length > 0);
  const allTitles = kept.flatMap((group) => group.titles);
  const pairXml = kept
    .map(
      (group) =>
        `<vt:variant><vt:lpstr>${group.label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${group.titles.length}</vt:i4></vt:variant>`,
    )
    .join("");
  return app
    .replace(
      pairs[0],
      () =>
        `<HeadingPairs><vt:vector size="${kept.length * 2}" baseType="variant">${pairXml}</vt:vector></HeadingPairs>`,
    )
    .replace(
      titles[0],
      () =>
        `<TitlesOfParts><vt:vector size="${allTitles.length}" baseType="lpstr">${allTitles.map((title) => `<vt:lpstr>${encodeXml(title)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>`,
    );
}

/** Removes every part no relationship reaches any longer (a sheet's notes, tables, drawings), and its content type. */
async function removeUnreachableParts(zip: JSZip): Promise<void> {
  const reached = new Set<string>();
  const queue: string[] = [""];
  while (queue.length > 0) {
    const source = queue.pop()!;
    const rels = await textOf(zip, source === "" ? "_rels/.rels" : relsPathOf(source));
    for (const relationship of relationships(rels)) {
      if (relationship.external) continue;
      const target = resolveTarget(source, relationship.target).toLowerCase();
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(resolveTarget(source, relationship.target));
    }
  }
  const sourceOfRels = (path: string) => path.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2").toLowerCase();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || path === "[Content_Types].xml" || path === "_rels/.rels") continue;
    const lower = path.toLowerCase();
    if (reached.has(lower)) continue;
    if (/(^|\/)_rels\/[^/]*\.rels$/i.test(path) && reached.has(sourceOfRels(path))) continue;
    zip.remove(path);
  }
  const types = await textOf(zip, "[Content_Types].xml");
  if (types === undefined) return;
  const present = new Set(Object.keys(zip.files).map((path) => `/${path.toLowerCase()}`));
  zip.file(
    "[Content_Types].xml",
    types.replace(/<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g, (tag) =>
      present.has((attribute(tag, "PartName") ?? "").toLowerCase()) ? tag : "",
    ),
  );
}

export async function finalisePackage(zip: JSZip, form: Form, options: FinaliseOptions = {}): Promise<Finalised> {
  const root = relationships(await textOf(zip, "_rels/.rels"));
  const workbookPath = resolveTarget(
    "",
    root.find((rel) => isType(rel, "officeDocument"))?.target ?? "xl/workbook.xml",
  );
  let workbook = (await textOf(zip, workbookPath)) ?? "";
  const workbookRelsPath = relsPathOf(workbookPath);
  const workbookRels = (await textOf(zip, workbookRelsPath)) ?? "";
  const rels = relationships(workbookRels);

  const sheets = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((match, index) => {
    const name = attribute(match[0], "name") ?? "";
    return { tag: match[0], name, id: attribute(match[0], "r:id") ?? "", index, what: toolSheet(name, options) };
  });
  const leftOutSheets = sheets.filter((sheet) => sheet.what !== undefined);
  const keptSheets = sheets.filter((sheet) => sheet.what === undefined);
  if (keptSheets.length === 0) throw new Error("Every sheet of the workbook is the tool's own: nothing would be left.");
  const newIndex = new Map(keptSheets.map((sheet, index) => [sheet.index, index]));

  // The workbook: its sheets, its names (a name on a sheet left out goes; one local to a kept
  // sheet follows that sheet's new place), the tab shown, and no calculation chain (Excel builds
  // it again on opening; one naming sheets that are gone would be repaired).
  const names: string[] = [];
  for (const sheet of leftOutSheets) workbook = workbook.replace(sheet.tag, "");
  workbook = workbook.replace(
    /<(?:[\w.-]+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>/g,
    (whole: string, attributes: string, formula: string) => {
      const name = attribute(whole, "name") ?? "";
      const local = attribute(whole, "localSheetId");
      const gone =
        (local !== undefined && !newIndex.has(Number(local))) ||
        leftOutSheets.some((sheet) => refersToSheet(decodeXml(formula), sheet.name));
      if (gone) {
        if (!name.startsWith("_xlnm.")) names.push(name);
        return "";
      }
      return local === undefined
        ? whole
        : whole.replace(/^<[^>]*>/, (open) => setAttribute(open, "localSheetId", String(newIndex.get(Number(local)))));
    },
  );
  workbook = workbook.replace(/<(?:[\w.-]+:)?definedNames>\s*<\/(?:[\w.-]+:)?definedNames>/, "");
  const firstShown = keptSheets.find((sheet) => !/\sstate\s*=\s*["'](?:hidden|veryHidden)["']/.test(sheet.tag));
  workbook = workbook.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (view) => {
    let written = view;
    for (const name of ["activeTab", "firstSheet"]) {
      const old = attribute(view, name);
      if (old === undefined) continue;
      written = setAttribute(
        written,
        name,
        String(newIndex.get(Number(old)) ?? newIndex.get(firstShown?.index ?? 0) ?? 0),
      );
    }
    return written;
  });
  zip.file(workbookPath, workbook);
  const droppedRels = new Set([
    ...leftOutSheets.map((sheet) => sheet.id),
    ...(leftOutSheets.length > 0 ? rels.filter((rel) => isType(rel, "calcChain")).map((rel) => rel.id) : []),
  ]);
  zip.file(workbookRelsPath, withoutRelationships(workbookRels, droppedRels));

  // Each kept sheet: the tool's notes, marks and formats taken off.
  const stylesRel = rels.find((rel) => isType(rel, "styles"));
  const stylesPath = stylesRel ? resolveTarget(workbookPath, stylesRel.target) : undefined;
  const styles = new Styles(stylesPath ? await textOf(zip, stylesPath) : undefined);
  const toolTexts = templateNoteTexts(form);
  const works: { part: string; work: SheetWork }[] = [];
  const formulasReadingLeftOut: string[] = [];
  // Shared strings are renumbered only when every kept sheet's cells were read.
  let everySheetRead = true;
  for (const sheet of keptSheets) {
    const rel = rels.find((candidate) => candidate.id === sheet.id);
    const part = rel && !rel.external ? resolveTarget(workbookPath, rel.target) : undefined;
    const xml = part ? await textOf(zip, part) : undefined;
    if (!part || xml === undefined || !/<(?:[\w.-]+:)?worksheet\b/.test(xml)) {
      // A chart sheet holds no cells; anything else (an old macro sheet) may use shared strings.
      if (!xml || !/<(?:[\w.-]+:)?chartsheet\b/.test(xml)) everySheetRead = false;
      continue;
    }
    const work: SheetWork = {
      xml,
      rels: await textOf(zip, relsPathOf(part)),
      markedCells: 0,
      formats: 0,
      notesRemoved: 0,
      notesTrimmed: 0,
    };
    // A kept formula that reads a sheet left out would show #REF!: said, not hidden.
    for (const match of work.xml.matchAll(/<c\b[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(match[1] ?? "")?.[1];
      if (formula && leftOutSheets.some((gone) => refersToSheet(decodeXml(formula), gone.name)))
        formulasReadingLeftOut.push(`${sheet.name}!${attribute(match[0], "r") ?? "?"}`);
    }
    const marked = await cleanNotes(zip, part, work, toolTexts);
    unmarkCells(work, marked, styles);
    removeToolFormats(work, styles);
    works.push({ part, work });
  }
  const sharedRel = rels.find((rel) => isType(rel, "sharedStrings"));
  const sharedPath = sharedRel ? resolveTarget(workbookPath, sharedRel.target) : undefined;
  const shared = sharedPath ? await textOf(zip, sharedPath) : undefined;
  if (sharedPath && shared !== undefined && everySheetRead)
    zip.file(
      sharedPath,
      compactSharedStrings(
        works.map(({ work }) => work),
        shared,
      ),
    );
  for (const { part, work } of works) {
    zip.file(part, work.xml);
    if (work.rels !== undefined) zip.file(relsPathOf(part), work.rels);
  }
  const stylesXml = styles.written();
  if (stylesPath && stylesXml !== undefined && styles.changed) zip.file(stylesPath, stylesXml);

  const appPath = root.find((rel) => isType(rel, "extended-properties"));
  if (appPath) {
    const path = resolveTarget("", appPath.target);
    const app = await textOf(zip, path);
    if (app !== undefined)
      zip.file(path, withoutTitles(app, new Set([...leftOutSheets.map((sheet) => sheet.name), ...names])));
  }
  await removeUnreachableParts(zip);

  const total = (key: "markedCells" | "formats" | "notesRemoved" | "notesTrimmed") =>
    works.reduce((sum, { work }) => sum + work[key], 0);
  return {
    bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } }),
    leftOut: {
      sheets: leftOutSheets.map((sheet) => ({ name: sheet.name, what: sheet.what! })),
      markedCells: total("markedCells"),
      formats: total("formats"),
      notesRemoved: total("notesRemoved"),
      notesTrimmed: total("notesTrimmed"),
      names,
      formulasReadingLeftOut,
    },
  };
}
