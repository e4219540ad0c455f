// The simulator has every Excel API the add-in uses, by the compiler rather than by a search at test
// time: src/excel/ is typed against src/excel/excel-api.ts (Excel.* narrowed to what it uses), Office's
// own types must satisfy that surface, and src/sim's proxies are each built to it, so the
// simulator's `run` is an ExcelRun with no cast. The type checks below are compiled by `npm run lint`
// (tsc), each `@ts-expect-error` failing the build if the line it guards starts to compile; the last
// test compiles range-proxy.ts with a member taken out, so weakening its types fails here too.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import type {
  AddinContext,
  AddinCreateWorkbook,
  AddinDocument,
  AddinFile,
  AddinRange,
  AddinWorksheet,
  AddinWorksheetChangedEventArgs,
  AddinWorksheetSelectionChangedEventArgs,
} from "../../src/excel/excel-api";
import type { ExcelRun } from "../../src/excel/excel-run";
import { SimContext, simulatedExcel, SimWorkbook } from "../../src/sim/excel-sim";

/** Compiles only when `Wide` can stand wherever `Narrow` is asked for. */
type Satisfies<Wide extends Narrow, Narrow> = Wide;

// Office's Excel satisfies the surface, so a member picked or re-pointed wrongly there fails here.
export type OfficeSatisfiesTheSurface = [
  Satisfies<Excel.RequestContext, AddinContext>,
  Satisfies<Excel.Worksheet, AddinWorksheet>,
  Satisfies<Excel.Range, AddinRange>,
  Satisfies<Excel.WorksheetChangedEventArgs, AddinWorksheetChangedEventArgs>,
  Satisfies<Excel.WorksheetSelectionChangedEventArgs, AddinWorksheetSelectionChangedEventArgs>,
  // Prepare to send's file and new workbook (prepare-to-send.ts; the simulator's: src/sim/office-file.ts).
  Satisfies<Office.Document, AddinDocument>,
  Satisfies<Office.File, AddinFile>,
  Satisfies<typeof Excel.createWorkbook, AddinCreateWorkbook>,
];

// A member Excel does not have cannot be added to the surface.
// @ts-expect-error -- Excel.Range has no `colour`
export type NotExcel = Satisfies<Excel.Range, AddinRange & { colour: string }>;

// So do the simulator's request contexts and its run, as they are (each proxy is built to its
// type in excel-api.ts, so a member the add-in uses that the simulator lacks fails there).
export type SimulatorSatisfiesTheSurface = [
  Satisfies<SimContext, AddinContext>,
  Satisfies<SimWorkbook["run"], ExcelRun>,
];

/** An action that reaches past the surface does not compile: Range.getCellProperties is not in it. */
export async function pastTheSurface(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    // @ts-expect-error -- getCellProperties is not part of the add-in's Excel
    range.getCellProperties({ format: { fill: { color: true } } });
    await context.sync();
  });
}

describe("the simulator's surface", () => {
  it("runs an action written against the add-in's Excel, given as an ExcelRun without a cast", async () => {
    const { sim, run } = simulatedExcel({ apiVersion: "1.13" });
    const read = await run(async (context: AddinContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["x", 1]];
      const range = sheet.getRange("A1:B1").load("address,values");
      const merged = range.getMergedAreasOrNullObject();
      await context.sync();
      return { address: range.address, values: range.values, merged: merged.isNullObject };
    });
    expect(read).toEqual({ address: "Sheet1!A1:B1", values: [["x", 1]], merged: true });
    expect(sim.stats.syncs).toBe(1);
  });

  it("passes a value through sync, as Office.js's ClientRequestContext.sync does", async () => {
    const { run } = simulatedExcel();
    await expect(run((context) => context.sync("passed"))).resolves.toBe("passed");
  });
});

/** Parsed once for every compilation below (Office's and the DOM's declarations are large). */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** TypeScript's errors in src/sim/range-proxy.ts, compiled as it is or with `edit` applied to its text. */
function rangeProxyErrors(edit: (text: string) => string = (text) => text): string[] {
  const root = join(__dirname, "../..");
  const file = join(root, "src/sim/range-proxy.ts");
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, ...rest) => {
    if (resolve(name) === file) return ts.createSourceFile(name, edit(readFileSync(file, "utf8")), language);
    if (!parsed.has(name)) parsed.set(name, getSourceFile.call(host, name, language, ...rest));
    return parsed.get(name);
  };
  const program = ts.createProgram([file], { ...options, noEmit: true }, host);
  return program
    .getSemanticDiagnostics(program.getSourceFile(file))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("the compiler, on a simulator that lacks what the add-in uses", () => {
  it("refuses a range proxy without `rowIndex`, which the add-in reads", () => {
    const member = /^\s*rowIndex: \{ get: .*\n/m;
    expect(readFileSync(join(__dirname, "../../src/sim/range-proxy.ts"), "utf8")).toMatch(member);
    expect(rangeProxyErrors()).toEqual([]);
    const errors = rangeProxyErrors((text) => text.replace(member, ""));
    expect(errors.join("\n")).toMatch(/Property 'rowIndex' is missing in type .* but required in type 'AddinRange'/);
  }, 300_000);
});
