// The simulator must behave like Office.js where the add-in relies on it, or its tests prove nothing.
import { PAYLOAD_LIMIT_BYTES, SimWorkbook, simulatedExcel, type SimContext } from "../../src/sim/excel-sim";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("the in-memory Excel", () => {
  it("refuses to read a property before load and sync", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    await sim.run(async (context: SimContext) => {
      const range = (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1:B2");
      expect(() => range.values).toThrow(/call the load method/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
  });

  it("runs queued writes only on sync, and counts syncs, operations and bytes", async () => {
    const sim = new SimWorkbook();
    const sheet = sim.addSheet("Data");
    await sim.run(async (context: SimContext) => {
      const range = (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1:B1");
      range.values = [["x", 1]];
      expect(sheet.cell(0, 0)).toBeUndefined();
      await context.sync();
      expect(sheet.cell(0, 0)?.value).toBe("x");
    });
    expect(sim.stats.syncs).toBe(1);
    expect(sim.stats.ops).toBe(1);
    expect(sim.stats.maxRequestBytes).toBeGreaterThan(10);
  });

  it("rejects values that do not fit the range", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    await expect(
      sim.run(async (context: SimContext) => {
        (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toThrow(/do not match the size/);
  });

  it("fails a request over 5 MB, as Excel on the web does", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      sim.run(async (context: SimContext) => {
        (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1:A60000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.sheet("Data")!.cells.size).toBe(0);
  });

  it("answers isNullObject after sync for a missing item", async () => {
    const sim = new SimWorkbook();
    await sim.run(async (context: SimContext) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope") as AnyProxy;
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("raises onChanged for a person's edit, without details for a multi-cell paste", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const events: unknown[] = [];
    await sim.run(async (context: SimContext) => {
      (context.workbook.worksheets.getItem("Data") as AnyProxy).onChanged.add(
        async (event: unknown) => void events.push(event),
      );
    });
    await sim.userEdit("Data", "B2", [["y"]]);
    await sim.userEdit("Data", "A3:B4", [
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(events).toEqual([
      expect.objectContaining({ address: "B2", details: { valueBefore: "", valueAfter: "y" } }),
      expect.not.objectContaining({ details: expect.anything() }),
    ]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions
  it.each([
    ["a number format", (range: AnyProxy) => (range.numberFormat = [["@"]])],
    ["a fill", (range: AnyProxy) => (range.format.fill.color = "#FF0000")],
    ["bold", (range: AnyProxy) => (range.format.font.bold = true)],
    [
      "data validation",
      (range: AnyProxy) => (range.dataValidation.rule = { list: { inCellDropDown: true, source: "Y" } }),
    ],
    ["a conditional format", (range: AnyProxy) => range.conditionalFormats.add("Custom")],
    ["clearing", (range: AnyProxy) => range.clear()],
  ])("refuses %s on a protected sheet", async (_what, write) => {
    const sim = new SimWorkbook();
    sim.addSheet("Data").protected = true;
    await expect(
      sim.run(async (context: SimContext) => {
        write((context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses a table on a protected sheet", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data").protected = true;
    await expect(
      sim.run(async (context: SimContext) => {
        (context.workbook.worksheets.getItem("Data") as AnyProxy).tables.add("A1:B2", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sim.tables).toEqual([]);
  });
});

describe("formulas Excel refuses", () => {
  const attempt = async (write: (range: AnyProxy) => void, names: string[] = []) => {
    const sim = new SimWorkbook();
    const sheet = sim.addSheet("Data");
    for (const name of names)
      sim.names.set(name.toLowerCase(), { sheet, block: { row: 0, column: 0, rowCount: 1, columnCount: 1 } });
    return sim.run(async (context: SimContext) => {
      write((context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1:A3"));
      await context.sync();
    });
  };

  it("refuses a conditional format that does not parse, or names what is not yet defined", async () => {
    await expect(
      attempt((range) => (range.conditionalFormats.add("Custom").custom.rule.formula = "=AND($A1=")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      attempt((range) => (range.conditionalFormats.add("Custom").custom.rule.formula = "=$A1<=ReferenceDate")),
    ).rejects.toThrow(/ReferenceDate, which is not defined/);
    await expect(
      attempt(
        (range) => (range.conditionalFormats.add("Custom").custom.rule.formula = "=$A1<=ReferenceDate"),
        ["ReferenceDate"],
      ),
    ).resolves.toBeUndefined();
  });

  it("refuses a drop-down whose source names what is not yet defined", async () => {
    await expect(
      attempt((range) => (range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Codes_gender" } })),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      attempt(
        (range) => (range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Codes_gender" } }),
        ["Codes_gender"],
      ),
    ).resolves.toBeUndefined();
  });

  it("refuses a cell formula that does not parse", async () => {
    await expect(attempt((range) => (range.formulas = [["=SUM(A1:"], ["x"], ["y"]]))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("data validation read back", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-type-member
  const readBack = async (address: string) => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    return sim.run(async (context: SimContext) => {
      const sheet = context.workbook.worksheets.getItem("Data") as AnyProxy;
      sheet.getRange("A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "Y,N" } };
      await context.sync();
      const validation = sheet.getRange(address).dataValidation;
      validation.load("type,rule");
      await context.sync();
      return { type: validation.type, rule: validation.rule };
    });
  };

  it("reports a list rule where one rule covers the range, None where none does, Inconsistent where it is mixed", async () => {
    await expect(readBack("A2")).resolves.toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "Y,N" } },
    });
    await expect(readBack("C1")).resolves.toEqual({ type: "None", rule: {} });
    await expect(readBack("A3:A4")).resolves.toEqual({ type: "Inconsistent", rule: {} });
  });

  it("refuses to give the type before it is loaded", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    await expect(
      sim.run(
        async (context: SimContext) =>
          (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1").dataValidation.type,
      ),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("Range.clear, as Excel applies it", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto
  async function cleared(applyTo?: "All" | "Contents" | "Formats") {
    const { sim, run } = simulatedExcel();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["kept?", 2]];
      range.numberFormat = [["@", "dd/mm/yyyy"]];
      range.format.fill.color = "#FFC7CE";
      await context.sync();
      range.clear(applyTo);
      await context.sync();
    });
    const sheet = sim.sheet("Sheet1")!;
    return [sheet.cell(0, 0), sheet.cell(0, 1)].map((cell) => ({
      value: cell?.value ?? "",
      numberFormat: cell?.numberFormat,
      fill: cell?.fill,
    }));
  }

  it("keeps formats when only the contents are cleared", async () => {
    expect(await cleared("Contents")).toEqual([
      { value: "", numberFormat: "@", fill: "FFC7CE" },
      { value: "", numberFormat: "dd/mm/yyyy", fill: "FFC7CE" },
    ]);
  });

  it("keeps values when only the formats are cleared, and clears both by default", async () => {
    expect((await cleared("Formats")).map((cell) => cell.value)).toEqual(["kept?", 2]);
    expect((await cleared("Formats")).map((cell) => cell.fill)).toEqual([undefined, undefined]);
    expect(await cleared()).toEqual([
      { value: "", numberFormat: undefined, fill: undefined },
      { value: "", numberFormat: undefined, fill: undefined },
    ]);
  });
});
