// The task pane: a first run that creates the templates; then checking the lists in place,
// working through the findings, and the deadlines from the Inspection sheet. No business rules
// here: they come from src/domain, and Excel is reached only through the actions handed in.
import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Subtitle1, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { inspectionCalendar, nextTuesday, notificationDateWarning } from "../domain/calendar";
import { todaySerial } from "../domain/dates";
import type { Finding } from "../domain/findings";
import { plural } from "../domain/text";
import type { AddinActions, LiveListener } from "../excel/addin-actions";
import type { ExcelTools as Tools } from "../excel/excel-tools";
import { Deadlines } from "./components/Deadlines";
import { ExcelTools } from "./components/ExcelTools";
import { Findings } from "./components/Findings";
import { FindingsFilter, type FindingsFilterValue } from "./components/FindingsFilter";
import { ImportPanel } from "./components/ImportPanel";
import { NotificationDate } from "./components/NotificationDate";
import { SelectionCounts } from "./components/SelectionCounts";
import { filterFindings, initialPaneState, paneReducer } from "./state";

interface Props {
  now: () => Date;
  /** Builds the Excel actions; absent outside Excel, where only the deadlines are shown. */
  makeActions?: (listener: LiveListener) => AddinActions;
  /** Undo for fixes and the self-test for real Excel; absent outside Excel. */
  tools?: Tools;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "520px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function App({ now, makeActions, tools }: Props) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const [pickedSerial, setPickedSerial] = useState<number | undefined>(() => nextTuesday(todaySerial(now())));
  const [localAuthority, setLocalAuthority] = useState("");
  const [filter, setFilter] = useState<FindingsFilterValue>({ severity: "all", childId: "" });
  const cancel = useRef<AbortController | undefined>(undefined);
  const actions = useMemo(
    () =>
      makeActions?.({
        onRecheck: (result) => dispatch({ type: "rechecked", result }),
        onError: (error) => dispatch({ type: "failed", message: error.message }),
      }),
    [makeActions],
  );

