// Which conditional formats colour a cell, decided as Excel decides it: each format's formula,
// written relative to the top-left cell of the range it applies to, is moved to the cell and
// evaluated (HyperFormula, with the workbook's values and names). So a test, the demo or the
// self-test can see the marks and the focus highlight the formulas draw, not what the engine meant.
// https://support.microsoft.com/office/use-formulas-to-apply-conditional-formatting-fb4e7e17-5a6f-4c5c-b5b2-3d0e39a4d7a5
import { columnIndex, columnLetter } from "../domain/grid";
import type { WorkbookCalc } from "./calc";
import { holdsCell, type SimConditionalFormat, type SimSheet } from "./sheet";

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

/**
 * The sheet's conditional formats whose formula is TRUE at the cell, in the order they were added:
 * each formula moved to the cell and evaluated there (calc.ts loads only the cells it reads).
 */
export function formatsAt(calc: WorkbookCalc, sheet: SimSheet, row: number, column: number): SimConditionalFormat[] {
  return sheet.conditionalFormats.filter(
    ({ block, formula }) =>
      holdsCell(block, row, column) &&
      calc.evaluate(shiftReferences(formula, row - block.row, column - block.column), sheet) === true,
  );
}
