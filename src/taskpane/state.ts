// The task pane's state and how each event changes it: a reducer with one action type per event.
// What is running is one tagged value; each result or error belongs to the section whose control
// caused it, and is shown there.
import type { CheckSummary } from "../domain/check-summary";
import type { FormChoice } from "../domain/form-choice";
import type { ListId } from "../domain/catalogue";
import type { FindingGroup } from "../domain/finding-groups";
import type { Finding } from "../domain/findings";
import type { SelectionCounts } from "../domain/selection";
import type { CheckReport } from "../excel/check";
import type { FixReport } from "../excel/fixes";
import type { InspectionFacts } from "../excel/inspection";
import type { RecheckResult } from "../excel/recheck";
import { listInWords, plural } from "../domain/text";

export type Section = "templates" | "check" | "selection" | "import" | "send";

export interface Progress {
  readonly done: number;
  readonly total: number;
  /** What the numbers count: "rows read", "rows checked". */
  readonly what: string;
}

/** What is running. Checking, building the selection and importing can be cancelled until they write. */
export type Busy =
  | { readonly kind: "idle" }
  | { readonly kind: "creating" | "clearing" | "fixing" | "tracking" | "preparing" }
  | { readonly kind: "checking"; readonly scope: "all" | "active"; readonly progress?: Progress }
  | { readonly kind: "selecting"; readonly progress?: Progress }
  | { readonly kind: "importing"; readonly progress?: Progress };

/** The work that reports how far it has got (and can be cancelled until it writes). */
export type ProgressingBusy = Extract<Busy, { readonly progress?: Progress }>;

export const showsProgress = (busy: Busy): busy is ProgressingBusy =>
  busy.kind === "checking" || busy.kind === "selecting" || busy.kind === "importing";

export interface Message {
  readonly intent: "error" | "success" | "warning" | "info";
  readonly text: string;
  /**
   * Shown as a status without taking the focus, which the pane puts elsewhere: after a fix, on the
   * next finding, so a keyboard user carries on down the list rather than back at the top.
   */
  readonly leavesFocus?: boolean;
}

/** A place in a sheet the user selected, to show the findings there. */
export interface SelectedCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface PaneState {
  readonly busy: Busy;
  /** The latest result or error of each section, shown beside its controls. */
  readonly messages: Partial<Record<Section, Message>>;
  readonly findings: readonly Finding[];
  /**
   * The findings of lists whose marks "Check this list" kept from an earlier check: not reported or
   * counted, but the reason at a marked cell (issue 12, point 9).
   */
  readonly keptFindings: readonly Finding[];
  /** The lists whose marks "Check this list" kept: their re-checks go to keptFindings. */
  readonly keptLists: readonly ListId[];
  /** What was checked and what was not: the last full check's summary, as live re-checks keep it. */
  readonly summary?: CheckSummary;
  /** The form the last full check read the workbook as, and why. */
  readonly formChoice?: FormChoice;
  /** Full checks run, so the pane moves the focus to a new check's result, not on every live edit. */
  readonly checks: number;
  /** What this Excel could not let the last check look at, in words (e.g. merged cells before ExcelApi 1.13). */
  readonly checkNotes: readonly string[];
  /** Marks may be showing in the workbook (after a check, or when an edit brought some back). */
  readonly marksShown: boolean;
  /** Since Clear marks, until an edit or a check brings every finding's mark back. */
  readonly marksCleared: boolean;
  /** What the workbook's Inspection sheet says; undefined until read. */
  readonly inspection?: InspectionFacts;
  /** The Selection sheet's counts, kept current as the inspector types. */
  readonly selection?: SelectionCounts;
  readonly selectedCell?: SelectedCell;
}

export type PaneAction =
  | { type: "started"; busy: Exclude<Busy, { kind: "idle" }>; section: Section }
  | { type: "progressed"; progress: Progress }
  | { type: "finished"; section: Section; message?: Message }
  | { type: "failed"; section: Section; message: string; cancelled?: boolean }
  | { type: "inspected"; facts: InspectionFacts }
  | { type: "checked"; report: CheckReport }
  | { type: "rechecked"; result: RecheckResult }
  | { type: "summarised"; summary: CheckSummary; findings: readonly Finding[] }
  /** `leavesFocus`: the pane moves the focus itself (to the next finding), so the message does not take it. */
  | { type: "fixed"; report: FixReport; leavesFocus?: boolean }
  | { type: "cleared" }
  | { type: "selectionBuilt"; counts: SelectionCounts; children: number; facts: readonly string[] }
  | { type: "selectionCounted"; counts: SelectionCounts }
  | { type: "cellSelected"; cell: SelectedCell | undefined };

