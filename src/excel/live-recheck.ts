// The re-check queue behind live re-checking: changes queued as the events arrive, re-checked in
// order and never two at once (handlers are not awaited, so two edits can arrive while a re-check
// runs). Each re-check is one Excel.run: read what changed (one sync), validate in memory
// (live-state.ts), rewrite only the marks that differ (one sync), and tell the pane.
import { summariseCheck, type CheckSummary } from "../domain/check-summary";
import type { ReferenceDate } from "../domain/reference-date";
import type { WorkbookResult } from "../domain/engine";
import type { Finding } from "../domain/findings";
import {
  rowTypedAfter,
  selectedOnRow,
  typingNote,
  type RowBeingTyped,
  type SelectedRows,
} from "../domain/row-being-typed";
import type { CheckReport } from "./check";
import { withUserMessage, type ExcelRun } from "./excel-run";
import { pendingReads, type Change, type PendingRead } from "./live-changes";
import { readChangedRows } from "./live-read";
import { LiveState } from "./live-state";
import { refreshFindingsSheet } from "./findings-sheet";
import { FINDINGS_SHEET } from "./sheet-names";
import { writeMarks } from "./marks";
import { queueReferenceRead, type ReferencePlace } from "./reference-date";
import type { RecheckResult } from "./recheck";

/** What the re-checks report, and to whom. */
export interface RecheckOptions {
  readonly today: () => number;
  readonly onRecheck: (result: RecheckResult) => void;
  /**
   * After every re-check: what a full check would now say of the lists it covered (statuses per
   * list, "Nothing was checked", the reference date's warning), from the full check's own summary.
   */
  readonly onSummary?: (summary: CheckSummary, findings: readonly Finding[]) => void;
  /**
   * What the full check reported, when it watches more than it reported ("Check this list" keeps
   * other lists' marks live but reports one list): the live summary covers these lists only.
   */
  readonly reported?: WorkbookResult;
  readonly onError: (error: Error) => void;
}

export class LiveRechecks {
  private readonly state: LiveState;
  private queue: Change[] = [];
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Where the reference date is read, with each re-check's rows, as a full check reads it. */
  private reference: ReferencePlace | undefined;
  private referenceReading: ReferenceDate;
  /** What the findings sheet lists now: the full check's findings, then each re-check's that differed. */
  private listed: readonly Finding[];
  /** Excel's selected cell on a watched sheet, as onSelectionChanged last said; unknown until then. */
  private selected: SelectedRows | undefined;
  /** The row being typed, whose missing values are held back until it is left (row-being-typed.ts). */
  private typing: RowBeingTyped | undefined;

  constructor(
    private readonly run: ExcelRun,
    /** The full check these re-checks follow, its result every list validated. */
    private readonly report: CheckReport,
    private readonly options: RecheckOptions,
    private readonly headerRowOf: (sheet: string) => number,
  ) {
    this.state = new LiveState(
      report.sheets ?? [],
      report.referenceSerial,
      report.result,
      report.marked.map((entry) => entry.list),
      report.forms,
    );
    this.referenceReading = report.reference;
    this.listed = (options.reported ?? report.result).findings;
  }

