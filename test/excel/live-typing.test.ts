// A row being typed (issue 21 point 6): typing a new row, cell by cell, does not mark its blank
// cells "required" until the selected cell leaves the row; a paste, an edit of an existing row, or
// typing with the selected cell elsewhere is checked whole at once. On the in-memory Excel.
import { listOf } from "../../src/domain/catalogue";
import type { CheckSummary } from "../../src/domain/check-summary";
import type { Finding } from "../../src/domain/findings";
import { cellAddress } from "../../src/domain/grid";
import { FORMS } from "../../src/domain/form-choice";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { checkWorkbook } from "../../src/excel/check";
import { watchLists } from "../../src/excel/live";
import { MARK } from "../../src/excel/marks";
import { OwnWrites } from "../../src/excel/own-writes";
import type { RecheckResult } from "../../src/excel/recheck";
import { marksSheetName } from "../../src/excel/sheet-names";
import { createTemplates } from "../../src/excel/write-template";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { userSelectsCell } from "../../src/sim/selected-cell-events";
import { columnOf, gridOf, REFERENCE, validRow } from "../support/grids";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
const today = () => REFERENCE;
const MISSING = ["REQUIRED-BLANK", "BIRTH-DATE-MISSING", "AGE-BLANK"];
const at = (key: Parameters<typeof columnOf>[1], row: number) => cellAddress(row, columnOf("childrenInNeed", key));
/** Zero-based row 3 (row 4 in Excel): the first blank row under the two children of the list. */
const NEW_ROW = 3;

async function watchedWorkbook() {
  const { sim, run } = simulatedExcel();
  await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
  const rows = gridOf("childrenInNeed", [
    validRow("childrenInNeed", { childId: "C1" }),
    validRow("childrenInNeed", { childId: "C2" }),
  ]).slice(1);
  await sim.userEdit(CIN, "A2:O3", rows);
  const report = await checkWorkbook(run, { today, forms: FORMS });
  // The pane's rule: a re-check's findings replace the findings of those rows of that sheet.
  let live: Finding[] = [...report.result.findings];
  const summaries: CheckSummary[] = [];
  const watch = await watchLists(run, report, {
    today,
    ownWrites: new OwnWrites(),
    onRecheck: (result: RecheckResult) => {
      const replaced = new Set(result.rows);
      live = [...live.filter((item) => !(item.sheet === result.sheet && replaced.has(item.row))), ...result.findings];
    },
    onSummary: (summary) => summaries.push(summary),
    onHeadingsChanged: () => {
      throw new Error("no heading was edited");
    },
    onError: (error) => {
      throw error;
    },
  });
  const settle = async () => {
    await sim.settled();
    await watch.idle();
    await sim.settled();
  };
  /** A person selecting a cell, then typing into it. */
  const type = async (address: string, text: string) => {
    await userSelectsCell(sim, CIN, address);
    await sim.userType(CIN, address, [[text]]);
    await settle();
  };
  const codesOn = (row: number) => live.filter((item) => item.row === row).map((item) => item.code);
  const marksOn = (row: number) => {
    const marks = sim.sheet(marksSheetName("childrenInNeed"))!;
    return Array.from({ length: 15 }, (_, column) => marks.cell(row, column)?.value ?? "");
  };
  return { sim, run, watch, summaries, settle, type, codesOn, marksOn, live: () => live };
}