export const initialPaneState: PaneState = {
  busy: { kind: "idle" },
  messages: {},
  findings: [],
  keptFindings: [],
  keptLists: [],
  marksShown: false,
  marksCleared: false,
  checkNotes: [],
  checks: 0,
};

const IDLE: Busy = { kind: "idle" };
const CLEARED =
  "Marks cleared. Your values and formatting are as they were. The next edit to a list brings back every finding's mark.";
/** After Clear marks, an edit was re-checked: every finding is marked and listed again, not only the edited rows'. */
export const MARKS_BACK = "Your edit was checked, and every current finding is marked and listed again.";

const sameSheet = (a: string | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();

/** The findings of some rows replaced by a fresh check of those rows. */
function replaceRows(findings: readonly Finding[], result: RecheckResult): Finding[] {
  const rows = new Set(result.rows);
  return [
    ...findings.filter((item) => !(sameSheet(item.sheet, result.sheet) && rows.has(item.row))),
    ...result.findings,
  ];
}

/** A fresh check of some rows, into the reported findings or those behind kept marks. */
function withRecheck(state: PaneState, result: RecheckResult): PaneState {
  return state.keptLists.includes(result.list)
    ? { ...state, keptFindings: replaceRows(state.keptFindings, result) }
    : { ...state, findings: replaceRows(state.findings, result) };
}

/** What "Check this list" did with the marks it did not report on, said beside the count. */
function keptNote(report: CheckReport): string[] {
  const sheets = (report.kept ?? []).map((list) => `‘${list.sheet}’`);
  if (sheets.length === 0) return [];
  return [
    `The marks on ${listInWords(sheets, "and")} from an earlier check are kept, brought up to date and re-checked as you type (select a marked cell to see why); “Check all lists” reports them.`,
  ];
}

const withMessage = (state: PaneState, section: Section, message: Message | undefined): PaneState["messages"] => {
  const messages = { ...state.messages };
  if (message) messages[section] = message;
  else delete messages[section];
  return messages;
};

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started": {
      // The first run's result, shown in the check section once the templates exist, is done with.
      const messages = withMessage(state, action.section, undefined);
      delete messages.templates;
      return { ...state, busy: action.busy, messages };
    }
    case "progressed":
      return showsProgress(state.busy) ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "finished":
      return { ...state, busy: IDLE, messages: withMessage(state, action.section, action.message) };
    case "failed":
      return {
        ...state,
        busy: IDLE,
        messages: withMessage(state, action.section, {
          intent: action.cancelled ? "info" : "error",
          text: action.message,
        }),
      };
    case "inspected":
      return { ...state, inspection: action.facts };
    case "checked": {
      const { result, summary, kept = [] } = action.report;
      const keptFindings = kept.flatMap((list) => list.findings);
      return {
        ...state,
        busy: IDLE,
        findings: result.findings,
        keptFindings,
        keptLists: kept.map((list) => list.list),
        summary,
        formChoice: action.report.choice,
        checks: state.checks + 1,
        checkNotes: [...(action.report.notChecked ?? []), ...keptNote(action.report)],
        marksShown: result.findings.length > 0 || keptFindings.length > 0,
        marksCleared: false,
        messages: withMessage(state, "check", undefined),
      };
    }
    case "rechecked": {
      const { findings, keptFindings } = withRecheck(state, action.result);
      // An edit that brings marks back after "Clear marks": they can be cleared again.
      const marksBack = action.result.findings.length > 0;
      const cleared = state.messages.check?.text === CLEARED;
      return {
        ...state,
        findings,
        keptFindings,
        marksShown: state.marksShown || marksBack,
        messages: marksBack && cleared ? withMessage(state, "check", undefined) : state.messages,
      };
    }
    case "summarised":
      // A live re-check says what a full check would now say. After Clear marks it has brought back
      // every current finding's mark, so the pane lists every finding again, not the edited rows'.
      if (state.marksCleared)
        return {
          ...state,
          summary: action.summary,
          findings: action.findings,
          marksShown: action.findings.length > 0,
          marksCleared: false,
          messages: withMessage(state, "check", { intent: "info", text: MARKS_BACK }),
        };
      return state.summary ? { ...state, summary: action.summary } : state;
    case "fixed": {
      const { applied, skipped } = action.report;
      const text = `${plural(applied, "fix", "fixes")} applied${skipped ? `; ${skipped} skipped because the cell has changed since the check` : ""}.`;
      return {
        ...action.report.rechecked.reduce(withRecheck, state),
        busy: IDLE,
        messages: withMessage(state, "check", {
          intent: skipped ? "warning" : "success",
          text,
          ...(action.leavesFocus ? { leavesFocus: true } : {}),
        }),
      };
    }
    case "cleared":
      return {
        ...state,
        busy: IDLE,
        findings: [],
        keptFindings: [],
        keptLists: [],
        summary: undefined,
        marksShown: false,
        marksCleared: true,
        messages: withMessage(state, "check", { intent: "success", text: CLEARED }),
      };
    case "selectionBuilt":
      return {
        ...state,
        busy: IDLE,
        selection: action.counts,
        messages: withMessage(state, "selection", {
          intent: "success",
          text: [
            `The Selection sheet lists ${plural(action.children, "child", "children")}; every choice and note already made was kept.`,
            ...action.facts,
          ].join(" "),
        }),
      };
    case "selectionCounted":
      return { ...state, selection: action.counts };
    case "cellSelected":
      return { ...state, selectedCell: action.cell };
  }
}

