// The self-test for real Excel, run on the in-memory workbook: every item must pass, the marks'
// and highlight items included (the simulator reads conditional formats back and evaluates
// formulas as Excel does: src/sim/conditional-formats.ts, src/sim/calc.ts).
import { runSelfTest, shortFormula, type SelfTestReport } from "../../src/excel/self-test";
import { simulatedExcel } from "../../src/sim/excel-sim";
import { REFERENCE } from "../support/grids";

const HOST = { host: "Excel", platform: "in-memory workbook (src/sim)", version: "-", apiSets: "" };

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

  it("passes every item", () => {
    expect(report.items.filter((item) => !item.passed)).toEqual([]);
    expect(report.items.find((item) => item.name.startsWith("About 4 MB"))!.detail).toMatch(
      /^4\.0 MB .* in 3 requests/,
    );
  });

  it("checks the marks' and highlight's rules as the simulator reads them back, and the formulas' answers", () => {
    const detail = (start: string) => report.items.find((item) => item.name.startsWith(start))!.detail;
    expect(detail("The marks'")).toMatch(
      /^Excel has ='AnnexA_SelfTest_\d+_m'!A20=2 on AnnexA_SelfTest_\d+!A20:D30, fill #FFC7CE/i,
    );
    expect(detail("The focus highlight")).toMatch(/the formula gives \[true,false,false\] as expected/);
  });

  it("shows a long formula by its start and its length, not whole", () => {
    const detail = report.items.find((item) => item.name.startsWith("The focus highlight"))!.detail;
    const length = Number(/…\s\(([\d,]+) characters\)/.exec(detail)?.[1].replace(/,/g, ""));
    expect(length).toBeGreaterThan(1000);
    expect(detail.length).toBeLessThan(400);
    // A short formula is shown whole (the marks' rule, above, is).
    expect(shortFormula("=A1=2")).toBe("=A1=2");
    expect(shortFormula(`=${"A".repeat(6000)}`)).toBe(`=${"A".repeat(79)}… (6,001 characters)`);
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
