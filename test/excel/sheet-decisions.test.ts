// The add-in decides what each sheet is as the command line does (src/domain/sheets.ts): its own
// sheets, the template's, hidden sheets and code tables are reported as skipped, never checked.
import { listOf } from "../../src/domain/catalogue";
import { checkWorkbook } from "../../src/excel/check";
import { marksSheetName } from "../../src/excel/sheet-names";
import { createTemplates } from "../../src/excel/write-template";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FORMS } from "../../src/domain/form-choice";

const today = () => REFERENCE;

describe("what the add-in checks", () => {
  it("skips its own sheets, the template's, hidden sheets and code tables, with the command line's reasons", async () => {
    const excel = simulatedExcel();
    await createTemplates(excel.run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    const cin = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await excel.sim.userEdit(
      cin,
      "A2:O2",
      gridOf("childrenInNeed", [validRow("childrenInNeed", { disability: "yes" })]).slice(1),
    );
    excel.sim.addSheet("Codes_used");
    await excel.sim.userEdit("Codes_used", "A1:C3", [
      ["Gender", null, "Ethnicity"],
      ["Preferred code", null, "Preferred code"],
      ["a) Male", null, "a) WBRI"],
    ]);
    excel.sim.addSheet("Old contacts");
    await excel.sim.userEdit("Old contacts", "A1:H2", gridOf("contacts", [validRow("contacts")]));
    excel.sim.sheet("Old contacts")!.visibility = "Hidden";

    await checkWorkbook(excel.run, { today, forms: FORMS }); // adds the hidden marks sheet
    const { result } = await checkWorkbook(excel.run, { today, forms: FORMS });
    const reasons = new Map(result.skipped.map((item) => [item.sheet, item.reason]));
    expect(reasons.get(marksSheetName("childrenInNeed"))).toMatch(/hidden marks/);
    expect(reasons.get("Inspection")).toMatch(/Inspection sheet/);
    expect(reasons.get("Codes")).toMatch(/code table/);
    expect(reasons.get("Codes_used")).toBe("Ofsted's code table, not a list");
    expect(reasons.get("Old contacts")).toMatch(/hidden sheet/);
    expect(reasons.get("Annex A findings")).toMatch(/findings sheet/);
    expect(result.lists.map((list) => list.sheet)).not.toContain("Old contacts");
    expect(result.lists.find((list) => list.sheet === cin)?.status).toBe("checked");
    expect(result.lists.filter((list) => list.sheet !== cin).every((list) => list.status === "empty")).toBe(true);
  });
});
