// A sync of the in-memory Excel gives way to the page between steps (issue 12: in the demo it runs on
// the pane's thread, where Excel's own would not), yet a batch stays whole: no other batch, person's
// edit or event sees it half applied.
import * as givingWay from "../../src/excel/give-way";
import { jsonLength, SYNC_GIVE_WAY_MS } from "../../src/sim/sync-steps";
import { sheetGrid, SimWorkbook, type SimContext } from "../../src/sim/excel-sim";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROWS = 100_000;
const grid = (text: string) => Array.from({ length: ROWS }, (_, row) => [`${text}${row}`, row, "Y"]);

/** Writes a large block in one sync, and returns the sync's promise and when it settled. */
function largeWrite(sim: SimWorkbook, text: string) {
  const state = { done: false };
  const running = sim.run(async (context: SimContext) => {
    (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange(`A1:C${ROWS}`).values = grid(text);
    await context.sync();
    state.done = true;
  });
  return { running, state };
}

/** Resolves on the next macrotask: a timer set now runs only if the sync gave way. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A clock on which each look passes SYNC_GIVE_WAY_MS: a large sync gives way after its first step, however fast the machine. */
function timeUpAtEveryLook() {
  let time = 0;
  return jest.spyOn(givingWay, "now").mockImplementation(() => (time += SYNC_GIVE_WAY_MS));
}

describe("a sync in steps", () => {
  beforeEach(() => timeUpAtEveryLook());
  afterEach(() => jest.restoreAllMocks());

  it("lets a timer set before a large sync run before that sync is done", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const { running, state } = largeWrite(sim, "x");
    await nextTurn();
    expect(state.done).toBe(false);
    await running;
    expect(sheetGrid(sim, "Data")[ROWS - 1]).toEqual([`x${ROWS - 1}`, ROWS - 1, "Y"]);
  });

  it("reads a large block whole, in order, wherever it gives way", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    await largeWrite(sim, "r").running;
    const values = await sim.run(async (context: SimContext) => {
      const range = (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange(`A1:C${ROWS}`).load("values");
      await context.sync();
      return range.values as unknown[][];
    });
    expect(values).toEqual(grid("r"));
    expect(sim.stats.maxResponseBytes).toBe(JSON.stringify({ values: grid("r") }).length);
  });

  it("applies a second context's batch only after the first is whole", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const { running } = largeWrite(sim, "first");
    await nextTurn();
    const seen = await sim.run(async (context: SimContext) => {
      const range = (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange(`A${ROWS}`).load("values");
      await context.sync();
      return range.values as unknown[][];
    });
    expect(seen).toEqual([[`first${ROWS - 1}`]]);
    await running;
  });

  it("holds a person's edit made during a batch until the batch is whole, and the edit wins", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const { running, state } = largeWrite(sim, "api");
    await nextTurn();
    const edit = sim.userEdit("Data", `A${ROWS}`, [["typed"]]);
    expect(sheetGrid(sim, "Data")[ROWS - 1]?.[0]).not.toBe("typed");
    await edit;
    expect(state.done).toBe(true);
    await running;
    expect(sheetGrid(sim, "Data")[ROWS - 1][0]).toBe("typed");
    expect(sheetGrid(sim, "Data")[ROWS - 2][0]).toBe(`api${ROWS - 2}`);
  });

  it("delivers no event while a batch is half applied", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const seen: unknown[] = [];
    await sim.run(async (context: SimContext) => {
      (context.workbook.worksheets.getItem("Data") as AnyProxy).onChanged.add(async () => {
        // What a handler would read at once: the last row of the large write below.
        seen.push(sim.sheet("Data")!.cell(ROWS - 1, 0)?.value);
      });
      (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("E1").values = [["small"]];
    });
    // The small write's event is due on the next turn; the large batch starts first and gives way.
    const { running } = largeWrite(sim, "big");
    await running;
    await sim.settled();
    expect(seen).toEqual([`big${ROWS - 1}`, `big${ROWS - 1}`]);
  });
});

describe("a response's size measured in steps", () => {
  it("is JSON.stringify's length", () => {
    const drive = (value: unknown) => {
      const steps = jsonLength(value);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    };
    for (const value of [
      null,
      { values: [["a", 1, true, null, ""]] },
      { values: Array.from({ length: 250 }, (_, row) => [row, `x"${row}`, undefined]) },
      { address: "Data!A1", rowCount: 3, skipped: undefined },
      [{ name: "Data", visibility: "Visible" }],
      { nested: { a: [1, 2] }, list: [[[1]]] },
    ])
      expect(drive(value)).toBe(JSON.stringify(value).length);
  });
});

describe("a large clear and a recalculation in steps", () => {
  afterEach(() => jest.restoreAllMocks());

  it("clears a large range in steps a timer runs between, and no other batch sees it half cleared", async () => {
    const sim = new SimWorkbook();
    const sheet = sim.addSheet("Data");
    await largeWrite(sim, "x").running;
    const clock = timeUpAtEveryLook();
    const state = { done: false };
    const clearing = sim.run(async (context: SimContext) => {
      (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange(`A1:C${ROWS}`).clear("Contents");
      await context.sync();
      state.done = true;
    });
    await nextTurn();
    // Given way mid-clear: some cells gone, some not yet.
    expect(state.done).toBe(false);
    expect(sheet.cells.size).toBeGreaterThan(0);
    expect(sheet.cells.size).toBeLessThan(ROWS * 3);
    const seen = await sim.run(async (context: SimContext) => {
      const range = (context.workbook.worksheets.getItem("Data") as AnyProxy)
        .getRange(`A${ROWS}:C${ROWS}`)
        .load("values");
      await context.sync();
      return range.values as unknown[][];
    });
    expect(state.done).toBe(true);
    expect(seen).toEqual([["", "", ""]]);
    await clearing;
    expect(sheet.cells.size).toBe(0);
    expect(clock).toHaveBeenCalled();
  });

  it("recalculates in steps, and a recalculation asked for between them finishes it first", () => {
    const sim = new SimWorkbook();
    const links = sim.addSheet("Links");
    const LINKS = 20_000;
    // A findings sheet's links (formulas reading nothing) and one formula reading a cell.
    for (let row = 0; row < LINKS; row++) {
      const cell = links.cellForWrite(row, 0);
      cell.formula = `=HYPERLINK("#Data!A${row + 1}","Row ${row + 1}")`;
      links.formulaCells.add(cell);
    }
    links.cellForWrite(0, 2).value = 21;
    const reading = links.cellForWrite(0, 1);
    reading.formula = "=C1*2";
    links.formulaCells.add(reading);

    const steps = sim.recalculation();
    expect(steps.next().done).toBe(false);
    expect(steps.next().done).toBe(false);
    // As the demo drawing a mark reads a formula's value while a sync has given way.
    sim.recalculate();
    expect(links.cell(LINKS - 1, 0)?.value).toBe(`Row ${LINKS}`);
    expect(reading.value).toBe(42);
    expect(steps.next().done).toBe(true);

    // An edit: only what changed is looked at again, and in steps too.
    links.cellForWrite(0, 2).value = 5;
    let count = 0;
    for (const _ of sim.recalculation()) count += 1;
    expect(count).toBeGreaterThan(1);
    expect(reading.value).toBe(10);
    expect(links.cell(0, 0)?.value).toBe("Row 1");
  });
});
