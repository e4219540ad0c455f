import { listSpec } from "../../src/domain/catalogue";
import { applyImport, previewImport } from "../../src/excel/import";
import { createTemplates } from "../../src/excel/write-template";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE, serial } from "../support/grids";

async function withExport() {
  const excel = simulatedExcel();
  excel.sim.sheet("Sheet1")!.name = "Mosaic export";
  await excel.sim.userEdit("Mosaic export", "A1:H3", [
    ["Contact date", "Person ID", "Sex", "DOB", "Ethnic group", "Referrer", "Worker team", "Age"],
    [serial("2026-10-01"), "P100", "Male", serial("2015-03-10"), "WBRI", "6", "Front door", 11],
    [serial("2026-10-05"), "P101", "F", serial("2012-07-21"), "APKN", "2A", "Front door", 14],
  ]);
  return excel;
}

describe("importing an export in Excel", () => {
  it("previews how the columns map, takes the user's choice, and writes a correctly headed sheet beside the export", async () => {
    const { sim, run } = await withExport();
    const before = JSON.stringify(sheetGrid(sim, "Mosaic export"));
    const first = await previewImport(run, { sheet: "Mosaic export" });
    expect(first.plan.list).toBe("contacts");
    expect(first.rowCount).toBe(2);
    expect(first.plan.unmapped.map((column) => column.heading)).toEqual(["Referrer", "Worker team"]);

    const choices = new Map([["Referrer", "Contact source"]]);
    const chosen = await previewImport(run, { sheet: "Mosaic export", choices });
    expect(chosen.plan.mappings.find((mapping) => mapping.sourceHeading === "Referrer")).toMatchObject({ how: "chosen" });

    const result = await applyImport(run, { sheet: "Mosaic export", choices });
    expect(result).toEqual({ sheet: "Contacts", rows: 2 });
    const grid = sheetGrid(sim, "Contacts");
    expect(grid[0]).toEqual(listSpec("contacts").columns.map((column) => column.heading));
    expect(grid[1]).toEqual(["P100", "Male", "WBRI", serial("2015-03-10"), "", 11, serial("2026-10-01"), "6"]);
    expect(sim.sheet("Contacts")!.cell(1, 6)?.numberFormat).toBe("dd/mm/yyyy");
    expect(JSON.stringify(sheetGrid(sim, "Mosaic export"))).toBe(before);
  });

  it("never overwrites a list sheet that is already there", async () => {
    const { sim, run } = await withExport();
    await createTemplates(run, { notificationSerial: REFERENCE });
    const before = JSON.stringify(sheetGrid(sim, "Contacts"));
    await expect(applyImport(run, { sheet: "Mosaic export" })).rejects.toThrow(/already a sheet named ‘Contacts’; it is never overwritten/);
    expect(JSON.stringify(sheetGrid(sim, "Contacts"))).toBe(before);
  });
});
