// "Prepare to send": a clean copy of the workbook for Ofsted, opened as a new workbook, after the
// last check. While errors remain it asks first, as `annex-a finalise` refuses without --anyway;
// before any check it says to check first, since the copy's verdict is the check's.
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CheckSummary } from "../../domain/check-summary";
import { errorsRemainQuestion } from "../../domain/prepare-to-send";
import type { Message } from "../state";
import { SectionMessage } from "./SectionMessage";

interface Props {
  busy: boolean;
  /** The last check's summary, as live re-checks keep it; undefined before any check. */
  summary: CheckSummary | undefined;
  message: Message | undefined;
  onPrepare: (summary: CheckSummary, options: { keepSelection: boolean }) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function PrepareToSend({ busy, summary, message, onPrepare }: Props) {
  const styles = useStyles();
  const [keepSelection, setKeepSelection] = useState(false);
  const [question, setQuestion] = useState<string | undefined>(undefined);

  const handlePrepare = () => {
    if (!summary) return;
    const asked = errorsRemainQuestion(summary.readiness);
    if (asked) setQuestion(asked);
    else onPrepare(summary, { keepSelection });
  };
  const handleAnyway = () => {
    setQuestion(undefined);
    if (summary) onPrepare(summary, { keepSelection });
  };

  return (
    <section className={styles.section} aria-labelledby="send-heading">
      <Subtitle2 as="h2" id="send-heading">
        Prepare to send
      </Subtitle2>
      <Caption1>
        Opens a clean copy of this workbook as a new workbook, for Ofsted: the lists as they are, without the add-in's
        marks, notes and findings sheet. This workbook is not changed. Save it first, so the copy holds your latest
        edits.
      </Caption1>
      <Checkbox
        label="Keep the Selection and Annex B tracking sheets"
        checked={keepSelection}
        disabled={busy}
        onChange={(_, data) => setKeepSelection(data.checked === true)}
      />
      <div className={styles.buttons}>
        <Button disabled={busy || !summary} onClick={handlePrepare}>
          Prepare to send
        </Button>
      </div>
      {!summary && <Caption1>Check all lists first: the copy follows what the check found.</Caption1>}
      <SectionMessage message={message} />
      {/* Rendered only while asking: a closed Dialog still sets up Fluent's focus trap, whose
          hidden focusable guards axe reports (aria-hidden-focus). */}
      {question !== undefined && (
        <Dialog open={question !== undefined} onOpenChange={(_, data) => !data.open && setQuestion(undefined)}>
          <DialogSurface aria-label="Errors remain">
            <DialogBody>
              <DialogTitle>Errors remain</DialogTitle>
              <DialogContent>{question}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={handleAnyway}>
                  Prepare the copy anyway
                </Button>
                <DialogTrigger disableButtonEnhancement>
                  <Button>Cancel</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
