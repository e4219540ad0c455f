// The task pane's state and how each event changes it: a reducer with one action type per event.
import type { Finding } from "../domain/findings";
import type { CheckReport } from "../excel/check";
import type { FixReport } from "../excel/fixes";
import type { InspectionFacts } from "../excel/inspection";
import type { SelectionCounts } from "../domain/selection";
import type { RecheckResult } from "../excel/recheck";

export interface PaneState {
  /** What is running, for the progress line; undefined when idle. */
  readonly busy?: string;
  readonly error?: string;
  readonly notice?: string;
  readonly findings: readonly Finding[];
  readonly checked: boolean;
  readonly referenceSerial?: number;
  /** What the workbook's Inspection sheet says; undefined until read (or outside Excel). */
  readonly inspection?: InspectionFacts;
  /** Rows read so far of the rows to read, while a check runs. */
  readonly progress?: { readonly read: number; readonly total: number };
  /** The Selection sheet's counts after the last build or refresh. */
  readonly selection?: SelectionCounts;
}

export type PaneAction =
  | { type: "started"; label: string }
  | { type: "progressed"; read: number; total: number }
  | { type: "inspected"; facts: InspectionFacts }
  | { type: "selectionBuilt"; counts: SelectionCounts; children: number }
  | { type: "failed"; message: string }
  | { type: "noticed"; text: string }
  | { type: "checked"; report: CheckReport }
  | { type: "rechecked"; result: RecheckResult }
  | { type: "fixed"; report: FixReport }
  | { type: "cleared" }
  | { type: "dismissed" };

export const initialPaneState: PaneState = { findings: [], checked: false };

const sameSheet = (a: string | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();

/** The findings of some rows replaced by a fresh check of those rows. */
function replaceRows(findings: readonly Finding[], result: RecheckResult): Finding[] {
  const rows = new Set(result.rows);
  return [...findings.filter((item) => !(sameSheet(item.sheet, result.sheet) && rows.has(item.row))), ...result.findings];
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started":
      return { ...state, busy: action.label, error: undefined, notice: undefined, progress: undefined };
    case "progressed":
      return { ...state, progress: { read: action.read, total: action.total } };
    case "inspected":
      return { ...state, inspection: action.facts };
    case "selectionBuilt":
      return {
        ...state,
        busy: undefined,
        selection: action.counts,
        notice: `The Selection sheet lists ${action.children} ${action.children === 1 ? "child" : "children"}; every choice and note already made was kept.`,
      };
    case "failed":
      return { ...state, busy: undefined, progress: undefined, error: action.message };
    case "noticed":
      return { ...state, busy: undefined, progress: undefined, notice: action.text };
    case "checked":
      return {
        ...state,
        busy: undefined,
        progress: undefined,
        checked: true,
        findings: action.report.result.findings,
        referenceSerial: action.report.referenceSerial,
        notice: undefined,
      };
    case "rechecked":
      return { ...state, findings: replaceRows(state.findings, action.result) };
    case "fixed":
      return {
        ...state,
        busy: undefined,
        findings: action.report.rechecked.reduce(replaceRows, state.findings),
        notice: `${action.report.applied} ${action.report.applied === 1 ? "fix" : "fixes"} applied${action.report.skipped ? `; ${action.report.skipped} skipped because the cell has changed since the check` : ""}.`,
      };
    case "cleared":
      return { ...state, busy: undefined, findings: [], checked: false, notice: "Marks cleared. Your values and formatting are as they were." };
    case "dismissed":
      return { ...state, error: undefined, notice: undefined };
  }
}

/** The findings a filter lets through: a severity, and an ID (matched as typed, ignoring case). */
export function filterFindings(findings: readonly Finding[], severity: "all" | "error" | "warning", childId: string): Finding[] {
  const id = childId.trim().toLowerCase();
  return findings.filter((item) => (severity === "all" || item.severity === severity) && (id === "" || (item.childId ?? "").toLowerCase().includes(id)));
}
