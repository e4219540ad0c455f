// One Office.js writer renders every sheet plan (render-sheet-plan.ts): the template's sheets
// (write-template.ts), the findings sheet and the Selection sheet. Each test here pins something
// the callers share, so that a second writer growing apart from the first would show: headings
// formatted alike, notes as prompts, the drop-down's alert and the widths taken from the plan.
import { listOf } from "../../src/domain/catalogue";
import { FINDINGS_HEADER_ROW } from "../../src/domain/findings-plan";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { selectionCounts } from "../../src/domain/selection";
import { selectionSheetPlan } from "../../src/domain/selection-plan";
import { CODE_DROP_DOWN_ERROR, CODES_SHEET, templatePlan } from "../../src/domain/template-plan";
import { writeFindingsSheet } from "../../src/excel/findings-sheet";
import { renderSheetPlan } from "../../src/excel/render-sheet-plan";
import { createTemplates } from "../../src/excel/write-template";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE } from "../support/grids";

const options = { notificationSerial: REFERENCE, localAuthority: "Anytown" };
const cin = listOf(JTAI_NEGLECT_2017, "childrenInNeed");

async function templateAndFindings() {
  const { sim, run } = simulatedExcel();
  await createTemplates(run, JTAI_NEGLECT_2017, options);
  await run((context) => writeFindingsSheet(context, JTAI_NEGLECT_2017, [], REFERENCE));
  return sim;
}

describe("one Office.js writer for every sheet plan", () => {
  it("formats the template's headings as the findings sheet's: General, bold", async () => {
    const sim = await templateAndFindings();
    const look = (sheet: string, row: number) => {
      const cell = sim.sheet(sheet)!.cell(row, 0);
      return { numberFormat: cell?.numberFormat, bold: cell?.bold };
    };
    const template = look(cin.sheetName, JTAI_NEGLECT_2017.layout.headingRow);
    expect(template).toEqual({ numberFormat: "General", bold: true });
    expect(look("Annex A findings", FINDINGS_HEADER_ROW - 1)).toEqual(template);
  });

  it("makes a heading's note its prompt, for the template and the Selection sheet alike", async () => {
    const sim = await templateAndFindings();
    const promptAt = (sheet: string, row: number, column: number) =>
      sim
        .sheet(sheet)!
        .validations.find((validation) => validation.block.row === row && validation.block.column === column)?.prompt;
    expect(promptAt(cin.sheetName, 0, 0)?.message).toMatch(/^Children in need \(guidance para 14\)/);

    const plan = selectionSheetPlan(JTAI_NEGLECT_2017, [], selectionCounts([]));
    const table = plan.table!;
    const noted = table.columns.findIndex((column) => column.note);
    expect(noted).toBeGreaterThanOrEqual(0);
    await sim.run(async (context) => {
      await renderSheetPlan(context, context.workbook.worksheets.add(plan.name), plan);
    });
    expect(promptAt(plan.name, table.origin.row, table.origin.column + noted)).toEqual({
      showPrompt: true,
      title: "",
      message: table.columns[noted].note,
    });
  });

  it("warns on a value not on the list with the plan's own alert", async () => {
    const sim = await templateAndFindings();
    const gender = sim
      .sheet(cin.sheetName)!
      .validations.find((validation) => validation.block.column === 1 && validation.rule);
    expect(gender?.errorAlert).toEqual({
      showAlert: true,
      style: "Warning",
      title: CODE_DROP_DOWN_ERROR.errorTitle,
      message: CODE_DROP_DOWN_ERROR.error,
    });
  });

  it("gives the template's Codes sheet the plan's column widths, as the findings sheet gets its own", async () => {
    const sim = await templateAndFindings();
    const codes = templatePlan(JTAI_NEGLECT_2017, options).sheets.find((sheet) => sheet.name === CODES_SHEET)!;
    const widths = codes.columnWidths!.map(({ column }) => sim.sheet(CODES_SHEET)!.columnWidths.get(column));
    expect(widths).toEqual(codes.columnWidths!.map(({ width }) => width * 7));
  });
});
