import { findReferenceDate, readReferenceCell, summariseCheck } from "../../src/domain/check-summary";
import { validateWorkbook } from "../../src/domain/engine";
import { NO_SAVED_RESULT } from "../../src/domain/grid";
import { gridOf, REFERENCE, validRow } from "../support/grids";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";

const TODAY = REFERENCE + 3;
const workbookDate = { kind: "workbook", serial: REFERENCE } as const;

describe("what a check can honestly claim", () => {
  it("never says 0 errors when every list is empty", () => {
    const result = validateWorkbook(
      JTAI_NEGLECT_2017,
      [{ sheet: "Contacts", list: "contacts", grid: gridOf("contacts", []) }],
      {
        referenceSerial: REFERENCE,
      },
    );
    const summary = summariseCheck(result, workbookDate, REFERENCE);
    expect(summary.checkedAnything).toBe(false);
    expect(summary.headline).toBe("Nothing was checked: the list has no rows under recognised headings.");
    expect(summary.headline).not.toMatch(/0 errors/);
    expect(summary.lists[0]).toMatchObject({ state: "empty", text: "empty: no rows to check" });
  });

  it("says when no list was found, and which sheets were not checked and why", () => {
    const result = validateWorkbook(JTAI_NEGLECT_2017, [{ sheet: "Notes", grid: [["Some"], ["text"]] }], {
      referenceSerial: REFERENCE,
    });
    const summary = summariseCheck(result, workbookDate, REFERENCE);
    expect(summary.headline).toBe("Nothing was checked: no Annex A list was found.");
    expect(summary.notChecked.map((item) => item.sheet)).toEqual(["Notes"]);
    expect(summary.notChecked[0].reason).not.toBe("");
  });

  it("says a list whose headings were not found was not checked", () => {
    const result = validateWorkbook(
      JTAI_NEGLECT_2017,
      [{ sheet: "Contacts", list: "contacts", grid: [["x"], ["DEMO1"]] }],
      {
        referenceSerial: REFERENCE,
      },
    );
    const summary = summariseCheck(result, workbookDate, REFERENCE);
    expect(summary.lists[0].state).toBe("headings not found");
    expect(summary.checkedAnything).toBe(false);
  });

  it("counts errors and warnings in the rows it read", () => {
    const result = validateWorkbook(
      JTAI_NEGLECT_2017,
      [
        {
          sheet: "Contacts",
          list: "contacts",
          grid: gridOf("contacts", [validRow("contacts"), validRow("contacts", { childId: "X2" })]),
        },
      ],
      { referenceSerial: REFERENCE },
    );
    const summary = summariseCheck(result, workbookDate, REFERENCE);
    expect(summary.checkedAnything).toBe(true);
    expect(summary.headline).toMatch(/^\d+ errors?, \d+ warnings? in 2 rows of 1 list\.$/);
  });

  it.each([
    [45000, "workbook"],
    ["", "blank"],
    [null, "blank"],
    [0, "blank"],
    ["next Tuesday", "invalid"],
  ])("reads the notification date cell %p as %s, using today only when it says so", (value, kind) => {
    const reading = readReferenceCell(value, TODAY);
    expect(reading.kind).toBe(kind);
    const summary = summariseCheck(
      { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings: [] },
      reading,
      REFERENCE,
    );
    if (kind === "workbook") expect(summary.referenceProblem).toBeUndefined();
    else
      expect(summary.referenceProblem).toMatch(
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
      summariseCheck(
        { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings: [] },
        findReferenceDate(named, inspection, TODAY),
        TODAY,
      ).referenceProblem;
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
});
