// The check actions: checking all lists or the active one (one check at a time), then watching
// every list for edits and following the selected cell; fixes, clearing marks, going to a finding.
import type { ListId } from "../../domain/catalogue";
import { cellAddress } from "../../domain/grid";
import type { AddinActions, LiveListener } from "../addin-actions";
import { checkWorkbook, clearMarks, goToCell, type CheckMonitor, type CheckReport } from "../check";
import { withUserMessage, type ExcelRun } from "../excel-run";
import { applyFixes } from "../fixes";
import { bufferChanges, watchedLists, watchLists, type ChangeBuffer, type LiveWatch } from "../live";
import { OwnWrites } from "../own-writes";
import type { RecheckResult, WatchedList } from "../recheck";
import type { FormsInUse } from "./forms";
import { SelectedCellWatch } from "./selected-cell";

type Scope = "all" | "active";

export type CheckActions = Pick<AddinActions, "check" | "clearMarks" | "goToFinding" | "applyFixes" | "idle">;

export function checkActions(
  run: ExcelRun,
  today: () => number,
  formsInUse: FormsInUse,
  listener: LiveListener,
): CheckActions {
  const { forms } = formsInUse;
  const ownWrites = new OwnWrites();
  const selectedCell = new SelectedCellWatch(run, listener.onCellSelected);
  let watched: WatchedList[] = [];
  let watch: LiveWatch | undefined;
  /**
   * The lists whose marks show, and so whose live re-checks reach the pane: every list after
   * "Check all"; the one checked and those whose marks it kept after "Check this list".
   */
  let shown = new Set<ListId>();
  const reachesPane = (result: RecheckResult) => shown.has(result.list);
  let headingCheck: Promise<void> | undefined;

  // Checks run one after another (a heading edit starts one while the user may start another):
  // two at once would both add the marks sheets, and both register handlers.
  let checking: Promise<unknown> = Promise.resolve();
  const check = (scope: Scope, monitor: CheckMonitor = {}, onlySheet?: string): Promise<CheckReport> => {
    const next = checking.then(() => checkNow(scope, monitor, onlySheet));
    checking = next.catch(() => undefined);
    return next;
  };

  const checkNow = async (scope: Scope, monitor: CheckMonitor, onlySheet?: string): Promise<CheckReport> => {
    const sheet = scope === "active" ? (onlySheet ?? (await activeSheet(run))) : undefined;
    // The old watch stops before the check writes marks; edits made while it reads are kept and
    // re-checked once it is done (live-buffer.ts).
    const buffered = await bufferChanges(run);
    await watch?.stop();
    watch = undefined;
    try {
      const report = await checkWorkbook(run, {
        ...monitor,
        today,
        forms,
        ...(formsInUse.chosen ? { form: formsInUse.chosen } : {}),
        ...(sheet ? { onlySheet: sheet } : {}),
      });
      formsInUse.lastChecked = report.result.form;
      await startWatching(report, buffered, () => check(scope, {}, sheet));
      await selectedCell.followSafe(report.marked.map((list) => list.sheet));
      return report;
    } finally {
      await buffered.stop();
    }
  };

  /**
   * Every list is watched, reported or not, from the check's whole result: an edit anywhere can
   * change a marked list's findings (dates of birth, IDs known to CIN/CP), and marks a check of
   * one list kept stay live. Only the marked lists' re-checks reach the pane.
   */
  const startWatching = async (report: CheckReport, buffered: ChangeBuffer, checkAgain: () => Promise<CheckReport>) => {
    const validated = { ...report, result: report.validated ?? report.result };
    watched = watchedLists(validated);
    shown = new Set(report.marked.map((entry) => entry.list));
    watch = await watchLists(
      run,
      validated,
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
          headingCheck = checkAgain()
            .then(listener.onChecked, listener.onError)
            .finally(() => (headingCheck = undefined));
        },
        onError: listener.onError,
      },
      buffered,
    );
  };

  return {
    check: (scope, monitor) => check(scope, monitor),
    clearMarks: () => clearMarks(run, forms),
    goToFinding: (finding) => goToCell(run, finding.sheet ?? "", cellAddress(finding.row, finding.column)),
    applyFixes: async (findings) => {
      const report = await applyFixes(run, watched, findings, { today, ownWrites, ...(watch ? { live: watch } : {}) });
      return { ...report, rechecked: report.rechecked.filter(reachesPane) };
    },
    idle: async () => {
      await watch?.idle();
    },
  };
}

function activeSheet(run: ExcelRun): Promise<string> {
  return withUserMessage("find the active sheet", () =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    }),
  );
}
