import { listOf } from "../../src/domain/catalogue";
import type { CheckSummary } from "../../src/domain/check-summary";
import { checkWorkbook } from "../../src/excel/check";
import { applyFixes } from "../../src/excel/fixes";
import { fixesOfKind } from "../support/fixes";
import { bufferChanges, watchLists } from "../../src/excel/live";
import { MARK } from "../../src/excel/marks";
import { OwnWrites } from "../../src/excel/own-writes";
import type { RecheckResult, WatchedList } from "../../src/excel/recheck";
import { marksSheetName } from "../../src/excel/sheet-names";
import { createTemplates } from "../../src/excel/write-template";
import { gridOf, REFERENCE, serial, validRow } from "../support/grids";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
const today = () => REFERENCE;
const rowsOf = (...overrides: Record<string, unknown>[]) =>
  gridOf(
    "childrenInNeed",
    overrides.map((o) => validRow("childrenInNeed", o as never)),
  ).slice(1);

/** `again`: a check ran before the watched one, so both see the add-in's own sheets the first wrote. */
async function watchedWorkbook({ again = false } = {}) {
  const excel = simulatedExcel();
  await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
  await excel.sim.userEdit(CIN, "A2:O3", rowsOf({ childId: "C1", disability: "yes" }, { childId: "C2" }));
  if (again) await checkWorkbook(excel.run, { today, forms: FORMS });
  const report = await checkWorkbook(excel.run, { today, forms: FORMS });
  const watched: WatchedList[] = report.result.lists.map((list) => ({
    form: report.result.form,
    forms: FORMS,
    list: list.list,
    sheet: list.sheet!,
    headerRow: list.headerRow,
  }));
  const rechecks: RecheckResult[] = [];
  const summaries: CheckSummary[] = [];
  const headingChanges: string[] = [];
  const ownWrites = new OwnWrites();
  const watch = await watchLists(excel.run, report, {
    today,
    ownWrites,
    onRecheck: (result) => rechecks.push(result),
    onSummary: (summary) => summaries.push(summary),
    onHeadingsChanged: (list) => headingChanges.push(list.sheet),
    onError: (error) => {
      throw error;
    },
  });
  await excel.sim.settled();
  return { ...excel, watched, rechecks, summaries, headingChanges, ownWrites, watch, report };
}

describe("live re-checking", () => {
  it("re-checks a pasted block (no details) and marks its bad dates, codes and IDs", async () => {
    const { sim, rechecks } = await watchedWorkbook();
    sim.resetStats();
    await sim.userEdit(
      CIN,
      "A10:O12",
      rowsOf(
        { childId: "1234.0" },
        { childId: "C11", dateOfBirth: "31/02/2016", age: null },
        { childId: "C12", gender: "Martian" },
      ),
    );
    expect(rechecks).toHaveLength(1);
    // Rows 4 to 9 are now blank rows inside the list, as a full check says too.
    expect(rechecks[0].rows).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(
      rechecks[0].findings.filter((item) => item.row >= 9).map((item) => `${item.code}@${item.row},${item.column}`),
    ).toEqual(["ID-FORMAT@9,0", "DATE-IMPOSSIBLE@10,3", "CODE-INVALID@11,1"]);
    expect(new Set(rechecks[0].findings.filter((item) => item.row < 9).map((item) => item.code))).toEqual(
      new Set(["ROW-BLANK"]),
    );
    const marks = sim.sheet(marksSheetName("childrenInNeed"))!;
    expect(marks.cell(9, 0)?.value).toBe(MARK.warning);
    expect(marks.cell(10, 3)?.value).toBe(MARK.error);
    expect(marks.cell(11, 1)?.value).toBe(MARK.error);
    expect(marks.cell(1, 6)?.value).toBe(MARK.warning); // an earlier mark, untouched
    expect(sim.stats.syncs).toBeLessThanOrEqual(6);
  });

  it("touches only the changed rows", async () => {
    const { sim, rechecks } = await watchedWorkbook();
    await sim.userEdit(CIN, "G2", [["N"]]);
    expect(rechecks.at(-1)!.rows).toEqual([1]);
    expect(rechecks.at(-1)!.findings).toEqual([]);
    expect(sim.sheet(marksSheetName("childrenInNeed"))!.cell(1, 6)?.value).toBe("");
  });

  it("hands a change to the headings to a full check", async () => {
    const { sim, rechecks, headingChanges } = await watchedWorkbook();
    await sim.userEdit(CIN, "F1", [["Age"]]);
    expect(headingChanges).toEqual([CIN]);
    expect(rechecks).toEqual([]);
  });

  it("stops when asked", async () => {
    const { sim, rechecks, watch } = await watchedWorkbook();
    await watch.stop();
    await sim.userEdit(CIN, "G2", [["N"]]);
    expect(rechecks).toEqual([]);
  });
});

