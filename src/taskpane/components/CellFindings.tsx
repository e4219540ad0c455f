import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/findings";
import { cellAddress } from "../../domain/grid";
import { ruleTitle } from "../../domain/rule-titles";
import { FixOne } from "./Findings";
import type { SelectedCell } from "../state";

interface Props {
  cell: SelectedCell | undefined;
  findings: readonly Finding[];
  busy: boolean;
  onFix: (findings: readonly Finding[]) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
});

/** The reason at the cell: the findings of the cell the user selected in the sheet, and their fixes. */
export function CellFindings({ cell, findings, busy, onFix }: Props) {
  const styles = useStyles();
  if (!cell || findings.length === 0) return null;
  return (
    <section
      className={styles.root}
      aria-label={`Findings at ${cell.sheet} ${cellAddress(cell.row, cell.column)}`}
      aria-live="polite"
    >
      <Caption1>
        ‘{cell.sheet}’ {cellAddress(cell.row, cell.column)}, {findings[0].heading}
      </Caption1>
      {findings.map((item) => (
        <div key={item.code}>
          <Text weight="semibold">{ruleTitle(item.code)}</Text> <Caption1>{item.code}</Caption1>
          <br />
          <Text>{item.message}</Text>
          <FixOne item={item} busy={busy} onFix={onFix} />
        </div>
      ))}
    </section>
  );
}
