import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { timeLeftText, type Deadline } from "../../domain/calendar";
import { KeepWhole } from "./KeepWhole";
import { NARROW } from "./narrow";

interface Props {
  deadlines: readonly Deadline[];
  now: Date;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // A list rather than a table: two columns when there is room, one when the pane is narrow, so a
  // date never has to share a third of 160 px with the rest.
  deadline: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 42%) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  due: { display: "flex", flexDirection: "column" },
});

export function Deadlines({ deadlines, now }: Props) {
  const styles = useStyles();
  if (deadlines.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Inspection deadlines">
      {deadlines.map((deadline) => (
        <li key={deadline.id} className={styles.deadline}>
          <span className={styles.due}>
            <Text weight="semibold">
              <KeepWhole text={deadline.dueText} />
            </Text>
            <Caption1>{timeLeftText(deadline, now)}</Caption1>
          </span>
          <span>
            {deadline.what}{" "}
            <Caption1>
              ({deadline.who}, para {deadline.guidance})
            </Caption1>
          </span>
        </li>
      ))}
    </ul>
  );
}
