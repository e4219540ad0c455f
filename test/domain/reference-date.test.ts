// Where a workbook gives its reference date and how its cell is read: the ReferenceDate named
// cell, else the cell beside the Inspection sheet's label; a date, blank or not a date, and the
// sentence that names the cell to mend when today was used instead.
import { parseAddress, NO_SAVED_RESULT, type CellValue } from "../../src/domain/grid";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import {
  findReferenceDate,
  readReferenceCell,
  referenceDateProblem,
  REFERENCE_LABEL_ROWS,
} from "../../src/domain/reference-date";
import { INSPECTION_SHEET, templatePlan } from "../../src/domain/template-plan";
import { REFERENCE } from "../support/grids";

const TODAY = REFERENCE + 3;

describe("the reference date", () => {
  it.each([
    [45000, "workbook"],
    ["", "blank"],
    [null, "blank"],
    [0, "blank"],
    ["next Tuesday", "invalid"],
  ])("reads the notification date cell %p as %s, using today only when it says so", (value, kind) => {
    const reading = readReferenceCell(value, TODAY);
    expect(reading.kind).toBe(kind);
    if (kind === "workbook") expect(referenceDateProblem(reading)).toBeUndefined();
    else
      expect(referenceDateProblem(reading)).toMatch(
        /^The notification date on the Inspection sheet .* checked against today, \d\d\/\d\d\/\d{4}\./,
      );
  });

  it("finds the reference date one way for both adapters: the named cell, else the Inspection sheet's label", () => {
    const inspection = [
      ["Notification date", 45000],
      ["reference date ", 45001],
    ];
    expect(findReferenceDate({ cell: 45002 }, inspection, TODAY)).toEqual({ kind: "workbook", serial: 45002 });
    expect(findReferenceDate({ cell: null }, inspection, TODAY)).toEqual({
      kind: "blank",
      serial: TODAY,
      cell: "reference",
    });
    expect(findReferenceDate(undefined, inspection, TODAY)).toEqual({
      kind: "workbook",
      serial: 45001,
      notification: 45000,
    });
    expect(findReferenceDate(undefined, [["Reference date", "2026-11-24"]], TODAY)).toEqual({
      kind: "workbook",
      serial: 46350,
    });
    expect(findReferenceDate(undefined, undefined, TODAY)).toEqual({ kind: "none", serial: TODAY });
  });

  it("names the cell to mend: the notification date when the reference date follows it, else the reference date", () => {
    const problem = (named: Parameters<typeof findReferenceDate>[0], inspection?: (string | number | null)[][]) =>
      referenceDateProblem(findReferenceDate(named, inspection, TODAY));
    // The template's B5 is =NotificationDate: text typed in B4 shows in B5 too.
    expect(problem({ cell: "next week", notification: "next week" })).toMatch(
      /^The notification date on the Inspection sheet \(‘next week’\) is not a date/,
    );
    // A blank B4 shows as 0 in the formula cell: still the notification date's fault.
    expect(problem({ cell: 0, notification: null })).toMatch(/^The notification date on the Inspection sheet is blank/);
    // Text typed over the formula in B5, the notification date a date.
    expect(problem({ cell: "soon", notification: 46350 })).toMatch(
      /^The reference date on the Inspection sheet \(‘soon’\) is not a date/,
    );
    expect(problem({ cell: "", notification: 46350 })).toMatch(/^The reference date on the Inspection sheet is blank/);
    // A file saved by a writer that never calculated B5's formula: no value to quote.
    expect(problem({ cell: NO_SAVED_RESULT, notification: 46350 })).toMatch(
      /^The reference date on the Inspection sheet is a formula whose result was not saved in the file, .* Open the file in Excel and save it/,
    );
    // A workbook that lost its names: the labels say which is which.
    expect(
      problem(undefined, [
        ["Notification date", 46350],
        ["Reference date", "soon"],
      ]),
    ).toMatch(/^The reference date on the Inspection sheet \(‘soon’\)/);
    expect(
      problem(undefined, [
        ["Notification date", "soon"],
        ["Reference date", "soon"],
      ]),
    ).toMatch(/^The notification date on the Inspection sheet \(‘soon’\)/);
  });

  it("is found by the labels the template writes, in the rows it looks through", () => {
    // The Inspection sheet's cells as the template writes them, its names lost.
    const inspection = templatePlan(JTAI_NEGLECT_2017, { notificationSerial: REFERENCE }).sheets.find(
      (sheet) => sheet.name === INSPECTION_SHEET,
    )!;
    const grid: CellValue[][] = [];
    for (const cell of inspection.cells) {
      const { row, column } = parseAddress(cell.address)!;
      (grid[row] ??= [])[column] = cell.value;
    }
    const labelRows = grid.flatMap((row, index) => (typeof row?.[0] === "string" ? [index] : []));
    expect(Math.max(...labelRows)).toBeLessThan(REFERENCE_LABEL_ROWS);
    expect(findReferenceDate(undefined, grid, TODAY)).toEqual({
      kind: "workbook",
      serial: REFERENCE,
      notification: REFERENCE,
    });
    // Typed over, the reference date is read from its own cell, not the notification date's.
    const reference = inspection.cells.find((cell) => cell.formula)!;
    const { row, column } = parseAddress(reference.address)!;
    grid[row][column] = "soon";
    expect(referenceDateProblem(findReferenceDate(undefined, grid, TODAY))).toMatch(/^The reference date/);
  });
});
