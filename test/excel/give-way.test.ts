import { runGivingWay } from "../../src/excel/give-way";
import { validateWorkbook, validateWorkbookInSteps } from "../../src/domain/engine";
import { childrenInNeedGrid } from "../../bench/generate";
import { REFERENCE } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";

describe("checking in steps, giving way", () => {
  const sheets = [{ sheet: "Children in need", grid: childrenInNeedGrid(2_000, 0.05, REFERENCE) }];

  it("gives the same result as the check in one go", async () => {
    const result = await runGivingWay(
      validateWorkbookInSteps(JTAI_NEGLECT_2017, sheets, { referenceSerial: REFERENCE }),
      {
        cancelled: "x",
      },
    );
    expect(JSON.stringify(result)).toBe(
      JSON.stringify(validateWorkbook(JTAI_NEGLECT_2017, sheets, { referenceSerial: REFERENCE })),
    );
  });

  it("stops with a cancel heard when it gives way", async () => {
    const controller = new AbortController();
    let rows = 0;
    const steps = validateWorkbookInSteps(JTAI_NEGLECT_2017, sheets, { referenceSerial: REFERENCE });
    // A generator that takes time per step, so it gives way and the cancel is looked at.
    function* slow() {
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        const until = Date.now() + 50;
        while (Date.now() < until);
        yield next.value;
      }
    }
    const running = runGivingWay(slow(), {
      signal: controller.signal,
      onRows: (count) => (rows += count) && controller.abort(),
      cancelled: "Cancelled.",
    });
    await expect(running).rejects.toThrow("Cancelled.");
    expect(rows).toBeGreaterThan(0);
  });
});
