import { Body1, Button, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { listSpec } from "../../domain/catalogue";
import type { ImportPreview, ImportRequest } from "../../excel/import";

interface Props {
  busy: boolean;
  listSheets: () => Promise<string[]>;
  preview: (request: ImportRequest) => Promise<ImportPreview>;
  apply: (request: ImportRequest) => Promise<{ sheet: string; rows: number }>;
  onDone: (text: string) => void;
  onError: (message: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const DO_NOT_IMPORT = "";

/** Import an export pasted into a sheet: choose the sheet, see how its columns map, choose the rest, import. */
export function ImportPanel({ busy, listSheets, preview, apply, onDone, onError }: Props) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[] | undefined>(undefined);
  const [sheet, setSheet] = useState("");
  const [choices, setChoices] = useState<Map<string, string>>(new Map());
  const [shown, setShown] = useState<ImportPreview | undefined>(undefined);

  const request = (nextChoices = choices): ImportRequest => ({ sheet, choices: nextChoices });
  const handleFind = () => listSheets().then((names) => {
    setSheets(names);
    setSheet(names[0] ?? "");
    setShown(undefined);
  }, (error: Error) => onError(error.message));
  const handlePreview = (nextChoices = choices) => preview(request(nextChoices)).then(setShown, (error: Error) => onError(error.message));
  const handleChoice = (heading: string, target: string) => {
    const next = new Map(choices);
    if (target === DO_NOT_IMPORT) next.delete(heading);
    else next.set(heading, target);
    setChoices(next);
    void handlePreview(next);
  };
  const handleImport = () =>
    apply(request()).then(
      (result) => {
        onDone(`Imported ${result.rows} rows into the new sheet ‘${result.sheet}’; ‘${sheet}’ is unchanged.`);
        setShown(undefined);
      },
      (error: Error) => onError(error.message),
    );

  return (
    <div className={styles.root}>
      {sheets === undefined ? (
        <div>
          <Button disabled={busy} onClick={() => void handleFind()}>
            Import an export…
          </Button>
        </div>
      ) : sheets.length === 0 ? (
        <Caption1>Paste the export into a sheet of its own first; every sheet here is already an Annex A sheet.</Caption1>
      ) : (
        <div className={styles.row}>
          <Field label="Sheet holding the export">
            <Select value={sheet} onChange={(_, data) => { setSheet(data.value); setChoices(new Map()); setShown(undefined); }}>
              {sheets.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || sheet === ""} onClick={() => void handlePreview()}>
            Preview
          </Button>
        </div>
      )}
      {shown && (
        <>
          <Body1>
            ‘{sheet}’ holds the {listSpec(shown.plan.list).title.toLowerCase()} list: {shown.rowCount} rows.
          </Body1>
          <ul className={styles.list} aria-label="How the columns map">
            {shown.plan.mappings.map((mapping) => (
              <li key={mapping.source}>
                <Caption1>
                  ‘{mapping.sourceHeading}’ → ‘{mapping.column.heading}’{mapping.how === "exact" ? "" : mapping.how === "variant" ? " (recognised)" : " (your choice)"}
                </Caption1>
              </li>
            ))}
          </ul>
          {shown.plan.unmapped.map((column) => (
            <Field key={column.source} label={`‘${column.heading}’ holds`}>
              <Select value={choices.get(column.heading) ?? DO_NOT_IMPORT} onChange={(_, data) => handleChoice(column.heading, data.value)}>
                <option value={DO_NOT_IMPORT}>Do not import</option>
                {shown.plan.missing.map((missing) => (
                  <option key={missing.key} value={missing.heading}>
                    {missing.heading}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {shown.plan.missing.length > 0 && <Caption1>Left blank: {shown.plan.missing.map((column) => `‘${column.heading}’`).join(", ")}.</Caption1>}
          <div>
            <Button appearance="primary" disabled={busy} onClick={() => void handleImport()}>
              Import into a new ‘{listSpec(shown.plan.list).sheetName}’ sheet
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
