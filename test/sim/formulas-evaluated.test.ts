// Cell formulas evaluated as Excel evaluates them (src/sim/calc.ts): any formula, from the
// workbook's values and names, in the batch that wrote it; and only the cells formulas read loaded.
import { WorkbookCalc } from "../../src/sim/calc";
import { SimWorkbook, type SimContext } from "../../src/sim/excel-sim";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Writes `values` then `formulas` (one column) in one batch, and reads both back in it. */
async function inOneBatch(sim: SimWorkbook, values: Record<string, unknown[][]>, formulas: string[]) {
  return sim.run(async (context: SimContext) => {
    const sheet = context.workbook.worksheets.getItem("Data") as AnyProxy;
    for (const [address, rows] of Object.entries(values)) sheet.getRange(address).values = rows;
    const cells = sheet.getRange(`Z1:Z${formulas.length}`);
    cells.formulas = formulas.map((formula) => [formula]);
    cells.load("values,formulas");
    await context.sync();
    return {
      values: cells.values.map((row: unknown[]) => row[0]),
      formulas: cells.formulas.map((row: unknown[]) => row[0]),
    };
  });
}

describe("formulas, evaluated as Excel does", () => {
  it("gives a formula's value in the batch that wrote it, and the formula itself through formulas", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const formulas = [
      "=SUM(A1:A3)*2",
      '=UPPER(TRIM(B1))="Y"',
      "=A1/0",
      "=NOSUCHFUNCTION(1)",
      "=C9",
      '=IF(A2>1,"big","small")',
    ];
    const got = await inOneBatch(sim, { "A1:A3": [[1], [2], [3]], B1: [[" y "]] }, formulas);
    // A reference to an empty cell is 0 in Excel; errors come back as their text.
    expect(got.values).toEqual([12, true, "#DIV/0!", "#NAME?", 0, "big"]);
    expect(got.formulas).toEqual(formulas);
  });

  it("sees text as text, as Excel stores it (a leading apostrophe, or the text format)", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const got = await inOneBatch(sim, { A1: [["'0123"]], B1: [["0123"]] }, ["=ISTEXT(A1)", '=A1&"x"', "=ISNUMBER(B1)"]);
    expect(got.values).toEqual([true, "0123x", true]);
  });

  it("reads names, other sheets (quoted), and whole columns, and recalculates after a person's edit", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const other = sim.addSheet("Other sheet");
    other.cellForWrite(4, 1).value = 10;
    other.cellForWrite(99_999, 1).value = 5;
    sim.names.set("start", { sheet: other, block: { row: 4, column: 1, rowCount: 1, columnCount: 1 } });
    const got = await inOneBatch(sim, {}, ["=Start+1", "=SUM('Other sheet'!B:B)", "=WORKDAY(Start,1)"]);
    expect(got.values).toEqual([11, 15, 11]);
    await sim.userEdit("Other sheet", "B5", [[20]]);
    expect(sim.sheet("Data")!.values({ row: 0, column: 25, rowCount: 2, columnCount: 1 })).toEqual([[21], [25]]);
  });

  it("recalculates within a batch when a value the formula reads changes after it was read", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const read = await sim.run(async (context: SimContext) => {
      const sheet = context.workbook.worksheets.getItem("Data") as AnyProxy;
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("B1").formulas = [["=A1*2"]];
      const first = sheet.getRange("B1").load("values");
      sheet.getRange("A1").values = [[5]];
      const second = sheet.getRange("B1").load("values");
      await context.sync();
      return [first.values[0][0], second.values[0][0]];
    });
    expect(read).toEqual([2, 10]);
  });

  it("gives a formula that reads no cell its value (a link shows its friendly name)", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const got = await inOneBatch(sim, {}, ['=HYPERLINK("#Data!A1","Go to A1")', '=HYPERLINK("#Data!B2")', "=2+3*4"]);
    expect(got.values).toEqual(["Go to A1", "#Data!B2", 14]);
  });

  it("keeps each workbook's values apart, though they share a few engines", async () => {
    // More workbooks than engines (four), so each is lent on and taken back.
    const workbooks = Array.from({ length: 6 }, () => new SimWorkbook());
    for (const [index, sim] of workbooks.entries()) {
      sim.addSheet("Data");
      expect((await inOneBatch(sim, { A1: [[index]] }, ["=A1+100"])).values).toEqual([index + 100]);
    }
    for (const [index, sim] of workbooks.entries()) await sim.userEdit("Data", "A1", [[index * 2]]);
    expect(workbooks.map((sim) => sim.sheet("Data")!.cell(0, 25)!.value)).toEqual([100, 102, 104, 106, 108, 110]);
  });

  it("loads only the cells formulas read, not a big sheet beside them", () => {
    const sim = new SimWorkbook();
    const list = sim.addSheet("List");
    for (let row = 0; row < 100_000; row++) list.cellForWrite(row, 0).value = `child ${row}`;
    const sums = sim.addSheet("Sums");
    sums.cellForWrite(0, 0).value = 2;
    sums.cellForWrite(0, 1).formula = "=A1*3";
    sums.formulaCells.add(sums.cell(0, 1)!);
    const calc = new WorkbookCalc(sim);
    calc.recalculate();
    expect(sums.cell(0, 1)!.value).toBe(6);
    // The formula cell and the one cell it reads; none of the list's 100,000.
    expect(calc.loadedCells).toBe(2);
    expect(calc.evaluate("=COUNTA(List!A1:A3)", sums)).toBe(3);
    expect(calc.loadedCells).toBe(5);
  });
});
