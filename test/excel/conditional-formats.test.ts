// The marks and the focus highlight as Excel draws them: from the conditional formats' formulas,
// evaluated cell by cell on the simulator (src/sim/conditional.ts), not from the engine's findings.
import { listOf, type ColumnKey } from "../../src/domain/catalogue";
import { ERROR_STYLE, FOCUS_STYLE, WARNING_STYLE } from "../../src/domain/workbook-conventions";
import { checkWorkbook } from "../../src/excel/check";
import { createTemplates } from "../../src/excel/write-template";
import { shiftReferences } from "../../src/sim/conditional";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { columnOf, gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;

describe("conditional formats, evaluated", () => {
  it("moves relative references to the cell, and keeps absolute ones, strings and sheet names", () => {
    expect(shiftReferences(`'AnnexA_Marks_x'!A1=2`, 3, 2)).toBe(`'AnnexA_Marks_x'!C4=2`);
    expect(shiftReferences(`AND($O2="Y",DATEDIF($D2,ReferenceDate,"Y")>=7,B$1="A1")`, 4, 1)).toBe(
      `AND($O6="Y",DATEDIF($D6,ReferenceDate,"Y")>=7,C$1="A1")`,
    );
  });

  it("colour each marked cell by its severity, and only those, and highlight the rows in focus", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    const rows = gridOf("childrenInNeed", [
      validRow("childrenInNeed", { childId: "C1", gender: "Martian" }),
      validRow("childrenInNeed", { childId: "C2", disability: "yes", neglect: "N" }),
    ]).slice(1);
    await sim.userEdit(CIN, "A2:O3", rows);
    await checkWorkbook(run, { today: () => REFERENCE, forms: FORMS });
    const fills = (row: number, key: ColumnKey) =>
      sim.conditionalFormatsAt(CIN, row, columnOf("childrenInNeed", key)).map((format) => format.fill);
    expect(fills(1, "gender")).toEqual(expect.arrayContaining([ERROR_STYLE.fill, FOCUS_STYLE.fill]));
    expect(fills(1, "ethnicity")).toEqual([FOCUS_STYLE.fill]);
    expect(fills(2, "disability")).toEqual([WARNING_STYLE.fill]);
    expect(fills(2, "ethnicity")).toEqual([]);
  });
});
