// What the task pane can ask of Excel (AddinActions) and what the add-in tells it of its own
// accord (LiveListener): the contract between the pane and the actions in this folder, apart from
// addin-actions.ts, which assembles them, so no action module imports its assembler back.
import type { CheckSummary } from "../../domain/check-summary";
import type { Finding } from "../../domain/findings";
import type { TemplateOptions } from "../../domain/template-plan";
import type { Form } from "../../domain/catalogue";
import type { SelectionCounts } from "../../domain/selection";
import type { CheckMonitor, CheckReport } from "../check";
import type { ReadMonitor } from "../excel-run";
import type { FixReport } from "../fixes";
import type { ImportPreview, ImportRequest, ImportResult } from "../import";
import type { InspectionFacts } from "../inspection";
import type { RecheckResult } from "../recheck";
import type { SelectionReport } from "../selection";
import type { TemplateResult } from "../write-template";
import type { PreparedCopy } from "../prepare-to-send";
import type { FinaliseOptions } from "../../domain/finalise";

export interface AddinActions {
  /** Every form the pane can offer, the default first. */
  readonly forms: readonly Form[];
  /**
   * The form the next check, template and import use: one the user chose by id, or (undefined)
   * the one the workbook's headings show, as the command line recognises it.
   */
  chooseForm(id: string | undefined): void;
  /** The form a template, an import or the Selection follows: the one chosen, else the last check's, else the default. */
  formInUse(): Form;
  /** Whether the templates exist, and the notification date the deadlines follow. */
  readInspection(): Promise<InspectionFacts>;
  createTemplates(options: TemplateOptions): Promise<TemplateResult>;
  /** Checks every list, or only the list on the active sheet; then watches the lists for edits. */
  check(scope: "all" | "active", monitor?: CheckMonitor): Promise<CheckReport>;
  clearMarks(): Promise<void>;
  /** Selects a finding's cell in Excel, so the user sees it. */
  goToFinding(finding: Finding): Promise<void>;
  applyFixes(findings: readonly Finding[]): Promise<FixReport>;
  /**
   * Re-checks rows the add-in itself put back ("Undo the last fixes"): its own writes are not
   * re-checked as a person's edits are, so the findings they bring back are listed and marked here.
   */
  recheckRows(cells: readonly { readonly sheet: string; readonly row: number }[]): Promise<RecheckResult[]>;
  /** Builds or refreshes the lead inspector's Selection sheet, keeping every choice made. */
  buildSelection(monitor?: CheckMonitor): Promise<SelectionReport>;
  /** Goes to a child's row on the Selection sheet (its To check cell), as goToFinding goes to a finding's cell. */
  goToSelectionChild(childId: string): Promise<void>;
  createTrackingSheets(): Promise<{ created: string[]; kept: string[] }>;
  /**
   * Resolves when every live re-check queued so far has run (edits are re-checked one at a time),
   * and the check an edit of the headings started.
   */
  idle(): Promise<void>;
  /** Sheets the user might import from: visible, and not one of the add-in's or the template's. */
  importableSheets(): Promise<string[]>;
  previewImport(request: ImportRequest): Promise<ImportPreview>;
  /** Writes an export's rows as its list; cancellable until the first write. */
  applyImport(request: ImportRequest, monitor?: ReadMonitor): Promise<ImportResult>;
  /** Opens a clean copy of the workbook (as `annex-a finalise` makes it) as a new workbook; this one is unchanged. */
  prepareToSend(form: Form, options: FinaliseOptions): Promise<PreparedCopy>;
}

/** What the add-in tells the pane of its own accord, as the user works in the workbook. */
export interface LiveListener {
  /** Rows were edited and checked again. */
  onRecheck(result: RecheckResult): void;
  /** After every live re-check: what a full check would now say (statuses, reference date). */
  onLiveSummary(summary: CheckSummary, findings: readonly Finding[]): void;
  /** A list's headings were edited, so the whole check ran again: its full report. */
  onChecked(report: CheckReport): void;
  /** The Inspection sheet changed (the notification date the deadlines follow). */
  onInspection(facts: InspectionFacts): void;
  /** The inspector typed on the Selection sheet: the counts as they now stand. */
  onSelectionCounts(counts: SelectionCounts): void;
  /** The user selected a cell of a list in Excel (ExcelApi 1.7 onSelectionChanged), zero-based. */
  onCellSelected(cell: { sheet: string; row: number; column: number }): void;
  onError(error: Error): void;
}
