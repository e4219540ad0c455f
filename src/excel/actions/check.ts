// The check actions: checking all lists or the active one (one check at a time), then watching
// every list for edits and following the selected cell; fixes, clearing marks, going to a finding.
import type { Form, ListId } from "../../domain/catalogue";
import type { Finding } from "../../domain/findings";
import { cellAddress } from "../../domain/grid";
import type { AddinActions, LiveListener } from "./types";
import { checkWorkbook, clearMarks, goToCell, type CheckMonitor, type CheckReport } from "../check";
import { withUserMessage, type ExcelRun } from "../excel-run";
import { applyFixes, type FixReport } from "../fixes";
import { bufferChanges, watchedLists, watchLists, type ChangeBuffer, type LiveWatch } from "../live";
import { OwnWrites } from "../own-writes";
import type { RecheckResult, WatchedList } from "../recheck";
import type { FormsInUse } from "./forms";
import { SelectedCellWatch } from "./selected-cell";

type Scope = "all" | "active";

export type CheckActions = Pick<
  AddinActions,
  "check" | "clearMarks" | "goToFinding" | "applyFixes" | "recheckRows" | "idle"
>;

export function checkActions(
  run: ExcelRun,
  today: () => number,
  formsInUse: FormsInUse,
  listener: LiveListener,
): CheckActions {
  const checks = new Checks(run, today, formsInUse, listener);
  const { forms } = formsInUse;
  return {
    check: (scope, monitor) => checks.check(scope, monitor),
    clearMarks: () => checks.clearMarks(forms),
    goToFinding: (finding) => goToCell(run, finding.sheet ?? "", cellAddress(finding.row, finding.column)),
    applyFixes: (findings) => checks.applyFixes(findings),
    recheckRows: (cells) => checks.recheckRows(cells),
    idle: () => checks.idle(),
  };
}

/** Full checks, one at a time, and the live watch each leaves behind. */
class Checks {
  private readonly ownWrites = new OwnWrites();
  private readonly selectedCell: SelectedCellWatch;
  private watched: WatchedList[] = [];
  private watch: LiveWatch | undefined;
  /**
   * The lists whose marks show, and so whose live re-checks reach the pane: every list after
   * "Check all"; the one checked and those whose marks it kept after "Check this list".
   */
  private shown = new Set<ListId>();
  private headingCheck: Promise<void> | undefined;
  // Checks run one after another (a heading edit starts one while the user may start another):
  // two at once would both add the marks sheets, and both register handlers.
  private checking: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly run: ExcelRun,
    private readonly today: () => number,
    private readonly formsInUse: FormsInUse,
    private readonly listener: LiveListener,
  ) {
    this.selectedCell = new SelectedCellWatch(run, (cell) => listener.onCellSelected(cell));
  }

  check(scope: Scope, monitor: CheckMonitor = {}, onlySheet?: string): Promise<CheckReport> {
    const next = this.checking.then(() => this.checkNow(scope, monitor, onlySheet));
    this.checking = next.catch(() => undefined);
    return next;
  }

  async applyFixes(findings: readonly Finding[]): Promise<FixReport> {
    const report = await applyFixes(this.run, this.watched, findings, {
      today: this.today,
      ownWrites: this.ownWrites,
      ...(this.watch ? { live: this.watch } : {}),
    });
    return { ...report, rechecked: report.rechecked.filter((result) => this.reachesPane(result)) };
  }

  async recheckRows(cells: readonly { readonly sheet: string; readonly row: number }[]): Promise<RecheckResult[]> {
    const watch = this.watch;
    if (!watch) return [];
    const bySheet = new Map<string, number[]>();
    for (const { sheet, row } of cells) {
      const rows = bySheet.get(sheet);
      if (rows) rows.push(row);
      else bySheet.set(sheet, [row]);
    }
    const results: RecheckResult[] = [];
    for (const [sheet, rows] of bySheet) results.push(...(await watch.refresh(sheet, [...new Set(rows)])));
    return results.filter((result) => this.reachesPane(result));
  }

  async idle(): Promise<void> {
    await this.watch?.idle();
    // Headings edited: the check they started, then the re-checks of the watch it made.
    while (this.headingCheck) {
      await this.headingCheck;
      await this.watch?.idle();
    }
  }

  async clearMarks(forms: readonly Form[]): Promise<void> {
    await this.watch?.idle();
    await clearMarks(this.run, forms);
    this.watch?.marksCleared();
  }

  private reachesPane(result: RecheckResult): boolean {
    return this.shown.has(result.list);
  }

  private async checkNow(scope: Scope, monitor: CheckMonitor, onlySheet?: string): Promise<CheckReport> {
    const sheet = scope === "active" ? (onlySheet ?? (await activeSheet(this.run))) : undefined;
    // The old watch stops before the check writes marks; edits made while it reads are kept and
    // re-checked once it is done (live-buffer.ts).
    const buffered = await bufferChanges(this.run);
    await this.watch?.stop();
    this.watch = undefined;
    try {
      const chosen = this.formsInUse.chosen;
      const report = await checkWorkbook(this.run, {
        ...monitor,
        today: this.today,
        forms: this.formsInUse.forms,
        ...(chosen ? { form: chosen } : {}),
        ...(sheet ? { onlySheet: sheet } : {}),
      });
      this.formsInUse.lastChecked = report.result.form;
      await this.startWatching(report, buffered, () => this.check(scope, {}, sheet));
      await this.selectedCell.followSafe(report.marked.map((list) => list.sheet));
      return report;
    } finally {
      await buffered.stop();
    }
  }

  /**
   * Every list is watched, reported or not, from the check's whole result: an edit anywhere can
   * change a marked list's findings (dates of birth, IDs known to CIN/CP), and marks a check of
   * one list kept stay live. Only the marked lists' re-checks reach the pane.
   */
  private async startWatching(
    report: CheckReport,
    buffered: ChangeBuffer,
    checkAgain: () => Promise<CheckReport>,
  ): Promise<void> {
    const validated = { ...report, result: report.validated ?? report.result };
    this.watched = watchedLists(validated);
    this.shown = new Set(report.marked.map((entry) => entry.list));
    const { listener } = this;
    this.watch = await watchLists(
      this.run,
      validated,
      {
        today: this.today,
        ownWrites: this.ownWrites,
        onRecheck: (result) => this.reachesPane(result) && listener.onRecheck(result),
        onSummary: listener.onLiveSummary,
        reported: report.result,
        // The headings moved: the same check again, its report to the pane; one at a time, so a
        // paste over several lists' headings runs one check, not one per list.
        onHeadingsChanged: () => {
          if (this.headingCheck) return;
          this.headingCheck = checkAgain()
            .then(listener.onChecked, listener.onError)
            .finally(() => (this.headingCheck = undefined));
        },
        onError: listener.onError,
      },
      buffered,
    );
  }
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
