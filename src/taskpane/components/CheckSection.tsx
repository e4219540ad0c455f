import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CheckSummary } from "../../domain/check-summary";
import type { FormChoice } from "../../domain/form-choice";
import type { Finding } from "../../domain/findings";
import { listInWords, plural } from "../../domain/text";
import { NOT_RECHECKED_LIVE } from "../../excel/live";
import { certainFixes, filterFindings, type Message } from "../state";
import { Findings } from "./Findings";
import { FindingsFilter, type FindingsFilterValue } from "./FindingsFilter";
import { SectionMessage, UNTITLED } from "./SectionMessage";
import { Verdict } from "./Verdict";

interface Props {
  busy: boolean;
  findings: readonly Finding[];
  /** What was checked and what was not, kept current by live re-checks. */
  summary: CheckSummary | undefined;
  /** The form the last check read the workbook as, and why. */
  formChoice?: FormChoice | undefined;
  /** Full checks run: a new one moves the focus to its result (a live edit does not). */
  checks: number;
  /** What this Excel could not let the check look at. */
  notes: readonly string[];
  marksShown: boolean;
  message: Message | undefined;
  onCheck: (scope: "all" | "active") => void;
  onClear: () => void;
  onAddMissing: () => void;
  onGoTo: (finding: Finding) => void;
  /** Applies the fixes; settles once the pane holds the findings after them. */
  onFix: (findings: readonly Finding[]) => Promise<void>;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  lists: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // One sentence or block a line: drawn inline, the sentences ran together ("8 warnings.Edits are").
  summary: { outline: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/**
 * The parts of the result with a space between each, so its text reads as sentences ("8 warnings.
 * Edits are…") to a screen reader or a copy, as well as a line each on screen (the space between
 * two items of a flex column is not drawn).
 */
function sentences(parts: readonly ReactNode[]): ReactNode[] {
  return parts
    .filter((part) => part !== false && part !== undefined && part !== null)
    .flatMap((part, index) => (index > 0 ? [" ", part] : [part]));
}

/** Checking the lists: the buttons, what the check could honestly say, and the findings. */
export function CheckSection({
  busy,
  findings,
  summary,
  formChoice,
  checks,
  notes,
  marksShown,
  message,
  onCheck,
  onClear,
  onAddMissing,
  onGoTo,
  onFix,
}: Props) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingsFilterValue>({ severity: "all", childId: "" });
  const result = useRef<HTMLDivElement>(null);
  // A new check's result takes the focus: the first finding is then one Tab away. A live re-check
  // changes the summary too, but leaves the focus where the user is typing.
  useEffect(() => {
    if (checks > 0) result.current?.focus();
  }, [checks]);
  // The findings are drawn as a transition, which React renders in slices of a few milliseconds:
  // hundreds of Fluent buttons drawn at once held the pane for over 100 ms (issue 12).
  const filtered = useMemo(() => filterFindings(findings, filter.severity, filter.childId), [findings, filter]);
  const shown = useDeferredValue(filtered);
  const focusResult = useCallback(() => result.current?.focus(), []);
  // Every fix offered, whatever the filter shows: one command, so "Undo the last fixes" undoes it whole.
  const fixes = useMemo(() => certainFixes(findings), [findings]);
  const handleFixEvery = () => {
    // The button goes with the fixes: the focus goes to the result, which says what was done.
    void onFix(fixes).then(focusResult, focusResult);
  };
  // Empty lists with nothing to say go on one line; one with findings on its headings gets its own.
  const empty = summary?.lists.filter((list) => list.state === "empty" && list.errors + list.warnings === 0) ?? [];
  const notAllChecked =
    summary && (summary.lists.some((list) => list.state !== "checked") || summary.notChecked.length > 0);
  return (
    <section className={styles.section} aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading">
        Check
      </Subtitle2>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => onCheck("all")}>
          Check all lists
        </Button>
        <Button disabled={busy} onClick={() => onCheck("active")}>
          Check this list
        </Button>
        <Button disabled={busy || !marksShown} onClick={onClear}>
          Clear marks
        </Button>
        <Button disabled={busy} onClick={onAddMissing}>
          Add missing sheets
        </Button>
      </div>
      <SectionMessage message={message} />
      {summary && (
        <div ref={result} tabIndex={-1} role="group" className={styles.summary} aria-label="Check result">
          {sentences([
            <Body1 key="count" role="status">
              {summary.checkedAnything
                ? `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}.`
                : summary.headline}
            </Body1>,
            <Verdict key="verdict" readiness={summary.readiness} />,
            formChoice && (
              <Caption1 key="form">
                Checked as {formChoice.form.name}: {formChoice.reason}.
              </Caption1>
            ),
            summary.checkedAnything && (
              <Caption1 key="focus">
                {summary.childrenInFocus === 1 ? "1 child is" : `${summary.childrenInFocus} children are`} in focus:
                living with neglect and aged 7 to 15 on the reference date.
              </Caption1>
            ),
            formChoice?.mixed && (
              <MessageBar key="mixed" intent="warning" {...UNTITLED}>
                <MessageBarBody>{formChoice.mixed}</MessageBarBody>
              </MessageBar>
            ),
            summary.checkedAnything && (
              <Caption1 key="live">
                Edits are re-checked as you type, except {listInWords([...NOT_RECHECKED_LIVE], "and")}: “Check all
                lists” covers those.
              </Caption1>
            ),
            ...notes.map((note) => <Caption1 key={`note ${note}`}>{note}</Caption1>),
            summary.beingTyped && <Caption1 key="being typed">{summary.beingTyped.note}</Caption1>,
            summary.referenceProblem && (
              <MessageBar key="reference" intent="warning" {...UNTITLED}>
                <MessageBarBody>{summary.referenceProblem}</MessageBarBody>
              </MessageBar>
            ),
            (notAllChecked || summary.lists.length > 1) && (
              <ul key="lists" className={styles.lists} aria-label="Each list">
                {summary.lists
                  .filter((list) => !empty.includes(list))
                  .map((list) => (
                    <li key={list.list}>
                      <Caption1>
                        {list.title} (‘{list.sheet}’): {list.text}
                      </Caption1>
                    </li>
                  ))}
                {empty.length > 0 && (
                  <li>
                    <Caption1>Empty, so not checked: {empty.map((list) => `‘${list.sheet}’`).join(", ")}.</Caption1>
                  </li>
                )}
              </ul>
            ),
            summary.notChecked.length > 0 && (
              <details key="not checked">
                <summary>
                  <Caption1>{plural(summary.notChecked.length, "sheet")} not checked, and why</Caption1>
                </summary>
                <ul className={styles.lists}>
                  {summary.notChecked.map((sheet) => (
                    <li key={sheet.sheet}>
                      <Caption1>
                        ‘{sheet.sheet}’: {sheet.reason}.
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </details>
            ),
          ])}
        </div>
      )}
      {fixes.length > 0 && (
        <div className={styles.buttons}>
          <Button disabled={busy} onClick={handleFixEvery}>
            Apply every certain fix ({fixes.length.toLocaleString("en-GB")})
          </Button>
        </div>
      )}
      {findings.length > 0 && <FindingsFilter value={filter} onChange={setFilter} />}
      <Findings
        findings={shown}
        form={summary?.form}
        busy={busy}
        stale={shown !== filtered}
        onGoTo={onGoTo}
        onFix={onFix}
        onNoneLeft={focusResult}
      />
    </section>
  );
}
