// Everything the task pane can ask of Excel, in one object handed to it as a prop. The pane knows
// nothing of Excel.*; tests and the demo build the same object over the in-memory workbook.
import type { CheckSummary } from "../domain/check-summary";
import type { Finding } from "../domain/findings";
import type { TemplateOptions } from "../domain/template-plan";
import type { AddinContext, AddinEventHandlerResult, AddinWorksheetSelectionChangedEventArgs } from "./excel-api";
import { checkWorkbook, clearMarks, selectCell, type CheckMonitor, type CheckReport } from "./check";
import { withUserMessage, type ExcelRun, type ReadMonitor } from "./excel-run";
import { applyFixes, type FixReport } from "./fixes";
import { bufferChanges, watchLists, type LiveWatch } from "./live";
import { readInspection, type InspectionFacts } from "./inspection";
import { OwnWrites } from "./own-writes";
import type { RecheckResult, WatchedList } from "./recheck";
import { buildSelection, createTrackingSheets, selectSelectionChild, type SelectionReport } from "./selection";
import type { TemplateResult } from "./write-template";
import { createTemplates } from "./write-template";
import { applyImport, previewImport, type ImportPreview, type ImportRequest, type ImportResult } from "./import";
import type { Form, ListId } from "../domain/catalogue";
import {
  choicesFromSheet,
  SELECTION_SHEET,
  selectionCounts,
  warningFactsFromSheet,
  type SelectionCounts,
  type SelectionRow,
} from "../domain/selection";
import { INSPECTION_SHEET } from "../domain/template-plan";
import { sheetNameDecision } from "../domain/sheets";
import { cellAddress, parseAddress } from "../domain/grid";
import { readSheetGrid } from "./read-sheets";

export type { CheckMonitor } from "./check";

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
  selectFinding(finding: Finding): Promise<void>;
  applyFixes(findings: readonly Finding[]): Promise<FixReport>;
  /** Builds or refreshes the lead inspector's Selection sheet, keeping every choice made. */
  buildSelection(monitor?: CheckMonitor): Promise<SelectionReport>;
  /** Selects a child's row on the Selection sheet (its To check cell), as selectFinding selects a finding's cell. */
  selectSelectionChild(childId: string): Promise<void>;
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
}

/** What the add-in tells the pane of its own accord, as the user works in the workbook. */
export interface LiveListener {
  /** Rows were edited and checked again. */
  onRecheck(result: RecheckResult): void;
  /** After every live re-check: what a full check would now say (statuses, reference date). */
  onLiveSummary(summary: CheckSummary): void;
  /** A list's headings were edited, so the whole check ran again: its full report. */
  onChecked(report: CheckReport): void;
  /** The Inspection sheet changed (the notification date the deadlines follow). */
  onInspection(facts: InspectionFacts): void;
  /** The inspector typed on the Selection sheet: the counts as they now stand. */
  onSelectionCounts(counts: SelectionCounts): void;
  /** The user selected a cell of a list (ExcelApi 1.7 onSelectionChanged), zero-based. */
  onCellSelected(cell: { sheet: string; row: number; column: number }): void;
  onError(error: Error): void;
}

