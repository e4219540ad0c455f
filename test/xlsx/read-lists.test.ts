// The reference date a file holds, found through its ReferenceDate name: the name's sheet is read
// with the one helper that splits a sheet address (grid.ts splitSheetAddress), so a sheet named
// with quotes or an exclamation mark is found as Excel writes it.
import { NAMES } from "../../src/domain/workbook-conventions";
import { workbookReferenceDate } from "../../src/xlsx/read-lists";
import { REFERENCE } from "../support/grids";

const withName = (sheet: string, range: string) =>
  workbookReferenceDate({
    grids: [{ sheet, grid: [[], [null, REFERENCE]] }],
    definedNames: [{ name: NAMES.referenceDate, ranges: [range] }],
  });

describe("the reference date a file names", () => {
  it("is read from the named cell, the sheet's name quoted or not", () => {
    expect(withName("Inspection", "Inspection!$B$2")).toBe(REFERENCE);
    expect(withName("Dates", "'Dates'!$B$2")).toBe(REFERENCE);
  });

  it("is read from a sheet whose name holds a quote or an exclamation mark", () => {
    expect(withName("Jo's dates", "'Jo''s dates'!$B$2")).toBe(REFERENCE);
    expect(withName("Dates! 2026", "'Dates! 2026'!$B$2")).toBe(REFERENCE);
  });

  it("is undefined when the name gives no sheet or no cell", () => {
    expect(withName("Inspection", "$B$2")).toBeUndefined();
    expect(withName("Inspection", "Inspection!#REF!")).toBeUndefined();
  });
});
