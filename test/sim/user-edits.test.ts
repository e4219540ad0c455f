// A person's typing, clearing and undoing in the in-memory Excel raise onChanged as Excel does:
// "RangeEdited", with the value before and after only for a single cell
// (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs).
import { SimWorkbook, type ChangeEvent, type SimContext } from "../../src/sim/excel-sim";
import { recordBefore, userClear, userUndo } from "../../src/sim/user-edits";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function listening(sim: SimWorkbook, sheet: string): Promise<ChangeEvent[]> {
  const events: ChangeEvent[] = [];
  await sim.run(async (context: SimContext) => {
    (context.workbook.worksheets.getItem(sheet) as AnyProxy).onChanged.add(
      async (event: ChangeEvent) => void events.push(event),
    );
  });
  return events;
}

describe("a person's edits in the in-memory Excel", () => {
  it("sorts blank rows last, as Excel always places blank cells (Microsoft, Sort data in a range or table)", async () => {
    const sim = new SimWorkbook({ locale: "en-GB" });
    sim.addSheet("Data");
    await sim.userEdit("Data", "A1:B4", [
      ["C2", "b"],
      ["", ""],
      ["C1", "a"],
      ["", ""],
    ]);
    await sim.userSort("Data", "A1:B4", 0);
    const values = sim.sheet("Data")!.values({ row: 0, column: 0, rowCount: 4, columnCount: 2 });
    expect(values.map((row) => row.map((value) => value ?? ""))).toEqual([
      ["C1", "a"],
      ["C2", "b"],
      ["", ""],
      ["", ""],
    ]);
  });

  it("says the stored value after a typed single cell: a typed date is its number", async () => {
    const sim = new SimWorkbook({ locale: "en-GB" });
    sim.addSheet("Data");
    const events = await listening(sim, "Data");
    await sim.userType("Data", "B2", [["03/04/2019"]]);
    expect(sim.sheet("Data")!.cell(1, 1)?.numberFormat).toBe("dd/mm/yyyy");
    expect(events).toEqual([
      expect.objectContaining({
        changeType: "RangeEdited",
        source: "Local",
        address: "B2",
        details: { valueBefore: "", valueAfter: 43558 },
      }),
    ]);
  });

  it("clears contents with Delete and keeps the cells' formats", async () => {
    const sim = new SimWorkbook({ locale: "en-GB" });
    sim.addSheet("Data");
    await sim.userType("Data", "A1:B1", [["03/04/2019", "x"]]);
    const events = await listening(sim, "Data");
    await userClear(sim, "Data", "A1");
    expect(sim.sheet("Data")!.cell(0, 0)).toEqual(expect.objectContaining({ value: "", numberFormat: "dd/mm/yyyy" }));
    await userClear(sim, "Data", "A1:B1");
    expect(sim.sheet("Data")!.values({ row: 0, column: 0, rowCount: 1, columnCount: 2 })).toEqual([["", ""]]);
    expect(events).toEqual([
      expect.objectContaining({ address: "A1", details: { valueBefore: 43558, valueAfter: "" } }),
      expect.objectContaining({ address: "A1:B1", changeType: "RangeEdited" }),
    ]);
    expect(events[1].details).toBeUndefined();
  });

  it("undoes an edit: values, formulas, number formats and a table's extent come back, and onChanged is raised", async () => {
    const sim = new SimWorkbook({ locale: "en-GB" });
    const sheet = sim.addSheet("Data");
    await sim.userEdit("Data", "A1:B2", [
      ["ID", "Born"],
      ["C1", "=1+1"],
    ]);
    sim.tables.push({
      name: "List",
      block: { row: 0, column: 0, rowCount: 2, columnCount: 2 },
      hasHeaders: true,
      sheet,
    });
    sim.recalculate();
    expect(sheet.cell(1, 1)?.value).toBe(2);

    const overFormula = recordBefore(sim, "Data", "B2");
    await sim.userType("Data", "B2", [["03/04/2019"]]);
    const beneath = recordBefore(sim, "Data", "A3:B3");
    await sim.userType("Data", "A3:B3", [["C2", "04/05/2020"]]);
    expect(sim.tables[0].block.rowCount).toBe(3);

    const events = await listening(sim, "Data");
    await userUndo(sim, beneath);
    expect(sheet.values({ row: 2, column: 0, rowCount: 1, columnCount: 2 })).toEqual([["", ""]]);
    expect(sheet.cell(2, 1)?.numberFormat).toBeUndefined();
    expect(sim.tables[0].block.rowCount).toBe(2);
    await userUndo(sim, overFormula);
    expect(sheet.cell(1, 1)).toEqual(expect.objectContaining({ formula: "=1+1", value: 2 }));
    expect(sheet.cell(1, 1)?.numberFormat).toBeUndefined();
    expect(events).toEqual([
      expect.objectContaining({ address: "A3:B3", changeType: "RangeEdited", source: "Local" }),
      expect.objectContaining({ address: "B2", details: { valueBefore: 43558, valueAfter: 2 } }),
    ]);
    expect(events[0].details).toBeUndefined();
  });
});
