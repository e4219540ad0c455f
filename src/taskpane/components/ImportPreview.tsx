// The import section's preview: which list the export holds, how its columns map, a choice for each
// column not recognised, and the button that imports it.
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import { listOf } from "../../domain/catalogue";
import { plural } from "../../domain/text";
import type { ImportPreview as Preview } from "../../excel/import";
import { DO_NOT_IMPORT } from "./useImportForm";
import { UNTITLED } from "./SectionMessage";

interface Props {
  busy: boolean;
  /** The sheet holding the export. */
  sheet: string;
  preview: Preview;
  onChoice: (heading: string, target: string) => void;
  onImport: (append: boolean) => void;
}

const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: "100%", flexGrow: 1, flexBasis: "10em" },
  control: { minWidth: 0, maxWidth: "100%", width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The export's columns the user chooses for, in the export's order: those not recognised, and those chosen. */
function choosable(preview: Preview): { source: number; heading: string; chosen?: string }[] {
  return [
    ...preview.plan.unmapped,
    ...preview.plan.mappings
      .filter((mapping) => mapping.how === "chosen")
      .map((mapping) => ({ source: mapping.source, heading: mapping.sourceHeading, chosen: mapping.column.heading })),
  ].sort((a, b) => a.source - b.source);
}

export function ImportPreview({ busy, sheet, preview, onChoice, onImport }: Props) {
  const styles = useStyles();
  return (
    <>
      <Body1>
        ‘{sheet}’ holds the {listOf(preview.plan.form, preview.plan.list).title.toLowerCase()} list:{" "}
        {plural(preview.rowCount, "row")}.
      </Body1>
      <ul className={styles.list} aria-label="How the columns map">
        {preview.plan.mappings
          .filter((mapping) => mapping.how !== "chosen")
          .map((mapping) => (
            <li key={mapping.source}>
              <Caption1>
                ‘{mapping.sourceHeading}’ → ‘{mapping.column.heading}’{mapping.how === "exact" ? "" : " (recognised)"}
              </Caption1>
            </li>
          ))}
      </ul>
      {preview.headingRow && (
        <MessageBar intent="info" {...UNTITLED}>
          <MessageBarBody>{preview.headingRow}</MessageBarBody>
        </MessageBar>
      )}
      {preview.notReady && (
        <MessageBar intent="warning" {...UNTITLED}>
          <MessageBarBody>{preview.notReady} Choose below the heading each column holds.</MessageBarBody>
        </MessageBar>
      )}
      {/* Every column not recognised gets a choice, kept open once made so it can be changed. */}
      {choosable(preview).map((column) => (
        <Field key={column.source} label={`‘${column.heading}’ holds`} className={styles.field}>
          <Select
            className={styles.control}
            value={column.chosen ?? DO_NOT_IMPORT}
            onChange={(_, data) => onChoice(column.heading, data.value)}
          >
            <option value={DO_NOT_IMPORT}>Do not import</option>
            {[...(column.chosen ? [column.chosen] : []), ...preview.plan.missing.map((missing) => missing.heading)].map(
              (heading) => (
                <option key={heading} value={heading}>
                  {heading}
                </option>
              ),
            )}
          </Select>
        </Field>
      ))}
      {preview.plan.missing.length > 0 && (
        <Caption1>Left blank: {preview.plan.missing.map((column) => `‘${column.heading}’`).join(", ")}.</Caption1>
      )}
      <ImportButton busy={busy} preview={preview} onImport={onImport} />
    </>
  );
}

/** Import into the list's sheet, new or empty; or, when it holds rows already, after them. */
function ImportButton({ busy, preview, onImport }: Pick<Props, "busy" | "preview" | "onImport">) {
  const styles = useStyles();
  const { target } = preview;
  if (target.existingRows > 0)
    return (
      <>
        <Body1>
          ‘{target.sheet}’ already holds {plural(target.existingRows, "row")}. Nothing there is changed: the imported
          rows can go after them.
        </Body1>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy || !!preview.notReady} onClick={() => onImport(true)}>
            Add after the rows there
          </Button>
        </div>
      </>
    );
  return (
    <div className={styles.buttons}>
      <Button appearance="primary" disabled={busy || !!preview.notReady} onClick={() => onImport(false)}>
        {target.exists ? `Import into the ‘${target.sheet}’ list` : `Import into a new ‘${target.sheet}’ sheet`}
      </Button>
    </div>
  );
}
