// The import section's first step: find the sheets that might hold an export, choose one (and its
// list, unless it is recognised from the headings), and ask for a preview.
import { Button, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { ListSpec } from "../../domain/catalogue";
import { RECOGNISE } from "./useImportForm";

interface Props {
  busy: boolean;
  /** The sheets offered: undefined until the user first asks. */
  sheets: string[] | undefined;
  sheet: string;
  lists: readonly ListSpec[];
  list: string;
  onFind: () => void;
  onSheet: (sheet: string) => void;
  onList: (list: string) => void;
  onPreview: () => void;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  field: { minWidth: 0, maxWidth: "100%", flexGrow: 1, flexBasis: "10em" },
  control: { minWidth: 0, maxWidth: "100%", width: "100%" },
});

export function ImportPicker({ busy, sheets, sheet, lists, list, onFind, onSheet, onList, onPreview }: Props) {
  const styles = useStyles();
  if (sheets === undefined)
    return (
      <div>
        <Button disabled={busy} onClick={onFind}>
          Import an export…
        </Button>
      </div>
    );
  if (sheets.length === 0)
    return (
      <>
        <Caption1>
          Paste the export into a sheet of its own first; every sheet here is already an Annex A sheet.
        </Caption1>
        <div>
          <Button disabled={busy} onClick={onFind}>
            Look again
          </Button>
        </div>
      </>
    );
  return (
    <div className={styles.row}>
      <Field label="Sheet holding the export" className={styles.field}>
        <Select className={styles.control} value={sheet} onFocus={onFind} onChange={(_, data) => onSheet(data.value)}>
          {sheets.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </Select>
      </Field>
      <Field label="The list it holds" className={styles.field}>
        <Select className={styles.control} value={list} onChange={(_, data) => onList(data.value)}>
          <option value={RECOGNISE}>Recognise from the headings</option>
          {lists.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={busy || sheet === ""} onClick={onPreview}>
        Preview
      </Button>
    </div>
  );
}
