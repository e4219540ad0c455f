import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";

interface Props {
  busy: boolean;
  /** Every form the add-in knows, the default first. */
  forms: readonly { readonly id: string; readonly name: string }[];
  /** The form chosen, or undefined to read each workbook as its headings show. */
  chosen: string | undefined;
  onChoose: (id: string | undefined) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { minWidth: 0, maxWidth: "100%" },
  // A form's full name is long: the drop-down keeps to the pane's width and the text is cut there.
  control: { minWidth: 0, maxWidth: "100%", width: "100%" },
  select: { minWidth: 0, maxWidth: "100%", width: "100%", textOverflow: "ellipsis" },
});

const RECOGNISE = "";

/** Which Annex A form the check, the templates and imports follow: recognised, unless the user says. */
export function FormChoice({ busy, forms, chosen, onChoose }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label="Annex A form">
      <Field
        className={styles.field}
        label="Annex A form"
        hint="A workbook is read as the form its sheets and headings show. Choose one to check it as that form."
      >
        <Select
          className={styles.control}
          select={{ className: styles.select }}
          disabled={busy}
          value={chosen ?? RECOGNISE}
          onChange={(_, data) => onChoose(data.value === RECOGNISE ? undefined : data.value)}
        >
          <option value={RECOGNISE}>Recognise from the headings</option>
          {forms.map((form) => (
            <option key={form.id} value={form.id}>
              {form.name}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
