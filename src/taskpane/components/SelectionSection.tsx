import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { inFocusText, type SelectionCounts as Counts } from "../../domain/selection";
import type { Message } from "../state";
import { SectionMessage } from "./SectionMessage";
import { SelectionCounts } from "./SelectionCounts";

interface Props {
  busy: boolean;
  counts: Counts | undefined;
  /** Children in focus at the last check that read any rows: said until a selection is built. */
  checkedInFocus: number | undefined;
  message: Message | undefined;
  onBuild: () => void;
  onTracking: () => void;
  onGoToChild: (childId: string) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The lead inspector's selection: build or refresh the sheet; counts follow the inspector's typing. */
export function SelectionSection({ busy, counts, checkedInFocus, message, onBuild, onTracking, onGoToChild }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="selection-heading">
      <Subtitle2 as="h2" id="selection-heading">
        Selection (lead inspector)
      </Subtitle2>
      <Caption1>
        One row per child across every list, in-focus children first. Mark Y for tracking (20) and joint evaluation (5
        to 7) on the Selection sheet; what to check about a child shows on the child's row and here.
      </Caption1>
      {!counts && checkedInFocus !== undefined && <Body1>{inFocusText(checkedInFocus, "lastCheck")}</Body1>}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={onBuild}>
          Build or refresh the selection sheet
        </Button>
        <Button disabled={busy} onClick={onTracking}>
          Create Annex B tracking sheets
        </Button>
      </div>
      <SectionMessage message={message} />
      {counts && <SelectionCounts counts={counts} onGoToChild={onGoToChild} />}
    </section>
  );
}
