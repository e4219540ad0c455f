// What a range's cells hold, as three grids Range reads and writes cell by cell: values, formulas
// and number formats. A grid written must match the range's shape; a sheet's protection refuses it;
// written text is parsed as Excel parses it in the workbook's locale (coercion.ts). A large range is
// read and written a band of rows at a time (bands.ts), and a write raises one change event.
import { blockAddress, type CellBlock, type CellValue } from "../domain/grid";
import { andThen, Banded, eachBand, FORMULA_BAND_CELLS, inBands } from "./bands";
import type { SimDocument } from "./document";
import { formulaProblem } from "./formulas";
import { checkShape, refuseIfProtected, SimError, writeValues, type RangeTarget } from "./sheet";

/** Range.values, Range.formulas and Range.numberFormat, for `rangeProxy`'s properties. */
export function rangeContents(sim: SimDocument) {
  /** Writes a grid as Range.values does (writeValues: strings parsed for the locale), a band at a time, then one change event. */
  const writeInBands = (target: RangeTarget, grid: CellValue[][]) =>
    eachBand(
      target.block,
      (band, offset) => writeValues(target.sheet, band, grid.slice(offset, offset + band.rowCount), sim.locale),
      () => sim.raiseWrite(target.sheet, blockAddress(target.block)),
    );

  return {
    values: {
      // Formulas written earlier in the same batch are evaluated by the time it reads them.
      get: (target: RangeTarget) =>
        new Banded(
          (function* () {
            yield* sim.recalculation();
            const rows = inBands(target.block, (band) => target.sheet.values(band));
            return rows instanceof Banded ? yield* rows.steps : rows;
          })(),
        ),
      set: (target: RangeTarget, values: CellValue[][]) => {
        checkShape(target.block, values, "values");
        refuseIfProtected(target.sheet);
        return writeInBands(target, values);
      },
    },
    formulas: {
      get: (target: RangeTarget) =>
        inBands(target.block, (band) =>
          target.sheet
            .values(band)
            .map((row, r) => row.map((value, c) => target.sheet.cell(band.row + r, band.column + c)?.formula ?? value)),
        ),
      set: (target: RangeTarget, formulas: string[][]) => {
        checkShape(target.block, formulas, "formulas");
        // A formula Excel cannot parse is refused (an unknown name in a cell is only #NAME?).
        const refuse = (band: CellBlock, offset: number) =>
          formulas.slice(offset, offset + band.rowCount).forEach((row, r) =>
            row.forEach((formula, c) => {
              const asText = target.sheet.cell(band.row + r, band.column + c)?.numberFormat === "@";
              const problem =
                typeof formula === "string" && formula.length > 1 && formula.startsWith("=") && !asText
                  ? formulaProblem(formula)
                  : undefined;
              if (problem) throw new SimError("InvalidArgument", problem);
            }),
          );
        return andThen(eachBand(target.block, refuse, undefined, FORMULA_BAND_CELLS), () => {
          refuseIfProtected(target.sheet);
          // A string without "=" is parsed as a value would be.
          return writeInBands(target, formulas);
        });
      },
    },
    numberFormat: {
      get: (target: RangeTarget) =>
        inBands(target.block, (band) =>
          Array.from({ length: band.rowCount }, (_, r) =>
            Array.from(
              { length: band.columnCount },
              (_, c) => target.sheet.cell(band.row + r, band.column + c)?.numberFormat ?? "General",
            ),
          ),
        ),
      set: (target: RangeTarget, formats: string[][]) => {
        checkShape(target.block, formats, "number formats");
        refuseIfProtected(target.sheet);
        return eachBand(target.block, (band, offset) =>
          formats
            .slice(offset, offset + band.rowCount)
            .forEach((row, r) =>
              row.forEach(
                (format, c) => (target.sheet.cellForWrite(band.row + r, band.column + c).numberFormat = format),
              ),
            ),
        );
      },
    },
  };
}
