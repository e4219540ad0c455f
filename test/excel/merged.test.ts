// Merged cells in a list: named where Excel has ExcelApi 1.13 (Range.getMergedAreasOrNullObject),
// and said plainly where it has not, never silently "clean".
import { listOf } from "../../src/domain/catalogue";
import { checkWorkbook, MERGED_CELLS_UNAVAILABLE } from "../../src/excel/check";
import { simulatedExcel, type SimContext } from "../../src/sim/excel-sim";
import { createTemplates } from "../../src/excel/write-template";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const CIN = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
const today = () => REFERENCE;

async function mergedList(apiVersion: string) {
  const excel = simulatedExcel({ apiVersion });
  await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
  const rows = gridOf("childrenInNeed", [
    validRow("childrenInNeed", { childId: "C1" }),
    validRow("childrenInNeed", { childId: "C2" }),
  ]).slice(1);
  await excel.sim.userEdit(CIN, "A2:O3", rows);
  excel.sim.merge(CIN, "K2:K3");
  return excel;
}

describe("merged cells in Excel", () => {
  it("are named where Excel has ExcelApi 1.13", async () => {
    const { run } = await mergedList("1.13");
    const report = await checkWorkbook(run, { today, forms: FORMS });
    expect(
      report.result.findings.filter((item) => item.code === "CELL-MERGED").map((item) => `${item.row},${item.column}`),
    ).toEqual(["1,10"]);
    expect(report.notChecked).toEqual([]);
  });

  it("are said not to be checked where it has not", async () => {
    const { run } = await mergedList("1.8");
    const report = await checkWorkbook(run, { today, forms: FORMS });
    expect(report.result.findings.filter((item) => item.code === "CELL-MERGED")).toEqual([]);
    expect(report.notChecked).toEqual([MERGED_CELLS_UNAVAILABLE]);
  });

  it("the simulator refuses the 1.13 API in an Excel without it", async () => {
    const { sim } = await mergedList("1.8");
    await expect(
      sim.run(async (context: SimContext) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (context.workbook.worksheets.getItem(CIN) as Record<string, any>)
          .getRange("A1:B2")
          .getMergedAreasOrNullObject();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
