// The task pane's one entry: wait for Office (or find there is none, as in a plain browser),
// then render once inside Fluent's provider.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App now={() => new Date()} />
    </FluentProvider>,
  );
}

// Outside an Office host office.js may be absent or never call back; the pane still renders.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => render());
} else {
  render();
}
