import { listOf } from "../../src/domain/catalogue";
import { marksSheetName } from "../../src/excel/sheet-names";
import { createAddinActions } from "../../src/excel/addin-actions";
import type { RecheckResult } from "../../src/excel/recheck";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import { userSelectsCell } from "../../src/sim/selected-cell-events";
import type { CheckReport } from "../../src/excel/check";
import type { LiveListener } from "../../src/excel/addin-actions";
import type { SelectionCounts } from "../../src/domain/selection";
import { SELECTION_COLUMNS, SELECTION_HEADER_ROW, SELECTION_SHEET, toCheckSummary } from "../../src/domain/selection";
import type { CheckSummary } from "../../src/domain/check-summary";
import { columnLetter } from "../../src/domain/grid";
import { FINDINGS_HEADINGS, FINDINGS_SHEET } from "../../src/domain/findings";
import { FINDINGS_CLEARED, FINDINGS_HEADER_ROW } from "../../src/domain/findings-plan";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

/** A listener that records what the add-in tells the pane. */
function recorder() {
  const heard = {
    rechecks: [] as RecheckResult[],
    checks: [] as CheckReport[],
    counts: [] as SelectionCounts[],
    cells: [] as { sheet: string; row: number; column: number }[],
    summaries: [] as CheckSummary[],
  };
  const listener: LiveListener = {
    onRecheck: (result) => heard.rechecks.push(result),
    onChecked: (report) => heard.checks.push(report),
    onLiveSummary: (summary) => heard.summaries.push(summary),
    onInspection: () => undefined,
    onSelectionCounts: (counts) => heard.counts.push(counts),
    onCellSelected: (cell) => heard.cells.push(cell),
    onError: (error) => {
      throw error;
    },
  };
  return { heard, listener };
}

