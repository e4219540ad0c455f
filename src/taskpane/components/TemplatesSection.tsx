import { Button, Field, Input, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { notificationDateWarning } from "../../domain/calendar";
import type { Message } from "../state";
import { NotificationDate, useNarrowInput } from "./NotificationDate";
import { SectionMessage } from "./SectionMessage";

interface Props {
  busy: boolean;
  /** False until the workbook has been read. */
  ready: boolean;
  pickedSerial: number | undefined;
  todaySerial: number;
  message: Message | undefined;
  onPick: (serial: number | undefined) => void;
  onCreate: (options: { notificationSerial: number; localAuthority?: string }) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** First run: the notification date and local authority, and the button that creates the templates. */
export function TemplatesSection({ busy, ready, pickedSerial, todaySerial, message, onPick, onCreate }: Props) {
  const styles = useStyles();
  const narrow = useNarrowInput();
  const [localAuthority, setLocalAuthority] = useState("");
  return (
    <section className={styles.section} aria-labelledby="templates-heading">
      <Subtitle2 as="h2" id="templates-heading">
        Start: create the templates
      </Subtitle2>
      <NotificationDate
        serial={pickedSerial}
        referenceSerial={todaySerial}
        warning={pickedSerial === undefined ? undefined : notificationDateWarning(pickedSerial)}
        onChange={onPick}
      />
      <Field label="Local authority">
        <Input
          className={narrow.root}
          input={{ className: narrow.input }}
          value={localAuthority}
          onChange={(_, data) => setLocalAuthority(data.value)}
        />
      </Field>
      <div>
        <Button
          appearance="primary"
          disabled={busy || pickedSerial === undefined || !ready}
          onClick={() =>
            pickedSerial !== undefined &&
            onCreate({
              notificationSerial: pickedSerial,
              ...(localAuthority.trim() ? { localAuthority: localAuthority.trim() } : {}),
            })
          }
        >
          Create Annex A templates
        </Button>
      </div>
      <SectionMessage message={message} />
    </section>
  );
}
