import { trackingSheetName } from "../../src/domain/annex-b";
import { listOf } from "../../src/domain/catalogue";
import {
  NO_LONGER_IN_LISTS,
  SELECTION_COLUMNS,
  SELECTION_HEADER_ROW,
  SELECTION_SHEET,
  toCheckSummary,
  yesCountFormula,
} from "../../src/domain/selection";
import { buildSelection, createTrackingSheets } from "../../src/excel/selection";
import { createTemplates } from "../../src/excel/write-template";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
const today = () => REFERENCE;
const at = (key: string) => SELECTION_COLUMNS.findIndex((column) => column.key === key);
const letter = (key: string) => String.fromCharCode(65 + at(key));

async function workbook() {
  const excel = simulatedExcel();
  await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
  const rows = gridOf("childrenInNeed", [
    validRow("childrenInNeed", { childId: "C1", neglect: "Y" }),
    validRow("childrenInNeed", { childId: "C2", neglect: "N" }),
    validRow("childrenInNeed", { childId: "C3", neglect: "Y" }),
  ]).slice(1);
  await excel.sim.userEdit(CIN, "A2:O4", rows);
  return excel;
}

const selectionIds = (grid: unknown[][]) =>
  grid
    .slice(SELECTION_HEADER_ROW)
    .map((row) => row[0])
    .filter(Boolean);