describe("suggested fixes", () => {
  it("writes the fix only into its cell, updates the marks and ignores the echo of its own write", async () => {
    const { sim, run, watched, rechecks, ownWrites, report, watch } = await watchedWorkbook();
    const before = sim.sheet(CIN)!.cell(2, 6)?.value;
    const fix = report.result.findings.filter((item) => item.code === "YN-ALIAS");
    const result = await applyFixes(run, watched, fix, { today, ownWrites });
    // The echo of the fix's own write is delivered and heard (or not) before anything is read.
    await sim.settled();
    await watch.idle();
    expect(result).toMatchObject({ applied: 1, skipped: 0 });
    expect(sim.sheet(CIN)!.cell(1, 6)?.value).toBe("Y");
    expect(sim.sheet(CIN)!.cell(2, 6)?.value).toBe(before);
    expect(sim.sheet(marksSheetName("childrenInNeed"))!.cell(1, 6)?.value).toBe("");
    expect(rechecks).toEqual([]);
  });

  it("refuses to fix a protected sheet and leaves it as it was", async () => {
    const { sim, run, watched, ownWrites, report } = await watchedWorkbook();
    sim.sheet(CIN)!.protected = true;
    await expect(
      applyFixes(
        run,
        watched,
        report.result.findings.filter((item) => item.fix),
        { today, ownWrites },
      ),
    ).rejects.toThrow(/is protected/);
    expect(sim.sheet(CIN)!.cell(1, 6)?.value).toBe("yes");
  });

  it("skips a fix whose cell has changed since the check", async () => {
    const { sim, run, watched, ownWrites, report } = await watchedWorkbook();
    await sim.userEdit(CIN, "G2", [["maybe"]]);
    const result = await applyFixes(
      run,
      watched,
      report.result.findings.filter((item) => item.fix),
      { today, ownWrites },
    );
    expect(result).toMatchObject({ applied: 0, skipped: 1 });
    expect(sim.sheet(CIN)!.cell(1, 6)?.value).toBe("maybe");
  });

  it("applies every fix of one kind, dates as dates", async () => {
    const { sim, run, watched, ownWrites } = await watchedWorkbook();
    await sim.userEdit(CIN, "H2:H3", [["05/01/26"], ["06/01/26"]]);
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const twoDigit = fixesOfKind(report.result.findings, "DATE-TWO-DIGIT-YEAR");
    expect(twoDigit).toHaveLength(2);
    const result = await applyFixes(run, watched, twoDigit, { today, ownWrites });
    expect(result.applied).toBe(2);
    expect(sim.sheet(CIN)!.cell(1, 7)).toMatchObject({ value: serial("2026-01-05"), numberFormat: "dd/mm/yyyy" });
    expect(sim.sheet(CIN)!.cell(2, 7)).toMatchObject({ value: serial("2026-01-06"), numberFormat: "dd/mm/yyyy" });
  });

  it("never writes a fix that Excel would run as a formula", async () => {
    const { sim, run, watched, ownWrites } = await watchedWorkbook();
    await sim.userEdit(CIN, "A3", [[' =HYPERLINK("x") ']]);
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const result = await applyFixes(run, watched, fixesOfKind(report.result.findings, "ID-FORMAT"), {
      today,
      ownWrites,
    });
    expect(result.applied).toBe(1);
    // The ID column is formatted as Text, so the fix goes in bare and stays text (no apostrophe in the value).
    expect(sim.sheet(CIN)!.cell(2, 0)).toMatchObject({ value: `=HYPERLINK("x")` });
    expect(sim.sheet(CIN)!.cell(2, 0)?.formula).toBeUndefined();
  });

  it("fixes a heading written another way", async () => {
    const { sim, run, ownWrites } = await watchedWorkbook();
    await sim.userEdit(CIN, "F1", [["Age"]]);
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const watched = report.result.lists.map((list) => ({
      form: report.result.form,
      forms: FORMS,
      list: list.list,
      sheet: list.sheet!,
      headerRow: list.headerRow,
    }));
    const result = await applyFixes(run, watched, fixesOfKind(report.result.findings, "HEADER-VARIANT"), {
      today,
      ownWrites,
    });
    expect(result.applied).toBe(1);
    expect(sim.sheet(CIN)!.cell(0, 5)?.value).toBe("Age of child (years)");
  });
});

