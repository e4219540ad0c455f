// "Undo the last fixes" and "Test this Excel": the platform's two tools in the pane. Excel is
// reached only through the tools handed in (src/excel/excel-tools.ts).
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { plural } from "../../domain/text";
import type { ExcelTools as Tools } from "../../excel/excel-tools";
import type { SelfTestReport } from "../../excel/self-test";
import { UNTITLED } from "./SectionMessage";

interface Props {
  tools: Tools;
  /** Another command is running: these wait. */
  busy: boolean;
  /** After an undo: the rows put back are checked again, so the pane lists their findings. */
  onRestored(cells: readonly { readonly sheet: string; readonly row: number }[]): Promise<void>;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function ExcelTools({ tools, busy, onRestored }: Props) {
  const styles = useStyles();
  const [pending, setPending] = useState(tools.undo.pending);
  const [working, setWorking] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [report, setReport] = useState<SelfTestReport | undefined>();
  useEffect(() => tools.undo.subscribe(() => setPending(tools.undo.pending)), [tools]);

  async function perform(label: string, work: () => Promise<void>) {
    setWorking(label);
    setError(undefined);
    setNotice(undefined);
    try {
      await work();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setWorking(undefined);
    }
  }

  const handleUndo = () =>
    perform("Undoing the last fixes…", async () => {
      const result = await tools.undo.undo();
      await onRestored(result.cells);
      setNotice(
        `Put back ${plural(result.restored, "cell")} as ${result.restored === 1 ? "it was" : "they were"} before the fixes` +
          (result.kept
            ? `; ${plural(result.kept, "cell")} changed since ${result.kept === 1 ? "was" : "were"} left as ${result.kept === 1 ? "it is" : "they are"}.`
            : "."),
      );
    });
  const handleSelfTest = () => perform("Testing this Excel…", async () => setReport(await tools.runSelfTest()));
  const disabled = busy || working !== undefined;
  const failures = report?.items.filter((item) => !item.passed).length ?? 0;

  return (
    <section className={styles.section} aria-labelledby="tools-heading">
      <Subtitle2 as="h2" id="tools-heading">
        Undo and self-test
      </Subtitle2>
      <div className={styles.buttons}>
        <Button disabled={disabled || pending === 0} onClick={handleUndo}>
          Undo the last fixes
        </Button>
        <Button disabled={disabled} onClick={handleSelfTest}>
          Test this Excel
        </Button>
      </div>
      <Caption1>
        Undo puts back only cells that still hold the fix. The test tries every Excel feature the add-in relies on in
        scratch sheets it then removes (removing a sheet clears Excel&apos;s own undo list).
      </Caption1>
      {working && <Spinner size="tiny" label={working} />}
      {error && (
        <MessageBar intent="error" {...UNTITLED}>
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && <Body1 role="status">{notice}</Body1>}
      {report && (
        <div className={styles.section} aria-label="Self-test results">
          <Body1 role="status">
            {failures === 0 ? "Every check passed" : `${plural(failures, "check")} failed`} in{" "}
            {[report.host.host, report.host.version].filter(Boolean).join(" ")} on {report.host.platform}
            {report.host.apiSets ? ` (${report.host.apiSets})` : ""}.
          </Body1>
          <ul className={styles.list}>
            {report.items.map((item) => (
              <li key={item.name}>
                <span className={item.passed ? styles.passed : styles.failed}>{item.passed ? "Pass" : "Fail"}</span>{" "}
                {item.name}. <Caption1>{item.detail}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