describe("the Selection sheet in Excel", () => {
  it("merges the lists, in-focus children first, and keeps choices and notes across refreshes", async () => {
    const { sim, run } = await workbook();
    const first = await buildSelection(run, FORMS, undefined, today);
    expect(first.counts.tracking).toEqual({ count: 0, state: "under" });
    expect(selectionIds(sheetGrid(sim, SELECTION_SHEET))).toEqual(["C1", "C3", "C2"]);
    expect(sim.sheet(SELECTION_SHEET)!.cell(1, 1)?.formula).toBe(`=${yesCountFormula("R7:R1009")}`);

    // The inspector selects C1 for tracking and joint evaluation, and notes C2.
    await sim.userEdit(SELECTION_SHEET, `${letter("selected")}7:${letter("jointEvaluation")}7`, [["Y", "Y"]]);
    await sim.userEdit(SELECTION_SHEET, `${letter("notes")}9`, [["Ask about school"]]);
    // The lists change: C2 leaves.
    await sim.userEdit(CIN, "A3:O3", [Array(15).fill("")]);

    expect(sim.sheet(SELECTION_SHEET)!.cell(1, 1)?.value).toBe(1);
    expect(sim.sheet(SELECTION_SHEET)!.cell(2, 1)?.value).toBe(1);
    expect(sim.sheet(SELECTION_SHEET)!.cell(1, 2)?.value).toBe("under");

    for (let refresh = 0; refresh < 2; refresh++) {
      const report = await buildSelection(run, FORMS, undefined, today);
      expect(report.counts.tracking).toEqual({ count: 1, state: "under" });
      const grid = sheetGrid(sim, SELECTION_SHEET);
      expect(selectionIds(grid)).toEqual(["C1", "C3", "C2"]);
      const c1 = grid[SELECTION_HEADER_ROW];
      expect([c1[at("selected")], c1[at("jointEvaluation")]]).toEqual(["Y", "Y"]);
      const c2 = grid[SELECTION_HEADER_ROW + 2];
      expect([c2[at("notes")], c2[at("inLists")]]).toEqual(["Ask about school", NO_LONGER_IN_LISTS]);
    }
    expect(sim.sheet(listOf(JTAI_NEGLECT_2017, "selectedChildren").sheetName)!.cell(1, 0)?.value).toBe("C1");
  });

  it("keeps the choices on a Selection sheet written before the To check column, and writes the new layout", async () => {
    const { sim, run } = await workbook();
    // The layout before: no To check column (the notes one column nearer), the warnings joined in A4.
    const old = SELECTION_COLUMNS.filter((column) => column.key !== "toCheck");
    sim.addSheet(SELECTION_SHEET);
    const right = String.fromCharCode(64 + old.length);
    await sim.userEdit(SELECTION_SHEET, "A4", [["To check: C2 is selected, but the child is outside the focus."]]);
    await sim.userEdit(SELECTION_SHEET, `A6:${right}7`, [
      old.map((column) => column.heading),
      old.map((column) => ({ childId: "C2", selected: "Y", notes: "Ask about school" })[column.key as string] ?? ""),
    ]);
    const report = await buildSelection(run, FORMS, undefined, today);
    expect(report.counts.tracking.count).toBe(1);
    const grid = sheetGrid(sim, SELECTION_SHEET);
    expect(grid[SELECTION_HEADER_ROW - 1].slice(0, SELECTION_COLUMNS.length)).toEqual(
      SELECTION_COLUMNS.map((column) => column.heading),
    );
    const c2 = grid.find((row) => row[0] === "C2")!;
    expect([c2[at("selected")], c2[at("notes")]]).toEqual(["Y", "Ask about school"]);
    expect(c2[at("toCheck")]).toMatch(/^Selected, but the child is outside the focus/);
    expect(grid[3][0]).toBe(toCheckSummary(1));
  });

  it("creates one Annex B sheet per child for joint evaluation, once, never overwriting one written in", async () => {
    const { sim, run } = await workbook();
    await buildSelection(run, FORMS, undefined, today);
    await sim.userEdit(SELECTION_SHEET, `${letter("selected")}7:${letter("jointEvaluation")}7`, [["Y", "Y"]]);
    const first = await createTrackingSheets(run);
    const name = trackingSheetName("C1");
    expect(first).toEqual({ created: [name], kept: [] });
    expect(sim.sheet(name)!.cell(4, 1)?.value).toBe("C1");
    expect(sim.sheet(name)!.cell(12, 1)?.value).toBe("01, 03, 04, 23, 25, 27, 33, 34");

    await sim.userEdit(name, "C13", [["Referral was timely: same-day strategy discussion."]]);
    const second = await createTrackingSheets(run);
    expect(second).toEqual({ created: [], kept: [name] });
    expect(sim.sheet(name)!.cell(12, 2)?.value).toBe("Referral was timely: same-day strategy discussion.");
  });

  it("reports rows read and checked, and on a cancel stops before writing anything", async () => {
    const { sim, run } = await workbook();
    const facts = listOf(JTAI_NEGLECT_2017, "selectedChildren").sheetName;
    const factsBefore = sheetGrid(sim, facts);
    const checked: [number, number][] = [];
    const read: [number, number][] = [];
    const controller = new AbortController();
    const cancelled = buildSelection(run, FORMS, undefined, today, {
      signal: controller.signal,
      onProgress: (done, total) => read.push([done, total]),
      onChecking: (done, total) => {
        checked.push([done, total]);
        controller.abort(); // as the user clicks Cancel while the rows are checked
      },
    });
    await expect(cancelled).rejects.toMatchObject({
      name: "CancelledError",
      message: "Building the selection was cancelled before anything was written.",
    });
    expect(sim.sheet(SELECTION_SHEET)).toBeUndefined();
    expect(sheetGrid(sim, facts)).toEqual(factsBefore);
    expect(read.at(-1)?.[0]).toBe(read.at(-1)?.[1]);
    expect(checked[0]?.[0]).toBe(0);
    expect(checked[0]?.[1]).toBeGreaterThanOrEqual(4); // the list's heading and three rows, at least

    // Not cancelled: every row read is checked, and the sheet is written.
    const done: [number, number][] = [];
    const report = await buildSelection(run, FORMS, undefined, today, {
      onChecking: (rows, total) => done.push([rows, total]),
    });
    expect(done.at(-1)?.[0]).toBe(done.at(-1)?.[1]);
    expect(report.rows.map((row) => row.child.childId)).toEqual(["C1", "C3", "C2"]);
  });
});
