// The lead inspector's selection (SPEC "The selection sheet"; guidance paragraphs 15 to 18): every
// list merged into one row per distinct child, in-focus children first, the inspector's choices
// kept across refreshes, and the counts against the guidance's limits.
import { findList, hasRole, type ColumnKey, type Form, type ListId } from "./catalogue";
import { hasCode, NEGLECT_CODE } from "./codes";
import { formatUkDate } from "./dates";
import { childAge, isFocusAge, rowsSayNeglect } from "./focus";
import { answerOf } from "./rules/helpers";
import type { CellValue } from "./grid";
import { readChildId } from "./readers";
import type { TypedRow } from "./rules/rule";
import { plural } from "./text";
import { runToEnd, type Steps } from "./steps";

/** Guidance para 17: 20 children for tracking; para 18: five to seven of them for joint evaluation. */
export const TRACKING_TARGET = 20;
export const JOINT_EVALUATION_MIN = 5;
export const JOINT_EVALUATION_MAX = 7;

export interface ListRows {
  readonly list: ListId;
  readonly rows: readonly TypedRow[];
}

export type ChildStatus = "Child protection plan" | "Child looked after" | "Child in need";

export interface MergedChild {
  readonly childId: string;
  /** The lists the child appears in, in catalogue order. */
  readonly lists: readonly ListId[];
  readonly age?: number;
  readonly gender?: string;
  readonly ethnicity?: string;
  readonly disability?: string;
  /** Why the child counts as living with neglect, in words; empty when nothing says so. */
  readonly neglectEvidence: readonly string[];
  readonly status?: ChildStatus;
  /** The 10-case lists the child is in. */
  readonly tenCaseLists: readonly ListId[];
  /** The four facts of guidance para 17, where the local authority has given them. */
  readonly facts: Readonly<Partial<Record<(typeof FACT_KEYS)[number], string>>>;
  /** At least two agencies involved, as far as the lists show (para 15 footnote 12). */
  readonly multiAgency: boolean;
  readonly inFocus: boolean;
  /** Facts the lists disagree on, in words ("two dates of birth: ..."): shown, never resolved silently. */
  readonly conflicts: readonly string[];
}

export const FACT_KEYS = ["knownToYot", "probationWithAdult", "crcWithAdult", "policeInvestigation"] as const;

const STATUS_ORDER: readonly ChildStatus[] = ["Child protection plan", "Child looked after", "Child in need"];

function distinct<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined))];
}

