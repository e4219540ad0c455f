import { summariseCheck } from "../../src/domain/check-summary";
import { validateWorkbook } from "../../src/domain/engine";
import { readReferenceCell, referenceDateProblem } from "../../src/domain/reference-date";
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

  it("carries the sentence on a reference date that is not the workbook's own, and none when it is", () => {
    const empty = { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings: [] };
    const blank = readReferenceCell("", TODAY);
    expect(summariseCheck(empty, blank, TODAY).referenceProblem).toBe(referenceDateProblem(blank));
    expect(summariseCheck(empty, blank, TODAY).referenceProblem).toBeDefined();
    expect(summariseCheck(empty, workbookDate, TODAY).referenceProblem).toBeUndefined();
  });
});
