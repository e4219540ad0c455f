import { Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { inspectionCalendar } from "../../domain/calendar";
import { Deadlines } from "./Deadlines";
import { UNTITLED } from "./SectionMessage";

interface Props {
  now: () => Date;
  notificationSerial: number | undefined;
  /** Where the date comes from, and what is wrong with it when it cannot be used. */
  source: "picked" | "inspection";
  problem?: string;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The inspection's deadlines from the notification date, with the time left on each. */
export function DeadlinesSection({ now, notificationSerial, source, problem }: Props) {
  const styles = useStyles();
  // Time left on each deadline moves on while the pane is open.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  const deadlines = useMemo(
    () => (notificationSerial === undefined ? [] : inspectionCalendar(notificationSerial)),
    [notificationSerial],
  );
  return (
    <section className={styles.section} aria-labelledby="deadlines-heading">
      <Subtitle2 as="h2" id="deadlines-heading">
        Deadlines
      </Subtitle2>
      {source === "inspection" && !problem && <Caption1>From the notification date on the Inspection sheet.</Caption1>}
      {problem && (
        <MessageBar intent="warning" {...UNTITLED}>
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Deadlines deadlines={deadlines} now={now()} />
    </section>
  );
}