describe("the actions the task pane is given", () => {
  it("create, check, watch, fix, go to a cell and clear, end to end on the in-memory workbook", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const rechecks = heard.rechecks;
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;

    const created = await actions.createTemplates({ notificationSerial: REFERENCE });
    expect(created.created).toContain(CIN);
    await sim.userEdit(CIN, "A2:O2", [
      gridOf("childrenInNeed", [validRow("childrenInNeed", { disability: "yes" })])[1],
    ]);

    const report = await actions.check("all");
    const alias = report.result.findings.find((item) => item.code === "YN-ALIAS")!;
    expect(alias).toBeDefined();

    await actions.goToFinding(alias);
    expect(sim.selectedCell).toEqual({ sheet: CIN, address: "G2" });

    await sim.userEdit(CIN, "B3", [["Martian"]]);
    expect(rechecks.at(-1)!.findings.map((item) => item.code)).toContain("CODE-INVALID");

    const fixed = await actions.applyFixes([alias]);
    expect(fixed.applied).toBe(1);
    expect(sim.sheet(CIN)!.cell(1, 6)?.value).toBe("Y");

    sim.activeSheet = sim.sheet("Contacts");
    const active = await actions.check("active");
    // The children in need list still shows the marks of "Check all": kept, not reported.
    expect(active.marked).toEqual([
      { list: "contacts", sheet: "Contacts" },
      { list: "childrenInNeed", sheet: CIN },
    ]);
    expect(active.summary.lists.map((list) => list.list)).toEqual(["contacts"]);

    await actions.clearMarks();
  });

  it("checks this list alone: reports, marks and lists the findings of that list only", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await sim.userEdit(CIN, "A2:O2", [
      gridOf("childrenInNeed", [validRow("childrenInNeed", { disability: "yes" })])[1],
    ]);
    await sim.userEdit("Contacts", "A2:B2", [["C1", "Martian"]]);
    sim.activeSheet = sim.sheet("Contacts");
    const report = await actions.check("active");
    expect(new Set(report.result.findings.map((item) => item.sheet))).toEqual(new Set(["Contacts"]));
    expect(report.summary.lists.map((list) => list.list)).toEqual(["contacts"]);
    const findingRows = sheetGrid(sim, FINDINGS_SHEET).slice(FINDINGS_HEADER_ROW);
    expect(findingRows.length).toBeGreaterThan(0);
    expect(findingRows.every((row) => row[FINDINGS_HEADINGS.indexOf("Sheet")] === "Contacts")).toBe(true);
  });

  it("checks this list, keeping other lists' earlier marks live: up to date, re-checked and explained at the cell", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    const CIN_MARKS = marksSheetName("childrenInNeed");
    await sim.userEdit(CIN, "A2:O3", [
      gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "K1" })])[1],
      gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "K2", gender: "Martian" })])[1],
    ]);
    const gender = listOf(JTAI_NEGLECT_2017, "childrenInNeed").columns.findIndex((column) => column.key === "gender");
    await actions.check("all");
    expect(sim.sheet(CIN_MARKS)!.cell(2, gender)?.value).toBe(2);

    // A row typed into Contacts, then "Check this list" there.
    await sim.userEdit("Contacts", "A2:B2", [["C1", "Nope"]]);
    sim.activeSheet = sim.sheet("Contacts");
    const report = await actions.check("active");
    expect(report.summary.lists.map((list) => list.list)).toEqual(["contacts"]);
    expect(new Set(report.result.findings.map((item) => item.sheet))).toEqual(new Set(["Contacts"]));
    // The kept list's findings come with the report, for the reason at a marked cell.
    expect(report.kept?.map((list) => list.list)).toEqual(["childrenInNeed"]);
    expect(report.kept![0].findings.some((item) => item.row === 2 && item.column === gender)).toBe(true);
    expect(sim.sheet(CIN_MARKS)!.cell(2, gender)?.value).toBe(2);

    // Selecting the kept mark is heard; correcting it clears the mark and reaches the pane.
    await userSelectsCell(sim, CIN, `${columnLetter(gender)}3`);
    expect(heard.cells.at(-1)).toEqual({ sheet: CIN, row: 2, column: gender });
    heard.rechecks.length = 0;
    await sim.userEdit(CIN, `${columnLetter(gender)}3`, [["b) Female"]]);
    await actions.idle();
    expect(sim.sheet(CIN_MARKS)!.cell(2, gender)?.value ?? "").toBe("");
    expect(heard.rechecks.some((result) => result.list === "childrenInNeed" && result.rows.includes(2))).toBe(true);
    // A new mistake on the kept list is marked live too.
    await sim.userEdit(CIN, `${columnLetter(gender)}2`, [["Martian"]]);
    await actions.idle();
    expect(sim.sheet(CIN_MARKS)!.cell(1, gender)?.value).toBe(2);
    // The pane's live summary still reports the list checked alone, as the check did.
    expect(heard.summaries.at(-1)?.lists.map((list) => list.list)).toEqual(["contacts"]);
  });

  it("checks this list without marking lists that show no marks (never checked, or cleared)", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await sim.userEdit(CIN, "A2:O2", [
      gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "K2", gender: "Martian" })])[1],
    ]);
    await actions.check("all");
    sim.activeSheet = sim.sheet("Contacts");
    await sim.userEdit("Contacts", "A2:B2", [["C1", "Nope"]]);
    await actions.idle();
    await actions.clearMarks();
    const report = await actions.check("active");
    expect(report.marked.map((entry) => entry.list)).toEqual(["contacts"]);
    expect(report.kept).toEqual([]);
    expect(
      sheetGrid(sim, marksSheetName("childrenInNeed"))
        .flat()
        .filter((cell) => cell === 1 || cell === 2),
    ).toEqual([]);
    // An edit on an unmarked list is not marked, and its re-check does not reach the pane.
    heard.rechecks.length = 0;
    await sim.userEdit(CIN, "A3", [["K3"]]);
    await actions.idle();
    expect(heard.rechecks.filter((result) => result.list === "childrenInNeed")).toEqual([]);
    expect(
      sheetGrid(sim, marksSheetName("childrenInNeed"))
        .flat()
        .filter((cell) => cell === 1 || cell === 2),
    ).toEqual([]);
  });

  it("keeps the findings sheet as the pane has it: after an edit, a fix and Clear marks", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const summaries: number[] = [];
    const actions = createAddinActions(
      run,
      () => REFERENCE,
      { ...listener, onLiveSummary: (_summary, findings) => void summaries.push(findings.length) },
      FORMS,
    );
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await sim.userEdit(
      CIN,
      "A2:O3",
      gridOf("childrenInNeed", [
        validRow("childrenInNeed", { childId: "K1", gender: "Martian" }),
        validRow("childrenInNeed", { childId: "K2" }),
      ]).slice(1),
    );
    await actions.check("all");
    const listed = () =>
      sheetGrid(sim, FINDINGS_SHEET)
        .slice(FINDINGS_HEADER_ROW)
        .filter((row) => row.some((cell) => cell !== "" && cell !== null && cell !== undefined));
    // A row per group: the findings listed are the sum of the groups' counts.
    const count = FINDINGS_HEADINGS.indexOf("Cells");
    const findingsListed = () => listed().reduce((sum, row) => sum + Number(row[count]), 0);
    const before = findingsListed();
    expect(before).toBeGreaterThan(0);
    // An edit adds a finding: the sheet lists it, as the pane does (in the group of its like).
    await sim.userEdit(CIN, "B3", [["Martian"]]);
    await actions.idle();
    expect(findingsListed()).toBe(before + 1);
    expect(listed().find((row) => row[count] === 2)?.[FINDINGS_HEADINGS.indexOf("Which cells")]).toBe("B2, B3");
    expect(summaries.at(-1)).toBe(before + 1);
    // Clear marks: the sheet says so, and lists nothing.
    await actions.clearMarks();
    expect(listed()).toEqual([]);
    expect(sheetGrid(sim, FINDINGS_SHEET)[0][3]).toBe(FINDINGS_CLEARED);
    // The next edit brings back every finding's mark and listing, not the edited row's alone.
    await sim.userEdit(CIN, "A2", [["K1"]]);
    await actions.idle();
    expect(findingsListed()).toBe(before + 1);
    expect(summaries.at(-1)).toBe(before + 1);
    expect(
      sheetGrid(sim, marksSheetName("childrenInNeed"))
        .flat()
        .filter((cell) => cell === 2).length,
    ).toBeGreaterThanOrEqual(2);
    expect(heard.checks).toEqual([]);
  });

  it("on a sheet that is no list, says so and changes nothing", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await actions.check("all");
    const findings = JSON.stringify(sheetGrid(sim, "Annex A findings"));
    sim.activeSheet = sim.sheet("Inspection");
    await expect(actions.check("active")).rejects.toThrow(
      /^‘Inspection’ is not a list that can be checked: .* Nothing was checked or changed\./,
    );
    expect(JSON.stringify(sheetGrid(sim, "Annex A findings"))).toBe(findings);
  });

  it("never reports a clean check of empty lists, and says when the notification date is blank", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit("Inspection", "B4", [[""]]);
    const report = await actions.check("all");
    expect(report.summary.checkedAnything).toBe(false);
    expect(report.summary.headline).toMatch(/^Nothing was checked/);
    expect(report.summary.referenceProblem).toMatch(/^The notification date on the Inspection sheet is blank/);
    expect(await actions.readInspection()).toMatchObject({
      hasTemplates: true,
      notificationProblem: { kind: "blank" },
    });
  });

  it("sends the full check's report to the pane after a heading edit", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    // Excel delivers the events of the templates' own writes before the check watches.
    await sim.settled();
    await actions.check("all");
    await sim.userEdit("Contacts", "A1", [["Person"]]);
    // The check the heading edit started, however long it takes.
    await actions.idle();
    expect(heard.checks).toHaveLength(1);
    // Without its ID heading the sheet is no longer read as a list: the pane hears so at once.
    expect(heard.checks[0].result.skipped.find((item) => item.sheet === "Contacts")?.reason).toMatch(
      /no ‘Child unique ID’ column/,
    );
    expect(heard.checks[0].summary.lists.some((list) => list.list === "contacts")).toBe(false);
  });

  it("tells the pane which cell the user selected in a list (onSelectionChanged)", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await actions.check("all");
    await userSelectsCell(sim, "Contacts", "D5");
    expect(heard.cells).toEqual([{ sheet: "Contacts", row: 4, column: 3 }]);
  });

  it("updates the selection counts as the inspector types, Y spelled any accepted way, and keeps the text as typed", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await sim.userEdit(
      CIN,
      "A2:O3",
      gridOf("childrenInNeed", [
        validRow("childrenInNeed", { childId: "K1" }),
        validRow("childrenInNeed", { childId: "K2" }),
      ]).slice(1),
    );
    await actions.buildSelection();
    const selected = columnLetter(SELECTION_COLUMNS.findIndex((column) => column.key === "selected"));
    await sim.userEdit(
      SELECTION_SHEET,
      `${selected}${SELECTION_HEADER_ROW + 1}:${selected}${SELECTION_HEADER_ROW + 2}`,
      [["y"], ["Yes "]],
    );
    expect(heard.counts.at(-1)!.tracking.count).toBe(2);
    // A refresh keeps the inspector's text; the selected children go to the facts sheet but stay
    // members only through the lists of children.
    const again = await actions.buildSelection();
    expect(again.rows.map((row) => row.choice.selectedText)).toEqual(["y", "Yes "]);
    expect(
      sheetGrid(sim, SELECTION_SHEET)[SELECTION_HEADER_ROW].slice(
        SELECTION_COLUMNS.findIndex((column) => column.key === "selected"),
      )[0],
    ).toBe("y");
    expect(again.rows.every((row) => row.inLists)).toBe(true);
  });

  it("gives one warning per chosen child, on the child's own row and in the pane alike, as the inspector types", async () => {
    const { sim, run } = simulatedExcel();
    const { heard, listener } = recorder();
    const actions = createAddinActions(run, () => REFERENCE, listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit(
      listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName,
      "A2:O4",
      gridOf("childrenInNeed", [
        validRow("childrenInNeed", { childId: "K1", neglect: "N", primaryNeed: "N4 Family in acute stress" }),
        validRow("childrenInNeed", { childId: "K2" }),
        validRow("childrenInNeed", { childId: "K3" }),
      ]).slice(1),
    );
    await sim.userEdit(listOf(JTAI_NEGLECT_2017, "multiAgency").sheetName, "A2:B3", [
      ["K2", "Child in need"],
      ["K3", "Child in need"],
    ]);
    await actions.buildSelection();
    const column = (key: string) => SELECTION_COLUMNS.findIndex((candidate) => candidate.key === key);
    const rowOf = (id: string) => sheetGrid(sim, SELECTION_SHEET).findIndex((row) => row[0] === id);
    const choose = (id: string, key: string, typed: string) =>
      sim.userEdit(SELECTION_SHEET, `${columnLetter(column(key))}${rowOf(id) + 1}`, [[typed]]);
    /** The To check cells of the chosen children, as the sheet's formulas now read them. */
    const onSheet = () =>
      sheetGrid(sim, SELECTION_SHEET)
        .slice(SELECTION_HEADER_ROW)
        .filter((row) => row[column("toCheck")])
        .map((row) => ({ childId: row[0], text: row[column("toCheck")] }));

    await choose("K1", "selected", "y");
    await choose("K2", "selected", "Yes ");
    await choose("K3", "jointEvaluation", "Y");
    const pane = heard.counts.at(-1)!.warnings;
    expect(pane.map((warning) => warning.childId).sort()).toEqual(["K1", "K3"]);
    expect(pane.find((warning) => warning.childId === "K1")!.text).toMatch(/outside the focus.*multi-agency/);
    expect(onSheet()).toEqual(pane);
    expect(sim.sheet(SELECTION_SHEET)!.cell(3, 0)?.value).toBe(toCheckSummary(2));

    // The inspector learns of a second agency for K1 (guidance para 18) and corrects its cell: the
    // warning loses that reason on the sheet and in the pane alike.
    await choose("K1", "multiAgency", "Y");
    expect(heard.counts.at(-1)!.warnings.find((warning) => warning.childId === "K1")!.text).not.toMatch(/multi-agency/);
    expect(onSheet()).toEqual(heard.counts.at(-1)!.warnings);

    // K3 is then selected too, and K1 unselected: each warning follows, on the sheet and in the pane.
    await choose("K3", "selected", "Y");
    await choose("K1", "selected", "");
    expect(heard.counts.at(-1)!.warnings).toEqual([]);
    expect(onSheet()).toEqual([]);
    expect(sim.sheet(SELECTION_SHEET)!.cell(3, 0)?.value).toBe(toCheckSummary(0));

    // A warning in the pane goes to the child's row, as a finding goes to its cell.
    await choose("K1", "jointEvaluation", "y");
    await actions.goToSelectionChild("K1");
    expect(sim.selectedCell).toEqual({
      sheet: SELECTION_SHEET,
      address: `${columnLetter(column("toCheck"))}${rowOf("K1") + 1}`,
    });
    await expect(actions.goToSelectionChild("K9")).rejects.toThrow(/K9 is not on the Selection sheet/);
  });

  it("a child who has left the lists is no longer in them after a refresh, though on the facts sheet", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await sim.userEdit(
      CIN,
      "A2:O2",
      gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "K1" })]).slice(1),
    );
    await actions.buildSelection();
    const selected = columnLetter(SELECTION_COLUMNS.findIndex((column) => column.key === "selected"));
    await sim.userEdit(SELECTION_SHEET, `${selected}${SELECTION_HEADER_ROW + 1}`, [["Y"]]);
    const first = await actions.buildSelection();
    expect(first.facts).toEqual({ added: ["K1"], removed: [], keptNotSelected: [] });
    await sim.userEdit(CIN, "A2", [["K9"]]);
    const after = await actions.buildSelection();
    expect(after.rows.find((row) => row.child.childId === "K1")).toMatchObject({ inLists: false });
    // Blank facts are awaited, not errors.
    const check = await actions.check("all");
    expect(
      check.result.findings.filter((item) => item.list === "selectedChildren" && item.code === "REQUIRED-BLANK"),
    ).toEqual([]);
    expect(after.counts.factsAwaited).toEqual([]);
  });
});

