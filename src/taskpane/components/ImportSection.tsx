import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { listOf, type ListId, type ListSpec } from "../../domain/catalogue";
import { plural } from "../../domain/text";
import type { ImportPreview, ImportRequest } from "../../excel/import";
import type { Message } from "../state";
import { SectionMessage } from "./SectionMessage";

interface Props {
  busy: boolean;
  /** The lists an export may be laid out as: those of the form in use. */
  lists: readonly ListSpec[];
  message: Message | undefined;
  listSheets: () => Promise<string[]>;
  preview: (request: ImportRequest) => Promise<ImportPreview>;
  onImport: (request: ImportRequest) => Promise<Message | undefined>;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  field: { minWidth: 0, maxWidth: "100%", flexGrow: 1, flexBasis: "10em" },
  control: { minWidth: 0, maxWidth: "100%", width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const DO_NOT_IMPORT = "";
const RECOGNISE = "";

/** The export's columns the user chooses for, in the export's order: those not recognised, and those chosen. */
function choosable(preview: ImportPreview): { source: number; heading: string; chosen?: string }[] {
  return [
    ...preview.plan.unmapped,
    ...preview.plan.mappings
      .filter((mapping) => mapping.how === "chosen")
      .map((mapping) => ({ source: mapping.source, heading: mapping.sourceHeading, chosen: mapping.column.heading })),
  ].sort((a, b) => a.source - b.source);
}

/** Import an export pasted into a sheet: choose the sheet (and its list, if not recognised), see how its columns map, import. */
export function ImportSection({ busy, lists, message, listSheets, preview, onImport }: Props) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[] | undefined>(undefined);
  const [sheet, setSheet] = useState("");
  const [list, setList] = useState<ListId | typeof RECOGNISE>(RECOGNISE);
  const [choices, setChoices] = useState<Map<string, string>>(new Map());
  const [shown, setShown] = useState<ImportPreview | undefined>(undefined);
  const [problem, setProblem] = useState<Message | undefined>(undefined);

  const request = (
    next: Partial<{ sheet: string; list: string; choices: Map<string, string> }> = {},
  ): ImportRequest => {
    const chosenList = next.list ?? list;
    return {
      sheet: next.sheet ?? sheet,
      choices: next.choices ?? choices,
      ...(chosenList ? { list: chosenList as ListId } : {}),
    };
  };
  const fail = (error: Error) => setProblem({ intent: "error", text: error.message });
  /** The sheets as they are now: read when the picker opens, so a sheet pasted since is there. */
  const handleFind = () =>
    listSheets().then((names) => {
      setSheets(names);
      if (!names.includes(sheet)) setSheet(names[0] ?? "");
    }, fail);
  const handlePreview = (next: Partial<{ sheet: string; list: string; choices: Map<string, string> }> = {}) => {
    setProblem(undefined);
    return preview(request(next)).then(setShown, (error: Error) => {
      setShown(undefined);
      fail(error);
    });
  };
  const handleChoice = (heading: string, target: string) => {
    const next = new Map(choices);
    if (target === DO_NOT_IMPORT) next.delete(heading);
    else next.set(heading, target);
    setChoices(next);
    void handlePreview({ choices: next });
  };
  const handleImport = async (append: boolean) => {
    const done = await onImport({ ...request(), append });
    if (done) {
      setShown(undefined);
      void handleFind();
    }
  };

  return (
    <section className={styles.section} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading">
        Import from a case-management export
      </Subtitle2>
      {sheets === undefined ? (
        <div>
          <Button disabled={busy} onClick={() => void handleFind()}>
            Import an export…
          </Button>
        </div>
      ) : sheets.length === 0 ? (
        <>
          <Caption1>
            Paste the export into a sheet of its own first; every sheet here is already an Annex A sheet.
          </Caption1>
          <div>
            <Button disabled={busy} onClick={() => void handleFind()}>
              Look again
            </Button>
          </div>
        </>
      ) : (
        <div className={styles.row}>
          <Field label="Sheet holding the export" className={styles.field}>
            <Select
              className={styles.control}
              value={sheet}
              onFocus={() => void handleFind()}
              onChange={(_, data) => {
                setSheet(data.value);
                setChoices(new Map());
                setShown(undefined);
              }}
            >
              {sheets.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </Select>
          </Field>
          <Field label="The list it holds" className={styles.field}>
            <Select
              className={styles.control}
              value={list}
              onChange={(_, data) => {
                setList(data.value as ListId);
                setChoices(new Map());
                if (shown || problem) void handlePreview({ list: data.value, choices: new Map() });
              }}
            >
              <option value={RECOGNISE}>Recognise from the headings</option>
              {lists.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || sheet === ""} onClick={() => void handlePreview()}>
            Preview
          </Button>
        </div>
      )}
      <SectionMessage message={problem ?? message} />
      {shown && (
        <>
          <Body1>
            ‘{sheet}’ holds the {listOf(shown.plan.form, shown.plan.list).title.toLowerCase()} list:{" "}
            {plural(shown.rowCount, "row")}.
          </Body1>
          <ul className={styles.list} aria-label="How the columns map">
            {shown.plan.mappings
              .filter((mapping) => mapping.how !== "chosen")
              .map((mapping) => (
                <li key={mapping.source}>
                  <Caption1>
                    ‘{mapping.sourceHeading}’ → ‘{mapping.column.heading}’
                    {mapping.how === "exact" ? "" : " (recognised)"}
                  </Caption1>
                </li>
              ))}
          </ul>
          {shown.headingRow && (
            <MessageBar intent="info">
              <MessageBarBody>{shown.headingRow}</MessageBarBody>
            </MessageBar>
          )}
          {shown.notReady && (
            <MessageBar intent="warning">
              <MessageBarBody>{shown.notReady} Choose below the heading each column holds.</MessageBarBody>
            </MessageBar>
          )}
          {/* Every column not recognised gets a choice, kept open once made so it can be changed. */}
          {choosable(shown).map((column) => (
            <Field key={column.source} label={`‘${column.heading}’ holds`} className={styles.field}>
              <Select
                className={styles.control}
                value={column.chosen ?? DO_NOT_IMPORT}
                onChange={(_, data) => handleChoice(column.heading, data.value)}
              >
                <option value={DO_NOT_IMPORT}>Do not import</option>
                {[
                  ...(column.chosen ? [column.chosen] : []),
                  ...shown.plan.missing.map((missing) => missing.heading),
                ].map((heading) => (
                  <option key={heading} value={heading}>
                    {heading}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {shown.plan.missing.length > 0 && (
            <Caption1>Left blank: {shown.plan.missing.map((column) => `‘${column.heading}’`).join(", ")}.</Caption1>
          )}
          {shown.target.existingRows > 0 ? (
            <>
              <Body1>
                ‘{shown.target.sheet}’ already holds {plural(shown.target.existingRows, "row")}. Nothing there is
                changed: the imported rows can go after them.
              </Body1>
              <div className={styles.buttons}>
                <Button
                  appearance="primary"
                  disabled={busy || !!shown.notReady}
                  onClick={() => void handleImport(true)}
                >
                  Add after the rows there
                </Button>
              </div>
            </>
          ) : (
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={busy || !!shown.notReady} onClick={() => void handleImport(false)}>
                {shown.target.exists
                  ? `Import into the ‘${shown.target.sheet}’ list`
                  : `Import into a new ‘${shown.target.sheet}’ sheet`}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
