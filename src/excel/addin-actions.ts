// Everything the task pane can ask of Excel, in one object handed to it as a prop. The pane knows
// nothing of Excel.*; tests and the demo build the same object over the in-memory workbook.
import type { Finding } from "../domain/findings";
import type { TemplateOptions } from "../domain/template-plan";
import { checkWorkbook, removeMarks, selectCell, type CheckReport } from "./check";
import { withUserMessage, type ExcelRun, type ReadMonitor } from "./excel-run";
import { applyFixes, type FixReport } from "./fixes";
import { bufferChanges, watchLists, type LiveWatch } from "./live";
import { readInspection, type InspectionFacts } from "./inspection";
import { OwnWrites } from "./own-writes";
import type { RecheckResult, WatchedList } from "./recheck";
import { buildSelection, createTrackingSheets, type SelectionReport } from "./selection";
import type { TemplateResult } from "./write-template";
import { createTemplates } from "./write-template";
import { applyImport, previewImport, type ImportPreview, type ImportRequest } from "./import";
import { LISTS } from "../domain/catalogue";
import { sheetNameDecision } from "../domain/sheets";
import { cellAddress } from "../domain/grid";

export interface AddinActions {
  /** Whether the templates exist, and the notification date the deadlines follow. */
  readInspection(): Promise<InspectionFacts>;
  createTemplates(options: TemplateOptions): Promise<TemplateResult>;
  /** Checks every list, or only the list on the active sheet; then watches the lists for edits. */
  check(scope: "all" | "active", monitor?: ReadMonitor): Promise<CheckReport>;
  clearMarks(): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  applyFixes(findings: readonly Finding[]): Promise<FixReport>;
  /** Builds or refreshes the lead inspector's Selection sheet, keeping every choice made. */
  buildSelection(): Promise<SelectionReport>;
  createTrackingSheets(): Promise<{ created: string[]; kept: string[] }>;
  /** Sheets the user might import from: visible, and not one of the add-in's or the template's. */
  importableSheets(): Promise<string[]>;
  previewImport(request: ImportRequest): Promise<ImportPreview>;
  applyImport(request: ImportRequest): Promise<{ sheet: string; rows: number }>;
}

export interface LiveListener {
  onRecheck(result: RecheckResult): void;
  onError(error: Error): void;
}

export function createAddinActions(run: ExcelRun, today: () => number, listener: LiveListener): AddinActions {
  const ownWrites = new OwnWrites();
  let watched: WatchedList[] = [];
  let watch: LiveWatch | undefined;

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
  const check = (scope: "all" | "active", monitor: ReadMonitor = {}): Promise<CheckReport> => {
    const next = checking.then(() => checkNow(scope, monitor));
    checking = next.catch(() => undefined);
    return next;
  };

  const checkNow = async (scope: "all" | "active", monitor: ReadMonitor): Promise<CheckReport> => {
    const onlySheet = scope === "active" ? await activeSheet() : undefined;
    // The old watch stops before the check writes marks; edits made while it reads are kept and
    // re-checked once it is done (live.ts bufferChanges).
    const buffered = await bufferChanges(run);
    await watch?.stop();
    watch = undefined;
    try {
      const report = await checkWorkbook(run, { ...monitor, today, ...(onlySheet ? { onlySheet } : {}) });
      watched = report.result.lists.filter((list) => list.sheet).map((list) => ({ list: list.list, sheet: list.sheet!, headerRow: list.headerRow }));
      watch = await watchLists(run, report, {
        today,
        ownWrites,
        onRecheck: listener.onRecheck,
        onHeadingsChanged: () => void check("all").catch(listener.onError),
        onError: listener.onError,
      }, buffered);
      return report;
    } finally {
      await buffered.stop();
    }
  };

  return {
    readInspection: () => readInspection(run),
    createTemplates: (options) => createTemplates(run, options),
    check,
    clearMarks: () => removeMarks(run),
    selectFinding: (finding) => selectCell(run, finding.sheet ?? "", cellAddress(finding.row, finding.column)),
    applyFixes: (findings) => applyFixes(run, watched, findings, { today, ownWrites, ...(watch ? { live: watch } : {}) }),
    buildSelection: () => buildSelection(run, today),
    createTrackingSheets: () => createTrackingSheets(run),
    importableSheets: () =>
      withUserMessage("list the sheets", () =>
        run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/visibility");
          await context.sync();
          const annexA = new Set(LISTS.map((list) => list.sheetName.toLowerCase()));
          // What is not a list (sheets.ts decides, for every adapter) is not offered either.
          return sheets.items.filter((sheet) => !annexA.has(sheet.name.toLowerCase()) && !sheetNameDecision(sheet.name, sheet.visibility !== "Visible")).map((sheet) => sheet.name);
        }),
      ),
    previewImport: (request) => previewImport(run, request),
    applyImport: (request) => applyImport(run, request),
  };
}
