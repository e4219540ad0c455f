import { listOf } from "../../src/domain/catalogue";
import { applyImport, previewImport } from "../../src/excel/import";
import { createTemplates } from "../../src/excel/write-template";
import { sheetGrid, simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE, serial } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";

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
    const first = await previewImport(run, JTAI_NEGLECT_2017, { sheet: "Mosaic export" });
    expect(first.plan.list).toBe("contacts");
    expect(first.rowCount).toBe(2);
    expect(first.plan.unmapped.map((column) => column.heading)).toEqual(["Referrer", "Worker team"]);

    const choices = new Map([["Referrer", "Contact source"]]);
    const chosen = await previewImport(run, JTAI_NEGLECT_2017, { sheet: "Mosaic export", choices });
    expect(chosen.plan.mappings.find((mapping) => mapping.sourceHeading === "Referrer")).toMatchObject({
      how: "chosen",
    });

    const result = await applyImport(run, JTAI_NEGLECT_2017, { sheet: "Mosaic export", choices });
    expect(result).toEqual({ sheet: "Contacts", rows: 2, into: "new sheet" });
    const grid = sheetGrid(sim, "Contacts");
    expect(grid[0]).toEqual(listOf(JTAI_NEGLECT_2017, "contacts").columns.map((column) => column.heading));
    expect(grid[1]).toEqual(["P100", "Male", "WBRI", serial("2015-03-10"), "", 11, serial("2026-10-01"), "6"]);
    expect(sim.sheet("Contacts")!.cell(1, 6)?.numberFormat).toBe("dd/mm/yyyy");
    expect(JSON.stringify(sheetGrid(sim, "Mosaic export"))).toBe(before);
  });

  it("fills the template's empty list under its headings, keeping its table, drop-downs and highlight, text as text", async () => {
    const { sim, run } = await withExport();
    await sim.userEdit("Mosaic export", "B3", [["0123"]]);
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    const contacts = sim.sheet("Contacts")!;
    const validations = contacts.validations.length;
    const formats = contacts.conditionalFormats.length;
    const preview = await previewImport(run, JTAI_NEGLECT_2017, {
      sheet: "Mosaic export",
      choices: new Map([["Referrer", "Contact source"]]),
    });
    expect(preview.target).toEqual({ sheet: "Contacts", exists: true, existingRows: 0 });

    const result = await applyImport(run, JTAI_NEGLECT_2017, {
      sheet: "Mosaic export",
      choices: new Map([["Referrer", "Contact source"]]),
    });
    expect(result).toEqual({ sheet: "Contacts", rows: 2, into: "empty list" });
    const grid = sheetGrid(sim, "Contacts");
    expect(grid[1][0]).toBe("P100");
    expect(grid[2][0]).toBe("0123");
    // Text is written as text: Excel would read "0123" as the number 123 in a General cell.
    expect(contacts.cell(2, 0)?.numberFormat).toBe("@");
    expect(contacts.validations.length).toBe(validations);
    expect(contacts.conditionalFormats.length).toBe(formats);
    // The template's table grows over the imported rows (Table.resize).
    expect(sim.tables.find((table) => table.sheet === contacts)?.block).toMatchObject({ row: 0, rowCount: 3 });
  });

  it("adds after the rows already in a list only when the user agrees, and never overwrites one", async () => {
    const { sim, run } = await withExport();
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    await sim.userEdit("Contacts", "A2", [["KEEP1"]]);
    const before = JSON.stringify(sheetGrid(sim, "Contacts"));
    await expect(applyImport(run, JTAI_NEGLECT_2017, { sheet: "Mosaic export" })).rejects.toThrow(
      /already holds 1 row\. Nothing was imported/,
    );
    expect(JSON.stringify(sheetGrid(sim, "Contacts"))).toBe(before);
    const result = await applyImport(run, JTAI_NEGLECT_2017, { sheet: "Mosaic export", append: true });
    expect(result).toEqual({ sheet: "Contacts", rows: 2, into: "after the rows there" });
    const grid = sheetGrid(sim, "Contacts");
    expect(grid.slice(1).map((row) => row[0])).toEqual(["KEEP1", "P100", "P101"]);
  });

  it("offers a choice for every column of an export whose headings are all unknown, and imports nothing until one is made", async () => {
    const { sim, run } = simulatedExcel();
    sim.sheet("Sheet1")!.name = "Export";
    await sim.userEdit("Export", "A1:C3", [
      ["Foo", "Bar", "Baz"],
      ["R100", serial("2026-04-03"), "x"],
      ["R101", serial("2026-04-05"), "y"],
    ]);
    await createTemplates(run, JTAI_NEGLECT_2017, { notificationSerial: REFERENCE });
    // Not recognised: the user is asked to name the list.
    await expect(previewImport(run, JTAI_NEGLECT_2017, { sheet: "Export" })).rejects.toThrow(/name the list it holds/);

    // Named: every column is offered, and importing waits for a choice.
    const named = await previewImport(run, JTAI_NEGLECT_2017, { sheet: "Export", list: "referrals" });
    expect(named.plan.headingsFound).toBe(false);
    expect(named.plan.mappings).toEqual([]);
    expect(named.plan.unmapped.map((column) => column.heading)).toEqual(["Foo", "Bar", "Baz"]);
    expect(named.plan.missing).toEqual(listOf(JTAI_NEGLECT_2017, "referrals").columns);
    expect(named.notReady).toBe("None of the referrals headings were found in ‘Export’, so every row would be blank.");
    expect(named.headingRow).toMatch(/^Row 1 of ‘Export’ is taken as its headings and is not imported\./);
    const before = JSON.stringify(sheetGrid(sim, "Referrals"));
    await expect(applyImport(run, JTAI_NEGLECT_2017, { sheet: "Export", list: "referrals" })).rejects.toThrow(
      /Nothing was imported/,
    );
    expect(JSON.stringify(sheetGrid(sim, "Referrals"))).toBe(before);

    // The user's choices: two columns imported under their headings, the third left out.
    const heading = (key: string) =>
      listOf(JTAI_NEGLECT_2017, "referrals").columns.find((column) => column.key === key)!.heading;
    const [idHeading, dateHeading] = [heading("childId"), heading("referralDate")];
    const choices = new Map([
      ["Foo", idHeading],
      ["Bar", dateHeading],
    ]);
    const chosen = await previewImport(run, JTAI_NEGLECT_2017, { sheet: "Export", list: "referrals", choices });
    expect(chosen.notReady).toBeUndefined();
    expect(chosen.plan.mappings.map((mapping) => [mapping.sourceHeading, mapping.column.heading, mapping.how])).toEqual(
      [
        ["Foo", idHeading, "chosen"],
        ["Bar", dateHeading, "chosen"],
      ],
    );
    const result = await applyImport(run, JTAI_NEGLECT_2017, { sheet: "Export", list: "referrals", choices });
    expect(result).toEqual({ sheet: "Referrals", rows: 2, into: "empty list" });
    const grid = sheetGrid(sim, "Referrals");
    const dateAt = grid[0].indexOf(dateHeading);
    expect(grid.slice(1, 3).map((row) => [row[0], row[dateAt]])).toEqual([
      ["R100", serial("2026-04-03")],
      ["R101", serial("2026-04-05")],
    ]);
    expect(grid.flat()).not.toContain("x");
  });
});
