// Conditional formats read back as Excel reports them (src/sim/conditional-formats.ts), and
// refused where Excel refuses: an index past the end, a property not loaded or not there.
import { SimWorkbook, type SimContext } from "../../src/sim/excel-sim";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A sheet with two custom formats: the older on A1:C5, the newer on B2:B9. */
async function twoFormats(): Promise<SimWorkbook> {
  const sim = new SimWorkbook();
  sim.addSheet("Data");
  await sim.run(async (context: SimContext) => {
    const sheet = context.workbook.worksheets.getItem("Data") as AnyProxy;
    const older = sheet.getRange("A1:C5").conditionalFormats.add("Custom");
    older.custom.rule.formula = '=$A1="x"';
    older.custom.format.fill.color = "#FFC7CE";
    const newer = sheet.getRange("B2:B9").conditionalFormats.add("Custom");
    newer.custom.rule.formula = "=B2>1";
    newer.custom.format.font.bold = true;
    await context.sync();
  });
  return sim;
}

const onRange = (context: SimContext, address: string) =>
  (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange(address).conditionalFormats;

describe("conditional formats, read back", () => {
  it("lists the formats overlapping the range, newest (top priority) first, with each rule as written", async () => {
    const sim = await twoFormats();
    const items = await sim.run(async (context: SimContext) => {
      const formats = onRange(context, "B3").load(
        "items/type,items/priority,items/stopIfTrue,items/custom/rule/formula",
      );
      await context.sync();
      return formats.items.map((item: AnyProxy) => [
        item.type,
        item.priority,
        item.stopIfTrue,
        item.custom.rule.formula,
      ]);
    });
    expect(items).toEqual([
      ["Custom", 0, false, "=B2>1"],
      ["Custom", 1, false, '=$A1="x"'],
    ]);
  });

  it("counts them, and gives one by index with its format and range", async () => {
    const sim = await twoFormats();
    const read = await sim.run(async (context: SimContext) => {
      const everything = onRange(context, "A1:C9").getCount();
      const outside = onRange(context, "A9").getCount();
      const format = onRange(context, "A1").getItemAt(0).load("custom/format,priority");
      const range = format.getRange().load("address");
      await context.sync();
      return {
        counts: [everything.value, outside.value],
        fill: format.custom.format.fill.color,
        bold: format.custom.format.font.bold,
        address: range.address,
      };
    });
    expect(read).toEqual({ counts: [2, 0], fill: "#FFC7CE", bold: false, address: "Data!A1:C5" });
  });

  it("refuses an index with no format, at sync", async () => {
    const sim = await twoFormats();
    await expect(
      sim.run(async (context: SimContext) => {
        onRange(context, "A1").getItemAt(1).load("type");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses to read before load and sync, and to load what a format does not have", async () => {
    const sim = await twoFormats();
    await sim.run(async (context: SimContext) => {
      const formats = onRange(context, "B2");
      expect(() => formats.items).toThrow(/call the load method/);
      expect(() => formats.load("items/colour")).toThrow(expect.objectContaining({ code: "PropertyNotFound" }));
      const first = formats.getItemAt(0).load("type");
      await context.sync();
      expect(first.type).toBe("Custom");
      expect(() => first.custom.rule.formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("changes a rule only to a formula Excel accepts, and deletes a format", async () => {
    const sim = await twoFormats();
    await expect(
      sim.run(async (context: SimContext) => {
        onRange(context, "B2").getItemAt(0).custom.rule.formula = "=B2>Limit";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await sim.run(async (context: SimContext) => {
      onRange(context, "B2").getItemAt(0).delete();
      await context.sync();
    });
    expect(sim.sheet("Data")!.conditionalFormats.map((format) => format.formula)).toEqual(['$A1="x"']);
  });
});
