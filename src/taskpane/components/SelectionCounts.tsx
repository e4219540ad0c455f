import { Badge, Body1, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  factsAwaitedText,
  inFocusText,
  toCheckSummary,
  type LimitState,
  type SelectionCounts as Counts,
} from "../../domain/selection";

interface Props {
  counts: Counts;
  /** Goes to the child's row on the Selection sheet. */
  onGoToChild: (childId: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  warnings: { margin: 0, paddingLeft: 0, listStyleType: "none", overflowWrap: "anywhere" },
  warning: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
    marginBottom: tokens.spacingVerticalXS,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const COLOUR: Record<LimitState, "success" | "warning" | "danger"> = {
  met: "success",
  under: "warning",
  over: "danger",
};

export function SelectionCounts({ counts, onGoToChild }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Body1>{inFocusText(counts.inFocus, "now")}</Body1>
      <div className={styles.line}>
        <Body1>Selected for tracking: {counts.tracking.count} of 20</Body1>
        <Badge appearance="tint" color={COLOUR[counts.tracking.state]}>
          {counts.tracking.state}
        </Badge>
      </div>
      <div className={styles.line}>
        <Body1>Joint evaluation: {counts.jointEvaluation.count} of the selected (5 to 7)</Body1>
        <Badge appearance="tint" color={COLOUR[counts.jointEvaluation.state]}>
          {counts.jointEvaluation.state}
        </Badge>
      </div>
      {counts.factsAwaited.length > 0 && <Body1>{factsAwaitedText(counts.factsAwaited)}</Body1>}
      <Body1>{toCheckSummary(counts.warnings.length)}</Body1>
      {counts.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="To check about the chosen children">
          {counts.warnings.map((warning) => (
            <li key={warning.childId} className={styles.warning}>
              <Button
                size="small"
                appearance="transparent"
                onClick={() => onGoToChild(warning.childId)}
                aria-label={`Go to ${warning.childId} on the Selection sheet`}
              >
                {warning.childId}
              </Button>
              <Text>{warning.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
