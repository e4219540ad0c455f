// Honest live state (issue 12, item 1): after any edits, inserts, deletes and sorts, the findings
// the pane holds from live re-checks, and the marks on the twin sheets, are what a full check
// says. Property-based, on the strict in-memory Excel.
//
// One exception, made explicit (issue 21 point 6, row-being-typed.ts): while a new row is typed,
// the missing values of its blank cells are held back, and the summary lists them. So while the
// selected cell is on that row, live + held = a full check, the held findings all on that row and
// of the missing-value rules, and the marks differ only at their cells; once the selected cell
// leaves the row, live = a full check exactly, as before.
import fc from "fast-check";
import { listOf, type ColumnKey, type ListId } from "../../src/domain/catalogue";
import type { CheckSummary } from "../../src/domain/check-summary";
import type { Finding } from "../../src/domain/findings";
import type { CellValue } from "../../src/domain/grid";
import { checkWorkbook } from "../../src/excel/check";
import { watchLists } from "../../src/excel/live";
import { OwnWrites } from "../../src/excel/own-writes";
import type { RecheckResult } from "../../src/excel/recheck";
import { marksSheetName } from "../../src/excel/sheet-names";
import { createTemplates } from "../../src/excel/write-template";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import { userSelectsCell } from "../../src/sim/selected-cell-events";
import { HELD_WHILE_TYPING } from "../../src/domain/row-being-typed";
import { columnOf, gridOf, REFERENCE, serial, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const today = () => REFERENCE;
const LISTS: ListId[] = ["childrenInNeed", "childProtection", "multiAgency"];
const ROWS = 8;

/** The pane's rule: a re-check's findings replace the findings of those rows of that sheet. */
function replaceRows(findings: readonly Finding[], result: RecheckResult): Finding[] {
  const rows = new Set(result.rows);
  return [...findings.filter((item) => !(item.sheet === result.sheet && rows.has(item.row))), ...result.findings];
}

const key = (item: Finding) => `${item.sheet}!${item.row},${item.column} ${item.code} ${item.message}`;
const keys = (findings: readonly Finding[]) => findings.map(key).sort();

const ids = fc.constantFrom("C1", "C2", "C3", "C4", "", " C1", "1234.0");
const values: Record<ColumnKey, fc.Arbitrary<CellValue>> = {
  childId: ids,
  dateOfBirth: fc.constantFrom<CellValue>(
    serial("2015-03-10"),
    serial("2012-07-21"),
    "31/02/2016",
    "",
    serial("2020-01-01"),
  ),
  neglect: fc.constantFrom<CellValue>("Y", "N", "yes", ""),
  gender: fc.constantFrom<CellValue>("a) Male", "Martian", "b) Female"),
  status: fc.constantFrom<CellValue>("Child in need", "Nope", ""),
};

// Rows that move (inserts, deletes, sorts) are drawn about as often as edited cells: with the
// starting rows' findings below them, a row missed in the live grids moves a finding, so the
// property fails. (With LiveState.deleteRows a no-op, 25 runs of the earlier, cell-heavy mix
// passed.) "typed" is a cell edited as a person types it: the cell selected first, so that a new
// row's missing values are held back while it is typed.
const edit = fc.record({
  list: fc.constantFrom(...LISTS),
  row: fc.integer({ min: 1, max: ROWS + 2 }),
  key: fc.constantFrom(...(Object.keys(values) as ColumnKey[])),
  seed: fc.integer({ min: 0, max: 1000 }),
  kind: fc.constantFrom("cell", "typed", "typed", "insert", "delete", "delete", "sort"),
});

/**
 * The starting rows of each list: valid, but for a code no list allows in row 3 and the first
 * row's ID again in row 4 (a duplicate), so findings sit below the rows an edit moves.
 */
const startingRows = (list: ListId) => [
  validRow(list, { childId: "C1" }),
  validRow(list, { childId: "C2" }),
  validRow(list, { childId: "C3", gender: "Martian" }),
  validRow(list, { childId: "C1" }),
];

describe("live findings and marks equal a full check's", () => {
  it("after random edits, inserts, deletes and sorts, typed one after another or at once", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.tuple(...Object.values(values)), { minLength: 20, maxLength: 20 }),
        fc.constantFrom("en-US" as const, "en-GB" as const),
        fc.boolean(),
        async (edits, atOnce, pool, locale, typed) => {
          const { sim, run } = simulatedExcel({ locale });
          await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
          for (const list of LISTS) {
            const grid = gridOf(list, startingRows(list)).slice(1);
            await sim.userEdit(
              listOf(JTAI_NEGLECT_2017, list).sheetName,
              `A2:${String.fromCharCode(64 + grid[0].length)}${grid.length + 1}`,
              grid,
            );
          }
          const report = await checkWorkbook(run, { today, forms: FORMS });
          let live: Finding[] = [...report.result.findings];
          let summary: CheckSummary = report.summary;
          const watch = await watchLists(run, report, {
            today,
            ownWrites: new OwnWrites(),
            onRecheck: (result) => (live = replaceRows(live, result)),
            onSummary: (next) => (summary = next),
            onHeadingsChanged: () => {
              throw new Error("no heading was edited");
            },
            onError: (error) => {
              throw error;
            },
          });
          const act = async (step: (typeof edits)[number]) => {
            const sheet = listOf(JTAI_NEGLECT_2017, step.list).sheetName;
            const column = columnOf(step.list, step.key);
            if (step.kind === "insert") return sim.userInsertRows(sheet, step.row, 1);
            if (step.kind === "delete") return sim.userDeleteRows(sheet, step.row, 1);
            if (step.kind === "sort") return sim.userSort(sheet, `A2:Q${ROWS + 2}`, 0);
            if (column < 0) return;
            const value = pool[step.seed % pool.length][Object.keys(values).indexOf(step.key)];
            const address = `${String.fromCharCode(65 + column)}${step.row + 1}`;
            if (step.kind === "typed") await userSelectsCell(sim, sheet, address);
            // Typed text is parsed as Excel parses it in the locale; pasted cells keep their values.
            return typed && typeof value === "string"
              ? sim.userType(sheet, address, [[value]])
              : sim.userEdit(sheet, address, [[value]]);
          };
          if (atOnce) await Promise.all(edits.map(act));
          else for (const step of edits) await act(step);
          const settle = async () => {
            await sim.settled();
            await watch.idle();
            await sim.settled();
          };
          await settle();

          // As the pane stands while the selected cell may be on a row being typed.
          const typing = { live, summary, marks: LISTS.map((list) => sheetGrid(sim, marksSheetName(list))) };
          const held = summary.beingTyped?.held ?? [];
          // The selected cell leaves every row of the lists (to the first list's headings).
          await userSelectsCell(sim, listOf(JTAI_NEGLECT_2017, LISTS[0]).sheetName, "A1");
          await settle();

          const liveMarks = LISTS.map((list) => sheetGrid(sim, marksSheetName(list)));
          const fresh = await checkWorkbook(run, { today, forms: FORMS });

          // While the row was typed: exactly the held findings missing, each said to be held, all on
          // one row and of the missing-value rules; counts short by them; marks differing only there.
          expect(keys([...typing.live, ...held])).toEqual(keys(fresh.result.findings));
          expect(new Set(held.map((item) => `${item.sheet}!${item.row}`)).size).toBeLessThanOrEqual(1);
          expect(held.every((item) => HELD_WHILE_TYPING.includes(item.code))).toBe(true);
          const heldErrors = held.filter((item) => item.severity === "error").length;
          expect([typing.summary.errors + heldErrors, typing.summary.warnings + held.length - heldErrors]).toEqual([
            fresh.summary.errors,
            fresh.summary.warnings,
          ]);
          LISTS.forEach((list, index) => {
            const before = typing.marks[index];
            const after = sheetGrid(sim, marksSheetName(list));
            for (let row = 0; row < Math.max(before.length, after.length); row++)
              for (let column = 0; column < Math.max(before[row]?.length ?? 0, after[row]?.length ?? 0); column++)
                if ((before[row]?.[column] ?? "") !== (after[row]?.[column] ?? ""))
                  expect(held.some((item) => item.list === list && item.row === row && item.column === column)).toBe(
                    true,
                  );
          });

          // The row left: live is a full check, exactly.
          expect(summary.beingTyped).toBeUndefined();
          expect(keys(live)).toEqual(keys(fresh.result.findings));
          // The pane's statuses and count, as the fresh check's (its sheets not checked include the
          // marks sheets the first check added, so those are left aside).
          const said = ({ lists, errors, warnings, headline, referenceProblem }: CheckSummary) => ({
            lists,
            errors,
            warnings,
            headline,
            referenceProblem,
          });
          expect(said(summary)).toEqual(said(fresh.summary));
          const trim = (grid: CellValue[][]) =>
            grid
              .map((row) =>
                row
                  .map((cell) => cell ?? "")
                  .join(",")
                  .replace(/,+$/, ""),
              )
              .join("\n")
              .replace(/\n+$/, "");
          expect(liveMarks.map(trim)).toEqual(LISTS.map((list) => trim(sheetGrid(sim, marksSheetName(list)))));
          await watch.stop();
        },
      ),
      // No shrinking: each run builds a workbook (about a second), and shrinking a failure took
      // longer than the test's time limit; the counterexample is reported as found.
      { numRuns: 30, endOnFailure: true },
    );
    // Bounded by its 30 runs, not by time: about a minute on a quiet machine, several on a loaded
    // one (CI shares its 2 cores); the timeout only stops a run that never ends.
  }, 900_000);
});