/** One child's rows across every list, merged; `factRows` add the four facts only. */
function mergeOne(
  form: Form,
  childId: string,
  entries: readonly { list: ListId; row: TypedRow }[],
  factRows: readonly TypedRow[],
  referenceSerial: number,
): MergedChild {
  const listOrder = (id: ListId) => form.lists.findIndex((list) => list.id === id);
  const titleOf = (id: ListId) => findList(form, id)?.title.toLowerCase() ?? id;
  const lists = distinct(entries.map((entry) => entry.list)).sort((a, b) => listOrder(a) - listOrder(b));
  const values = (key: ColumnKey) => entries.map((entry) => entry.row.value[key]);
  const strings = (key: ColumnKey) =>
    distinct(values(key).filter((value): value is string => typeof value === "string"));

  const evidence: string[] = [];
  for (const { list, row } of entries) {
    const codes = (key: ColumnKey) => findList(form, list)?.columns.find((column) => column.key === key)?.codeList;
    const neglectCategory = (key: ColumnKey) => hasCode(codes(key), row.value[key], NEGLECT_CODE);
    if (row.value.neglect === "Y") evidence.push(`neglect flag Y in the ${titleOf(list)} list`);
    if (neglectCategory("initialCategory") || neglectCategory("latestCategory"))
      evidence.push("category of abuse: neglect");
    if (row.value.assessmentNeglect === "Y") evidence.push("assessment identified neglect");
    if (typeof row.value.primaryNeed === "string" && row.value.primaryNeed.startsWith("N1 "))
      evidence.push("primary need N1, abuse or neglect");
  }

  const statuses = new Set<ChildStatus>();
  if (lists.includes("childProtection")) statuses.add("Child protection plan");
  // Ofsted's template lists children looked after (List 8).
  if (lists.includes("childrenLookedAfter")) statuses.add("Child looked after");
  if (lists.includes("childrenInNeed")) statuses.add("Child in need");
  for (const status of strings("status")) statuses.add(status as ChildStatus);
  const status = STATUS_ORDER.find((candidate) => statuses.has(candidate));

  const facts: Partial<Record<(typeof FACT_KEYS)[number], string>> = {};
  for (const key of FACT_KEYS) {
    const answer = distinct(
      factRows.map((row) => row.value[key]).filter((value): value is string => typeof value === "string"),
    )[0];
    if (answer !== undefined) facts[key] = answer;
  }

  const conflicts: string[] = [];
  const births = distinct(values("dateOfBirth").filter((value): value is number => typeof value === "number"));
  if (births.length > 1) conflicts.push(`dates of birth differ: ${births.map(formatUkDate).join(", ")}`);
  for (const [key, words] of [
    ["gender", "genders"],
    ["ethnicity", "ethnicities"],
  ] as const) {
    const found = strings(key);
    if (found.length > 1) conflicts.push(`${words} differ: ${found.join(", ")}`);
  }

  // An age from the first row that gives one, the child-level lists first.
  const ordered = [...entries].sort((a, b) => listOrder(a.list) - listOrder(b.list));
  const age = ordered.map((entry) => childAge(entry.row, referenceSerial)).find((value) => value !== undefined);
  const tenCaseLists = lists.filter((list) => {
    const spec = findList(form, list);
    return spec !== undefined && hasRole(spec, "tenCase");
  });
  const multiAgency =
    lists.includes("multiAgency") ||
    lists.includes("yotProbation") ||
    status === "Child protection plan" ||
    FACT_KEYS.some((key) => facts[key] === "Y");
  const flagged = rowsSayNeglect(form, entries);
  // Y as the form writes it: Y in the 2017 guidance's lists, a) Yes in Ofsted's.
  const disabled = entries.some(({ list, row }) => {
    const spec = findList(form, list);
    return spec !== undefined && answerOf(spec, row, "disability") === "yes";
  });

  return {
    childId,
    lists,
    ...(age !== undefined ? { age } : {}),
    ...(strings("gender")[0] !== undefined ? { gender: strings("gender")[0] } : {}),
    ...(strings("ethnicity")[0] !== undefined ? { ethnicity: strings("ethnicity")[0] } : {}),
    ...(strings("disability")[0] !== undefined ? { disability: disabled ? "Y" : "N" } : {}),
    neglectEvidence: distinct(evidence),
    ...(status ? { status } : {}),
    tenCaseLists,
    facts,
    multiAgency,
    inFocus: flagged && isFocusAge(age),
    conflicts,
  };
}

/**
 * Every list of children merged into one entry per distinct child ID (IDs as the engine reads
 * them). The facts sheet gives facts to children already in the lists; a child only there is not
 * in the lists.
 */
export function mergeChildren(form: Form, lists: readonly ListRows[], referenceSerial: number): MergedChild[] {
  return runToEnd(mergeChildrenInSteps(form, lists, referenceSerial));
}

/** Children merged between giving way to the pane (issue 12). */
const CHILDREN_PER_STEP = 200;

/**
 * mergeChildren in steps, for a caller that must pause between them (the task pane, which may not
 * block for long): yields the number of children merged since the last step.
 */
