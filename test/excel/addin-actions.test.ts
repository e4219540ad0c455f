import { listSpec } from "../../src/domain/catalogue";
import { createAddinActions } from "../../src/excel/addin-actions";
import type { RecheckResult } from "../../src/excel/recheck";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { simulatedExcel } from "../../src/sim/excel-sim";

describe("the actions the task pane is given", () => {
  it("create, check, watch, fix, go to a cell and clear, end to end on the in-memory workbook", async () => {
    const { sim, run } = simulatedExcel();
    const rechecks: RecheckResult[] = [];
    const actions = createAddinActions(run, () => REFERENCE, { onRecheck: (result) => rechecks.push(result), onError: (error) => { throw error; } });
    const CIN = listSpec("childrenInNeed").sheetName;

    const created = await actions.createTemplates({ notificationSerial: REFERENCE });
    expect(created.created).toContain(CIN);
    await sim.userEdit(CIN, "A2:O2", [gridOf("childrenInNeed", [validRow("childrenInNeed", { disability: "yes" })])[1]]);

    const report = await actions.check("all");
    const alias = report.result.findings.find((item) => item.code === "YN-ALIAS")!;
    expect(alias).toBeDefined();

    await actions.selectFinding(alias);
    expect(sim.selection).toEqual({ sheet: CIN, address: "G2" });

    await sim.userEdit(CIN, "B3", [["Martian"]]);
    expect(rechecks.at(-1)!.findings.map((item) => item.code)).toContain("CODE-INVALID");

    const fixed = await actions.applyFixes([alias]);
    expect(fixed.applied).toBe(1);
    expect(sim.sheet(CIN)!.cell(1, 6)?.value).toBe("Y");

    sim.activeSheet = sim.sheet("Contacts");
    const active = await actions.check("active");
    expect(active.marked).toEqual([{ list: "contacts", sheet: "Contacts" }]);

    await actions.clearMarks();
  });
});

describe("live re-checking after many checks", () => {
  it("re-checks an edit once, however many checks ran before (one registration per list)", async () => {
    const { sim, run } = simulatedExcel();
    const rechecks: RecheckResult[] = [];
    const actions = createAddinActions(run, () => REFERENCE, { onRecheck: (result) => rechecks.push(result), onError: (error) => { throw error; } });
    const CIN = listSpec("childrenInNeed").sheetName;
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
    const actions = createAddinActions(run, () => REFERENCE, { onRecheck: () => undefined, onError: (error) => { throw error; } });
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await Promise.all([actions.check("all"), actions.check("all"), actions.check("all")]);
    await sim.settled();
    expect(sim.sheet(listSpec("childrenInNeed").sheetName)!.handlers).toHaveLength(1);
  });
});

describe("an edit made while a check reads", () => {
  it("is re-checked once the check is done, so the live findings hold it", async () => {
    const { sim, run } = simulatedExcel();
    const rechecks: RecheckResult[] = [];
    const actions = createAddinActions(run, () => REFERENCE, { onRecheck: (result) => rechecks.push(result), onError: (error) => { throw error; } });
    const CIN = listSpec("childrenInNeed").sheetName;
    await actions.createTemplates({ notificationSerial: REFERENCE });
    await sim.userEdit(CIN, "A2:O3", gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "C1" }), validRow("childrenInNeed", { childId: "C2" })]).slice(1));
    let edited: Promise<void> | undefined;
    // Once every row has been read, the user types into one: the check itself cannot see it.
    const report = await actions.check("all", { onProgress: (read, total) => void (read === total && total > 0 && (edited ??= sim.userEdit(CIN, "B3", [["Martian"]]))) });
    expect(edited).toBeDefined();
    expect(report.result.findings.some((item) => item.code === "CODE-INVALID")).toBe(false);
    await edited;
    for (let attempt = 0; attempt < 50 && !rechecks.some((result) => result.findings.some((item) => item.code === "CODE-INVALID")); attempt++) await sim.settled();
    expect(rechecks.flatMap((result) => result.findings).map((item) => `${item.code}@${item.row},${item.column}`)).toContain("CODE-INVALID@2,1");
  });
});
