// The task pane: create the templates, check the lists in place, work through the findings, and
// keep an eye on the deadlines. No business rules here: they come from src/domain, and Excel is
// reached only through the actions handed in.
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useReducer, useState } from "react";
import { inspectionCalendar, notificationDateWarning } from "../domain/calendar";
import { isoFromSerial, serialFromIso, todaySerial } from "../domain/dates";
import type { Finding } from "../domain/findings";
import { plural } from "../domain/text";
import type { AddinActions, LiveListener } from "../excel/addin-actions";
import { Deadlines } from "./components/Deadlines";
import { Findings } from "./components/Findings";
import { NotificationDate } from "./components/NotificationDate";
import { initialPaneState, paneReducer } from "./state";

interface Props {
  now: () => Date;
  /** Builds the Excel actions; absent outside Excel, where only the deadlines are shown. */
  makeActions?: (listener: LiveListener) => AddinActions;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "520px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The Tuesday on or after a date: the usual notification day (guidance para 14). */
function nextTuesday(serial: number): number {
  const weekday = ((serial % 7) + 6) % 7;
  return serial + ((2 - weekday + 7) % 7);
}

export function App({ now, makeActions }: Props) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const [notificationIso, setNotificationIso] = useState(() => isoFromSerial(nextTuesday(todaySerial(now()))));
  const [localAuthority, setLocalAuthority] = useState("");
  const notificationSerial = serialFromIso(notificationIso);
  const deadlines = useMemo(() => (notificationSerial === undefined ? [] : inspectionCalendar(notificationSerial)), [notificationSerial]);
  const actions = useMemo(
    () =>
      makeActions?.({
        onRecheck: (result) => dispatch({ type: "rechecked", result }),
        onError: (error) => dispatch({ type: "failed", message: error.message }),
      }),
    [makeActions],
  );

  async function perform(label: string, work: () => Promise<void>) {
    dispatch({ type: "started", label });
    try {
      await work();
    } catch (error) {
      dispatch({ type: "failed", message: (error as Error).message });
    }
  }

  const handleCreate = () =>
    perform("Creating the templates…", async () => {
      const result = await actions!.createTemplates({ notificationSerial: notificationSerial!, localAuthority: localAuthority.trim() || undefined });
      dispatch({
        type: "noticed",
        text: result.created.length === 0 ? "Every Annex A sheet is already in this workbook; nothing was changed." : `Created ${plural(result.created.length, "sheet")}. Sheets already here were left as they were.`,
      });
    });
  const handleCheck = (scope: "all" | "active") =>
    perform(scope === "all" ? "Checking every list…" : "Checking this list…", async () => dispatch({ type: "checked", report: await actions!.check(scope) }));
  const handleClear = () => perform("Clearing the marks…", async () => {
    await actions!.clearMarks();
    dispatch({ type: "cleared" });
  });
  const handleSelect = (finding: Finding) => void actions!.selectFinding(finding).catch((error: Error) => dispatch({ type: "failed", message: error.message }));
  const handleFix = (findings: readonly Finding[]) => perform("Applying fixes…", async () => dispatch({ type: "fixed", report: await actions!.applyFixes(findings) }));

  const errors = state.findings.filter((item) => item.severity === "error").length;
  const busy = state.busy !== undefined;

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Annex A</Subtitle1>
      <Body1>
        Correctly headed Annex A lists for a joint targeted area inspection on children living with neglect, checked in place.
        Child-level data never leaves this workbook.
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
      {busy && <Spinner size="tiny" label={state.busy} />}

      <section className={styles.section} aria-labelledby="templates-heading">
        <Subtitle2 as="h2" id="templates-heading">
          Templates
        </Subtitle2>
        <NotificationDate
          iso={notificationIso}
          warning={notificationSerial === undefined ? "Enter a real date." : notificationDateWarning(notificationSerial)}
          onChange={setNotificationIso}
        />
        <Field label="Local authority">
          <Input value={localAuthority} onChange={(_, data) => setLocalAuthority(data.value)} />
        </Field>
        {actions ? (
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy || notificationSerial === undefined} onClick={handleCreate}>
              Create Annex A templates
            </Button>
          </div>
        ) : (
          <Caption1>Open this pane in Excel to create the templates and check the lists.</Caption1>
        )}
      </section>

      {actions && (
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
          </div>
          {state.checked && (
            <Body1 role="status">
              {plural(errors, "error")}, {plural(state.findings.length - errors, "warning")}. Edits are re-checked as you type.
            </Body1>
          )}
          <Findings findings={state.findings} busy={busy} onSelect={handleSelect} onFix={handleFix} />
        </section>
      )}

      <section className={styles.section} aria-labelledby="deadlines-heading">
        <Subtitle2 as="h2" id="deadlines-heading">
          Deadlines
        </Subtitle2>
        <Deadlines deadlines={deadlines} now={now()} />
      </section>
    </main>
  );
}