  // Time left on each deadline moves on while the pane is open.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 60_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    actions
      ?.readInspection()
      .then((facts) => dispatch({ type: "inspected", facts }))
      .catch((error: Error) => dispatch({ type: "failed", message: error.message }));
  }, [actions]);

  const hasTemplates = state.inspection?.hasTemplates === true;
  const notificationSerial = hasTemplates ? (state.inspection?.notificationSerial ?? pickedSerial) : pickedSerial;
  const deadlines = useMemo(() => (notificationSerial === undefined ? [] : inspectionCalendar(notificationSerial)), [notificationSerial]);

  async function perform(label: string, work: () => Promise<void>) {
    dispatch({ type: "started", label });
    try {
      await work();
    } catch (error) {
      const message = (error as Error).message;
      dispatch((error as Error).name === "CancelledError" ? { type: "noticed", text: message } : { type: "failed", message });
    }
  }

  const handleCreate = () =>
    perform("Creating the templates…", async () => {
      const result = await actions!.createTemplates({ notificationSerial: notificationSerial!, localAuthority: localAuthority.trim() || undefined });
      dispatch({ type: "inspected", facts: await actions!.readInspection() });
      dispatch({
        type: "noticed",
        text: result.created.length === 0 ? "Every Annex A sheet is already in this workbook; nothing was changed." : `Created ${plural(result.created.length, "sheet")}. Sheets already here were left as they were.`,
      });
    });
  const handleCheck = (scope: "all" | "active") =>
    perform(scope === "all" ? "Checking every list…" : "Checking this list…", async () => {
      cancel.current = new AbortController();
      const report = await actions!.check(scope, { signal: cancel.current.signal, onProgress: (read, total) => dispatch({ type: "progressed", read, total }) });
      dispatch({ type: "checked", report });
    });
  const handleCancel = () => cancel.current?.abort();
  const handleClear = () =>
    perform("Clearing the marks…", async () => {
      await actions!.clearMarks();
      dispatch({ type: "cleared" });
    });
  const handleSelect = (finding: Finding) => void actions!.selectFinding(finding).catch((error: Error) => dispatch({ type: "failed", message: error.message }));
  const handleSelection = () =>
    perform("Building the selection sheet…", async () => {
      const report = await actions!.buildSelection();
      dispatch({ type: "selectionBuilt", counts: report.counts, children: report.rows.length });
    });
  const handleTracking = () =>
    perform("Creating the tracking sheets…", async () => {
      const result = await actions!.createTrackingSheets();
      dispatch({
        type: "noticed",
        text:
          result.created.length === 0 && result.kept.length === 0
            ? "No child is marked Y for both tracking and joint evaluation on the Selection sheet yet."
            : `Created ${plural(result.created.length, "tracking sheet")}${result.kept.length ? `; ${plural(result.kept.length, "sheet")} already written in ${result.kept.length === 1 ? "was" : "were"} left as ${result.kept.length === 1 ? "it was" : "they were"}` : ""}.`,
      });
    });
  const handleFix = (findings: readonly Finding[]) => perform("Applying fixes…", async () => dispatch({ type: "fixed", report: await actions!.applyFixes(findings) }));

  const errors = state.findings.filter((item) => item.severity === "error").length;
  const shown = filterFindings(state.findings, filter.severity, filter.childId);
  const busy = state.busy !== undefined;
  const checking = busy && state.busy!.startsWith("Checking");

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Annex A</Subtitle1>
      <Body1>
        Creates the Annex A lists of a joint targeted area inspection on children living with neglect, correctly headed, and
        checks every row where it is. Child-level data never leaves this workbook.
      </Body1>

      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {busy && (
        <div className={styles.section} aria-live="polite">
          <Spinner size="tiny" label={state.busy} />
          {state.progress && state.progress.total > 0 && (
            <>
              <ProgressBar value={state.progress.read / state.progress.total} aria-label="Rows read" />
              <Caption1>
                {state.progress.read.toLocaleString("en-GB")} of {state.progress.total.toLocaleString("en-GB")} rows read
              </Caption1>
            </>
          )}
          {checking && (
            <div>
              <Button size="small" onClick={handleCancel}>
                Cancel
              </Button>
            </div>
          )}
        </div>
      )}

      {(!actions || !hasTemplates) && (
        <section className={styles.section} aria-labelledby="templates-heading">
          <Subtitle2 as="h2" id="templates-heading">
            Start: create the templates
          </Subtitle2>
          <NotificationDate serial={pickedSerial} warning={pickedSerial === undefined ? "Enter a real date, dd/mm/yyyy." : notificationDateWarning(pickedSerial)} onChange={setPickedSerial} />
          <Field label="Local authority">
            <Input value={localAuthority} onChange={(_, data) => setLocalAuthority(data.value)} />
          </Field>
          {actions ? (
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={busy || pickedSerial === undefined || state.inspection === undefined} onClick={handleCreate}>
                Create Annex A templates
              </Button>
            </div>
          ) : (
            <Caption1>Open this pane in Excel to create the templates and check the lists.</Caption1>
          )}
        </section>
      )}

      {actions && hasTemplates && (
        <section className={styles.section} aria-labelledby="check-heading">
          <Subtitle2 as="h2" id="check-heading">
            Check
          </Subtitle2>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy} onClick={() => handleCheck("all")}>
              Check all lists
            </Button>
            <Button disabled={busy} onClick={() => handleCheck("active")}>
              Check this list
            </Button>
            <Button disabled={busy || !state.checked} onClick={handleClear}>
              Clear marks
            </Button>
            <Button disabled={busy} onClick={handleCreate}>
              Add missing sheets
            </Button>
          </div>
          {state.checked && (
            <Body1 role="status">
              {plural(errors, "error")}, {plural(state.findings.length - errors, "warning")}. Edits are re-checked as you type.
            </Body1>
          )}
          {state.findings.length > 0 && <FindingsFilter value={filter} onChange={setFilter} />}
          <Findings findings={shown} busy={busy} onSelect={handleSelect} onFix={handleFix} />
        </section>
      )}

      {actions && tools && <ExcelTools tools={tools} busy={busy} />}

      {actions && (
        <section className={styles.section} aria-labelledby="import-heading">
          <Subtitle2 as="h2" id="import-heading">
            Import from a case-management export
          </Subtitle2>
          <ImportPanel
            busy={busy}
            listSheets={actions.importableSheets}
            preview={actions.previewImport}
            apply={actions.applyImport}
            onDone={(text) => dispatch({ type: "noticed", text })}
            onError={(message) => dispatch({ type: "failed", message })}
          />
        </section>
      )}

      {actions && hasTemplates && (
        <section className={styles.section} aria-labelledby="selection-heading">
          <Subtitle2 as="h2" id="selection-heading">
            Selection (lead inspector)
          </Subtitle2>
          <Caption1>One row per child across every list, in-focus children first. Mark Y for tracking (20) and joint evaluation (5 to 7) on the Selection sheet.</Caption1>
          <div className={styles.buttons}>
            <Button disabled={busy} onClick={handleSelection}>
              Build or refresh the selection sheet
            </Button>
            <Button disabled={busy} onClick={handleTracking}>
              Create Annex B tracking sheets
            </Button>
          </div>
          {state.selection && <SelectionCounts counts={state.selection} />}
        </section>
      )}

      <section className={styles.section} aria-labelledby="deadlines-heading">
        <Subtitle2 as="h2" id="deadlines-heading">
          Deadlines
        </Subtitle2>
        {hasTemplates && <Caption1>From the notification date on the Inspection sheet.</Caption1>}
        <Deadlines deadlines={deadlines} now={now()} />
      </section>
    </main>
  );
}
