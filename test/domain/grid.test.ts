import {
  columnIndex,
  columnIndexAt,
  columnLetter,
  quotedSheetName,
  SHEET_COLUMNS,
  splitSheetAddress,
} from "../../src/domain/grid";

describe("addresses with a sheet", () => {
  it.each([
    ["'Children in need'!A1:B2", { sheet: "Children in need", address: "A1:B2" }],
    ["Inspection!$B$5", { sheet: "Inspection", address: "$B$5" }],
    ["'Tom''s list'!C3", { sheet: "Tom's list", address: "C3" }],
    ["'A!B'!D4", { sheet: "A!B", address: "D4" }],
    ["E5", { sheet: "", address: "E5" }],
  ])("splits %p into its sheet and its address", (address, parts) => {
    expect(splitSheetAddress(address)).toEqual(parts);
  });

  it("undoes quotedSheetName", () => {
    for (const name of ["Children in need", "Tom's list", "A!B", "''"])
      expect(splitSheetAddress(`${quotedSheetName(name)}!A1`).sheet).toBe(name);
  });
});

// Column letters are read and written in one place (columnLetter, columnIndex, columnIndexAt): the
// file reader, the copy, the OOXML pass, the simulator and the add-in all use them.
describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [SHEET_COLUMNS - 1, "XFD"],
  ])("column %p is %p, and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it("turns every column of a sheet into letters and back", () => {
    for (let index = 0; index < SHEET_COLUMNS; index++) expect(columnIndex(columnLetter(index))).toBe(index);
  });

  it("reads a reference's letters where they lie, up to its row", () => {
    expect(columnIndexAt("AB12", 0, 4)).toBe(27);
    expect(columnIndexAt('r="xfd1048576"', 3, 13)).toBe(SHEET_COLUMNS - 1);
    expect(columnIndexAt("12", 0, 2)).toBe(-1);
    expect(columnIndexAt("", 0, 0)).toBe(-1);
  });
});
