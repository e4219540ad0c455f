// One plan per generated sheet, rendered alike by both writers: the command line's ExcelJS
// (src/xlsx/render-sheet.ts) and the add-in's Office.js (src/excel/render-sheet-plan.ts, here on
// the simulator). Same cells in the same places, same table name, drop-downs with the same alerts.
// The template's sheets too: the add-in writes them with the same renderer (write-template.ts).
import ExcelJS from "exceljs";
import { validateWorkbook } from "../../src/domain/engine";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FINDINGS_CELL_COLUMN } from "../../src/domain/findings";
import { findingsSheetPlan, FINDINGS_HEADER_ROW } from "../../src/domain/findings-plan";
import {
  mergeChildren,
  refreshSelection,
  selectionCounts,
  SELECTION_HEADER_ROW,
  SELECTION_TABLE,
} from "../../src/domain/selection";
import { factsChangeOf, factsSheetPlan, selectionSheetPlan } from "../../src/domain/selection-plan";
import { templatePlan } from "../../src/domain/template-plan";
import type { SheetPlan } from "../../src/domain/sheet-plan";
import { parseAddress, type CellValue } from "../../src/domain/grid";
import { renderSheetPlan } from "../../src/excel/render-sheet-plan";
import { createTemplates } from "../../src/excel/write-template";
import { PAYLOAD_LIMIT_BYTES, sheetGrid, simulatedExcel, type SimWorkbook } from "../../src/sim/excel-sim";

import { worksheetGrid } from "../../src/xlsx/cells";
import { renderSheet } from "../../src/xlsx/render-sheet";
import { gridOf, REFERENCE, validRow } from "../support/grids";

const grid = gridOf("childrenInNeed", [
  validRow("childrenInNeed", { childId: "0123" }),
  validRow("childrenInNeed", { childId: "C2", gender: "Male", dateOfBirth: "38/04/2019" }),
  validRow("childrenInNeed", { childId: "=C3", neglect: "N" }),
]);
const result = validateWorkbook(JTAI_NEGLECT_2017, [{ sheet: "Children in need", grid }], {
  referenceSerial: REFERENCE,
});
const rows = refreshSelection(
  mergeChildren(
    JTAI_NEGLECT_2017,
    result.lists.map((list) => ({ list: list.list, rows: list.rows })),
    REFERENCE,
  ),
  new Map(),
);

/** A sheet's grid as Excel shows it: the link formulas' text, text without its apostrophe prefix. */
function shownGrid(sim: SimWorkbook, name: string): CellValue[][] {
  const sheet = sim.sheet(name)!;
  return sheetGrid(sim, name).map((row, r) =>
    row.map((value, c) => {
      const formula = sheet.cell(r, c)?.formula;
      if (formula?.startsWith("=HYPERLINK(")) return /,"([^"]*)"\)$/.exec(formula)![1];
      // Excel shows text written with the apostrophe prefix (cell-input.ts) without it.
      return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
    }),
  );
}

/** The grid as the add-in writes it. */
async function inExcel(plan: SheetPlan): Promise<{ grid: CellValue[][]; validations: unknown[]; tables: string[] }> {
  const { sim, run } = simulatedExcel();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.add(plan.name);
    await renderSheetPlan(context, sheet, plan);
  });
  return {
    grid: shownGrid(sim, plan.name),
    validations: sim.sheet(plan.name)!.validations.map((validation) => validation.errorAlert),
    tables: sim.tables.map((table) => table.name),
  };
}

function inFile(plan: SheetPlan): { grid: CellValue[][]; worksheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const worksheet = renderSheet(workbook, plan);
  return { grid: worksheetGrid(worksheet), worksheet };
}

/** Rows as written, without formulas' cached results (Excel's are computed on load) and trailing blanks. */
const comparable = (rows: CellValue[][], skipFormulaCells: string[]) =>
  rows.map((row, r) =>
    row
      .map((value, c) => (skipFormulaCells.includes(`${r},${c}`) ? "formula" : (value ?? "")))
      .join("|")
      .replace(/\|+$/, ""),
  );

