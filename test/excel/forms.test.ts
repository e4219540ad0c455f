// Ofsted's template in Excel: the pane's choice of form writes Ofsted's layout, a check reads the
// workbook as Ofsted's form and says why, Ofsted's own codes get no mark, and an edit is re-checked
// live as that form (issue 19, point 6).
import { listOf } from "../../src/domain/catalogue";
import { FORMS } from "../../src/domain/form-choice";
import { ILACS_2019 } from "../../src/domain/forms/ilacs-2019";
import { gridOf, REFERENCE } from "../support/grids";
import { validOfstedRow } from "../../src/domain/rules/examples";
import { createAddinActions, type LiveListener } from "../../src/excel/addin-actions";
import type { RecheckResult } from "../../src/excel/recheck";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { columnLetter } from "../../src/domain/grid";
import { marksSheetName } from "../../src/excel/sheet-names";
import { FOCUS_STYLE } from "../../src/domain/workbook-conventions";

function listener(rechecks: RecheckResult[]): LiveListener {
  return {
    onRecheck: (result) => rechecks.push(result),
    onChecked: () => undefined,
    onLiveSummary: () => undefined,
    onInspection: () => undefined,
    onSelectionCounts: () => undefined,
    onCellSelected: () => undefined,
    onError: (error) => {
      throw error;
    },
  };
}

describe("Ofsted's template in the add-in", () => {
  it("gives every list of every form its own marks sheet, named within Excel's 31 characters", () => {
    const ids = [...new Set(FORMS.flatMap((form) => form.lists.map((list) => list.id)))];
    const names = ids.map(marksSheetName);
    expect(names.filter((name) => name.length > 31)).toEqual([]);
    expect(new Set(names).size).toBe(ids.length);
  });

  it("is written when chosen, checked as itself with its reason, its own codes unmarked, and re-checked live", async () => {
    const { sim, run } = simulatedExcel();
    const rechecks: RecheckResult[] = [];
    const actions = createAddinActions(run, () => REFERENCE, listener(rechecks), FORMS);
    actions.chooseForm("ilacs-2019");
    const created = await actions.createTemplates({ notificationSerial: REFERENCE });
    expect(created.created).toEqual([
      ...ILACS_2019.lists.filter((list) => !list.optional).map((list) => list.sheetName),
      "Codes",
    ]);

    // A child on List 6 in Ofsted's own codes, headings in row 2 under the title.
    const list6 = listOf(ILACS_2019, "childrenInNeed");
    const row = gridOf("childrenInNeed", [validOfstedRow("childrenInNeed")], ILACS_2019)[1];
    const last = columnLetter(list6.columns.length - 1);
    await sim.userEdit(list6.sheetName, `A3:${last}3`, [row]);

    // Read as its headings show, not as chosen.
    actions.chooseForm(undefined);
    const report = await actions.check("all");
    expect(report.choice.form.id).toBe("ilacs-2019");
    expect(report.choice.reason).toMatch(/exactly as Ofsted's August 2019 template writes them/);
    expect(report.result.findings).toEqual([]);
    // Aged 11 with primary need N1 on List 6: in focus, as Ofsted's form reads neglect, and
    // highlighted in Excel by a formula that looks across the sheets (Ofsted's lists have no flag).
    expect(report.summary.childrenInFocus).toBe(1);
    const fills = (row: number) => sim.conditionalFormatsAt(list6.sheetName, row, 0).map((format) => format.fill);
    expect(fills(2)).toContain(FOCUS_STYLE.fill);
    expect(fills(3)).not.toContain(FOCUS_STYLE.fill);
    expect(report.summary.lists.find((list) => list.list === "childrenInNeed")).toMatchObject({
      title: list6.title,
      state: "checked",
      rows: 1,
    });

    // A council's own spelling typed over Ofsted's code: marked live, with Ofsted's code as the fix.
    const gender = list6.columns.findIndex((column) => column.key === "gender");
    await sim.userEdit(list6.sheetName, `${columnLetter(gender)}3`, [["Male"]]);
    await actions.idle();
    const marked = rechecks.at(-1)!.findings;
    expect(marked.map((item) => [item.code, item.row, item.column, item.fix?.display])).toEqual([
      ["CODE-ALIAS", 2, gender, "a) Male"],
    ]);
  });
});
