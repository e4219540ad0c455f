// Events as Excel raises them: handlers bound to the context that added them, run concurrently.
import { sheetGrid, SimWorkbook, type SimContext } from "../../src/sim/excel-sim";
import { SHEET_COLUMNS } from "../../src/domain/grid";

type AnyProxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("event handlers in the in-memory Excel", () => {
  // https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult: the same
  // RequestContext the handler was added in must be used to remove it.
  it("keeps a handler removed inside a new Excel.run, as Excel does", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const events: string[] = [];
    const registration = await sim.run(async (context: SimContext) => {
      const added = (context.workbook.worksheets.getItem("Data") as AnyProxy).onChanged.add(
        async (event: { address: string }) => void events.push(event.address),
      );
      await context.sync();
      return added;
    });
    await sim.run(async (context: SimContext) => {
      registration.remove();
      await context.sync();
    });
    await sim.userEdit("Data", "A1", [["x"]]);
    expect(events).toEqual(["A1"]);

    await sim.run(registration.context, async (own: SimContext) => {
      registration.remove();
      await own.sync();
    });
    await sim.userEdit("Data", "A2", [["y"]]);
    expect(events).toEqual(["A1"]);
  });

  it("runs handlers without awaiting them, as office.js does: a slow handler does not hold back the next event", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await sim.run(async (context: SimContext) => {
      (context.workbook.worksheets.getItem("Data") as AnyProxy).onChanged.add(async (event: { address: string }) => {
        log.push(`start ${event.address}`);
        if (event.address === "A1") await gate;
        log.push(`end ${event.address}`);
      });
    });
    const first = sim.userEdit("Data", "A1", [["x"]]);
    const second = sim.userEdit("Data", "A2", [["y"]]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual(["start A1", "start A2", "end A2"]);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(["start A1", "start A2", "end A2", "end A1"]);
  });
});

describe("Range.delete in the in-memory Excel", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1):
  // cells below move up; onChanged says "RowDeleted" for whole rows.
  it("deletes whole rows, moving the rows below up and raising RowDeleted", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    await sim.userEdit("Data", "A1:B3", [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const events: string[] = [];
    await sim.run(async (context: SimContext) => {
      const sheet = context.workbook.worksheets.getItem("Data") as AnyProxy;
      sheet.onChanged.add(
        async (event: { address: string; changeType: string }) =>
          void events.push(`${event.changeType} ${event.address}`),
      );
      sheet.getRangeByIndexes(1, 0, 1, SHEET_COLUMNS).delete("Up");
      await context.sync();
    });
    await sim.settled();
    expect(sheetGrid(sim, "Data")).toEqual([
      ["a", 1],
      ["c", 3],
    ]);
    expect(events).toEqual(["RowDeleted 2:2"]);
  });

  it("refuses a shape it does not model, rather than guessing", async () => {
    const sim = new SimWorkbook();
    sim.addSheet("Data");
    await expect(
      sim.run(async (context: SimContext) => {
        (context.workbook.worksheets.getItem("Data") as AnyProxy).getRange("A1:B1").delete("Up");
        await context.sync();
      }),
    ).rejects.toThrow(/whole rows only/);
  });
});
