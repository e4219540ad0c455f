// Excel on the web refuses a request or response over 5 MB, sometimes only as GeneralException
// (OfficeDev/office-js#1314): the read is split and retried either way.
import { checkWorkbook } from "../../src/excel/check";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE } from "../support/grids";
import { FORMS } from "../../src/domain/form-choice";

describe.each(["named", "GeneralException"] as const)("an oversized read failing as %s", (oversized) => {
  it("is split and retried until each part fits", async () => {
    const { sim, run } = simulatedExcel({ oversized });
    const sheet = sim.sheet("Sheet1")!;
    for (let row = 0; row < 6_000; row++) sheet.cellForWrite(row, 0).value = `${row} ${"x".repeat(1_000)}`;
    const report = await checkWorkbook(run, { today: () => REFERENCE, forms: FORMS });
    expect(report.result.skipped).toEqual([expect.objectContaining({ sheet: "Sheet1" })]);
    expect(report.sheets?.[0].grid).toHaveLength(6_000);
  });
});
