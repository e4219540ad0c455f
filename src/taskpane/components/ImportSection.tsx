// Import an export pasted into a sheet: choose the sheet (and its list, if not recognised), see how
// its columns map, import. The state is useImportForm's; the steps are ImportPicker and ImportPreview.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ListSpec } from "../../domain/catalogue";
import type { Message } from "../state";
import { ImportPicker } from "./ImportPicker";
import { ImportPreview } from "./ImportPreview";
import { SectionMessage } from "./SectionMessage";
import { useImportForm, type ImportCalls } from "./useImportForm";

interface Props extends ImportCalls {
  busy: boolean;
  /** The lists an export may be laid out as: those of the form in use. */
  lists: readonly ListSpec[];
  message: Message | undefined;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function ImportSection({ busy, lists, message, ...calls }: Props) {
  const styles = useStyles();
  const form = useImportForm(calls);
  return (
    <section className={styles.section} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading">
        Import from a case-management export
      </Subtitle2>
      <ImportPicker
        busy={busy}
        sheets={form.sheets}
        sheet={form.sheet}
        lists={lists}
        list={form.list}
        onFind={() => void form.handleFind()}
        onSheet={form.handleSheet}
        onList={form.handleList}
        onPreview={() => void form.handlePreview()}
      />
      <SectionMessage message={form.problem ?? message} />
      {form.shown && (
        <ImportPreview
          busy={busy}
          sheet={form.sheet}
          preview={form.shown}
          onChoice={form.handleChoice}
          onImport={(append) => void form.handleImport(append)}
        />
      )}
    </section>
  );
}