describe("both writers render a sheet plan alike", () => {
  it("the findings sheet: headings on row 3, one group of findings a row, text kept as text", async () => {
    const plan = findingsSheetPlan(JTAI_NEGLECT_2017, result.findings, REFERENCE);
    const excel = await inExcel(plan);
    const file = inFile(plan);
    expect(comparable(excel.grid, [])).toEqual(comparable(file.grid, []));
    expect(file.grid[FINDINGS_HEADER_ROW - 1][0]).toBe("Severity");
    expect(excel.grid[FINDINGS_HEADER_ROW - 1][0]).toBe("Severity");
    expect(result.findings.length).toBeGreaterThan(1);
  });

  it("links only the rows the plan has targets for, the rest kept as text, alike in both writers", async () => {
    const whole = findingsSheetPlan(JTAI_NEGLECT_2017, result.findings, REFERENCE);
    const table = whole.table!;
    expect(table.rows.length).toBeGreaterThan(1);
    const plan: SheetPlan = {
      ...whole,
      table: { ...table, links: { ...table.links!, targets: table.links!.targets.slice(0, 1) } },
    };
    const { sim, run } = simulatedExcel();
    await run((context) => renderSheetPlan(context, context.workbook.worksheets.add(plan.name), plan));
    const file = inFile(plan);
    expect(comparable(shownGrid(sim, plan.name), [])).toEqual(comparable(file.grid, []));
    const column = FINDINGS_CELL_COLUMN;
    const excelLinks = table.rows.map(
      (_, index) => sim.sheet(plan.name)!.cell(FINDINGS_HEADER_ROW + index, column)?.formula ?? "",
    );
    expect(excelLinks.map((formula) => formula.startsWith("=HYPERLINK("))).toEqual(
      table.rows.map((_, index) => index === 0),
    );
    const fileLinks = table.rows.map(
      (_, index) => file.worksheet.getCell(FINDINGS_HEADER_ROW + 1 + index, column + 1).hyperlink,
    );
    expect(fileLinks.map(Boolean)).toEqual(table.rows.map((_, index) => index === 0));
  });

  it("the Selection sheet: the same cells, the table named from the domain, drop-downs with their alerts", async () => {
    const plan = selectionSheetPlan(JTAI_NEGLECT_2017, rows, selectionCounts(rows));
    const excel = await inExcel(plan);
    const file = inFile(plan);
    const formulas = ["1,1", "1,2", "2,1", "2,2"];
    expect(comparable(excel.grid, formulas)).toEqual(comparable(file.grid, formulas));
    expect(excel.grid[SELECTION_HEADER_ROW].slice(0, 1)).toEqual(["0123"]);
    expect(excel.tables).toEqual([SELECTION_TABLE]);
    expect(Object.keys((file.worksheet as unknown as { tables: object }).tables)).toEqual([SELECTION_TABLE]);
    expect(excel.validations).toEqual([
      {
        showAlert: true,
        style: "Warning",
        title: "Y or blank",
        message: "Enter Y to choose the child, or leave the cell blank.",
      },
      {
        showAlert: true,
        style: "Warning",
        title: "Y or blank",
        message: "Enter Y to choose the child, or leave the cell blank.",
      },
    ]);
  });

  it("the template's sheets: the same cells and tables", async () => {
    const options = { notificationSerial: REFERENCE, localAuthority: "Anytown" };
    const { sim, run } = simulatedExcel();
    await createTemplates(run, JTAI_NEGLECT_2017, options);
    for (const sheet of templatePlan(JTAI_NEGLECT_2017, options).sheets) {
      // Formulas' cached results are left out (Excel computes its own); their places are known from the plan.
      const formulas = [
        ...sheet.cells.filter((cell) => cell.formula).map((cell) => parseAddress(cell.address)!),
        ...(sheet.table?.rows.flatMap((row, r) =>
          row.flatMap((cell, c) =>
            cell !== null && typeof cell === "object" ? [{ row: sheet.table!.origin.row + 1 + r, column: c }] : [],
          ),
        ) ?? []),
      ].map(({ row, column }) => `${row},${column}`);
      expect(comparable(shownGrid(sim, sheet.name), formulas)).toEqual(comparable(inFile(sheet).grid, formulas));
      if (sheet.table)
        expect(sim.tables.find((table) => table.name === sheet.table!.name)?.sheet.name).toBe(sheet.name);
    }
  });

  it("the add-in writes 20,000 groups of long text in requests under Excel on the web's 5 MB", async () => {
    const long = result.findings[0];
    // Each its own fix: 20,000 groups, so 20,000 rows (a message alone would make one group: MESSAGES_PER_GROUP).
    const many = Array.from({ length: 20_000 }, (_, index) => ({
      ...long,
      row: index + 1,
      message: `${long.message} ${index} ${"x".repeat(400)}`,
      fix: { value: `fix ${index}`, display: `fix ${index}` },
    }));
    const { sim, run } = simulatedExcel();
    await run(async (context) => {
      await renderSheetPlan(
        context,
        context.workbook.worksheets.add("Annex A findings"),
        findingsSheetPlan(JTAI_NEGLECT_2017, many, REFERENCE),
      );
    });
    expect(sim.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sheetGrid(sim, "Annex A findings")).toHaveLength(20_000 + FINDINGS_HEADER_ROW);
  }, 300_000);

  it("the facts sheet: each selected child not already there, below the last one", () => {
    const chosen = rows.map((row, index) => ({ ...row, choice: { ...row.choice, selected: index < 2 } }));
    const facts = factsSheetPlan(JTAI_NEGLECT_2017, [["Child unique ID"], ["0123"], [null]], chosen);
    expect(facts!.additions).toEqual([{ row: 2, childId: chosen[1].child.childId }]);
    expect(facts!.removals).toEqual([]);
    const created = factsSheetPlan(JTAI_NEGLECT_2017, undefined, chosen)!.create!;
    expect(created.cells[0]).toMatchObject({ address: "A1", value: "Child unique ID", bold: true });
  });

  it("the facts sheet follows a change of mind: the dropped child goes unless facts were typed for them", () => {
    const chosen = rows.map((row, index) => ({ ...row, choice: { ...row.choice, selected: index === 1 } }));
    const [first, second] = [chosen[0].child.childId, chosen[1].child.childId];
    const grid = [
      ["Child unique ID", "Known to YOT"],
      [first, null],
      ["DROPPED-WITH-FACTS", "Y"],
      ["DROPPED", "  "],
    ];
    const facts = factsSheetPlan(JTAI_NEGLECT_2017, grid, chosen)!;
    // Bottom first, so each row number still points at its child when deleted in turn.
    expect(facts.removals).toEqual([
      { row: 3, childId: "DROPPED" },
      { row: 1, childId: first },
    ]);
    expect(facts.keptNotSelected).toEqual(["DROPPED-WITH-FACTS"]);
    // After two rows go, the kept child is on row 1 and the new one goes below it.
    expect(facts.additions).toEqual([{ row: 2, childId: second }]);
    expect(factsChangeOf(facts)).toEqual({
      added: [second],
      removed: [first, "DROPPED"],
      keptNotSelected: ["DROPPED-WITH-FACTS"],
    });
  });
});