describe("the 20 children's facts sheet follows the Selection sheet", () => {
  it("drops a child no longer chosen, keeps one with facts typed and says so, and adds the new one", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    const FACTS = listOf(JTAI_NEGLECT_2017, "selectedChildren").sheetName;
    await sim.userEdit(
      CIN,
      "A2:O4",
      gridOf(
        "childrenInNeed",
        ["K1", "K2", "K3"].map((childId) => validRow("childrenInNeed", { childId })),
      ).slice(1),
    );
    await actions.buildSelection();
    const column = (key: string) => columnLetter(SELECTION_COLUMNS.findIndex((entry) => entry.key === key));
    const rowOf = (id: string) =>
      sheetGrid(sim, SELECTION_SHEET).findIndex((row) => row[column("childId").charCodeAt(0) - 65] === id) + 1;
    const choose = async (id: string, choice: "Y" | "") =>
      sim.userEdit(SELECTION_SHEET, `${column("selected")}${rowOf(id)}`, [[choice]]);
    await choose("K1", "Y");
    await choose("K2", "Y");
    const first = await actions.buildSelection();
    expect(first.facts).toEqual({ added: ["K1", "K2"], removed: [], keptNotSelected: [] });
    const idsOnFacts = () =>
      sheetGrid(sim, FACTS)
        .slice(1)
        .map((row) => row[0])
        .filter((id) => id !== "" && id !== null && id !== undefined);
    expect(idsOnFacts()).toEqual(["K1", "K2"]);
    // The council answers for K1; then the inspector changes their mind about both.
    await sim.userEdit(FACTS, "B2", [["Y"]]);
    await choose("K1", "");
    await choose("K2", "");
    await choose("K3", "Y");
    const second = await actions.buildSelection();
    expect(second.facts).toEqual({ added: ["K3"], removed: ["K2"], keptNotSelected: ["K1"] });
    expect(idsOnFacts()).toEqual(["K1", "K3"]);
    expect(sheetGrid(sim, FACTS)[1][1]).toBe("Y");
    const check = await actions.check("all");
    expect(
      check.result.findings
        .filter((item) => item.code === "FACTS-NOT-SELECTED")
        .map((item) => [item.row, item.message.slice(0, 46)]),
    ).toEqual([[1, "Child K1 is no longer selected for tracking on"]]);
  });
});

