import { quotedSheetName, splitSheetAddress } from "../../src/domain/grid";

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