export function* mergeChildrenInSteps(
  form: Form,
  lists: readonly ListRows[],
  referenceSerial: number,
): Steps<MergedChild[]> {
  const byChild = new Map<string, { list: ListId; row: TypedRow }[]>();
  const factsOf = new Map<string, TypedRow[]>();
  for (const { list, rows } of lists) {
    const spec = findList(form, list);
    const facts = spec !== undefined && hasRole(spec, "selectedFacts");
    for (const row of rows) {
      const id = row.value.childId;
      if (typeof id !== "string" || id === "") continue;
      if (facts) factsOf.set(id, [...(factsOf.get(id) ?? []), row]);
      else byChild.set(id, [...(byChild.get(id) ?? []), { list, row }]);
    }
  }
  const merged: MergedChild[] = [];
  for (const [childId, entries] of byChild) {
    merged.push(mergeOne(form, childId, entries, factsOf.get(childId) ?? [], referenceSerial));
    if (merged.length % CHILDREN_PER_STEP === 0) yield CHILDREN_PER_STEP;
  }
  return merged;
}

/**
 * How the inspector may write Y on the Selection sheet: any case, spaces around it ignored. The
 * pane counts with isYes and the sheet with yesCountFormula, so the two always agree.
 */
export const YES_SPELLINGS: readonly string[] = ["Y", "YES"];

export function isYes(value: unknown): boolean {
  return typeof value === "string" && YES_SPELLINGS.includes(value.trim().toUpperCase());
}

/** 1 where a cell of the range reads as Y, else 0, as an array formula term (Excel's = ignores case). */
const yesTerm = (range: string) => `(${YES_SPELLINGS.map((yes) => `(TRIM(${range})="${yes}")`).join("+")})`;

/** The Selection sheet's count of Y in a range, spelled as isYes reads it. */
export function yesCountFormula(range: string): string {
  return `SUMPRODUCT(${yesTerm(range)})`;
}

/** The count of rows where both ranges (the same rows) read as Y. */
export function bothYesCountFormula(first: string, second: string): string {
  return `SUMPRODUCT(${yesTerm(first)}*${yesTerm(second)})`;
}

/** What the inspector wrote against a child on the Selection sheet. */
export interface InspectorChoice {
  readonly selected: boolean;
  readonly jointEvaluation: boolean;
  readonly notes: string;
  /** The two choices as the inspector typed them ("y", "Yes "), written back unchanged. */
  readonly selectedText?: string;
  readonly jointEvaluationText?: string;
}

export interface SelectionRow {
  readonly child: MergedChild;
  readonly choice: InspectorChoice;
  /** False for a child the inspector had on the sheet who is no longer in any list: kept, flagged. */
  readonly inLists: boolean;
}

const NO_CHOICE: InspectorChoice = { selected: false, jointEvaluation: false, notes: "" };

function hasChoice(choice: InspectorChoice): boolean {
  return (
    [choice.notes, choice.selectedText ?? "", choice.jointEvaluationText ?? ""].some((text) => text.trim() !== "") ||
    choice.selected ||
    choice.jointEvaluation
  );
}

/** Child IDs in order, "C2" before "C10"; one collator, as localeCompare with options makes one per call (slow over 50,000 rows). */
const BY_ID = new Intl.Collator("en-GB", { numeric: true });

/**
 * The Selection sheet's rows after a refresh: every merged child, with the inspector's earlier
 * choices and notes kept by child ID; a child with choices or notes who has left the lists stays,
 * flagged. In-focus children first, then by how much neglect evidence there is, then by ID.
 */