describe("a list sheet made anew", () => {
  it("gets the marks' formats at the next check", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit("Contacts", "A2:B2", [["C1", "Martian"]]);
    await actions.check("all");
    const readsMarks = (name: string) =>
      sim.sheet(name)!.conditionalFormats.filter((format) => format.formula.includes("AnnexA_Marks_contacts")).length;
    expect(readsMarks("Contacts")).toBe(2);
    sim.deleteSheet("Contacts");
    await actions.createTemplates({ notificationSerial: REFERENCE });
    expect(readsMarks("Contacts")).toBe(0);
    await sim.userEdit("Contacts", "A2:B2", [["C1", "Martian"]]);
    await actions.check("all");
    expect(readsMarks("Contacts")).toBe(2);
    // Checking again adds nothing more, and clearing marks keeps the note of whose formats they are.
    await actions.clearMarks();
    await actions.check("all");
    expect(readsMarks("Contacts")).toBe(2);
  });
});

describe("a list whose headings were deleted", () => {
  it("keeps no old mark showing after the next full check", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit("Contacts", "A2:B2", [["C1", "Martian"]]);
    await actions.check("all");
    const marks = () =>
      sheetGrid(sim, "AnnexA_Marks_contacts")
        .flat()
        .filter((value) => value === 1 || value === 2).length;
    expect(marks()).toBeGreaterThan(0);
    await sim.userEdit("Contacts", "A1:H1", [["", "", "", "", "", "", "", ""]]);
    // The check the heading edit started runs first.
    await actions.idle();
    const report = await actions.check("all");
    expect(report.summary.lists.some((list) => list.list === "contacts" && list.state === "checked")).toBe(false);
    expect(marks()).toBe(0);
  });
});

