// Every Excel API the add-in uses, found by the TypeScript compiler's type checker in src/excel/,
// must exist in the simulator: a use the simulator lacks fails here, not in Excel. (The add-in is
// typed against @types/office-js; this is what stands between those types and the simulator.)
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { SimWorkbook, type ChangeEvent, type SimContext } from "../../src/sim/excel-sim";
import { userSelect } from "../../src/sim/selection-events";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** "Excel.Range.values", ... for every property or method of an Excel.* or OfficeExtension.* type the add-in touches. */
function excelApisUsed(): string[] {
  const dir = join(__dirname, "../../src/excel");
  // Not self-test.ts: it probes real Excel, with APIs the simulator may lack on purpose; its own
  // test (test/excel/self-test.test.ts) names each item the simulator cannot answer.
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && file !== "self-test.ts")
    .map((file) => join(dir, file));
  const config = ts.readConfigFile(join(__dirname, "../../tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(__dirname, "../.."));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const used = new Set<string>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const type = checker.getTypeAtLocation(node.expression);
        const symbol = type.getSymbol() ?? type.aliasSymbol;
        const name = symbol ? checker.getFullyQualifiedName(symbol) : "";
        if (/^(Excel|OfficeExtension)\./.test(name)) used.add(`${name}.${node.name.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file)!);
  }
  return [...used].sort();
}

/** One simulator object per Excel type, reached as the add-in reaches it. */
async function simObjects(): Promise<Map<string, object>> {
  const sim = new SimWorkbook({ apiVersion: "1.13" });
  sim.addSheet("Data");
  const objects = new Map<string, object>();
  await sim.run(async (context: SimContext) => {
    const workbook = context.workbook as AnyProxy;
    const sheet = workbook.worksheets.getItem("Data") as AnyProxy;
    const range = sheet.getRange("A1:B2");
    const format = range.conditionalFormats.add("Custom");
    const handlers = sheet.onChanged;
    const entries: [string, object][] = [
      ["Excel.RequestContext", context],
      ["Excel.Workbook", workbook],
      ["Excel.WorksheetCollection", workbook.worksheets],
      ["Excel.Worksheet", sheet],
      ["Excel.WorksheetProtection", sheet.protection],
      ["Excel.WorksheetFreezePanes", sheet.freezePanes],
      ["Excel.WorkbookProtection", workbook.protection],
      ["Excel.NamedItemCollection", workbook.names],
      ["Excel.NamedItem", workbook.names.getItemOrNullObject("Nothing")],
      ["Excel.TableCollection", sheet.tables],
      ["Excel.Table", sheet.tables.add("D1:E2", true)],
      ["Excel.Range", range],
      ["Excel.RangeAreas", range.getMergedAreasOrNullObject()],
      ["Excel.RangeFormat", range.format],
      ["Excel.RangeFont", range.format.font],
      ["Excel.RangeFill", range.format.fill],
      ["Excel.DataValidation", range.dataValidation],
      ["Excel.ConditionalFormatCollection", range.conditionalFormats],
      ["Excel.ConditionalFormat", format],
      ["Excel.CustomConditionalFormat", format.custom],
      ["Excel.ConditionalFormatRule", format.custom.rule],
      ["Excel.ConditionalRangeFormat", format.custom.format],
      ["Excel.ConditionalRangeFill", format.custom.format.fill],
      ["Excel.ConditionalRangeFont", format.custom.format.font],
      ["Excel.ConditionalRangeBorderCollection", format.custom.format.borders],
      ["Excel.ConditionalRangeBorder", format.custom.format.borders.getItem("EdgeTop")],
      ["OfficeExtension.EventHandlers", handlers],
      [
        "OfficeExtension.EventHandlerResult",
        handlers.add(async (event: ChangeEvent) => void objects.set("Excel.WorksheetChangedEventArgs", event)),
      ],
    ];
    sheet.onSelectionChanged.add(
      async (event: object) => void objects.set("Excel.WorksheetSelectionChangedEventArgs", event),
    );
    for (const [name, object] of entries) objects.set(name, object);
  });
  await sim.userEdit("Data", "A1", [["x"]]);
  await userSelect(sim, "Data", "B2");
  return objects;
}

describe("the simulator's surface", () => {
  it("has every Excel API the add-in uses", async () => {
    const used = excelApisUsed();
    expect(used.length).toBeGreaterThan(50);
    const objects = await simObjects();
    const missing = used.filter((api) => {
      const member = api.slice(api.lastIndexOf(".") + 1);
      const object = objects.get(api.slice(0, api.lastIndexOf(".")));
      return !object || !(member in object);
    });
    expect(missing).toEqual([]);
  }, 30_000);
});