describe("events as Excel raises them", () => {
  it("ignores both events of a fix's write (value and format) and still re-checks the user's next edit of that cell", async () => {
    const excel = simulatedExcel({ eventsPerWrite: 2 });
    await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    await excel.sim.userEdit(CIN, "A2:O2", rowsOf({ childId: "C1", disability: "yes" }));
    const report = await checkWorkbook(excel.run, { today, forms: FORMS });
    const rechecks: RecheckResult[] = [];
    const ownWrites = new OwnWrites();
    const watch = await watchLists(excel.run, report, {
      today,
      ownWrites,
      onRecheck: (result) => rechecks.push(result),
      onHeadingsChanged: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    const watched = report.result.lists.map((list) => ({
      form: report.result.form,
      forms: FORMS,
      list: list.list,
      sheet: list.sheet!,
      headerRow: list.headerRow,
    }));
    const fixed = await applyFixes(excel.run, watched, fixesOfKind(report.result.findings, "YN-ALIAS"), {
      today,
      ownWrites,
      live: watch,
    });
    await excel.sim.settled();
    expect(fixed.applied).toBe(1);
    expect(fixed.rechecked.flatMap((result) => result.rows)).toEqual([1]);
    expect(rechecks).toEqual([]);
    await excel.sim.userEdit(CIN, "G2", [["maybe"]]);
    await watch.idle();
    expect(rechecks.map((result) => result.findings.map((item) => item.code))).toEqual([["YN-INVALID"]]);
  });

  it("never runs two re-checks at once, however the edits arrive", async () => {
    const excel = simulatedExcel();
    await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    const report = await checkWorkbook(excel.run, { today, forms: FORMS });
    let inFlight = 0;
    let most = 0;
    const counted = (async (...args: unknown[]) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await (excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        inFlight -= 1;
      }
    }) as typeof excel.run;
    const rechecks: RecheckResult[] = [];
    const watch = await watchLists(counted, report, {
      today,
      ownWrites: new OwnWrites(),
      onRecheck: (result) => rechecks.push(result),
      onHeadingsChanged: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    most = 0;
    await Promise.all(
      [1, 2, 3, 4].map((row) => excel.sim.userEdit(CIN, `A${row + 1}:O${row + 1}`, rowsOf({ childId: "C7" }))),
    );
    await watch.idle();
    expect(most).toBe(1);
    // The four rows hold one ID: the duplicates are found live, as a full check finds them.
    const duplicates = (findings: readonly { code: string; row: number }[]) =>
      findings
        .filter((item) => item.code === "ID-DUPLICATE")
        .map((item) => item.row)
        .sort();
    const fresh = await checkWorkbook(excel.run, { today, forms: FORMS });
    expect(duplicates(fresh.result.findings).length).toBeGreaterThan(0);
    expect(duplicates(rechecks.flatMap((result) => result.findings))).toEqual(duplicates(fresh.result.findings));
  });

  it('re-checks a whole row cleared ("3:3") and hands a whole column ("C:C") to a full check', async () => {
    const { sim, rechecks, headingChanges, watch } = await watchedWorkbook();
    // Row 2 (C1, with a finding) cleared as a whole row: its finding goes, and it is now a blank row.
    for (let column = 0; column < 20; column++) sim.sheet(CIN)!.cells.delete(1 * 16_384 + column);
    sim.raise(sim.sheet(CIN)!, "2:2");
    sim.deliverEvents();
    await sim.settled();
    await watch.idle();
    expect(rechecks.at(-1)).toMatchObject({ rows: [1], findings: [expect.objectContaining({ code: "ROW-BLANK" })] });
    sim.raise(sim.sheet(CIN)!, "C:C");
    sim.deliverEvents();
    await sim.settled();
    expect(headingChanges).toEqual([CIN]);
  });
});

describe("the reference date", () => {
  it("moves every row's ages live when the notification date is edited, as a full check would", async () => {
    const { sim, run, rechecks, watch } = await watchedWorkbook();
    await sim.userEdit("Inspection", "B4", [[serial("2028-11-24")]]);
    await watch.idle();
    const fresh = await checkWorkbook(run, { today, forms: FORMS });
    const mismatches = (findings: readonly { code: string; row: number }[]) =>
      findings
        .filter((item) => item.code === "AGE-MISMATCH")
        .map((item) => item.row)
        .sort();
    expect(mismatches(fresh.result.findings)).toEqual([1, 2]);
    expect(mismatches(rechecks.flatMap((result) => result.findings))).toEqual([1, 2]);
  });
});

describe("events Excel merges", () => {
  it("keeps live findings equal to a full check's when the events of two fixes come as one", async () => {
    const excel = simulatedExcel({ coalesce: true });
    await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    await excel.sim.userEdit(
      CIN,
      "A2:O3",
      rowsOf({ childId: "C1", disability: "yes" }, { childId: "C2", neglect: "yes" }),
    );
    const report = await checkWorkbook(excel.run, { today, forms: FORMS });
    let live = [...report.result.findings];
    const replace = (result: RecheckResult) => {
      const rows = new Set(result.rows);
      live = [...live.filter((item) => !(item.sheet === result.sheet && rows.has(item.row))), ...result.findings];
    };
    const ownWrites = new OwnWrites();
    const watch = await watchLists(excel.run, report, {
      today,
      ownWrites,
      onRecheck: replace,
      onHeadingsChanged: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    const watched = report.result.lists.map((list) => ({
      form: report.result.form,
      forms: FORMS,
      list: list.list,
      sheet: list.sheet!,
      headerRow: list.headerRow,
    }));
    const fixed = await applyFixes(
      excel.run,
      watched,
      report.result.findings.filter((item) => item.code === "YN-ALIAS"),
      { today, ownWrites, live: watch },
    );
    expect(fixed.applied).toBe(2);
    fixed.rechecked.forEach(replace);
    await excel.sim.settled();
    await watch.idle();
    const fresh = await checkWorkbook(excel.run, { today, forms: FORMS });
    const keys = (findings: readonly { sheet?: string; row: number; column: number; code: string }[]) =>
      findings.map((item) => `${item.sheet}!${item.row},${item.column} ${item.code}`).sort();
    expect(keys(live)).toEqual(keys(fresh.result.findings));
  });
});

describe("the Inspection sheet deleted", () => {
  it("leaves live re-checking working, on today's date as a full check would use", async () => {
    const { sim, run, rechecks, watch } = await watchedWorkbook();
    sim.deleteSheet("Inspection");
    await sim.userEdit(CIN, "B3", [["Martian"]]);
    await watch.idle();
    expect(rechecks.at(-1)!.findings.map((item) => item.code)).toContain("CODE-INVALID");
    const fresh = await checkWorkbook(run, { today, forms: FORMS });
    expect(fresh.referenceSerial).toBe(REFERENCE);
  });
});

describe("the pane's summary, kept by live re-checks (issue 12, points 1 and 3)", () => {
  it("says what a fresh full check says after every row is deleted and after a paste into an empty list", async () => {
    const { sim, run, summaries, watch } = await watchedWorkbook({ again: true });
    await sim.userDeleteRows(CIN, 1, 2);
    await sim.settled();
    await watch.idle();
    const emptied = summaries.at(-1)!;
    expect(emptied.checkedAnything).toBe(false);
    expect(emptied.headline).toMatch(/^Nothing was checked/);
    expect(emptied).toEqual((await checkWorkbook(run, { today, forms: FORMS })).summary);

    const { sim: sim2, run: run2, summaries: summaries2, watch: watch2 } = await watchedWorkbook({ again: true });
    const cp = listOf(JTAI_NEGLECT_2017, "childProtection");
    const pasted = gridOf("childProtection", [
      validRow("childProtection", { childId: "P1", gender: "Martian" } as never),
      validRow("childProtection", { childId: "P2" } as never),
    ]).slice(1);
    await sim2.userEdit(cp.sheetName, `A2:${String.fromCharCode(64 + pasted[0].length)}3`, pasted);
    await sim2.settled();
    await watch2.idle();
    const live = summaries2.at(-1)!;
    expect(live.lists.find((list) => list.list === "childProtection")).toMatchObject({ state: "checked", rows: 2 });
    expect(live).toEqual((await checkWorkbook(run2, { today, forms: FORMS })).summary);
  });

  it("warns live of a notification or reference date that is no date, names its cell, and drops the warning once mended", async () => {
    const { sim, run, summaries, watch } = await watchedWorkbook({ again: true });
    const latest = async () => {
      await sim.settled();
      await watch.idle();
      return summaries.at(-1)!;
    };
    await sim.userEdit("Inspection", "B4", [["next week"]]);
    const typed = await latest();
    expect(typed.referenceProblem).toMatch(/^The notification date on the Inspection sheet \(‘next week’\)/);
    expect(typed).toEqual((await checkWorkbook(run, { today, forms: FORMS })).summary);

    await sim.userEdit("Inspection", "B4", [[REFERENCE]]);
    const mended = await latest();
    expect(mended.referenceProblem).toBeUndefined();
    expect(mended).toEqual((await checkWorkbook(run, { today, forms: FORMS })).summary);

    await sim.userEdit("Inspection", "B5", [["soon"]]);
    const overTyped = await latest();
    expect(overTyped.referenceProblem).toMatch(/^The reference date on the Inspection sheet \(‘soon’\)/);
    expect(overTyped).toEqual((await checkWorkbook(run, { today, forms: FORMS })).summary);
  });
});

describe("rows inserted or deleted as a check starts", () => {
  // Recorded while the check ran (live-buffer.ts) and handed on once it is done: the check read the
  // sheet after the row was deleted, so moving its rows again for the delete would set every finding
  // below a row off. The sheet is read whole instead.
  it("leaves live findings as a full check's", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    await sim.userEdit(
      CIN,
      "A2:O5",
      rowsOf({ childId: "C1" }, { childId: "C2" }, { childId: "C3", gender: "Martian" }, { childId: "C1" }),
    );
    const buffered = await bufferChanges(run);
    await sim.userDeleteRows(CIN, 1, 1);
    const report = await checkWorkbook(run, { today, forms: FORMS });
    const rechecks: RecheckResult[] = [];
    const watch = await watchLists(
      run,
      report,
      {
        today,
        ownWrites: new OwnWrites(),
        onRecheck: (result) => rechecks.push(result),
        onHeadingsChanged: () => {
          throw new Error("no heading was edited");
        },
        onError: (error) => {
          throw error;
        },
      },
      buffered,
    );
    await sim.settled();
    await watch.idle();
    // The pane's rule: a re-check's findings replace the findings of those rows of that sheet.
    let live = report.result.findings;
    for (const result of rechecks) {
      const rows = new Set(result.rows);
      live = [...live.filter((item) => !(item.sheet === result.sheet && rows.has(item.row))), ...result.findings];
    }
    const said = (findings: typeof live) =>
      findings.map((item) => `${item.sheet}!${item.row},${item.column} ${item.code}`).sort();
    const fresh = await checkWorkbook(run, { today, forms: FORMS });
    expect(said(live)).toEqual(said(fresh.result.findings));
    expect(said(live)).toContain(`${CIN}!2,1 CODE-INVALID`);
    await watch.stop();
  });
});