describe("the Inspection sheet", () => {
  it("tells the pane when the notification date is edited, so the deadlines follow it", async () => {
    const { sim, run } = simulatedExcel();
    const heard: unknown[] = [];
    const actions = createAddinActions(
      run,
      () => REFERENCE,
      {
        ...recorder().listener,
        onInspection: (facts) => heard.push(facts),
      },
      FORMS,
    );
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await actions.readInspection();
    await sim.userEdit("Inspection", "B4", [[REFERENCE + 7]]);
    expect(heard.at(-1)).toMatchObject({ hasTemplates: true, notificationSerial: REFERENCE + 7 });
    await sim.userEdit("Inspection", "B4", [["next week"]]);
    expect(heard.at(-1)).toMatchObject({ notificationProblem: { kind: "invalid", text: "next week" } });
  });
});

describe("live re-checking after many checks", () => {
  it("re-checks an edit once, however many checks ran before (one registration per list)", async () => {
    const { sim, run } = simulatedExcel();
    const rechecks: RecheckResult[] = [];
    const actions = createAddinActions(
      run,
      () => REFERENCE,
      {
        ...recorder().listener,
        onRecheck: (result) => rechecks.push(result),
      },
      FORMS,
    );
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit(CIN, "A2:O2", [gridOf("childrenInNeed", [validRow("childrenInNeed")])[1]]);
    for (let check = 0; check < 3; check++) await actions.check("all");
    expect(sim.sheet(CIN)!.handlers).toHaveLength(1);
    rechecks.length = 0;
    await sim.userEdit(CIN, "B2", [["Martian"]]);
    expect(rechecks.filter((result) => result.sheet === CIN)).toHaveLength(1);
  });
});

