// Which form a workbook is, said with why: the form its list sheets are named for, then the one
// whose own headings they carry most (between revisions, whose own codes). `--form` on the command
// line and the pane's choice override it. Every form is judged by its own headings and codes, so
// taking the wrong one would tell a council to rewrite a form it rightly keeps: where no sheet is
// named as any form's list or carries its exact headings, the default form is taken, and said so.
import { ownHeadingsOf, type Form } from "./catalogue";
import { acceptedValues } from "./codes";
import { FORMS_BY_FILE } from "./forms/all";
import type { Grid } from "./grid";
import { analyseHeader } from "./headers";
import { classifySheet, sheetNamedAs } from "./sheets";

/**
 * The joint inspection's own Annex A: what the add-in's templates, deadlines and Selection are for,
 * and what a workbook with no form's sheet names or exact headings (a case-management export) is
 * read as.
 */
export const DEFAULT_FORM_ID = "jtai-neglect-2017";

/** Where a form sorts: by id, a revision just after the form it revises. */
const sortKey = (form: Form) => (form.revises ? `${form.revises}~${form.id}` : form.id);

/** Every form this build knows, the default first, each revision after what it revises; handed to whatever offers a choice. */
export const FORMS: readonly Form[] = Object.values(FORMS_BY_FILE).sort(
  (a, b) => Number(b.id === DEFAULT_FORM_ID) - Number(a.id === DEFAULT_FORM_ID) || sortKey(a).localeCompare(sortKey(b)),
);

export function formById(id: string): Form | undefined {
  return FORMS.find((form) => form.id === id);
}

export interface FormChoice {
  readonly form: Form;
  /** Why: named by the user, or the sheet names and headings that decided. */
  readonly reason: string;
  /** Said when sheets carry another form's own headings too. */
  readonly mixed?: string;
}

export interface SheetForChoice {
  readonly sheet: string;
  readonly grid: Grid;
  readonly hidden?: boolean;
}

/** How one list sheet fits a form. */
interface SheetFit {
  /** Named as the form names the list ("Contacts"; Ofsted's "List_1", or "List 1" by its number). */
  readonly named: boolean;
  /** The form's own headings on it, exactly as the form writes them. */
  readonly exact: number;
  /** The form's columns it lacks. */
  readonly missing: number;
  /** Cells of its first rows holding one of the form's own codes as the form writes it. */
  readonly codes: number;
}

interface Fit {
  readonly form: Form;
  /** Every sheet the form reads as one of its lists, by name. */
  readonly bySheet: ReadonlyMap<string, SheetFit>;
  readonly named: number;
  readonly exact: number;
  readonly codes: number;
  /** `exact` less the columns the sheets lack, so a revision that adds columns is not taken for a workbook without them. */
  readonly count: number;
}

function fit(form: Form, sheets: readonly SheetForChoice[]): Fit {
  const bySheet = new Map<string, SheetFit>();
  for (const input of sheets) {
    const decision = classifySheet(form, input.sheet, input.grid, input.hidden);
    if (decision.kind !== "list") continue;
    const list = form.lists.find((candidate) => candidate.id === decision.listId)!;
    const named = sheetNamedAs(list, input.sheet);
    const analysis = analyseHeader(list, input.grid);
    const exact = analysis.matches.filter((match) => ownHeadingsOf(match.column).includes(match.text)).length;
    bySheet.set(input.sheet, {
      named,
      exact,
      missing: analysis.missing.length,
      codes: ownCodes(input.grid, analysis.headerRow, analysis.matches),
    });
  }
  const fits = [...bySheet.values()];
  const sum = (of: (sheet: SheetFit) => number) => fits.reduce((total, sheet) => total + of(sheet), 0);
  const exact = sum((sheet) => sheet.exact);
  return {
    form,
    bySheet,
    named: fits.filter((sheet) => sheet.named).length,
    exact,
    count: exact - sum((sheet) => sheet.missing),
    codes: sum((sheet) => sheet.codes),
  };
}

/** Rows of a sheet whose codes are counted: enough to tell revisions apart, few enough to cost nothing. */
const CODE_ROWS = 200;

/** How many cells of the first rows hold one of their column's codes exactly as the form writes it. */
function ownCodes(grid: Grid, headerRow: number, matches: ReturnType<typeof analyseHeader>["matches"]): number {
  if (headerRow < 0) return 0;
  let count = 0;
  for (const { column, index } of matches) {
    if (!column.codeList) continue;
    const own = new Set(acceptedValues(column.codeList));
    for (const row of grid.slice(headerRow + 1, headerRow + 1 + CODE_ROWS)) {
      const cell = row?.[index];
      if (typeof cell === "string" && own.has(cell)) count++;
    }
  }
  return count;
}

