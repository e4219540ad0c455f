import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { readDateEntry } from "../../domain/date-entry";
import { formatUkDate } from "../../domain/dates";

interface Props {
  serial: number | undefined;
  /** A date that reads but is worth a word (not a Tuesday). */
  warning?: string;
  /** The date as read, or undefined while what is typed is not a date. */
  onChange: (serial: number | undefined) => void;
  /** Decides the century of a two-digit year. */
  referenceSerial: number;
}

/**
 * The notification date as dd/mm/yyyy text: a plain input (which axe-core passes, as Fluent's date
 * picker popup did not), and a sentence saying why when what is typed is not a real date.
 */
/** Fluent's Input has a minimum width wider than a narrow pane at 200% zoom. */
export const useNarrowInput = makeStyles({
  root: { minWidth: 0, maxWidth: "100%", width: "100%", boxSizing: "border-box" },
  input: { minWidth: 0 },
});

export function NotificationDate({ serial, warning, onChange, referenceSerial }: Props) {
  const narrow = useNarrowInput();
  const [text, setText] = useState(serial === undefined ? "" : formatUkDate(serial));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const handleChange = (value: string) => {
    setText(value);
    const entry = readDateEntry(value, referenceSerial);
    // Explained at once when the text is complete, not while the user is halfway through typing.
    setProblem(entry.ok || value.trim().length < 8 ? undefined : entry.problem);
    onChange(entry.ok ? entry.serial : undefined);
  };
  const handleBlur = () => {
    const entry = readDateEntry(text, referenceSerial);
    setProblem(entry.ok ? undefined : entry.problem);
  };
  const message = problem ?? warning;
  return (
    <Field
      label="Notification date (day zero, normally a Tuesday), dd/mm/yyyy"
      validationState={problem ? "error" : warning ? "warning" : "none"}
      validationMessage={message}
    >
      <Input
        className={narrow.root}
        input={{ className: narrow.input }}
        value={text}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        autoComplete="off"
        onChange={(_, data) => handleChange(data.value)}
        onBlur={handleBlur}
      />
    </Field>
  );
}