export function refreshSelection(
  children: readonly MergedChild[],
  previous: ReadonlyMap<string, InspectorChoice & { readonly child?: MergedChild }>,
): SelectionRow[] {
  const choiceOf = (earlier: (InspectorChoice & { readonly child?: MergedChild }) | undefined): InspectorChoice => {
    if (!earlier) return NO_CHOICE;
    const { child: _child, ...choice } = earlier;
    return choice;
  };
  const rows: SelectionRow[] = children.map((child) => ({
    child,
    choice: choiceOf(previous.get(child.childId)),
    inLists: true,
  }));
  const present = new Set(children.map((child) => child.childId));
  for (const [childId, choice] of previous) {
    if (present.has(childId) || !hasChoice(choice)) continue;
    const child: MergedChild = choice.child ?? {
      childId,
      lists: [],
      neglectEvidence: [],
      tenCaseLists: [],
      facts: {},
      multiAgency: false,
      inFocus: false,
      conflicts: [],
    };
    rows.push({ child, choice: choiceOf(choice), inLists: false });
  }
  return rows.sort(
    (a, b) =>
      Number(b.inLists) - Number(a.inLists) ||
      Number(b.child.inFocus) - Number(a.child.inFocus) ||
      b.child.neglectEvidence.length - a.child.neglectEvidence.length ||
      BY_ID.compare(a.child.childId, b.child.childId),
  );
}

export type LimitState = "under" | "met" | "over";

/** What to check about one child the inspector chose: one plain-English sentence, on the child's own row. */
export interface ChildWarning {
  readonly childId: string;
  readonly text: string;
}

export interface SelectionCounts {
  readonly tracking: { readonly count: number; readonly state: LimitState };
  /** Joint evaluation counts only children also selected for tracking (para 18). */
  readonly jointEvaluation: {
    readonly count: number;
    readonly state: LimitState;
  };
  /** One warning per chosen child the guidance would not expect, in the sheet's row order (childWarning). */
  readonly warnings: readonly ChildWarning[];
  /** Selected children in the lists whose four facts are not all in yet: awaited, not wrong. */
  readonly factsAwaited: readonly string[];
  /** Children in the lists who are in focus (the Selection sheet's In focus column): the ones it lists first. */
  readonly inFocus: number;
}

/**
 * How many children are in focus, in the words of the Selection sheet's In focus heading: as the
 * selection now stands, or as the last check found before any selection was built.
 */
export function inFocusText(count: number, when: "now" | "lastCheck"): string {
  const focus = selectionHeading("inFocus").replace(/^In focus/, "in focus");
  const children = count === 0 ? "no child" : plural(count, "child", "children");
  if (when === "lastCheck") return `The last check found ${children} ${focus}.`;
  return count === 0 ? `No child is ${focus}.` : `${children} ${count === 1 ? "is" : "are"} ${focus}.`;
}

/** Guidance para 17: the local authority gives the four facts by 4pm on day two. */
export function factsAwaitedText(childIds: readonly string[]): string | undefined {
  if (childIds.length === 0) return undefined;
  const whose =
    childIds.length === 1 ? `${childIds[0]}` : `${childIds.length} selected children (${childIds.join(", ")})`;
  return `Facts awaited from the local authority for ${whose}, due 4pm on day two.`;
}

/**
 * What a child's warning rests on, as the Selection sheet shows it: its In focus, Multi-agency
 * involvement and Still in the lists cells (written from the lists; the To check formula reads them).
 */
export interface WarningFacts {
  readonly inFocus: boolean;
  readonly multiAgency: boolean;
  readonly inLists: boolean;
}

const factsOf = (row: SelectionRow): WarningFacts => ({
  inFocus: row.child.inFocus,
  multiAgency: row.child.multiAgency,
  inLists: row.inLists,
});

/**
 * What to check about a child if selected for tracking; undefined when the guidance would expect
 * the child. Para 17: 20 children living with neglect; para 15 and its footnote 12: aged 7 to 15,
 * at least two agencies. "Not in the lists" covers a child who left them and one added by hand.
 */
export function selectedWarning(facts: WarningFacts): string | undefined {
  if (!facts.inLists) return "Selected, but not in the lists.";
  const reasons = [
    ...(facts.inFocus
      ? []
      : ["the child is outside the focus (the focus is a neglect flag of Y and an age of 7 to 15)"]),
    ...(facts.multiAgency ? [] : ["the lists show no multi-agency involvement"]),
  ];
  return reasons.length > 0 ? `Selected, but ${reasons.join(", and ")}.` : undefined;
}

