// What each sheet of a workbook is, decided in one place for the command line and the add-in: one
// of this Annex A's lists, or not, with the reason in plain English. Nothing here reads a file.
//
// Councils start from the Annex A they keep all year for Ofsted's inspection of local authority
// children's services (ILACS): sheets "List 1" to "List 11", a merged title above the headings,
// front, FAQ, guidance and code sheets. A form says which list each number is (`numbered`), so the
// number settles a list whose headings several lists share.
import { trackingSheetName } from "./annex-b";
import { listOf, type Form, type ListId, type ListSpec } from "./catalogue";
import { CODES_SHEET, INSPECTION_SHEET } from "./template-plan";
import { FINDINGS_SHEET, MARKS_SHEET_PREFIX } from "./findings";
import { isBlank, isBlankRow, type Grid } from "./grid";
import { analyseHeader, bestHeaderRow, distinctiveScore, HEADER_SEARCH_ROWS, identifyList, listScore } from "./headers";
import { SELECTION_SHEET } from "./selection";
import { headingKey } from "./text";

export type SheetDecision =
  { readonly kind: "list"; readonly listId: ListId } | { readonly kind: "skip"; readonly reason: string };

const OWN_SHEETS: readonly (readonly [string, string])[] = [
  [headingKey(INSPECTION_SHEET), "the template's Inspection sheet (dates and deadlines), not a list"],
  [headingKey(CODES_SHEET), "the template's code table (the drop-down values), not a list"],
  [headingKey(FINDINGS_SHEET), "the add-in's findings sheet, not a list"],
  [headingKey(SELECTION_SHEET), "the lead inspector's Selection sheet, not a list"],
];

const ownSheetsOf = (form: Form): Map<string, string> =>
  new Map([
    ...OWN_SHEETS,
    ...form.checklists.map((checklist): [string, string] => [
      headingKey(checklist.sheetName),
      `the ${checklist.title.toLowerCase()} checklist, not a list of children`,
    ]),
  ]);

const CODE_TABLE_NAME =
  /^(codes?([ _-]?(used|list|lists|table))?|code ?lists?|lookups?|look[ _-]?ups?|drop[ _-]?downs?|validation( lists?)?)$/i;
const FRONT_NAME =
  /^(front|cover|title)([ _-]?(sheet|page))?$|^(read[ _-]?me|instructions|contents|about|introduction)$/i;
const FAQ_NAME = /faq|questions/i;
const GUIDANCE_NAME = /guidance|^guide$|^notes$|^help$/i;
/** Words a code table puts above its columns (Ofsted's Codes_used sheet: "Preferred code"). */
const CODE_TABLE_WORDS = /^(preferred codes?|please use codes;?|codes?|code list|detail|grouped)$/i;
/**
 * Headings only the SEND inspection's Annex A has (the area SEND inspection's child-level lists):
 * education, health and care (EHC) plans and needs assessments, their annual reviews and 20-week
 * timescale, SEN support, the SENCO, the child's education setting, alternative provision, elective
 * home education and the national curriculum year. None is a heading of this Annex A's lists.
 * ("Primary need" is not among them: it is this Annex A's children in need heading too.)
 */
const SEND_HALLMARK =
  /\behcp?s?\b|education,? health and care|\bsen support\b|\bsenco\b|\bsen2\b|special educational needs|\bannual reviews?\b|\b20[- ]?weeks?\b|\b(name|type) of (education )?setting\b|\beducation(al)? setting\b|\balternative provision\b|\belective home education\b|\bnational curriculum year\b|\bncy\b/i;
/** The acronym itself, in capitals only: "send" is also an English verb. */
const SEND_ACRONYM = /\bSEND\b/;
const isSendHeading = (cell: string) => SEND_HALLMARK.test(cell) || SEND_ACRONYM.test(cell);

