import type { Finding } from "../../src/domain/findings";
import type { CheckReport } from "../../src/excel/check";
import { initialPaneState, paneReducer } from "../../src/taskpane/state";

const finding = (row: number, code: string, sheet = "Children in need"): Finding => ({
  list: "childrenInNeed",
  sheet,
  row,
  column: 0,
  heading: "Child unique ID",
  severity: "error",
  code,
  message: "m.",
});

const checked = paneReducer(initialPaneState, {
  type: "checked",
  report: { result: { lists: [], skipped: [], findings: [finding(1, "A"), finding(2, "B"), finding(2, "C", "Contacts")] }, referenceSerial: 1, marked: [] } as CheckReport,
});

describe("the task pane's state", () => {
  it("holds a check's findings and ends the busy state", () => {
    const busy = paneReducer(initialPaneState, { type: "started", label: "Checking…" });
    expect(busy.busy).toBe("Checking…");
    expect(checked.findings).toHaveLength(3);
    expect(checked.busy).toBeUndefined();
  });

  it("replaces only the re-checked rows' findings of that sheet", () => {
    const next = paneReducer(checked, { type: "rechecked", result: { list: "childrenInNeed", sheet: "Children in need", rows: [2], findings: [finding(2, "D")] } });
    expect(next.findings.map((item) => `${item.sheet}:${item.row}:${item.code}`).sort()).toEqual(["Children in need:1:A", "Children in need:2:D", "Contacts:2:C"]);
  });

  it("reports fixes applied and skipped", () => {
    const next = paneReducer(checked, { type: "fixed", report: { applied: 2, skipped: 1, rechecked: [] } });
    expect(next.notice).toBe("2 fixes applied; 1 skipped because the cell has changed since the check.");
  });

  it("shows an error without losing the findings", () => {
    const next = paneReducer(checked, { type: "failed", message: "Could not check the lists: protected." });
    expect(next.error).toMatch(/protected/);
    expect(next.findings).toHaveLength(3);
  });
});