describe("two checks at once", () => {
  it("leave one registration per list", async () => {
    const { sim, run } = simulatedExcel();
    const actions = createAddinActions(run, () => REFERENCE, recorder().listener, FORMS);
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await Promise.all([actions.check("all"), actions.check("all"), actions.check("all")]);
    await sim.settled();
    expect(sim.sheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!.handlers).toHaveLength(1);
  });
});

describe("an edit made while a check reads", () => {
  it("is re-checked once the check is done, so the live findings hold it", async () => {
    const { sim, run } = simulatedExcel();
    const rechecks: RecheckResult[] = [];
    const actions = createAddinActions(
      run,
      () => REFERENCE,
      {
        ...recorder().listener,
        onRecheck: (result) => rechecks.push(result),
      },
      FORMS,
    );
    const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit(
      CIN,
      "A2:O3",
      gridOf("childrenInNeed", [
        validRow("childrenInNeed", { childId: "C1" }),
        validRow("childrenInNeed", { childId: "C2" }),
      ]).slice(1),
    );
    let edited: Promise<void> | undefined;
    // Once every row has been read, the user types into one: the check itself cannot see it.
    const report = await actions.check("all", {
      onProgress: (read, total) =>
        void (read === total && total > 0 && (edited ??= sim.userEdit(CIN, "B3", [["Martian"]]))),
    });
    expect(edited).toBeDefined();
    expect(report.result.findings.some((item) => item.code === "CODE-INVALID")).toBe(false);
    await edited;
    for (
      let attempt = 0;
      attempt < 50 && !rechecks.some((result) => result.findings.some((item) => item.code === "CODE-INVALID"));
      attempt++
    )
      await sim.settled();
    expect(
      rechecks.flatMap((result) => result.findings).map((item) => `${item.code}@${item.row},${item.column}`),
    ).toContain("CODE-INVALID@2,1");
  });
});
