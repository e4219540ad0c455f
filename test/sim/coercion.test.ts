// Excel parses a string written through Range.values or Range.formulas as if typed (sources in
// src/sim/coercion.ts); the simulator must change what Excel changes, or the add-in's text-as-text
// writes prove nothing.
import { SimWorkbook, type SimContext } from "../../src/sim/excel-sim";
import type { SimLocale } from "../../src/sim/coercion";
import type { CellValue } from "../../src/domain/grid";
import { serial } from "../support/grids";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function written(
  input: CellValue,
  options: { locale?: SimLocale; format?: string; via?: "values" | "formulas" } = {},
) {
  const sim = new SimWorkbook(options.locale ? { locale: options.locale } : {});
  const sheet = sim.addSheet("Data");
  await sim.run(async (context: SimContext) => {
    const range = (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1");
    if (options.format) range.numberFormat = [[options.format]];
    range[options.via ?? "values"] = [[input]];
    await context.sync();
  });
  return sheet.cell(0, 0)!;
}

describe("strings written to cells, as Excel stores them", () => {
  it("reads 03/04/2019 month first in a US locale and day first in a UK one, and gives the cell a date format", async () => {
    expect(await written("03/04/2019")).toMatchObject({ value: serial("2019-03-04"), numberFormat: "m/d/yyyy" });
    expect(await written("03/04/2019", { locale: "en-GB" })).toMatchObject({
      value: serial("2019-04-03"),
      numberFormat: "dd/mm/yyyy",
    });
  });

  it("keeps a date that is impossible in the locale's order as text", async () => {
    expect((await written("23/04/2016")).value).toBe("23/04/2016");
    expect((await written("23/04/2016", { locale: "en-GB" })).value).toBe(serial("2016-04-23"));
  });

  it("drops leading zeros, reads TRUE as a boolean and rounds past 15 significant digits", async () => {
    expect((await written("00123")).value).toBe(123);
    expect((await written("TRUE")).value).toBe(true);
    expect((await written("1234567890123456789")).value).toBe(1234567890123460000);
  });

  it("starts a formula at =, and at + or - before anything but a number", async () => {
    expect(await written("=A2")).toMatchObject({ formula: "=A2" });
    expect(await written("-abc")).toMatchObject({ formula: "=-abc" });
    expect((await written("-12")).value).toBe(-12);
    expect(await written("0123", { via: "formulas" })).toMatchObject({ value: 123 });
  });

  it("takes a leading apostrophe as the sign of text, not part of the value", async () => {
    expect((await written("'0123")).value).toBe("0123");
    expect((await written("'=A2")).formula).toBeUndefined();
    expect((await written("'03/04/2019")).value).toBe("03/04/2019");
  });

  it("keeps the string as written in a cell formatted as Text", async () => {
    expect((await written("0123", { format: "@" })).value).toBe("0123");
    expect((await written("=A2", { format: "@" })).value).toBe("=A2");
    expect((await written("03/04/2019", { format: "@" })).value).toBe("03/04/2019");
  });

  it("stores plain words as they are", async () => {
    expect((await written("a) Male")).value).toBe("a) Male");
    expect((await written("N1 Abuse or neglect")).value).toBe("N1 Abuse or neglect");
  });
});