export const isBusy = (state: PaneState) => state.busy.kind !== "idle";

/** The findings a filter lets through: a severity, and an ID (matched as typed, ignoring case). */
export function filterFindings(
  findings: readonly Finding[],
  severity: "all" | "error" | "warning",
  childId: string,
): Finding[] {
  const id = childId.trim().toLowerCase();
  return findings.filter(
    (item) =>
      (severity === "all" || item.severity === severity) &&
      (id === "" || (item.childId ?? "").toLowerCase().includes(id)),
  );
}

/**
 * The findings "Apply every certain fix" applies: those with a fix, which a rule offers only where
 * the value meant is certain (domain/findings.ts, Fix; a fix that follows from a doubted cell is
 * withheld by the engine).
 */
export function certainFixes(findings: readonly Finding[]): Finding[] {
  return findings.filter((item) => item.fix !== undefined);
}

/**
 * A group's identity in the pane's list: what it is about and what it says, not its cells, so a
 * group keeps its key when other groups are fixed. Printable, as it is an attribute in the page. A
 * group `forExample` is the only one of its place, so its example message is left out: that
 * changes as its cells do.
 */
export const groupKey = (group: FindingGroup): string =>
  [
    group.sheet ?? "",
    group.list,
    group.column,
    group.code,
    group.severity,
    group.fix ? `${typeof group.fix.value}:${group.fix.value}:${group.fix.display}` : "",
    group.forExample ? "for example" : `says ${group.message}`,
  ].join("|");

/**
 * Where the focus may go once some groups of findings are fixed, best first: the groups listed
 * after the first one fixed, nearest first, then those before it, nearest first (the fixed ones
 * are gone, or stay only if the cell changed). `order` is every group's key as the pane lists them.
 */
export function focusAfterFix(order: readonly string[], fixing: ReadonlySet<string>): string[] {
  const first = order.findIndex((key) => fixing.has(key));
  if (first < 0) return [];
  const after = order.slice(first + 1).filter((key) => !fixing.has(key));
  return [...after, ...order.slice(0, first).reverse()];
}

/** The reason at the cell the user selected: its findings, reported or behind a kept mark. */
export function reasonsAt(state: PaneState): Finding[] {
  return [...findingsAt(state.findings, state.selectedCell), ...findingsAt(state.keptFindings, state.selectedCell)];
}

/** The findings on one cell, for the user who selected it in the sheet. */
export function findingsAt(findings: readonly Finding[], cell: SelectedCell | undefined): Finding[] {
  if (!cell) return [];
  return findings.filter(
    (item) => sameSheet(item.sheet, cell.sheet) && item.row === cell.row && item.column === cell.column,
  );
}
