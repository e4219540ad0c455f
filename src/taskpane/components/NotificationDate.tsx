import { Field, Input, makeStyles } from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import { formatUkDate, serialFromIso } from "../../domain/dates";

interface Props {
  /** yyyy-mm-dd, as the date input holds it. */
  iso: string;
  warning?: string;
  onChange: (iso: string) => void;
}

const useStyles = makeStyles({
  input: { maxWidth: "12em" },
});

export function NotificationDate({ iso, warning, onChange }: Props) {
  const styles = useStyles();
  const serial = serialFromIso(iso);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value);
  return (
    <Field
      label="Notification date (day zero)"
      hint={serial === undefined ? undefined : `Tuesday of week one: ${formatUkDate(serial)}`}
      validationState={warning ? "warning" : "none"}
      validationMessage={warning}
    >
      <Input className={styles.input} type="date" lang="en-GB" value={iso} onChange={handleChange} />
    </Field>
  );
}
