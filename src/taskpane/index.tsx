// The task pane's one entry: wait for Office (or find there is none, as in a plain browser),
// then render once inside Fluent's provider, with Excel's actions when Excel is the host.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { todaySerial } from "../domain/dates";
import { createAddinActions } from "../excel/addin-actions";
import { officeExcelRun, type ExcelRun } from "../excel/excel-run";
import { excelTools } from "../excel/excel-tools";
import { officeFiles } from "../excel/prepare-to-send";
import { officeHostInfo } from "../excel/self-test";
import { officeUndoGroupRun } from "../excel/undo";
import { FORMS } from "../domain/form-choice";
import { App } from "./App";
import { OutsideExcel } from "./OutsideExcel";

function render(run?: ExcelRun): void {
  const container = document.getElementById("container");
  if (!container) return;
  // Undo and the self-test (src/excel/excel-tools.ts); one undo step per command from ExcelApi 1.20.
  const platform = run ? excelTools(run, officeUndoGroupRun, officeHostInfo, () => todaySerial()) : undefined;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {platform ? (
        <App
          now={() => new Date()}
          makeActions={(listener) =>
            platform.wrap(createAddinActions(platform.run, () => todaySerial(), listener, FORMS, officeFiles()))
          }
          tools={platform.tools}
        />
      ) : (
        <OutsideExcel now={() => new Date()} />
      )}
    </FluentProvider>,
  );
}

// Outside an Office host office.js may be absent or never call back; the pane still renders.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel ? officeExcelRun() : undefined));
} else {
  render();
}