describe("a row being typed", () => {
  it("is not marked required while its row is selected; a bad date typed shows at once", async () => {
    const { type, codesOn, marksOn, summaries } = await watchedWorkbook();
    await type(at("childId", NEW_ROW), "C9");
    expect(codesOn(NEW_ROW).filter((code) => MISSING.includes(code))).toEqual([]);
    expect(marksOn(NEW_ROW).every((mark) => mark === "")).toBe(true);
    // The pane says what is held back, rather than hiding it.
    expect(summaries.at(-1)!.beingTyped?.note).toMatch(
      /^Row 4 of ‘.+’ is being typed: its blank cells will be checked when you leave it \(\d+ findings held back until then\)\.$/,
    );
    expect(summaries.at(-1)!.beingTyped!.held.every((item) => MISSING.includes(item.code))).toBe(true);
    // While a required value is held back, the list is not said to be ready to send.
    expect(summaries.at(-1)!.readiness.ready).toBe(false);

    await type(at("dateOfBirth", NEW_ROW), "31/02/2016");
    expect(codesOn(NEW_ROW)).toEqual(["DATE-IMPOSSIBLE"]);
    expect(marksOn(NEW_ROW)[columnOf("childrenInNeed", "dateOfBirth")]).toBe(MARK.error);
  });

  it("shows the required findings once the selected cell leaves the row", async () => {
    const { type, codesOn, marksOn, summaries, settle, sim } = await watchedWorkbook();
    await type(at("childId", NEW_ROW), "C9");
    expect(codesOn(NEW_ROW)).not.toContain("REQUIRED-BLANK");
    await userSelectsCell(sim, CIN, at("childId", NEW_ROW + 1));
    await settle();
    expect(codesOn(NEW_ROW)).toContain("REQUIRED-BLANK");
    expect(codesOn(NEW_ROW)).toContain("BIRTH-DATE-MISSING");
    expect(marksOn(NEW_ROW)[columnOf("childrenInNeed", "dateOfBirth")]).toBe(MARK.error);
    expect(summaries.at(-1)!.beingTyped).toBeUndefined();
  });

  it("keeps holding while the selected cell moves along the row, and typing goes on", async () => {
    const { type, codesOn, sim, settle } = await watchedWorkbook();
    await type(at("childId", NEW_ROW), "C9");
    await userSelectsCell(sim, CIN, at("ethnicity", NEW_ROW));
    await settle();
    await type(at("gender", NEW_ROW), "a) Male");
    expect(codesOn(NEW_ROW).filter((code) => MISSING.includes(code))).toEqual([]);
  });

  it("checks a pasted block whole at once, its selected row included", async () => {
    const { sim, settle, codesOn, summaries } = await watchedWorkbook();
    await userSelectsCell(sim, CIN, at("childId", NEW_ROW));
    await sim.userEdit(CIN, `A${NEW_ROW + 1}:B${NEW_ROW + 2}`, [
      ["C9", null],
      ["C10", null],
    ]);
    await settle();
    expect(codesOn(NEW_ROW)).toContain("REQUIRED-BLANK");
    expect(codesOn(NEW_ROW + 1)).toContain("REQUIRED-BLANK");
    expect(summaries.at(-1)!.beingTyped).toBeUndefined();
  });

  it("checks a new row whole when the selected cell is not on it", async () => {
    const { sim, settle, codesOn } = await watchedWorkbook();
    await userSelectsCell(sim, CIN, at("childId", NEW_ROW + 5));
    await sim.userType(CIN, at("childId", NEW_ROW), [["C9"]]);
    await settle();
    expect(codesOn(NEW_ROW)).toContain("REQUIRED-BLANK");
  });

  it("checks an existing row whole: blanking a required cell is marked at once", async () => {
    const { sim, settle, codesOn } = await watchedWorkbook();
    await userSelectsCell(sim, CIN, at("gender", 1));
    await sim.userEdit(CIN, at("gender", 1), [[null]]);
    await settle();
    expect(codesOn(1)).toContain("REQUIRED-BLANK");
  });

  it("a full check reports everything while a row is typed", async () => {
    const { type, run } = await watchedWorkbook();
    await type(at("childId", NEW_ROW), "C9");
    const full = await checkWorkbook(run, { today, forms: FORMS });
    expect(full.result.findings.filter((item) => item.row === NEW_ROW).map((item) => item.code)).toContain(
      "REQUIRED-BLANK",
    );
  });
});
