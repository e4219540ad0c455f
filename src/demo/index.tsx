// The demo: the real task pane beside a rendering of an in-memory workbook, so the add-in can be
// seen working with no Excel (npm run demo). Nothing here is sent anywhere.
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { todaySerial } from "../domain/dates";
import { createAddinActions, type LiveListener } from "../excel/addin-actions";
import type { AddinContext } from "../excel/excel-api";
import type { ExcelRun } from "../excel/excel-run";
import { excelTools } from "../excel/excel-tools";
import { simulatedExcel } from "../sim/excel-sim";
import { FORMS } from "../domain/form-choice";
import { App } from "../taskpane/App";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "360px 1fr", minHeight: "100vh" },
  pane: { borderRight: "1px solid #ddd", overflowY: "auto", maxHeight: "100vh" },
});

// A UK workbook: typed dates are read day first, as Excel set to English (UK) reads them.
const excel = simulatedExcel({ locale: "en-GB" });
const today = () => todaySerial();
/**
 * How long each sync spent inside the in-memory Excel. In Excel that work happens in Excel, not on
 * the pane's thread; the demo runs it on the pane's thread, so bench/pane.bench.ts reports it apart.
 */
const syncMs: number[] = [];
const timed = (context: AddinContext) => {
  const sync = context.sync.bind(context);
  context.sync = (async () => {
    const start = performance.now();
    await sync();
    syncMs.push(performance.now() - start);
  }) as typeof context.sync;
  return context;
};
const timedRun: ExcelRun = Object.assign(
  <T,>(
    first: AddinContext | ((context: AddinContext) => Promise<T>),
    second?: (context: AddinContext) => Promise<T>,
  ) => (typeof first === "function" ? excel.run((context) => first(timed(context))) : excel.run(first, second!)),
  { supports: excel.run.supports },
);
// Undo and the self-test, on the in-memory workbook (undo grouping needs Excel's ExcelApi 1.20).
const platform = excelTools(
  timedRun,
  undefined,
  () => ({ host: "the in-memory workbook", platform: "this browser (src/sim)", version: "", apiSets: "" }),
  today,
);
const makeActions = (listener: LiveListener) => platform.wrap(createAddinActions(platform.run, today, listener, FORMS));
const now = () => new Date();

/** `?pane-only`: the pane alone, as narrow as the window, for the layout tests. */
const PANE_ONLY = new URLSearchParams(window.location.search).has("pane-only");

function Demo() {
  const styles = useStyles();
  if (PANE_ONLY) return <App now={now} makeActions={makeActions} tools={platform.tools} />;
  return (
    <div className={styles.page}>
      <div className={styles.pane} tabIndex={0}>
        <App now={now} makeActions={makeActions} tools={platform.tools} />
      </div>
      <WorkbookView sim={excel.sim} today={today()} />
    </div>
  );
}

(window as unknown as { annexADemo: typeof excel & { syncMs: number[] } }).annexADemo = { ...excel, syncMs };

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <Demo />
  </FluentProvider>,
);
