import { Badge, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { factsAwaitedText, type LimitState, type SelectionCounts as Counts } from "../../domain/selection";

interface Props {
  counts: Counts;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const COLOUR: Record<LimitState, "success" | "warning" | "danger"> = {
  met: "success",
  under: "warning",
  over: "danger",
};

export function SelectionCounts({ counts }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
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
      {counts.jointEvaluation.notSelected.length > 0 && (
        <Body1>Marked for joint evaluation but not selected: {counts.jointEvaluation.notSelected.join(", ")}.</Body1>
      )}
      {counts.factsAwaited.length > 0 && <Body1>{factsAwaitedText(counts.factsAwaited)}</Body1>}
      {counts.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="To check about the selected children">
          {counts.warnings.map((warning) => (
            <li key={warning}>
              <Body1>{warning}</Body1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
