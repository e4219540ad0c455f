import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";

export interface FindingsFilterValue {
  severity: "all" | "error" | "warning";
  childId: string;
}

interface Props {
  value: FindingsFilterValue;
  onChange: (value: FindingsFilterValue) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  field: { minWidth: 0, flexGrow: 1, flexBasis: "8em", maxWidth: "100%" },
  control: { minWidth: 0, maxWidth: "100%", width: "100%" },
});

export function FindingsFilter({ value, onChange }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label="Show" className={styles.field}>
        <Select
          className={styles.control}
          value={value.severity}
          onChange={(_, data) => onChange({ ...value, severity: data.value as FindingsFilterValue["severity"] })}
        >
          <option value="all">Errors and warnings</option>
          <option value="error">Errors only</option>
          <option value="warning">Warnings only</option>
        </Select>
      </Field>
      <Field label="Child unique ID" className={styles.field}>
        <Input
          className={styles.control}
          input={{ className: styles.control }}
          value={value.childId}
          placeholder="Any child"
          onChange={(_, data) => onChange({ ...value, childId: data.value })}
        />
      </Field>
    </div>
  );
}