/** Para 18: the five to seven for joint evaluation come from the children selected for tracking. */
export const JOINT_NOT_SELECTED =
  "Marked for joint evaluation, but not selected for tracking: joint evaluation is chosen from the selected children.";

/** The one warning for a child as the inspector's choices now stand, or undefined. */
export function childWarning(row: SelectionRow, facts: WarningFacts = factsOf(row)): string | undefined {
  if (row.choice.selected) return selectedWarning(facts);
  return row.choice.jointEvaluation ? JOINT_NOT_SELECTED : undefined;
}

const limitState = (count: number, min: number, max: number): LimitState =>
  count < min ? "under" : count > max ? "over" : "met";

/**
 * The counts and warnings for the rows; `shown` gives each child's warning facts as the sheet now
 * shows them (warningFactsFromSheet), so the pane warns exactly as the sheet's To check formulas.
 */
export function selectionCounts(
  rows: readonly SelectionRow[],
  shown?: ReadonlyMap<string, WarningFacts>,
): SelectionCounts {
  const selected = rows.filter((row) => row.choice.selected);
  const joint = selected.filter((row) => row.choice.jointEvaluation);
  const warnings = rows.flatMap((row) => {
    const text = childWarning(row, shown?.get(row.child.childId));
    return text === undefined ? [] : [{ childId: row.child.childId, text }];
  });
  const factsAwaited = selected
    .filter((row) => row.inLists && FACT_KEYS.some((key) => row.child.facts[key] === undefined))
    .map((row) => row.child.childId);
  return {
    tracking: { count: selected.length, state: limitState(selected.length, TRACKING_TARGET, TRACKING_TARGET) },
    jointEvaluation: {
      count: joint.length,
      state: limitState(joint.length, JOINT_EVALUATION_MIN, JOINT_EVALUATION_MAX),
    },
    warnings,
    factsAwaited,
    inFocus: rows.filter((row) => row.inLists && row.child.inFocus).length,
  };
}

// ---- The Selection sheet, as rows of cells: the same for the command line and the add-in ----

export const SELECTION_SHEET = "Selection";
export const SELECTION_TABLE = "Selection";
/** Rows above the table: the title and the counts against the limits. */
export const SELECTION_HEADER_ROW = 6;

export const SELECTION_COLUMNS = [
  { key: "childId", heading: "Child unique ID" },
  { key: "inFocus", heading: "In focus (neglect, aged 7 to 15)" },
  { key: "lists", heading: "Lists" },
  { key: "age", heading: "Age" },
  { key: "gender", heading: "Gender" },
  { key: "ethnicity", heading: "Ethnicity" },
  { key: "disability", heading: "Disability" },
  { key: "neglectEvidence", heading: "Neglect evidence" },
  { key: "status", heading: "Status" },
  { key: "tenCaseLists", heading: "10-case lists" },
  { key: "multiAgency", heading: "Multi-agency involvement" },
  { key: "knownToYot", heading: "Known to YOT" },
  { key: "probationWithAdult", heading: "Probation working with an adult" },
  { key: "crcWithAdult", heading: "CRC working with an adult" },
  { key: "policeInvestigation", heading: "Police investigation or proceedings" },
  { key: "conflicts", heading: "Lists disagree on" },
  { key: "inLists", heading: "Still in the lists" },
  { key: "selected", heading: "Selected for tracking" },
  { key: "jointEvaluation", heading: "Joint evaluation" },
  // Beside the choices it follows; written by the add-in, never read back (selectionColumnsOf).
  { key: "toCheck", heading: "To check" },
  { key: "notes", heading: "Inspector notes" },
] as const;

export type SelectionColumnKey = (typeof SELECTION_COLUMNS)[number]["key"];

