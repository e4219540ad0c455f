// The demo: the real task pane beside a rendering of an in-memory workbook, so the add-in can be
// seen working with no Excel (npm run demo). Nothing here is sent anywhere.
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { todaySerial } from "../domain/dates";
import { createAddinActions, type LiveListener } from "../excel/addin-actions";
import { excelTools } from "../excel/excel-tools";
import { simulatedExcel } from "../sim/excel-sim";
import { App } from "../taskpane/App";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "360px 1fr", minHeight: "100vh" },
  pane: { borderRight: "1px solid #ddd", overflowY: "auto", maxHeight: "100vh" },
});

const excel = simulatedExcel();
const today = () => todaySerial();
// Undo and the self-test, on the in-memory workbook (no undo grouping: that needs Excel 1.20).
const platform = excelTools(excel.run, undefined, () => ({ host: "the in-memory workbook", platform: "this browser (src/sim)", version: "", apiSets: "" }), today);
const makeActions = (listener: LiveListener) => platform.wrap(createAddinActions(platform.run, today, listener));
const now = () => new Date();

function Demo() {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.pane}>
        <App now={now} makeActions={makeActions} tools={platform.tools} />
      </div>
      <WorkbookView sim={excel.sim} today={today()} />
    </div>
  );
}

(window as unknown as { annexADemo: typeof excel }).annexADemo = excel;

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <Demo />
  </FluentProvider>,
);
