import { Field } from "@fluentui/react-components";
import { DatePicker } from "@fluentui/react-datepicker-compat";
import { formatUkDate, readDate, serialFromYmd, ymdFromSerial } from "../../domain/dates";

interface Props {
  serial: number | undefined;
  warning?: string;
  onChange: (serial: number | undefined) => void;
}

/** Monday first, as UK calendars are. */
const MONDAY = 1;

const toDate = (serial: number) => {
  const { year, month, day } = ymdFromSerial(serial);
  return new Date(year, month - 1, day);
};
const toSerial = (date: Date) => serialFromYmd({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });

/** A date picker that shows and reads dates the UK way, dd/mm/yyyy. */
export function NotificationDate({ serial, warning, onChange }: Props) {
  return (
    <Field label="Notification date (day zero, normally a Tuesday)" validationState={warning ? "warning" : "none"} validationMessage={warning}>
      <DatePicker
        value={serial === undefined ? null : toDate(serial)}
        onSelectDate={(date) => onChange(date ? toSerial(date) : undefined)}
        formatDate={(date) => (date ? formatUkDate(toSerial(date)) : "")}
        parseDateFromString={(text) => {
          const reading = readDate(text, serial ?? 0);
          return reading.kind === "date" ? toDate(reading.serial) : null;
        }}
        allowTextInput
        firstDayOfWeek={MONDAY}
        placeholder="dd/mm/yyyy"
        aria-label="Notification date, dd/mm/yyyy"
      />
    </Field>
  );
}
