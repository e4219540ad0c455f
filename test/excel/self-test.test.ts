// The self-test for real Excel, run on the in-memory workbook. Every item the simulator can answer
// must pass; the items it cannot answer are named here, with what it lacks, and must fail for
// that reason (not be skipped), so the day the simulator gains the API this test says so.
import { runSelfTest, type SelfTestReport } from "../../src/excel/self-test";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE } from "../support/grids";

const HOST = { host: "Excel", platform: "in-memory workbook (src/sim)", version: "-", apiSets: "" };

/** What the simulator cannot do yet (an API it lacks, or leniency), by item, and how its failure reads. */
const SIMULATOR_LACKS: Record<string, RegExp> = {
  // conditionalFormats.load / getItemAt (ExcelApi 1.6): conditional formats cannot be read back.
  "The marks' conditional format colours the marked cell, and only it": /formats\.load is not a function/,
  // The simulator evaluates only the template's formula shapes, and not within the batch that wrote them.
  "The focus highlight colours the child in focus, and only that child":
    /Excel evaluates the highlight's formula as \["","",""\]/,
};

describe("the self-test for real Excel, on the in-memory workbook", () => {
  let report: SelfTestReport;
  const { sim, run } = simulatedExcel();

  beforeAll(async () => {
    report = await runSelfTest(run, { host: HOST, today: REFERENCE, settleMs: 50 });
  });

  it("runs every item, reporting the host it ran on", () => {
    expect(report.host).toBe(HOST);
    expect(report.items.map((item) => item.name)).toEqual([
      "Scratch sheets can be added",
      'Text written to cells formatted as text ("@") stays text',
      "Text written with an apostrophe prefix is stored as text, without the apostrophe",
      "A change handler fires, and stops once removed through its own context",
      "The marks' conditional format colours the marked cell, and only it",
      "The focus highlight colours the child in focus, and only that child",
      "Drop-downs (data validation lists) read back as written",
      "A named cell resolves, in the API and in a formula",
      "About 4 MB of values written and read back in the add-in's chunks",
      "Scratch sheets and names removed",
    ]);
  });

  it("passes every item the simulator can answer", () => {
    const failed = report.items.filter((item) => !item.passed && !(item.name in SIMULATOR_LACKS));
    expect(failed).toEqual([]);
    expect(report.items.find((item) => item.name.startsWith("About 4 MB"))!.detail).toMatch(
      /^4\.0 MB .* in 3 requests/,
    );
  });

  it.each(Object.entries(SIMULATOR_LACKS))("fails where the simulator falls short of Excel: %s", (name, why) => {
    const item = report.items.find((candidate) => candidate.name === name)!;
    expect(item.passed).toBe(false);
    expect(item.detail).toMatch(why);
  });

  it("leaves nothing of itself in the workbook", () => {
    expect(sim.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect([...sim.names.keys()]).toEqual([]);
  });
});

describe("the self-test where Excel refuses the scratch sheet", () => {
  it("stops after saying so, having changed nothing", async () => {
    const { sim, run } = simulatedExcel();
    sim.structureProtected = true;
    const report = await runSelfTest(run, { host: HOST, today: REFERENCE, settleMs: 50 });
    expect(report.items).toEqual([
      { name: "Scratch sheets can be added", passed: false, detail: expect.stringMatching(/structure is protected/) },
    ]);
    expect(sim.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});