export function createAddinActions(
  run: ExcelRun,
  today: () => number,
  listener: LiveListener,
  forms: readonly Form[],
): AddinActions {
  let chosenForm: Form | undefined;
  /** The form of the last check: what a template, a Selection or an import follows unless one was chosen. */
  let lastForm: Form | undefined;
  /** Before any check, the form the sheets' names show (Ofsted's List_1...). */
  let namedForm: Form | undefined;
  const formForWriting = () => chosenForm ?? lastForm ?? namedForm ?? forms[0];
  const ownWrites = new OwnWrites();
  let watched: WatchedList[] = [];
  let watch: LiveWatch | undefined;
  /**
   * The lists whose marks show, and so whose live re-checks reach the pane: every list after
   * "Check all"; the one checked and those whose marks it kept after "Check this list".
   */
  let shown = new Set<ListId>();
  const reachesPane = (result: RecheckResult) => shown.has(result.list);
  /** The selection handlers, and the context that added them: the only one that can remove them. */
  let listSelections: { context: AddinContext; registrations: AddinEventHandlerResult[] } | undefined;
  let inspectionWatch: AddinEventHandlerResult | undefined;
  let selectionRows: readonly SelectionRow[] = [];
  let headingCheck: Promise<void> | undefined;

  /** Runs `handler` on every change to a sheet, when the sheet exists; returns the registration. */
  const onSheetChanged = (sheet: string, handler: () => Promise<void>): Promise<AddinEventHandlerResult | undefined> =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (worksheet.isNullObject) return undefined;
      const registration = worksheet.onChanged.add(() => handler().catch(listener.onError));
      await context.sync();
      return registration;
    });

  const readInspectionAndWatch = async (): Promise<InspectionFacts> => {
    const facts = await readInspection(run, forms);
    namedForm = facts.namedForm;
    if (facts.hasTemplates && !inspectionWatch) {
      inspectionWatch = await onSheetChanged(INSPECTION_SHEET, async () =>
        listener.onInspection(await readInspection(run, forms)),
      );
    }
    return facts;
  };

  /** The Selection sheet's counts as the inspector's typing leaves them, for the children last merged. */
  const recountSelection = () =>
    withUserMessage("count the selection", () =>
      run(async (context) => {
        const grid = (await readSheetGrid(context, SELECTION_SHEET)) ?? [];
        const choices = choicesFromSheet(grid);
        const rows = selectionRows.map((row) => ({
          ...row,
          choice: choices.get(row.child.childId) ?? { selected: false, jointEvaluation: false, notes: "" },
        }));
        // The warnings from the cells the sheet's To check formulas read, so the two agree.
        listener.onSelectionCounts(selectionCounts(rows, warningFactsFromSheet(grid)));
      }),
    );

  /**
   * Selecting a marked cell shows its findings in the pane (Worksheet.onSelectionChanged, ExcelApi
   * 1.7). A deliberate fallback: where Excel lacks the event, the check stands and the pane simply
   * does not follow the selection (the findings list and the findings sheet still give every reason).
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onselectionchanged-member
   */
  const watchCellSelectionSafe = (sheets: readonly string[]) => watchCellSelection(sheets).catch(() => undefined);
  const watchCellSelection = async (sheets: readonly string[]) => {
    const old = listSelections;
    listSelections = undefined;
    if (old) {
      await run(old.context, async (context) => {
        for (const registration of old.registrations) registration.remove();
        await context.sync();
      });
    }
    await run(async (context) => {
      const registrations = sheets.map((sheet) =>
        context.workbook.worksheets
          .getItem(sheet)
          .onSelectionChanged.add(async (event: AddinWorksheetSelectionChangedEventArgs) => {
            const block = parseAddress(event.address);
            if (block) listener.onCellSelected({ sheet, row: block.row, column: block.column });
          }),
      );
      await context.sync();
      listSelections = { context, registrations };
    });
  };

  const activeSheet = () =>
    withUserMessage("find the active sheet", () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }),
    );

  // Checks run one after another (a heading edit starts one while the user may start another):
  // two at once would both add the marks sheets, and both register handlers.
  let checking: Promise<unknown> = Promise.resolve();
  const check = (scope: "all" | "active", monitor: CheckMonitor = {}, onlySheet?: string): Promise<CheckReport> => {
    const next = checking.then(() => checkNow(scope, monitor, onlySheet));
    checking = next.catch(() => undefined);
    return next;
  };

  const checkNow = async (scope: "all" | "active", monitor: CheckMonitor, onlySheet?: string): Promise<CheckReport> => {
    const sheet = scope === "active" ? (onlySheet ?? (await activeSheet())) : undefined;
    // The old watch stops before the check writes marks; edits made while it reads are kept and
    // re-checked once it is done (live.ts bufferChanges).
    const buffered = await bufferChanges(run);
    await watch?.stop();
    watch = undefined;
    try {
      const report = await checkWorkbook(run, {
        ...monitor,
        today,
        forms,
        ...(chosenForm ? { form: chosenForm } : {}),
        ...(sheet ? { onlySheet: sheet } : {}),
      });
      lastForm = report.result.form;
      // Every list is watched, reported or not, from the check's whole result: an edit anywhere can
      // change a marked list's findings (dates of birth, IDs known to CIN/CP), and marks a check of
      // one list kept stay live. Only the marked lists' re-checks reach the pane.
      const validated = report.validated ?? report.result;
      watched = validated.lists
        .filter((list) => list.sheet)
        .map((list) => ({
          form: validated.form,
          forms,
          list: list.list,
          sheet: list.sheet!,
          headerRow: list.headerRow,
        }));
      shown = new Set(report.marked.map((entry) => entry.list));
      watch = await watchLists(
        run,
        { ...report, result: validated },
        {
          today,
          ownWrites,
          onRecheck: (result) => reachesPane(result) && listener.onRecheck(result),
          onSummary: listener.onLiveSummary,
          reported: report.result,
          // The headings moved: the same check again, its report to the pane; one at a time, so a
          // paste over several lists' headings runs one check, not one per list.
          onHeadingsChanged: () => {
            if (headingCheck) return;
            headingCheck = check(scope, {}, sheet)
              .then(listener.onChecked, listener.onError)
              .finally(() => (headingCheck = undefined));
          },
          onError: listener.onError,
        },
        buffered,
      );
      await watchCellSelectionSafe(report.marked.map((list) => list.sheet));
      return report;
    } finally {
      await buffered.stop();
    }
  };

  return {
    forms,
    chooseForm: (id) => {
      chosenForm = id === undefined ? undefined : forms.find((form) => form.id === id);
    },
    formInUse: formForWriting,
    readInspection: readInspectionAndWatch,
    createTemplates: (options) => createTemplates(run, formForWriting(), options),
    check: (scope, monitor) => check(scope, monitor),
    clearMarks: () => clearMarks(run, forms),
    selectFinding: (finding) => selectCell(run, finding.sheet ?? "", cellAddress(finding.row, finding.column)),
    applyFixes: async (findings) => {
      const report = await applyFixes(run, watched, findings, { today, ownWrites, ...(watch ? { live: watch } : {}) });
      return { ...report, rechecked: report.rechecked.filter(reachesPane) };
    },
    buildSelection: async (monitor) => {
      const report = await buildSelection(run, forms, chosenForm, today, monitor);
      selectionRows = report.rows;
      // The sheet was written anew: watch the new one, so counts follow the inspector's typing.
      await onSheetChanged(SELECTION_SHEET, recountSelection);
      return report;
    },
    selectSelectionChild: (childId) => selectSelectionChild(run, childId),
    createTrackingSheets: () => createTrackingSheets(run),
    idle: async () => {
      await watch?.idle();
      // Headings edited: the check they started, then the re-checks of the watch it made.
      while (headingCheck) {
        await headingCheck;
        await watch?.idle();
      }
    },
    importableSheets: () =>
      withUserMessage("list the sheets", () =>
        run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/visibility");
          await context.sync();
          const form = formForWriting();
          const annexA = new Set(form.lists.map((list) => list.sheetName.toLowerCase()));
          // What is not a list (sheets.ts decides, for every adapter) is not offered either.
          return sheets.items
            .filter(
              (sheet) =>
                !annexA.has(sheet.name.toLowerCase()) &&
                !sheetNameDecision(form, sheet.name, sheet.visibility !== "Visible"),
            )
            .map((sheet) => sheet.name);
        }),
      ),
    previewImport: (request) => previewImport(run, formForWriting(), request),
    applyImport: (request, monitor) => applyImport(run, formForWriting(), request, monitor),
  };
}
