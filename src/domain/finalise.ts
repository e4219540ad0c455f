// A clean return: what of a workbook is the tool's own work, to be left out of the copy a local
// authority sends, and how what was left out is said. Decided here once, for the command line
// (annex-a finalise) and, later, the pane; the file adapter (src/xlsx/finalise.ts) does the work.
import { trackingSheetName } from "./annex-b";
import type { Form } from "./catalogue";
import { FINDINGS_SHEET, MARKS_SHEET_PREFIX } from "./findings";
import { FOCUS_MAX_AGE, FOCUS_MIN_AGE } from "./focus";
import { SELECTION_SHEET } from "./selection";
import { templatePlan } from "./template-plan";
import { plural } from "./text";
import { ERROR_STYLE, FOCUS_STYLE, WARNING_STYLE, type Style } from "./workbook-conventions";

export interface FinaliseOptions {
  /** Keep the lead inspector's Selection sheet and Annex B tracking sheets. */
  readonly keepSelection?: boolean;
}

/** A sheet the tool made for its own work, and what it is, in words for the report. */
export function toolSheet(name: string, options: FinaliseOptions = {}): string | undefined {
  const key = name.trim().toLowerCase();
  if (name.startsWith(MARKS_SHEET_PREFIX)) return "the add-in's hidden marks";
  if (key === FINDINGS_SHEET.toLowerCase()) return "the findings sheet";
  if (options.keepSelection) return undefined;
  if (key === SELECTION_SHEET.toLowerCase()) return "the lead inspector's Selection sheet";
  if (name.startsWith(trackingSheetName(""))) return "an Annex B tracking sheet";
  return undefined;
}

/**
 * A paragraph of a note the marked copy writes for a finding (mark-findings.ts, noteText):
 * "Error (CODE-INVALID): ..." or "Warning (...): ...".
 */
const FINDING_PARAGRAPH = /^(?:Error|Warning) \([A-Z][A-Z0-9-]*\): /;

/**
 * Every note a template of the form writes (a list's scope on its first heading, a column's note,
 * the Inspection sheet's dates), as the ExcelJS writer joins them: the tool's words, not the council's.
 */
export function templateNoteTexts(form: Form): Set<string> {
  const texts = new Set<string>();
  for (const sheet of templatePlan(form, { notificationSerial: 0 }).sheets) {
    for (const cell of sheet.cells) if (cell.note) texts.add(cell.note);
    sheet.table?.columns.forEach((column, index) => {
      const parts = [index === 0 ? sheet.scopeNote : undefined, column.note].filter(Boolean);
      if (parts.length > 0) texts.add(parts.join("\n\n"));
      for (const part of parts) texts.add(part!);
    });
  }
  return texts;
}

/**
 * A note with the tool's words taken out (its findings, the template's notes): what is left is the
 * council's own, "" when nothing is; undefined when the note holds none of the tool's words.
 */
export function councilsNote(text: string, toolTexts: ReadonlySet<string>): string | undefined {
  const normalised = text.replace(/\r\n?/g, "\n");
  if (toolTexts.has(normalised.trim())) return "";
  let rest = normalised;
  let found = false;
  // The template's notes first, whole, as some hold more than one paragraph.
  for (const known of [...toolTexts].sort((a, b) => b.length - a.length)) {
    if (!rest.includes(known)) continue;
    found = true;
    rest = rest.split(known).join("\n\n");
  }
  const paragraphs = rest.split(/\n{2,}/);
  const councils = paragraphs.filter((paragraph) => !FINDING_PARAGRAPH.test(paragraph.trim()));
  if (!found && councils.length === paragraphs.length) return undefined;
  return councils
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/** Whether a note holds a finding: its cell was marked by the tool. */
export const noteHasFinding = (text: string): boolean =>
  text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .some((paragraph) => FINDING_PARAGRAPH.test(paragraph.trim()));

/** The styles of the tool's marks (fill and font colour, as RRGGBB), and of the focus highlight. */
export const MARK_STYLES: readonly Style[] = [ERROR_STYLE, WARNING_STYLE];
export { FOCUS_STYLE };

/** Whether a conditional format's formula is the focus highlight's (focus.ts: ABS(age-11)<=4). */
export function isFocusFormula(formula: string): boolean {
  const middle = (FOCUS_MIN_AGE + FOCUS_MAX_AGE) / 2;
  const half = (FOCUS_MAX_AGE - FOCUS_MIN_AGE) / 2;
  return formula.replace(/\s/g, "").includes(`-${middle})<=${half}`) && /\bABS\(/i.test(formula);
}

/** Whether a conditional format's formula reads one of the add-in's marks sheets. */
export const readsMarksSheet = (formula: string): boolean => formula.includes(MARKS_SHEET_PREFIX);

export interface LeftOut {
  /** Sheets left out, in workbook order, with what each is. */
  readonly sheets: readonly { readonly name: string; readonly what: string }[];
  /** Cells whose mark (the fill and font colour the marked copy gave them) was taken off. */
  readonly markedCells: number;
  /** Conditional formats of the marks and of the focus highlight taken off. */
  readonly formats: number;
  /** Notes taken off whole, and notes that kept the council's own words but lost the tool's. */
  readonly notesRemoved: number;
  readonly notesTrimmed: number;
  /** Defined names left out with their sheets (the findings sheet's ReferenceDate). */
  readonly names: readonly string[];
  /** Cells kept whose formula reads a sheet left out ("Summary!B2"): Excel will show #REF! there. */
  readonly formulasReadingLeftOut: readonly string[];
}

/** What was left out, one line each, for the report. */
export function leftOutLines(leftOut: LeftOut): string[] {
  const lines = leftOut.sheets.map((sheet) => `  sheet ‘${sheet.name}’: ${sheet.what}`);
  if (leftOut.markedCells > 0) lines.push(`  marks on ${plural(leftOut.markedCells, "cell")} (fill and font colour)`);
  if (leftOut.formats > 0)
    lines.push(`  ${plural(leftOut.formats, "conditional format")} (marks and the focus highlight)`);
  if (leftOut.notesRemoved > 0) lines.push(`  ${plural(leftOut.notesRemoved, "note")} (findings and the template's)`);
  if (leftOut.notesTrimmed > 0)
    lines.push(`  the tool's words from ${plural(leftOut.notesTrimmed, "note")} (your own words in them kept)`);
  if (leftOut.names.length > 0)
    lines.push(`  ${leftOut.names.length === 1 ? "the name" : "the names"} ${leftOut.names.join(", ")}`);
  return lines.length > 0 ? lines : ["  nothing: the workbook held none of the tool's sheets, marks or notes"];
}

/** A warning when a kept formula reads a sheet left out, which Excel would show as #REF!. */
export function formulasWarning(leftOut: LeftOut): string | undefined {
  const cells = leftOut.formulasReadingLeftOut;
  if (cells.length === 0) return undefined;
  const shown = cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");
  return `Note: ${plural(cells.length, "formula")} in the copy ${cells.length === 1 ? "reads" : "read"} a sheet left out and will show #REF! when recalculated (${shown}); add --keep-selection if ${cells.length === 1 ? "it reads" : "they read"} the Selection, or change ${cells.length === 1 ? "it" : "them"} before sending.`;
}
