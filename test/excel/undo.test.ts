import { listOf } from "../../src/domain/catalogue";
import { columnLetter } from "../../src/domain/grid";
import { createAddinActions, type LiveListener } from "../../src/excel/addin-actions";
import type { ExcelRun } from "../../src/excel/excel-run";
import type { Finding } from "../../src/domain/findings";
import { FixUndo, undoSteps, withUndo } from "../../src/excel/undo";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;

/** A listener that hears nothing but errors, which fail the test. */
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

/** `run`, calling `before` first: a stand-in for Excel.run with mergeUndoGroup. */
function logged(run: ExcelRun, before: () => void): ExcelRun {
  const forward = (...args: unknown[]) => {
    before();
    return (run as unknown as (...all: unknown[]) => Promise<unknown>)(...args);
  };
  return forward as unknown as ExcelRun;
}

/** Templates, two rows with "yes" where Y is meant, checked; the pane's actions with undo. */
async function fixableWorkbook(grouped?: ExcelRun) {
  const { sim, run } = simulatedExcel();
  const steps = undoSteps(run, grouped);
  const fixUndo = new FixUndo(steps.run);
  const actions = withUndo(
    createAddinActions(steps.run, () => REFERENCE, quiet, FORMS),
    steps,
    fixUndo,
  );
  await actions.createTemplates({ notificationSerial: REFERENCE });
  const rows = gridOf("childrenInNeed", [
    validRow("childrenInNeed", { childId: "A1", disability: "yes" }),
    validRow("childrenInNeed", { childId: "A2", disability: "yes" }),
  ]).slice(1);
  await sim.userEdit(CIN, "A2", rows);
  const report = await actions.check("all");
  const aliases = report.result.findings.filter((item) => item.code === "YN-ALIAS");
  expect(aliases.map((item) => item.row)).toEqual([1, 2]);
  return { sim, actions, fixUndo, aliases, cell: (row: number) => sim.sheet(CIN)!.cell(row, aliases[0].column)?.value };
}

describe("undo for the last fix command", () => {
  it("puts back the values a fix replaced", async () => {
    const { actions, fixUndo, aliases, cell } = await fixableWorkbook();
    expect(fixUndo.pending).toBe(0);
    await actions.applyFixes(aliases);
    expect([cell(1), cell(2)]).toEqual(["Y", "Y"]);
    expect(fixUndo.pending).toBe(2);
    await expect(fixUndo.undo()).resolves.toMatchObject({ restored: 2, kept: 0 });
    expect([cell(1), cell(2)]).toEqual(["yes", "yes"]);
    expect(fixUndo.pending).toBe(0);
  });

  it("never overwrites a cell edited since the fix", async () => {
    const { sim, actions, fixUndo, aliases, cell } = await fixableWorkbook();
    await actions.applyFixes(aliases);
    await sim.userEdit(CIN, `${columnLetter(aliases[0].column)}3`, [["N"]]);
    await expect(fixUndo.undo()).resolves.toMatchObject({ restored: 1, kept: 1 });
    expect([cell(1), cell(2)]).toEqual(["yes", "N"]);
  });

  it("remembers only cells the fix changed (a fix skipped because the cell changed is not undone)", async () => {
    const { sim, actions, fixUndo, aliases, cell } = await fixableWorkbook();
    await sim.userEdit(CIN, `${columnLetter(aliases[0].column)}2`, [["N"]]);
    const report = await actions.applyFixes(aliases);
    expect(report.skipped).toBe(1);
    expect(fixUndo.pending).toBe(1);
    await fixUndo.undo();
    expect([cell(1), cell(2)]).toEqual(["N", "yes"]);
  });

  it("runs a fix command as one grouped run where Excel offers mergeUndoGroup, and only then", async () => {
    const grouped: string[] = [];
    const { sim, run } = simulatedExcel();
    const steps = undoSteps(
      run,
      logged(run, () => grouped.push("grouped")),
    );
    await steps.run(async () => undefined);
    expect(grouped).toEqual([]);
    await steps.asOneStep(() => steps.run(async () => undefined));
    expect(grouped).toEqual(["grouped"]);
    expect(sim.sheets.length).toBe(1);
  });

  it("runs a command again ungrouped when Excel refuses to group it (UndoNotSupported)", async () => {
    const { run } = simulatedExcel();
    const refusing = logged(run, () => {
      throw Object.assign(new Error("This operation can't be grouped."), { code: "UndoNotSupported" });
    });
    const steps = undoSteps(run, refusing);
    let attempts = 0;
    await expect(steps.asOneStep(() => steps.run(async () => ++attempts))).resolves.toBe(1);
  });

  it("puts text back as text, where Excel would read it as a number, a date or a boolean if written bare", async () => {
    const { sim, run } = simulatedExcel();
    const sheet = sim.sheet("Sheet1")!;
    const texts = ["0123", "03/04/2019", "TRUE"];
    // Text as a person leaves it with the apostrophe prefix (the simulator stores the text itself).
    texts.forEach((text, column) => (sheet.cellForWrite(1, column).value = text));
    const fixUndo = new FixUndo(run);
    const findings: Finding[] = texts.map((_, column) => ({
      list: "childrenInNeed",
      sheet: "Sheet1",
      row: 1,
      column,
      heading: "",
      severity: "warning",
      code: "TEST",
      message: "",
      fix: { value: "fixed", display: "fixed" },
    }));
    await fixUndo.track(findings, async () => {
      await run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2:C2").values = [["fixed", "fixed", "fixed"]];
        await context.sync();
      });
      return { applied: 3, skipped: 0, rechecked: [] };
    });
    await expect(fixUndo.undo()).resolves.toMatchObject({ restored: 3, kept: 0 });
    expect(texts.map((_, column) => sheet.cell(1, column)?.value)).toEqual(texts);
  });
});
