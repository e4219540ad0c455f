// The focus highlight is an Excel formula in a conditional format; it must agree with the
// engine's focus rule. Evaluated here by a real formula engine (HyperFormula), not by reading it.
import { HyperFormula } from "hyperformula";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { validateList } from "../../src/domain/engine";
import type { CellValue } from "../../src/domain/grid";
import { listPlaces, validateWorkbook } from "../../src/domain/engine";
import { focusColumnsAcross, focusColumnsOf, focusFormula } from "../../src/domain/focus";
import { ILACS_2019 } from "../../src/domain/forms/ilacs-2019";
import { validOfstedRow } from "../../src/domain/rules/examples";
import { NAMES } from "../../src/domain/workbook-conventions";
import { FOCUS_CASES as CASES } from "../support/focus-cases";
import { gridOf, REFERENCE, serial, validRow, type RowByKey } from "../support/grids";

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

// Ofsted's template has no neglect flag: a child is in focus where List 7's category of abuse or
// List 6's primary need says neglect for the same child ID. The highlight's formula looks it up
// across sheets (COUNTIFS); it must agree with the engine on the spellings the code lists name.
describe("the focus highlight's formula across Ofsted's lists agrees with the engine", () => {
  const form = ILACS_2019;
  const ofsted = (id: string) => listOf(form, id);
  const plan = [
    // [child, age, List 7 category, List 6 primary need]
    ["K1", 11, "a) Neglect", null],
    ["K2", 11, "b) Physical abuse", "N1 - Abuse or neglect"],
    ["K3", 11, "b) Physical abuse", "N4 - Family in acute stress"],
    ["K4", 16, "a) Neglect", null],
    ["K5", 9, "Neglect", null],
    ["K6", 9, "NEG", null],
    ["K7", 9, null, null],
    ["K8", 6, null, "N1 - Abuse or neglect"],
  ] as const;
  const row = (id: string, overrides: RowByKey) => validOfstedRow(id, overrides);
  const born = (age: number) => serial(`${2026 - age}-03-10`);
  const contacts = gridOf(
    "contacts",
    plan.map(([childId, age]) => row("contacts", { childId, age, dateOfBirth: born(age) })),
    form,
  );
  const plans = gridOf(
    "childProtection",
    plan
      .filter(([, , category]) => category !== null)
      .map(([childId, age, category]) =>
        row("childProtection", {
          childId,
          age,
          dateOfBirth: born(age),
          initialCategory: category,
          latestCategory: category,
        }),
      ),
    form,
  );
  const needs = gridOf(
    "childrenInNeed",
    plan
      .filter(([, , , need]) => need !== null)
      .map(([childId, age, , need]) =>
        row("childrenInNeed", { childId, age, dateOfBirth: born(age), primaryNeed: need }),
      ),
    form,
  );
  const sheets = [
    { sheet: ofsted("contacts").sheetName, grid: contacts },
    { sheet: ofsted("childProtection").sheetName, grid: plans },
    { sheet: ofsted("childrenInNeed").sheetName, grid: needs },
  ];
  const result = validateWorkbook(form, sheets, { referenceSerial: REFERENCE });
  const listed = result.lists.find((list) => list.list === "contacts")!;
  const engineFocus = new Set(listed.focus.map((item) => item.row));
  const columns = focusColumnsAcross(form, (key) => listed.columnIndex.get(key), listPlaces(result))!;
  const formulaColumn = contacts[0].length + 1;
  const asCells = (grid: readonly (readonly CellValue[])[]) =>
    grid.map((cells) => cells.map((value) => (value === null || value === undefined ? null : value)));
  const workbook = Object.fromEntries(sheets.map((entry) => [entry.sheet, asCells(entry.grid)]));
  workbook[ofsted("contacts").sheetName] = asCells(contacts).map((cells, index) =>
    index === 0
      ? cells
      : [...cells, ...Array(formulaColumn - cells.length).fill(null), `=${focusFormula(columns, index + 1)}`],
  );
  const hf = HyperFormula.buildFromSheets(workbook as never, { licenseKey: "gpl-v3" });
  hf.addNamedExpression(NAMES.referenceDate, REFERENCE);
  const sheetId = hf.getSheetId(ofsted("contacts").sheetName)!;

  it.each(plan.map(([childId], index) => [childId, index + 1] as const))("%s", (_childId, at) => {
    const excel = hf.getCellValue({ sheet: sheetId, row: at, col: formulaColumn });
    expect(typeof excel).toBe("boolean");
    expect(excel).toBe(engineFocus.has(at));
  });

  it("has cases on both sides", () => {
    expect(engineFocus.size).toBeGreaterThanOrEqual(3);
    expect(engineFocus.size).toBeLessThanOrEqual(plan.length - 3);
  });
});
