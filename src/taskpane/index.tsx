// The task pane's one entry: wait for Office (or find there is none, as in a plain browser),
// then render once inside Fluent's provider, with Excel's actions when Excel is the host.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { todaySerial } from "../domain/dates";
import { createAddinActions } from "../excel/addin-actions";
import { officeExcelRun, type ExcelRun } from "../excel/excel-run";
import { App } from "./App";
import { OutsideExcel } from "./OutsideExcel";

function render(run?: ExcelRun): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {run ? <App now={() => new Date()} makeActions={(listener) => createAddinActions(run, () => todaySerial(), listener)} /> : <OutsideExcel now={() => new Date()} />}
    </FluentProvider>,
  );
}

// Outside an Office host office.js may be absent or never call back; the pane still renders.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel ? officeExcelRun() : undefined));
} else {
  render();
}
