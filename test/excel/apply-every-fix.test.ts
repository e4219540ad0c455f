// "Apply every certain fix" (issue 21, point 6): every finding's fix in one command, through the
// pane's applyFixes with undo, so one "Undo the last fixes" puts every cell back; and at the scale
// of a large authority's lists, in requests under Excel's limit, never one sync per cell.
import { listOf } from "../../src/domain/catalogue";
import { createAddinActions, type LiveListener } from "../../src/excel/addin-actions";
import { FIXES_PER_REQUEST } from "../../src/excel/fixes";
import { FixUndo, undoSteps, withUndo } from "../../src/excel/undo";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { PAYLOAD_LIMIT_BYTES } from "../../src/sim/sheet";
import { certainFixes } from "../../src/taskpane/state";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;

const quiet: LiveListener = {
  onRecheck: () => undefined,
  onChecked: () => undefined,
  onLiveSummary: () => undefined,
  onInspection: () => undefined,
  onSelectionCounts: () => undefined,
  onCellSelected: () => undefined,
  onError: (error) => {
    throw error;
  },
};

/** Templates and `count` rows, each with "yes" where Y is meant and "Male" where "a) Male" is; checked. */
async function workbookWithFixes(count: number) {
  const { sim, run } = simulatedExcel();
  const steps = undoSteps(run);
  const fixUndo = new FixUndo(steps.run);
  const actions = withUndo(
    createAddinActions(steps.run, () => REFERENCE, quiet, FORMS),
    steps,
    fixUndo,
  );
  await actions.createTemplates({ notificationSerial: REFERENCE });
  const rows = gridOf(
    "childrenInNeed",
    Array.from({ length: count }, (_, index) =>
      validRow("childrenInNeed", { childId: `C${index + 1}`, disability: "yes", gender: "Male" }),
    ),
  ).slice(1);
  await sim.userEdit(CIN, "A2", rows);
  const report = await actions.check("all");
  return {
    sim,
    actions,
    fixUndo,
    findings: report.result.findings,
    values: () => sim.sheet(CIN)!.values({ row: 0, column: 0, rowCount: count + 1, columnCount: 30 }),
  };
}

describe("Apply every certain fix", () => {
  it("fixes every fixable finding in one command, and one undo puts every cell back", async () => {
    const { actions, fixUndo, findings, values } = await workbookWithFixes(3);
    const fixes = certainFixes(findings);
    expect(new Set(fixes.map((item) => item.code))).toEqual(new Set(["YN-ALIAS", "CODE-ALIAS"]));
    const before = values();
    const report = await actions.applyFixes(fixes);
    expect(report).toMatchObject({ applied: fixes.length, skipped: 0 });
    const recheck = await actions.check("all");
    expect(certainFixes(recheck.result.findings)).toEqual([]);
    expect(fixUndo.pending).toBe(fixes.length);
    await expect(fixUndo.undo()).resolves.toMatchObject({ restored: fixes.length, kept: 0 });
    expect(values()).toEqual(before);
  });

  it("after an undo, the rows put back are checked again: their findings are listed and marked without a full check", async () => {
    const { actions, fixUndo, findings } = await workbookWithFixes(3);
    const fixes = certainFixes(findings);
    const fixed = await actions.applyFixes(fixes);
    expect(certainFixes(fixed.rechecked.flatMap((result) => result.findings))).toEqual([]);
    const undone = await fixUndo.undo();
    expect(undone.cells).toHaveLength(fixes.length);
    await actions.idle();
    // The undo's own writes are not a person's edits: re-checked only when asked.
    const rechecked = await actions.recheckRows(undone.cells);
    const back = rechecked.flatMap((result) => result.findings);
    expect(
      certainFixes(back)
        .map((item) => `${item.code} ${item.row},${item.column}`)
        .sort(),
    ).toEqual(fixes.map((item) => `${item.code} ${item.row},${item.column}`).sort());
  });

  // 5,000 fixes: more than one request's worth (FIXES_PER_REQUEST), as few as keep the test quick.
  it("at scale, writes and undoes in requests under Excel's limit, never a sync per cell", async () => {
    const { sim, actions, fixUndo, findings, values } = await workbookWithFixes(2_500);
    const fixes = certainFixes(findings);
    expect(fixes.length).toBe(5_000);
    expect(fixes.length).toBeGreaterThan(FIXES_PER_REQUEST);
    const before = values();
    sim.resetStats();
    const report = await actions.applyFixes(fixes);
    expect(report).toMatchObject({ applied: fixes.length, skipped: 0 });
    expect(sim.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // A few syncs per chunk and per list, where one per cell would be thousands.
    expect(sim.stats.syncs).toBeLessThan(100);
    await expect(fixUndo.undo()).resolves.toMatchObject({ restored: fixes.length, kept: 0 });
    expect(values()).toEqual(before);
  }, 600_000);
});