/** A Selection sheet column's heading, by key: each is written once, above. */
export const selectionHeading = (key: SelectionColumnKey): string =>
  SELECTION_COLUMNS.find((column) => column.key === key)!.heading;
export const NO_LONGER_IN_LISTS = "No longer in the lists";

/** A text as a formula's string literal. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The cells of one Selection sheet row that its To check formula reads, as addresses. */
export type ToCheckCells = Readonly<
  Record<Extract<SelectionColumnKey, "selected" | "jointEvaluation" | "inFocus" | "multiAgency" | "inLists">, string>
>;

/**
 * The To check cell of a child's row: childWarning as the row's cells now read, Y spelled as isYes
 * reads it, so the sheet's warning follows the inspector's typing as the pane's does. The formula
 * is the same on every row but for the row number (no literal differs between rows), so Excel sees
 * one consistent formula down the column, not "inconsistent formula" on each row that differs.
 */
export function toCheckFormula(cells: ToCheckCells): string {
  const text = (inFocus: boolean, multiAgency: boolean, inLists = true) =>
    quoted(selectedWarning({ inFocus, multiAgency, inLists }) ?? "");
  const multiAgency = yesTerm(cells.multiAgency);
  const inLists = `IF(${yesTerm(cells.inFocus)},IF(${multiAgency},${text(true, true)},${text(true, false)}),IF(${multiAgency},${text(false, true)},${text(false, false)}))`;
  const ifSelected = `IF(${yesTerm(cells.inLists)},${inLists},${text(false, false, false)})`;
  return `IF(${yesTerm(cells.selected)},${ifSelected},IF(${yesTerm(cells.jointEvaluation)},${quoted(JOINT_NOT_SELECTED)},""))`;
}

const NOTHING_TO_CHECK = "Nothing to check about the chosen children.";
const TO_CHECK_WHERE = ` to check: see the column \u2018${selectionHeading("toCheck")}\u2019.`;

/** The Selection sheet's summary of the To check column (cell A4), and the pane's. */
export function toCheckSummary(count: number): string {
  return count === 0 ? NOTHING_TO_CHECK : `${plural(count, "child", "children")}${TO_CHECK_WHERE}`;
}

/** toCheckSummary over the To check cells of `range`, as a formula: it follows their formulas. */
export function toCheckSummaryFormula(range: string): string {
  const count = `SUMPRODUCT((LEN(${range})>0)*1)`;
  return `IF(${count}=0,${quoted(NOTHING_TO_CHECK)},${count}&IF(${count}=1," child"," children")&${quoted(TO_CHECK_WHERE)})`;
}

const yesOrBlank = (flag: boolean) => (flag ? "Y" : "");

/** One Selection sheet row's cells, in SELECTION_COLUMNS order. */
export function selectionCells(form: Form, row: SelectionRow): (string | number)[] {
  const { child, choice } = row;
  const shortTitle = (id: ListId) => findList(form, id)?.sheetName ?? id;
  const cells: Record<SelectionColumnKey, string | number> = {
    childId: child.childId,
    inFocus: yesOrBlank(child.inFocus),
    lists: child.lists.map(shortTitle).join("; "),
    age: child.age ?? "",
    gender: child.gender ?? "",
    ethnicity: child.ethnicity ?? "",
    disability: child.disability ?? "",
    neglectEvidence: child.neglectEvidence.join("; "),
    status: child.status ?? "",
    tenCaseLists: child.tenCaseLists.map(shortTitle).join("; "),
    multiAgency: row.inLists ? (child.multiAgency ? "Y" : "N") : "",
    knownToYot: child.facts.knownToYot ?? "",
    probationWithAdult: child.facts.probationWithAdult ?? "",
    crcWithAdult: child.facts.crcWithAdult ?? "",
    policeInvestigation: child.facts.policeInvestigation ?? "",
    conflicts: child.conflicts.join("; "),
    inLists: row.inLists ? "Y" : NO_LONGER_IN_LISTS,
    selected: choice.selectedText ?? yesOrBlank(choice.selected),
    jointEvaluation: choice.jointEvaluationText ?? yesOrBlank(choice.jointEvaluation),
    toCheck: childWarning(row) ?? "",
    notes: choice.notes,
  };
  return SELECTION_COLUMNS.map((column) => cells[column.key]);
}

