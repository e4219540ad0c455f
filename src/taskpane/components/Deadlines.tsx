import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { timeLeftText, type Deadline } from "../../domain/calendar";

interface Props {
  deadlines: readonly Deadline[];
  now: Date;
}

const useStyles = makeStyles({
  due: { width: "42%", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  what: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
});

export function Deadlines({ deadlines, now }: Props) {
  const styles = useStyles();
  if (deadlines.length === 0) return null;
  return (
    <Table aria-label="Inspection deadlines" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.due}>Due</TableHeaderCell>
          <TableHeaderCell>What</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deadlines.map((deadline) => (
          <TableRow key={deadline.id}>
            <TableCell className={styles.due}>
              {deadline.dueText}
              <br />
              <Caption1>{timeLeftText(deadline, now)}</Caption1>
            </TableCell>
            <TableCell className={styles.what}>
              {deadline.what}{" "}
              <Caption1>
                ({deadline.who}, para {deadline.guidance})
              </Caption1>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
