// What a range's cells hold, as three grids Range reads and writes cell by cell: values, formulas
// and number formats. A grid written must match the range's shape; a sheet's protection refuses it;
// written text is parsed as Excel parses it in the workbook's locale (coercion.ts). A large range is
// read and written a few rows a step (sync-steps.ts), and a write raises one change event.
import { blockAddress, type CellBlock, type CellValue } from "../domain/grid";
import type { SimDocument } from "./document";
import { formulaProblem } from "./formulas";
import { checkShape, refuseIfProtected, SimError, writeValues, type RangeTarget } from "./sheet";
import { andThen, eachStep, FORMULA_STEP_CELLS, inSteps, Stepwise } from "./sync-steps";

/** Range.values, Range.formulas and Range.numberFormat, for `rangeProxy`'s properties. */
export function rangeContents(sim: SimDocument) {
  /** Writes a grid as Range.values does (writeValues: strings parsed for the locale), in steps, then one change event. */
  const writeInSteps = (target: RangeTarget, grid: CellValue[][]) =>
    eachStep(
      target.block,
      (rows, offset) => writeValues(target.sheet, rows, grid.slice(offset, offset + rows.rowCount), sim.locale),
      () => sim.raiseWrite(target.sheet, blockAddress(target.block)),
    );

  return {
    values: {
      // Formulas written earlier in the same batch are evaluated by the time it reads them.
      get: (target: RangeTarget) =>
        new Stepwise(
          (function* () {
            yield* sim.recalculation();
            const grid = inSteps(target.block, (rows) => target.sheet.values(rows));
            return grid instanceof Stepwise ? yield* grid.steps : grid;
          })(),
        ),
      set: (target: RangeTarget, values: CellValue[][]) => {
        checkShape(target.block, values, "values");
        refuseIfProtected(target.sheet);
        return writeInSteps(target, values);
      },
    },
    formulas: {
      get: (target: RangeTarget) =>
        inSteps(target.block, (rows) =>
          target.sheet
            .values(rows)
            .map((row, r) => row.map((value, c) => target.sheet.cell(rows.row + r, rows.column + c)?.formula ?? value)),
        ),
      set: (target: RangeTarget, formulas: string[][]) => {
        checkShape(target.block, formulas, "formulas");
        // A formula Excel cannot parse is refused (an unknown name in a cell is only #NAME?).
        const refuse = (rows: CellBlock, offset: number) =>
          formulas.slice(offset, offset + rows.rowCount).forEach((row, r) =>
            row.forEach((formula, c) => {
              const asText = target.sheet.cell(rows.row + r, rows.column + c)?.numberFormat === "@";
              const problem =
                typeof formula === "string" && formula.length > 1 && formula.startsWith("=") && !asText
                  ? formulaProblem(formula)
                  : undefined;
              if (problem) throw new SimError("InvalidArgument", problem);
            }),
          );
        return andThen(eachStep(target.block, refuse, undefined, FORMULA_STEP_CELLS), () => {
          refuseIfProtected(target.sheet);
          // A string without "=" is parsed as a value would be.
          return writeInSteps(target, formulas);
        });
      },
    },
    numberFormat: {
      get: (target: RangeTarget) =>
        inSteps(target.block, (rows) =>
          Array.from({ length: rows.rowCount }, (_, r) =>
            Array.from(
              { length: rows.columnCount },
              (_, c) => target.sheet.cell(rows.row + r, rows.column + c)?.numberFormat ?? "General",
            ),
          ),
        ),
      set: (target: RangeTarget, formats: string[][]) => {
        checkShape(target.block, formats, "number formats");
        refuseIfProtected(target.sheet);
        return eachStep(target.block, (rows, offset) =>
          formats
            .slice(offset, offset + rows.rowCount)
            .forEach((row, r) =>
              row.forEach(
                (format, c) => (target.sheet.cellForWrite(rows.row + r, rows.column + c).numberFormat = format),
              ),
            ),
        );
      },
    },
  };
}
