// The pane outside Excel (opened in a plain browser): the notification date and the deadlines it
// gives, and a word that the lists are created and checked in Excel.
import { Body1, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { nextTuesday, notificationDateWarning } from "../domain/calendar";
import { todaySerial } from "../domain/dates";
import { DeadlinesSection } from "./components/DeadlinesSection";
import { NotificationDate } from "./components/NotificationDate";

interface Props {
  now: () => Date;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "520px",
    boxSizing: "border-box",
  },
});

export function OutsideExcel({ now }: Props) {
  const styles = useStyles();
  const today = todaySerial(now());
  const [picked, setPicked] = useState<number | undefined>(() => nextTuesday(today));
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Annex A</Subtitle1>
      <Body1>
        The deadlines of a joint targeted area inspection on children living with neglect, from the notification date.
      </Body1>
      <NotificationDate
        serial={picked}
        referenceSerial={today}
        warning={picked === undefined ? undefined : notificationDateWarning(picked)}
        onChange={setPicked}
      />
      <Caption1>Open this pane in Excel to create the templates and check the lists.</Caption1>
      <DeadlinesSection now={now} notificationSerial={picked} source="picked" />
    </main>
  );
}