describe("live findings equal a full check's, in cases the property found", () => {
  // Found by the property above (seed -293127433), kept as a plain test. At once: a sort of
  // Children in need, a cell selected and typed on Child protection plans, a row of Children in need
  // deleted, rows inserted in 10 cases multi-agency. The selected cell's event started a re-check
  // that read the sorted rows after the delete had moved them, before the delete's event arrived;
  // moved again by that event, they stood a row off (live-state.ts readAgainAfter).
  it("after a sort, a typed cell and a row deleted at once, rows inserted elsewhere", async () => {
    const { sim, run } = simulatedExcel({ locale: "en-GB" });
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    for (const list of LISTS) {
      const grid = gridOf(list, startingRows(list)).slice(1);
      await sim.userEdit(
        listOf(JTAI_NEGLECT_2017, list).sheetName,
        `A2:${String.fromCharCode(64 + grid[0].length)}${grid.length + 1}`,
        grid,
      );
    }
    const report = await checkWorkbook(run, { today, forms: FORMS });
    let live: Finding[] = [...report.result.findings];
    let summary: CheckSummary = report.summary;
    const watch = await watchLists(run, report, {
      today,
      ownWrites: new OwnWrites(),
      onRecheck: (result) => (live = replaceRows(live, result)),
      onSummary: (next) => (summary = next),
      onHeadingsChanged: () => {
        throw new Error("no heading was edited");
      },
      onError: (error) => {
        throw error;
      },
    });
    const sheet = (list: ListId) => listOf(JTAI_NEGLECT_2017, list).sheetName;
    const gender = `${String.fromCharCode(65 + columnOf("childProtection", "gender"))}9`;
    await Promise.all([
      sim.userSort(sheet("childrenInNeed"), `A2:Q${ROWS + 2}`, 0),
      (async () => {
        await userSelectsCell(sim, sheet("childProtection"), gender);
        await sim.userEdit(sheet("childProtection"), gender, [["Martian"]]);
      })(),
      sim.userDeleteRows(sheet("childrenInNeed"), 3, 1),
      sim.userInsertRows(sheet("multiAgency"), 2, 1),
      sim.userInsertRows(sheet("multiAgency"), 7, 1),
    ]);
    const settle = async () => {
      await sim.settled();
      await watch.idle();
      await sim.settled();
    };
    await settle();
    const fresh = await checkWorkbook(run, { today, forms: FORMS });
    expect(keys([...live, ...(summary.beingTyped?.held ?? [])])).toEqual(keys(fresh.result.findings));

    await userSelectsCell(sim, sheet("childrenInNeed"), "A1");
    await settle();
    expect(keys(live)).toEqual(keys((await checkWorkbook(run, { today, forms: FORMS })).result.findings));
    await watch.stop();
  });
});
