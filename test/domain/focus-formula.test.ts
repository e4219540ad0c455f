// The focus highlight is an Excel formula in a conditional format; it must agree with the
// engine's focus rule. Evaluated here by a real formula engine (HyperFormula), not by reading it.
import { HyperFormula } from "hyperformula";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { validateList } from "../../src/domain/engine";
import type { CellValue } from "../../src/domain/grid";
import { focusColumnsOf, focusFormula } from "../../src/domain/focus";
import { NAMES } from "../../src/domain/workbook-conventions";
import { FOCUS_CASES as CASES } from "../support/focus-cases";
import { gridOf, REFERENCE, validRow } from "../support/grids";

describe("the focus highlight's formula agrees with the engine", () => {
  const list = listOf(JTAI_NEGLECT_2017, "childrenInNeed");
  const rows = CASES.map(([, overrides]) => validRow("childrenInNeed", { childId: undefined, ...overrides }));
  const grid = gridOf("childrenInNeed", rows);
  const engineFocus = new Set(
    validateList(JTAI_NEGLECT_2017, "childrenInNeed", grid, { referenceSerial: REFERENCE }).focus.map(
      (item) => item.row,
    ),
  );
  const columns = focusColumnsOf(list, (key) => list.columns.findIndex((column) => column.key === key))!;

  const formulaColumn = list.columns.length + 1;
  const sheet: (CellValue | string)[][] = grid.map((row, index) => {
    // An apostrophe keeps text as text: HyperFormula would otherwise read "10/03/2015" as a date, where Excel keeps a text cell's text.
    const cells: (CellValue | string)[] = row.map((value) =>
      value === null || value === undefined ? null : typeof value === "string" ? `'${value}` : value,
    );
    while (cells.length < formulaColumn) cells.push(null);
    if (index > 0) cells.push(`=${focusFormula(columns, index + 1)}`);
    return cells;
  });
  const hf = HyperFormula.buildFromSheets({ List: sheet as never }, { licenseKey: "gpl-v3" });
  hf.addNamedExpression(NAMES.referenceDate, REFERENCE);

  it.each(CASES.map(([name], index) => [name, index + 1]))("%s", (_name, row) => {
    const excel = hf.getCellValue({ sheet: 0, row: row as number, col: formulaColumn });
    expect(typeof excel).toBe("boolean");
    expect(excel).toBe(engineFocus.has(row as number));
  });

  it("has cases on both sides", () => {
    expect(engineFocus.size).toBeGreaterThan(5);
    expect(engineFocus.size).toBeLessThan(CASES.length - 5);
  });
});