/** Where a Selection sheet's columns are, found by their headings. */
export interface SelectionLayout {
  /** Zero-based row of the headings. */
  readonly headerRow: number;
  /** Zero-based column of each heading found; -1 for a heading the sheet lacks. */
  readonly column: (key: SelectionColumnKey) => number;
}

/**
 * The Selection sheet's headings in `grid`, matched by name, not place: a sheet written before a
 * column was added (the To check column; its warnings were then joined in cell A4) is read as
 * well as one written now. The heading row holds the child ID's and both choices' headings.
 */
export function selectionColumnsOf(grid: readonly (readonly unknown[])[]): SelectionLayout | undefined {
  const cells = (row: readonly unknown[] | undefined) => (row ?? []).map((cell) => String(cell ?? "").trim());
  const required: readonly SelectionColumnKey[] = ["childId", "selected", "jointEvaluation"];
  const headerRow = grid.findIndex((row) => required.every((key) => cells(row).includes(selectionHeading(key))));
  if (headerRow < 0) return undefined;
  const headings = cells(grid[headerRow]);
  return { headerRow, column: (key) => headings.indexOf(selectionHeading(key)) };
}

/** A child's row on a Selection sheet: its ID, its row (zero-based) and its cells by key. */
export interface SelectionSheetChild {
  readonly childId: string;
  readonly row: number;
  /** The child's cell under the key's heading; undefined where the sheet lacks that heading. */
  readonly cell: (key: SelectionColumnKey) => unknown;
}

/** The children's rows of a Selection sheet grid, below its headings (selectionColumnsOf), and where the columns are. */
export function selectionSheetChildren(
  grid: readonly (readonly unknown[])[],
): { readonly layout: SelectionLayout; readonly children: readonly SelectionSheetChild[] } | undefined {
  const layout = selectionColumnsOf(grid);
  if (!layout) return undefined;
  const children: SelectionSheetChild[] = [];
  for (let row = layout.headerRow + 1; row < grid.length; row++) {
    const cells = grid[row] ?? [];
    const cell = (key: SelectionColumnKey) => (layout.column(key) < 0 ? undefined : cells[layout.column(key)]);
    const childId = readChildId(cell("childId") as CellValue);
    if (childId !== undefined && childId !== "") children.push({ childId, row, cell });
  }
  return { layout, children };
}

/** Each child's warning facts as the Selection sheet now shows them, by child ID: what its To check formula reads. */
export function warningFactsFromSheet(grid: readonly (readonly unknown[])[]): Map<string, WarningFacts> {
  const facts = new Map<string, WarningFacts>();
  for (const { childId, cell } of selectionSheetChildren(grid)?.children ?? [])
    facts.set(childId, {
      inFocus: isYes(cell("inFocus")),
      multiAgency: isYes(cell("multiAgency")),
      inLists: isYes(cell("inLists")),
    });
  return facts;
}

/** The inspector's choices read back from a Selection sheet grid, by child ID. */
export function choicesFromSheet(grid: readonly (readonly unknown[])[]): Map<string, InspectorChoice> {
  const choices = new Map<string, InspectorChoice>();
  const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  for (const { childId, cell } of selectionSheetChildren(grid)?.children ?? [])
    choices.set(childId, {
      selected: isYes(cell("selected")),
      jointEvaluation: isYes(cell("jointEvaluation")),
      notes: text(cell("notes")),
      selectedText: text(cell("selected")),
      jointEvaluationText: text(cell("jointEvaluation")),
    });
  return choices;
}
