// The focus highlight is an Excel formula in a conditional format; it must agree with the
// engine's focus rule. Evaluated here by a real formula engine (HyperFormula), not by reading it.
import { HyperFormula } from "hyperformula";
import { listSpec } from "../../src/domain/catalogue";
import { validateList } from "../../src/domain/engine";
import type { CellValue } from "../../src/domain/grid";
import { focusColumnsOf, focusFormula, NAMES } from "../../src/domain/template-plan";
import { gridOf, REFERENCE, serial, validRow, type RowByKey } from "../support/grids";

const CASES: [string, RowByKey][] = [
  ["11, flag Y", {}],
  ["flag N", { neglect: "N" }],
  ["flag blank", { neglect: null }],
  ["flag yes", { neglect: "yes" }],
  ["flag y with spaces", { neglect: " y " }],
  ["flag a) Yes", { neglect: "a) Yes" }],
  ["flag TRUE", { neglect: true }],
  ["7 on the reference date", { dateOfBirth: serial("2019-11-24"), age: 7 }],
  ["6, 7 tomorrow", { dateOfBirth: serial("2019-11-25"), age: 6 }],
  ["15, 16 tomorrow", { dateOfBirth: serial("2010-11-25"), age: 15 }],
  ["16 on the reference date", { dateOfBirth: serial("2010-11-24"), age: 16 }],
  ["born 29 February 2016", { dateOfBirth: serial("2016-02-29"), age: 10 }],
  ["unborn", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 40 }],
  ["no date of birth, age 9", { dateOfBirth: null, age: 9 }],
  ["no date of birth, age 9 as text", { dateOfBirth: null, age: "9" }],
  ["no date of birth, age 16", { dateOfBirth: null, age: 16 }],
  ["no date of birth, fractional age 9.5", { dateOfBirth: null, age: 9.5 }],
  ["no date of birth or age", { dateOfBirth: null, age: null }],
  ["date of birth wins over a wrong age", { dateOfBirth: serial("2020-01-01"), age: 9 }],
  ["date of birth after the reference date, age 8", { dateOfBirth: REFERENCE + 5, age: 8 }],
];

describe("the focus highlight's formula agrees with the engine", () => {
  const list = listSpec("childrenInNeed");
  const rows = CASES.map(([, overrides]) => validRow("childrenInNeed", { childId: undefined, ...overrides }));
  const grid = gridOf("childrenInNeed", rows);
  const engineFocus = new Set(validateList("childrenInNeed", grid, { referenceSerial: REFERENCE }).focus.map((item) => item.row));
  const columns = focusColumnsOf(list, (key) => list.columns.findIndex((column) => column.key === key))!;

  const formulaColumn = list.columns.length + 1;
  const sheet: (CellValue | string)[][] = grid.map((row, index) => {
    const cells: (CellValue | string)[] = row.map((value) => (value === null || value === undefined ? null : value));
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
