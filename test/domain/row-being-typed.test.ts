import { validateWorkbook } from "../../src/domain/engine";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import {
  HELD_WHILE_TYPING,
  holdBackTyping,
  rowTypedAfter,
  typingNote,
  type SelectedRows,
} from "../../src/domain/row-being-typed";
import { ALL_RULES } from "../../src/domain/rules";
import { columnOf, gridOf, REFERENCE, validRow } from "../support/grids";

const SHEET = "Children in need";
const on = (row: number, rowCount = 1): SelectedRows => ({ sheet: SHEET, row, rowCount });
const typedCell = (row: number) => ({ sheet: SHEET, row, oneCell: true });

describe("which row is being typed", () => {
  it("starts with one cell typed into a blank row with that row selected", () => {
    expect(rowTypedAfter(undefined, typedCell(5), [], on(5))).toEqual({ sheet: SHEET, row: 5 });
    expect(rowTypedAfter(undefined, typedCell(5), undefined, on(5))).toEqual({ sheet: SHEET, row: 5 });
    expect(rowTypedAfter(undefined, typedCell(5), [null, "  "], on(5))).toEqual({ sheet: SHEET, row: 5 });
  });

  it("goes on while the same row is typed, though it is no longer blank", () => {
    const typed = { sheet: SHEET, row: 5 };
    expect(rowTypedAfter(typed, { ...typedCell(5), sheet: SHEET.toUpperCase() }, ["C9"], on(5))).toBe(typed);
  });

  it("is not a row that had values, a block, or a row the selected cell is not on", () => {
    // fails: an existing row edited
    expect(rowTypedAfter(undefined, typedCell(5), ["C1"], on(5))).toBeUndefined();
    // fails: a paste, even of one cell's row
    expect(rowTypedAfter(undefined, { ...typedCell(5), oneCell: false }, [], on(5))).toBeUndefined();
    // fails: the selected cell elsewhere, unknown, on several rows, or on another sheet
    expect(rowTypedAfter(undefined, typedCell(5), [], on(6))).toBeUndefined();
    expect(rowTypedAfter(undefined, typedCell(5), [], undefined)).toBeUndefined();
    expect(rowTypedAfter(undefined, typedCell(5), [], on(5, 2))).toBeUndefined();
    expect(rowTypedAfter(undefined, typedCell(5), [], { sheet: "Contacts", row: 5, rowCount: 1 })).toBeUndefined();
    // fails: typing into another row ends the row typed before
    expect(rowTypedAfter({ sheet: SHEET, row: 4 }, typedCell(5), ["C1"], on(5))).toBeUndefined();
  });
});

describe("what is held back while a row is typed", () => {
  it("names rules that exist, each about a blank cell", () => {
    for (const code of HELD_WHILE_TYPING) expect(ALL_RULES.map((rule) => rule.code)).toContain(code);
  });

  const newRow = validRow("childrenInNeed", {});
  for (const key of Object.keys(newRow)) (newRow as Record<string, unknown>)[key] = null;
  const typed = { ...newRow, childId: "C9", dateOfBirth: "31/02/2016" };
  const grid = gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "C1" }), typed]);
  const result = validateWorkbook(JTAI_NEGLECT_2017, [{ sheet: SHEET, grid }], { referenceSerial: REFERENCE });
  const row = 2;

  it("holds only the missing values of the row's blank cells; a bad date shows", () => {
    const { shown, held } = holdBackTyping(result, { sheet: SHEET, row }, grid[row]);
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((item) => item.row === row && HELD_WHILE_TYPING.includes(item.code))).toBe(true);
    expect(held.map((item) => item.column)).not.toContain(columnOf("childrenInNeed", "childId"));
    expect(shown.findings.filter((item) => item.row === row).map((item) => item.code)).toEqual(["DATE-IMPOSSIBLE"]);
    // What is shown and what is held are the full result, no more and no less, list by list too.
    expect(shown.findings.length + held.length).toBe(result.findings.length);
    expect(shown.lists.flatMap((list) => list.findings)).toEqual(shown.findings);
  });

  it("holds nothing with no row typed, or on another row", () => {
    expect(holdBackTyping(result, undefined, []).shown).toBe(result);
    expect(holdBackTyping(result, { sheet: SHEET, row: 1 }, grid[1]).held).toEqual([]);
    expect(holdBackTyping(result, { sheet: "Contacts", row }, grid[row]).held).toEqual([]);
  });

  it("says what is held, and nothing when nothing is", () => {
    const { held } = holdBackTyping(result, { sheet: SHEET, row }, grid[row]);
    expect(typingNote({ sheet: SHEET, row }, held)).toBe(
      `Row 3 of ‘Children in need’ is being typed: its blank cells will be checked when you leave it (${held.length} findings held back until then).`,
    );
    expect(typingNote({ sheet: SHEET, row }, [])).toBeUndefined();
    expect(typingNote(undefined, held)).toBeUndefined();
  });
});
