import { listOf } from "../../src/domain/catalogue";
import { canonicalValues } from "../../src/domain/codes";
import { TEMPLATE_DATA_ROWS, templatePlan } from "../../src/domain/template-plan";
import type { ExcelRun } from "../../src/excel/excel-run";
import { createTemplates } from "../../src/excel/write-template";
import { sheetGrid } from "../../src/sim/excel-sim";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE, serial } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { GENDER } from "../../src/domain/forms/jtai-codes";

const options = { notificationSerial: REFERENCE, localAuthority: "Anytown" };

describe("creating the templates in Excel", () => {
  it("writes every sheet of the plan, headed from the catalogue, in two syncs", async () => {
    const { sim, run } = simulatedExcel();
    const result = await createTemplates(run, JTAI_NEGLECT_2017, options);
    expect(result.created).toEqual(templatePlan(JTAI_NEGLECT_2017, options).sheets.map((sheet) => sheet.name));
    expect(sim.stats.syncs).toBe(2);
    for (const list of JTAI_NEGLECT_2017.lists) {
      expect(sheetGrid(sim, list.sheetName)[0]).toEqual(list.columns.map((column) => column.heading));
      const table = sim.tables.find((candidate) => candidate.name === list.tableName)!;
      expect(table.sheet.name).toBe(list.sheetName);
      expect(table.block).toMatchObject({ row: 0, column: 0, columnCount: list.columns.length });
      expect(sim.sheet(list.sheetName)!.frozenRows).toBe(1);
    }
    for (const checklist of JTAI_NEGLECT_2017.checklists) expect(sim.sheet(checklist.sheetName)).toBeDefined();
  });

  it("gives coded and Y/N columns drop-downs from the Codes sheet, and date columns dd/mm/yyyy", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, options);
    const sheet = sim.sheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!;
    const gender = sheet.validations.find((validation) => validation.block.column === 1 && validation.rule);
    expect(gender?.rule).toEqual({ list: { inCellDropDown: true, source: "=Codes_gender" } });
    expect(gender?.block.rowCount).toBe(TEMPLATE_DATA_ROWS);
    expect(sheet.cell(1, 3)?.numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.cell(1, 0)?.numberFormat).toBe("@");
    const codes = sim.names.get("codes_gender")!;
    expect(codes.sheet.values(codes.block).flat()).toEqual(canonicalValues(GENDER));
    const note = sheet.validations.find(
      (validation) => validation.block.row === 0 && validation.block.column === 0,
    )?.prompt;
    expect(note?.message).toMatch(/^Children in need \(guidance para 14\)/);
    expect(note!.message!.length).toBeLessThanOrEqual(255);
  });

  it("writes the Inspection sheet with named dates and every deadline as a formula", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, options);
    const inspection = sim.sheet("Inspection")!;
    expect(inspection.cell(2, 1)?.value).toBe("Anytown");
    expect(inspection.cell(3, 1)?.value).toBe(REFERENCE);
    expect(inspection.cell(4, 1)?.formula).toBe("=NotificationDate");
    expect(inspection.cell(4, 1)?.value).toBe(REFERENCE);
    expect(inspection.cell(8, 0)?.formula).toBe("=NotificationDate");
    expect(inspection.cell(14, 0)?.formula).toBe("=WORKDAY(NotificationDate,5)");
    expect(inspection.cell(14, 0)?.value).toBe(serial("2026-12-01"));
    expect(inspection.cell(16, 0)?.value).toBe(serial("2026-12-04"));
    expect(sim.names.get("referencedate")).toMatchObject({ sheet: inspection, block: { row: 4, column: 1 } });
  });

  it("adds the focus highlight to lists with a neglect flag, with bold and a border as well as colour", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, options);
    const formats = sim.sheet(listOf(JTAI_NEGLECT_2017, "childProtection").sheetName)!.conditionalFormats;
    expect(formats).toHaveLength(1);
    expect(formats[0]).toMatchObject({ bold: true, borders: true, fill: "DDEBF7" });
    expect(formats[0].formula).toContain("ReferenceDate");
    expect(sim.sheet(listOf(JTAI_NEGLECT_2017, "contacts").sheetName)!.conditionalFormats).toHaveLength(0);
  });

  it("run again, adds only what is missing and loses no typed value", async () => {
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, options);
    const cin = listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName;
    await sim.userEdit(cin, "A2:C3", [
      ["C1", "a) Male", "Typed by hand"],
      ["C2", "b) Female", "Also typed"],
    ]);
    sim.deleteSheet("Contacts");
    const before = sheetGrid(sim, cin);

    const again = await createTemplates(run, JTAI_NEGLECT_2017, { ...options, notificationSerial: REFERENCE + 7 });
    expect(again.created).toEqual(["Contacts"]);
    expect(again.kept).toContain(cin);
    expect(sheetGrid(sim, cin)).toEqual(before);
    expect(sim.sheet("Inspection")!.cell(3, 1)?.value).toBe(REFERENCE);
    expect(sheetGrid(sim, "Contacts")[0]).toEqual(
      listOf(JTAI_NEGLECT_2017, "contacts").columns.map((column) => column.heading),
    );
  });

  it("refuses to add sheets to a workbook whose structure is protected, and adds none", async () => {
    const { sim, run } = simulatedExcel();
    sim.structureProtected = true;
    await expect(createTemplates(run, JTAI_NEGLECT_2017, options)).rejects.toThrow(
      /structure is protected.*Nothing was changed/,
    );
    expect(sim.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("reports a protected workbook as a clear message", async () => {
    const failing = (async () => {
      throw Object.assign(new Error("denied"), { code: "AccessDenied" });
    }) as unknown as ExcelRun;
    await expect(createTemplates(failing, JTAI_NEGLECT_2017, options)).rejects.toThrow(
      /protected.*Nothing was changed/,
    );
  });
});