/** The ILACS list number a sheet name or title gives: "List 1", "List_6", "List 6 - CIN", "List 9: Care leavers". */
export function ilacsListNumber(text: string): number | undefined {
  const match = /^\s*list[\s_\-.]*(\d{1,2})(?!\d)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Whether a sheet is named as its form names the list: its sheet name (or another the form writes), or its number ("List 6"). */
export function sheetNamedAs(list: ListSpec, sheet: string): boolean {
  const key = headingKey(sheet);
  return (
    [list.sheetName, ...(list.ownSheetNames ?? [])].some((name) => headingKey(name) === key) ||
    (list.number !== undefined && ilacsListNumber(sheet) === list.number)
  );
}

/**
 * What a sheet is, from its name and visibility alone, when that is enough: the add-in's and the
 * template's own sheets, hidden sheets, code tables, front, FAQ and guidance sheets. Undefined when
 * the sheet must be read to know. The add-in uses this to avoid reading sheets it will not check.
 */
export function sheetNameDecision(form: Form, name: string, hidden = false): SheetDecision | undefined {
  const key = headingKey(name);
  const own = ownSheetsOf(form).get(key);
  if (own) return { kind: "skip", reason: own };
  if (name.startsWith(MARKS_SHEET_PREFIX))
    return { kind: "skip", reason: "the add-in's hidden marks for a list, not a list" };
  if (name.startsWith(trackingSheetName("")))
    return { kind: "skip", reason: "an Annex B sheet tracking one child's experience, not a list" };
  if (hidden) return { kind: "skip", reason: "a hidden sheet, not checked (unhide it to have it checked)" };
  if (/^codes[ _-]?used$/i.test(name.trim())) return { kind: "skip", reason: "Ofsted's code table, not a list" };
  if (CODE_TABLE_NAME.test(name.trim())) return { kind: "skip", reason: "a code table, not a list" };
  if (FAQ_NAME.test(name)) return { kind: "skip", reason: "questions and answers about the return, not a list" };
  if (FRONT_NAME.test(name.trim())) return { kind: "skip", reason: "a front sheet, not a list" };
  if (GUIDANCE_NAME.test(name)) return { kind: "skip", reason: "guidance or notes, not a list" };
  return undefined;
}

/** The text of a sheet's first rows, or (`headingsOnly`) of the rows down to its best heading row. */
function headingCells(form: Form, grid: Grid, headingsOnly = false): string[] {
  const headerRow = headingsOnly ? bestHeaderRow(form, grid) : -1;
  const cells: string[] = [];
  for (const row of grid.slice(0, headerRow >= 0 ? headerRow + 1 : HEADER_SEARCH_ROWS))
    for (const cell of row ?? []) if (typeof cell === "string" && cell.trim() !== "") cells.push(cell.trim());
  return cells;
}

/** The ILACS number a sheet's title gives, from a cell such as "List 6: Children in Need" above the headings. */
function titleNumber(grid: Grid): number | undefined {
  for (const row of grid.slice(0, 3)) {
    const first = row?.find((cell) => !isBlank(cell));
    if (typeof first === "string" && /^\s*list[\s_\-.]*\d{1,2}\s*[:\-–.]/i.test(first)) return ilacsListNumber(first);
  }
  return undefined;
}

/**
 * What a sheet is: one of this Annex A's lists, or not, and why. `hidden` is the sheet's
 * visibility. A sheet read as a list needs a Child unique ID column: a list of children without
 * one is a code table, a summary or something else, and is never read as children.
 */
export function classifySheet(form: Form, name: string, grid: Grid, hidden = false): SheetDecision {
  const byName = sheetNameDecision(form, name, hidden);
  if (byName) return byName;
  if (grid.every((row) => isBlankRow(row))) return { kind: "skip", reason: "an empty sheet" };

  const cells = headingCells(form, grid);
  if (cells.filter((cell) => CODE_TABLE_WORDS.test(cell)).length >= 2)
    return { kind: "skip", reason: "a code table, not a list" };
  // SEND columns beside enough of a list's own columns (two beside one, three beside more) are an
  // export with extra columns (a children in need list with "EHCP (Y/N)"), read as that list;
  // otherwise it is the SEND return.
  // Headings only: "SEND team" as an allocated team is a value, not a SEND heading.
  const send = headingCells(form, grid, true).filter((cell) => isSendHeading(cell) && cell.length <= 120);
  const ownColumns = send.length > 0 ? Math.max(...form.lists.map((list) => distinctiveScore(list, grid))) : 0;
  if (send.length > 0 && ownColumns < (send.length === 1 ? 2 : 3)) {
    return {
      kind: "skip",
      reason: `this looks like the SEND inspection's Annex A (a different return): it has the heading ‘${send[0]}’, which this Annex A does not use`,
    };
  }

  const number = ilacsListNumber(name) ?? titleNumber(grid);
  const notAsked = number !== undefined ? form.numberedNotAsked?.[number] : undefined;
  if (notAsked) return { kind: "skip", reason: `${notAsked}, an ILACS list this Annex A does not ask for` };
  const numbered = number !== undefined ? form.numbered?.[number] : undefined;
  // The number decides unless the headings plainly say another list: another list has more of its
  // own columns (those not every list shares) than the numbered one.
  if (numbered) {
    const own = distinctiveScore(listOf(form, numbered), grid);
    const other = Math.max(
      ...form.lists.filter((list) => list.id !== numbered).map((list) => distinctiveScore(list, grid)),
    );
    if (own >= other && listScore(listOf(form, numbered), grid) >= 2) return withChildId(form, numbered, grid);
  }

  const found = identifyList(form, name, grid);
  if (found.kind === "list") return withChildId(form, found.listId, grid);
  if (numbered) return { kind: "list", listId: numbered };
  if (found.kind === "ambiguous") {
    const titles = found.candidates.map((id) => listOf(form, id).sheetName).join("’, ‘");
    return { kind: "skip", reason: `its headings fit more than one list; rename the sheet to say which (‘${titles}’)` };
  }
  return { kind: "skip", reason: `no heading of an Annex A list in its first ${HEADER_SEARCH_ROWS} rows` };
}

function withChildId(form: Form, listId: ListId, grid: Grid): SheetDecision {
  const list = listOf(form, listId);
  const analysis = analyseHeader(list, grid);
  // The list's identifier: the child's, or (Ofsted's List 11) the adopter's.
  const id = list.columns.find((column) => column.kind === "id");
  if (analysis.matches.some((match) => match.column === id)) return { kind: "list", listId };
  return {
    kind: "skip",
    reason: `its headings look like the ${list.title.toLowerCase()} list but it has no ‘${list.columns[0].heading}’ column, so it is not read as a list of children`,
  };
}