/** Whether `candidate` fits better than `best`: more sheets named as it names them, then more of its own headings. */
function fitsBetter(candidate: Fit, best: Fit): boolean {
  if (candidate.named !== best.named) return candidate.named > best.named;
  if (candidate.count !== best.count) return candidate.count > best.count;
  // Revisions with the same headings (Ofsted's without its List 9) differ in their codes (t) NOBT).
  if (candidate.codes !== best.codes) return candidate.codes > best.codes;
  // A revision wins only by fitting better: where both fit equally, the earlier is taken.
  return best.form.revises === candidate.form.id;
}

/** Whether one sheet follows `other` rather than `chosen`: named as `other` names it, else more of its headings. */
function sheetFollows(sheet: string, other: Fit, chosen: Fit): boolean {
  const there = other.bySheet.get(sheet);
  const here = chosen.bySheet.get(sheet);
  if (!there || there.exact === 0) return false;
  if (!here) return true;
  if (there.named !== here.named) return there.named;
  return there.exact > here.exact;
}

const sheetsInWords = (sheets: readonly string[]): string =>
  sheets.length <= 3 ? sheets.map((sheet) => `‘${sheet}’`).join(", ") : `${sheets.length} sheets`;

/**
 * The form whose lists a workbook's sheets are named as, from the names alone (the add-in before
 * any check has read the sheets): the most sheets named, the first form on a tie; undefined when
 * no sheet is named as any form's list.
 */
export function formNamedBySheets(forms: readonly Form[], sheets: readonly string[]): Form | undefined {
  let best: { form: Form; named: number } | undefined;
  for (const form of forms) {
    const named = sheets.filter((sheet) => form.lists.some((list) => sheetNamedAs(list, sheet))).length;
    if (named > 0 && (!best || named > best.named)) best = { form, named };
  }
  return best?.form;
}

/** The form a workbook shows, with why; `forms` is every form to choose from, the default first. */
export function recogniseForm(forms: readonly Form[], sheets: readonly SheetForChoice[]): FormChoice {
  const scored = forms.map((form) => fit(form, sheets));
  // A form fits where a sheet is named as it names a list, or carries its headings as it writes them.
  const fitting = scored.filter((candidate) => candidate.exact > 0 || candidate.named > 0);
  let best = fitting[0];
  for (const candidate of fitting.slice(1)) if (fitsBetter(candidate, best)) best = candidate;
  if (!best) {
    return {
      form: forms[0],
      reason: `no sheet is named as a form names its lists or has any form's headings exactly as the form writes them, so it is read as ${forms[0].inSentence}'s lists (another form can be chosen)`,
    };
  }
  // The sheets of another family of forms that follow it rather than the form taken.
  const others = scored
    .filter((other) => other.form.family !== best.form.family)
    .map((other) => ({
      other,
      sheets: [...other.bySheet.keys()].filter((sheet) => sheetFollows(sheet, other, best)),
    }))
    .filter(({ sheets: followed }) => followed.length > 0);
  const elsewhere = new Set(others.flatMap(({ sheets: followed }) => followed));
  const own = [...best.bySheet]
    .filter(([sheet, fits]) => fits.exact > 0 && !elsewhere.has(sheet))
    .map(([sheet]) => sheet);
  const exact = own.reduce((sum, sheet) => sum + best.bySheet.get(sheet)!.exact, 0);
  const named = [...best.bySheet].filter(([, fits]) => fits.named).map(([sheet]) => sheet);
  const reason =
    exact > 0
      ? `${exact} of its headings ${exact === 1 ? "is" : "are"} exactly as ${best.form.inSentence} writes them (on ${sheetsInWords(own)})`
      : `its sheets are named as ${best.form.inSentence} names its lists (${sheetsInWords(named)})`;
  const mixed =
    others.length > 0
      ? `Some sheets follow ${others.map(({ other, sheets: followed }) => `${other.form.inSentence} (${sheetsInWords(followed)})`).join(" and ")}: this workbook mixes forms, and is checked as ${best.form.inSentence}.`
      : undefined;
  return { form: best.form, reason, ...(mixed ? { mixed } : {}) };
}
