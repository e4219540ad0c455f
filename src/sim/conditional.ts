// Which conditional formats colour a cell, decided as Excel decides it: each format's formula,
// written relative to the top-left cell of the range it applies to, is moved to the cell and
// evaluated (HyperFormula, with the workbook's values and names). So a test, the demo or the
// self-test can see the marks and the focus highlight the formulas draw, not what the engine meant.
// https://support.microsoft.com/office/use-formulas-to-apply-conditional-formatting-fb4e7e17-5a6f-4c5c-b5b2-3d0e39a4d7a5
import { HyperFormula } from "hyperformula";
import { columnIndex, columnLetter, type CellValue } from "../domain/grid";
import type { SimConditionalFormat, SimSheet } from "./sheet";

/** Moves the relative parts of every A1 reference in a formula by rows and columns. */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  // Strings and quoted sheet names are kept as they are; references are looked for between them.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            /(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
            (_all, fixedColumn: string, letters: string, fixedRow: string, digits: string) => {
              const column = fixedColumn ? letters : columnLetter(columnIndex(letters) + columns);
              const row = fixedRow ? digits : String(Number(digits) + rows);
              return `${fixedColumn}${column}${fixedRow}${row}`;
            },
          ),
    )
    .join("");
}

export interface WorkbookView {
  readonly sheets: readonly SimSheet[];
  readonly names: ReadonlyMap<
    string,
    { readonly sheet: SimSheet; readonly block: { row: number; column: number; rowCount: number; columnCount: number } }
  >;
}

/** The workbook's values loaded once into HyperFormula; build a new one after a change. */
export class FormatEvaluator {
  private readonly engine: HyperFormula;

  constructor(workbook: WorkbookView) {
    const sheets: Record<string, CellValue[][]> = {};
    for (const sheet of workbook.sheets) {
      const used = sheet.usedBlock(true);
      sheets[sheet.name] = used
        ? sheet
            .values({
              row: 0,
              column: 0,
              rowCount: used.row + used.rowCount,
              columnCount: used.column + used.columnCount,
            })
            .map((row) => row.map((value) => (value === "" ? null : value)))
        : [[]];
    }
    this.engine = HyperFormula.buildFromSheets(sheets as Record<string, (string | number | boolean | null)[][]>, {
      licenseKey: "gpl-v3",
    });
    for (const [name, named] of workbook.names) {
      const { block } = named;
      const last = `$${columnLetter(block.column + block.columnCount - 1)}$${block.row + block.rowCount}`;
      const first = `$${columnLetter(block.column)}$${block.row + 1}`;
      this.engine.addNamedExpression(
        name,
        `='${named.sheet.name.replace(/'/g, "''")}'!${first}${block.rowCount * block.columnCount > 1 ? `:${last}` : ""}`,
      );
    }
  }

  /** The sheet's conditional formats whose formula is TRUE at the cell, in the order they were added. */
  formatsAt(sheet: SimSheet, row: number, column: number): SimConditionalFormat[] {
    const id = this.engine.getSheetId(sheet.name);
    if (id === undefined) return [];
    return sheet.conditionalFormats.filter((format) => {
      const { block } = format;
      if (
        row < block.row ||
        row >= block.row + block.rowCount ||
        column < block.column ||
        column >= block.column + block.columnCount
      )
        return false;
      return (
        this.engine.calculateFormula(
          `=${shiftReferences(format.formula, row - block.row, column - block.column)}`,
          id,
        ) === true
      );
    });
  }
}
