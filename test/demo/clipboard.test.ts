// Text on the clipboard as the demo's grid pastes and copies it: tabs between cells, line breaks
// between rows, as Excel reads and writes plain text.
import { rowsOfText, textOfRows } from "../../src/demo/clipboard";

describe("the demo grid's clipboard text", () => {
  it("reads rows and cells, a final line break ending the last row", () => {
    expect(rowsOfText("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(rowsOfText("one")).toEqual([["one"]]);
  });

  it("fills a shorter line with blanks, so a paste is a block", () => {
    expect(rowsOfText("a\tb\tc\nd\n")).toEqual([
      ["a", "b", "c"],
      ["d", "", ""],
    ]);
  });

  it("keeps blank cells and blank lines inside the text", () => {
    expect(rowsOfText("a\t\tc\n\nd")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
      ["d", "", ""],
    ]);
  });

  it("writes what it reads back", () => {
    const rows = [
      ["DEMO001", "10/03/2015"],
      ["", "Y"],
    ];
    expect(rowsOfText(textOfRows(rows))).toEqual(rows);
  });
});
