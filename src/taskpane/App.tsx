// The task pane: what the add-in is for, and the inspection's deadlines from a notification date.
// No business rules here: the calendar comes from src/domain.
import { Body1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { inspectionCalendar, notificationDateWarning } from "../domain/calendar";
import { isoFromSerial, serialFromIso, todaySerial } from "../domain/dates";
import { Deadlines } from "./components/Deadlines";
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
    maxWidth: "480px",
  },
});

/** The Tuesday on or after a date: the usual notification day (guidance para 14). */
function nextTuesday(serial: number): number {
  const weekday = ((serial % 7) + 6) % 7;
  return serial + ((2 - weekday + 7) % 7);
}

export function App({ now }: Props) {
  const styles = useStyles();
  const [notificationIso, setNotificationIso] = useState(() => isoFromSerial(nextTuesday(todaySerial(now()))));
  const notificationSerial = serialFromIso(notificationIso);
  const deadlines = useMemo(() => (notificationSerial === undefined ? [] : inspectionCalendar(notificationSerial)), [notificationSerial]);

  const handleNotificationChange = (iso: string) => setNotificationIso(iso);

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Annex A</Subtitle1>
      <Body1>
        Correctly headed Annex A lists for a joint targeted area inspection on children living with neglect, checked in place.
        Child-level data never leaves this workbook.
      </Body1>
      <NotificationDate
        iso={notificationIso}
        warning={notificationSerial === undefined ? "Enter a real date." : notificationDateWarning(notificationSerial)}
        onChange={handleNotificationChange}
      />
      <Deadlines deadlines={deadlines} now={now()} />
    </main>
  );
}