  /**
   * After Clear marks: nothing is shown, so the next re-check writes every current finding's mark
   * and lists every finding on the findings sheet again, as the pane lists them.
   */
  marksCleared(): void {
    this.state.forgetShownMarks();
    this.listed = [];
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** The reference date's place, once the watch has found it. */
  setReferencePlace(place: ReferencePlace | undefined): void {
    this.reference = place;
  }

  /**
   * The selected cell moved (onSelectionChanged on a watched sheet). Moving to another row queues a
   * "selection" change, which costs nothing unless a row being typed was left: whether it was is
   * decided in turn with the re-checks, since the edit that starts typing may still be queued.
   */
  cellSelected(selected: SelectedRows): void {
    const before = this.selected;
    this.selected = selected;
    const sameRows =
      before &&
      before.sheet.toLowerCase() === selected.sheet.toLowerCase() &&
      before.row === selected.row &&
      before.rowCount === selected.rowCount;
    if (!sameRows) this.schedule({ kind: "selection" });
  }

  /** Queues a change; the queue is re-checked once the re-check running now is done. */
  schedule(change: Change): void {
    this.queue.push(change);
    this.running = this.running.then(async () => {
      if (this.queue.length === 0 || this.stopped) return;
      const changes = this.queue;
      this.queue = [];
      // Only the selected cell moved, and no row being typed was left: nothing to re-check.
      if (changes.every((item) => item.kind === "selection") && this.typingAfter(changes) === this.typing) return;
      try {
        const results = await withUserMessage("re-check the changed rows", () => this.recheck(changes));
        if (!this.stopped) results.forEach(this.options.onRecheck);
      } catch (error) {
        this.options.onError(error as Error);
      }
    });
  }

  /** Re-reads rows the add-in itself changed (fixes), in turn with the queued re-checks. */
  refresh(sheet: string, rows: readonly number[]): Promise<RecheckResult[]> {
    return new Promise<RecheckResult[]>((resolve, reject) => {
      this.running = this.running.then(() =>
        withUserMessage("re-check the fixed rows", () => this.recheck([{ kind: "rows", sheet, rows }])).then(
          resolve,
          reject,
        ),
      );
    });
  }

  /** Resolves when every queued re-check has run. */
  idle(): Promise<void> {
    return this.running;
  }

  /** A re-check running now still writes its marks, but tells the pane nothing. */
  stop(): void {
    this.stopped = true;
  }

  private async recheck(changes: readonly Change[]): Promise<RecheckResult[]> {
    const reads = pendingReads(changes, this.state);
    // After pendingReads: rows inserted or deleted have moved in the state, and the rows edited are
    // not read yet, so each holds its values from before the edit.
    this.typing = this.typingAfter(changes);
    try {
      return await this.readAndUpdate(reads);
    } catch (error) {
      // The sheet holding the reference date was deleted or renamed: go on without it (today, as a
      // full check would use), rather than fail every edit.
      if ((error as { code?: string }).code !== "ItemNotFound" || !this.reference) throw error;
      this.reference = undefined;
      this.referenceReading = { kind: "none", serial: this.options.today() };
      this.state.setReference(this.referenceReading.serial);
      return this.readAndUpdate(reads);
    }
  }

  private readAndUpdate(reads: ReadonlyMap<string, PendingRead>): Promise<RecheckResult[]> {
    return this.run(async (context) => {
      const readReference = this.reference ? queueReferenceRead(context, this.reference) : undefined;
      await readChangedRows(context, reads, this.state, this.headerRowOf);
      if (readReference) {
        // As a full check: the reference date when it holds a date, else today, and a warning
        // naming the cell to mend (check-summary.ts findReferenceDate).
        this.referenceReading = readReference(this.options.today());
        if (this.referenceReading.serial !== this.state.reference)
          this.state.setReference(this.referenceReading.serial);
      }
      const update = await this.state.update(this.typing);
      // Looked up with the marks' sync, so a re-check with no findings sheet costs no sync more.
      const findingsSheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
      if (update.marks.length > 0) await writeMarks(context, update.marks);
      // A watch stopped while this re-check ran (a new check began) must not overwrite the new
      // check's result in the pane.
      if (!this.stopped) {
        const checked = asChecked(update.result, this.options.reported ?? this.report.result);
        // The findings sheet says what the pane says, after an edit or a fix alike; rewritten only
        // when a finding changed, so an edit that changes none costs no sync.
        if (!sameFindings(this.listed, checked.findings)) {
          if (update.marks.length === 0) await context.sync();
          await refreshFindingsSheet(context, findingsSheet, checked.form, checked.findings, this.state.reference);
          this.listed = checked.findings;
        }
        this.options.onSummary?.(this.summarise(checked, update.validated, update.held), checked.findings);
      }
      return [...update.changes];
    });
  }

  /**
   * The row being typed after `changes`, in order: a single cell typed with its row selected keeps
   * or starts it (rowTypedAfter); anything else (a paste, rows moved, a sheet read whole, a fix)
   * ends it, as does the selected cell leaving it.
   */
  private typingAfter(changes: readonly Change[]): RowBeingTyped | undefined {
    let typing = this.typing;
    for (const change of changes) {
      if (change.kind === "reference" || change.kind === "selection") continue;
      typing =
        change.kind === "rows" && change.oneCell && change.rows.length === 1
          ? rowTypedAfter(
              typing,
              { sheet: change.sheet, row: change.rows[0], oneCell: true },
              this.state.row(change.sheet, change.rows[0]),
              this.selected,
            )
          : undefined;
    }
    return typing && selectedOnRow(this.selected, typing) ? typing : undefined;
  }

  /**
   * The pane's summary: counts as shown, with a note of what is held back while a row is typed;
   * whether the lists are ready to send as a full check would say, so a held-back blank cell never
   * makes a list look ready.
   */
  private summarise(checked: WorkbookResult, validated: WorkbookResult, held: readonly Finding[]): CheckSummary {
    const today = this.options.today();
    const summary = summariseCheck(checked, this.referenceReading, today);
    const reported = held.filter((item) => checked.lists.some((list) => list.list === item.list));
    const note = typingNote(this.typing, reported);
    if (!note) return summary;
    const full = summariseCheck(
      asChecked(validated, this.options.reported ?? this.report.result),
      this.referenceReading,
      today,
    );
    return { ...summary, readiness: full.readiness, beingTyped: { note, held: reported } };
  }
}

/**
 * A live result cut to the lists the full check covered ("Check this list" covers one), so its
 * summary says what that check would say now.
 */
function asChecked(live: WorkbookResult, checked: WorkbookResult): WorkbookResult {
  const lists = live.lists.filter((list) => checked.lists.some((entry) => entry.list === list.list));
  const skipped = live.skipped.filter((item) => checked.skipped.some((entry) => entry.sheet === item.sheet));
  return { form: live.form, lists, skipped, findings: lists.flatMap((list) => list.findings) };
}

/** Whether two lists of findings say the same, in the same order: what the findings sheet would show. */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((item, index) => {
    const other = b[index];
    return (
      item === other ||
      (item.sheet === other.sheet &&
        item.row === other.row &&
        item.column === other.column &&
        item.code === other.code &&
        item.severity === other.severity &&
        item.message === other.message &&
        item.fix?.display === other.fix?.display)
    );
  });
}
