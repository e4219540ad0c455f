import { summariseCheck } from "../../src/domain/check-summary";
import type { ListResult } from "../../src/domain/engine";
import { groupFindings } from "../../src/domain/finding-groups";
import type { Finding } from "../../src/domain/findings";
import type { CheckReport } from "../../src/excel/check";
import {
  certainFixes,
  findingsAt,
  focusAfterFix,
  groupKey,
  initialPaneState,
  MARKS_BACK,
  paneReducer,
  reasonsAt,
} from "../../src/taskpane/state";
import { FORMS } from "../../src/domain/form-choice";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";

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

const report = (findings: Finding[]): CheckReport => {
  const result = { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings };
  const reference = { kind: "workbook", serial: 1 } as const;
  return {
    result,
    referenceSerial: 1,
    reference,
    summary: summariseCheck(result, reference, 1),
    marked: [],
    choice: { form: JTAI_NEGLECT_2017, reason: "named by the test" },
    forms: FORMS,
  };
};

const checked = paneReducer(initialPaneState, {
  type: "checked",
  report: report([finding(1, "A"), finding(2, "B"), finding(2, "C", "Contacts")]),
});

describe("the task pane's state", () => {
  it("holds a check's findings and ends the busy state", () => {
    const busy = paneReducer(initialPaneState, {
      type: "started",
      busy: { kind: "checking", scope: "all" },
      section: "check",
    });
    expect(busy.busy).toEqual({ kind: "checking", scope: "all" });
    expect(checked.findings).toHaveLength(3);
    expect(checked.busy).toEqual({ kind: "idle" });
    expect(checked.marksShown).toBe(true);
  });

  it("replaces only the re-checked rows' findings of that sheet", () => {
    const next = paneReducer(checked, {
      type: "rechecked",
      result: { list: "childrenInNeed", sheet: "Children in need", rows: [2], findings: [finding(2, "D")] },
    });
    expect(next.findings.map((item) => `${item.sheet}:${item.row}:${item.code}`).sort()).toEqual([
      "Children in need:1:A",
      "Children in need:2:D",
      "Contacts:2:C",
    ]);
  });

  it("reports fixes applied and skipped beside the check, in words", () => {
    const report = { applied: 1, skipped: 1, rechecked: [] };
    const next = paneReducer(checked, { type: "fixed", report });
    expect(next.messages.check).toEqual({
      intent: "warning",
      text: "1 fix applied; 1 skipped because the cell has changed since the check.",
    });
    // From the findings list, said without taking the focus: the list moves it to the next finding.
    expect(paneReducer(checked, { type: "fixed", report, leavesFocus: true }).messages.check?.leavesFocus).toBe(true);
  });

  it("Apply every certain fix takes every finding with a fix, and one fix command replaces them all", () => {
    const fixable = (row: number): Finding => ({ ...finding(row, "YN-ALIAS"), fix: { value: "Y", display: "Y" } });
    const before = paneReducer(initialPaneState, {
      type: "checked",
      report: report([fixable(1), finding(1, "A"), fixable(2), fixable(3)]),
    });
    const every = certainFixes(before.findings);
    expect(every.map((item) => item.row)).toEqual([1, 2, 3]);
    // The fixes' re-check of rows 1 to 3, as applyFixes reports it: one "fixed", every fix gone.
    const after = paneReducer(before, {
      type: "fixed",
      report: {
        applied: 3,
        skipped: 0,
        rechecked: [
          { list: "childrenInNeed", sheet: "Children in need", rows: [1, 2, 3], findings: [finding(1, "A")] },
        ],
      },
    });
    expect(certainFixes(after.findings)).toEqual([]);
    expect(after.findings.map((item) => item.code)).toEqual(["A"]);
    expect(after.messages.check?.text).toBe("3 fixes applied.");
  });

  it("after a fix, the focus goes to the next group listed, else the nearest before it", () => {
    const order = ["a", "b", "c", "d", "e"];
    expect(focusAfterFix(order, new Set(["b"]))).toEqual(["c", "d", "e", "a"]);
    expect(focusAfterFix(order, new Set(["b", "d"]))).toEqual(["c", "e", "a"]);
    expect(focusAfterFix(order, new Set(["e"]))).toEqual(["d", "c", "b", "a"]);
    expect(focusAfterFix(["a"], new Set(["a"]))).toEqual([]);
  });

  it("keys a group by what it says, not its cells, so it keeps its key as cells are fixed", () => {
    const keys = (findings: Finding[]) => groupFindings(findings).map(groupKey);
    expect(keys([finding(2, "B"), finding(3, "B")])).toEqual(keys([finding(7, "B")]));
    // The same rule on another sheet, or saying something else, is another group.
    expect(keys([finding(2, "B")])).not.toEqual(keys([finding(2, "B", "Contacts")]));
    expect(keys([finding(2, "B")])).not.toEqual(keys([{ ...finding(2, "B"), message: "n." }]));
    expect(new Set(keys([finding(2, "A"), finding(2, "B"), finding(2, "B", "Contacts")])).size).toBe(3);
  });

  it("shows an error beside the control that caused it, without losing the findings", () => {
    const next = paneReducer(checked, { type: "failed", section: "import", message: "Could not import: protected." });
    expect(next.messages.import).toEqual({ intent: "error", text: "Could not import: protected." });
    expect(next.messages.check).toBeUndefined();
    expect(next.findings).toHaveLength(3);
  });

  it("after Clear marks, an edit that brings marks back enables Clear marks again and drops the banner", () => {
    const cleared = paneReducer(checked, { type: "cleared" });
    expect(cleared.marksShown).toBe(false);
    expect(cleared.messages.check?.text).toMatch(/^Marks cleared/);
    const clean = paneReducer(cleared, {
      type: "rechecked",
      result: { list: "childrenInNeed", sheet: "Children in need", rows: [3], findings: [] },
    });
    expect(clean.messages.check?.text).toMatch(/^Marks cleared/);
    const back = paneReducer(cleared, {
      type: "rechecked",
      result: { list: "childrenInNeed", sheet: "Children in need", rows: [3], findings: [finding(3, "E")] },
    });
    expect(back.marksShown).toBe(true);
    expect(back.messages.check).toBeUndefined();
  });

  it("takes the full check's report sent after a heading edit", () => {
    const next = paneReducer(checked, { type: "checked", report: report([finding(5, "Z")]) });
    expect(next.findings.map((item) => item.code)).toEqual(["Z"]);
  });

  it("takes a live re-check's summary without counting it as a new check", () => {
    const empty = { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings: [] };
    const live = summariseCheck(empty, { kind: "invalid", serial: 1, text: "next week", cell: "notification" }, 1);
    const after = paneReducer(checked, { type: "summarised", summary: live, findings: [] });
    expect(after.summary).toBe(live);
    expect(after.checks).toBe(checked.checks);
    expect(checked.checks).toBe(1);
  });

  it("after Clear marks, lists every current finding again at the next edit, never the edited rows alone", () => {
    const now = [finding(1, "CODE-INVALID"), finding(2, "DATE-IMPOSSIBLE")];
    const result = { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings: now };
    const live = summariseCheck(result, { kind: "workbook", serial: 1 }, 1);
    const cleared = paneReducer(checked, { type: "cleared" });
    expect(cleared.findings).toEqual([]);
    const back = paneReducer(cleared, { type: "summarised", summary: live, findings: now });
    expect(back.findings).toEqual(now);
    expect(back.summary).toBe(live);
    expect(back.marksShown).toBe(true);
    expect(back.messages.check?.text).toBe(MARKS_BACK);
    // Once back, a later live summary no longer replaces the list (re-checks merge rows).
    const later = paneReducer(back, { type: "summarised", summary: live, findings: [] });
    expect(later.findings).toEqual(now);
  });

  it("finds the findings at a selected cell", () => {
    expect(
      findingsAt(checked.findings, { sheet: "children in need", row: 2, column: 0 }).map((item) => item.code),
    ).toEqual(["B"]);
    expect(findingsAt(checked.findings, undefined)).toEqual([]);
  });

  /** Children in need, its marks kept by a Check this list elsewhere, with one finding (K, row 4). */
  const keptChildrenInNeed = (): ListResult => ({
    list: "childrenInNeed",
    sheet: "Children in need",
    status: "checked",
    headerRow: 0,
    columnIndex: new Map(),
    rows: [],
    focus: [],
    findings: [finding(4, "K")],
  });

  it("keeps the findings behind marks that Check this list kept apart: not counted, but the reason at the cell", () => {
    const contacts: Finding = { ...finding(2, "C", "Contacts"), list: "contacts" };
    const kept = keptChildrenInNeed();
    const scoped = paneReducer(initialPaneState, { type: "checked", report: { ...report([contacts]), kept: [kept] } });
    expect(scoped.findings.map((item) => item.code)).toEqual(["C"]);
    expect(scoped.checkNotes.join(" ")).toMatch(
      /^The marks on ‘Children in need’ from an earlier check are kept, brought up to date and re-checked as you type/,
    );
    const at = (state: typeof scoped, row: number) =>
      reasonsAt(paneReducer(state, { type: "cellSelected", cell: { sheet: "Children in need", row, column: 0 } }));
    expect(at(scoped, 4).map((item) => item.code)).toEqual(["K"]);
    // An edit on the kept list: its findings change there, never in the reported list.
    const edited = paneReducer(scoped, {
      type: "rechecked",
      result: { list: "childrenInNeed", sheet: "Children in need", rows: [4, 5], findings: [finding(5, "L")] },
    });
    expect(edited.findings.map((item) => item.code)).toEqual(["C"]);
    expect(at(edited, 4)).toEqual([]);
    expect(at(edited, 5).map((item) => item.code)).toEqual(["L"]);
    // A check of every list reports them all again.
    expect(paneReducer(edited, { type: "checked", report: report([finding(5, "L")]) }).keptFindings).toEqual([]);
  });

  it("lets marks be cleared when only the kept lists show any (the list checked is clean)", () => {
    const kept = keptChildrenInNeed();
    const clean = paneReducer(initialPaneState, { type: "checked", report: { ...report([]), kept: [kept] } });
    expect(clean.marksShown).toBe(true);
    expect(paneReducer(initialPaneState, { type: "checked", report: report([]) }).marksShown).toBe(false);
  });
});
