// A range as the add-in sees it: where it is (address, indexes, size), the ranges it leads to
// (cells, rows, columns, offsets, merged areas), select and clear; and, each in a module of its own,
// what its cells hold (range-contents.ts), its format (range-format.ts), its data validation
// (data-validation.ts) and its conditional formats (conditional-formats.ts).
import { blockAddress, SHEET_COLUMNS, type CellBlock } from "../domain/grid";
import type { AddinRange } from "../excel/excel-api";
import { conditionalFormats } from "./conditional-formats";
import { dataValidation } from "./data-validation";
import { proxy, type ProxyContext, type Target } from "./proxy";
import { rangeContents } from "./range-contents";
import { rangeFormat } from "./range-format";
import { overlaps, quoteSheet, refuseIfProtected, SimError, type RangeTarget } from "./sheet";
import { Stepwise } from "./sync-steps";

export function rangeProxy(context: ProxyContext, resolve: Target<RangeTarget>, nullable = false): AddinRange {
  const sim = context.sim;
  const sub = (make: (target: RangeTarget) => CellBlock) =>
    rangeProxy(context, () => {
      const target = resolve();
      return { sheet: target.sheet, block: make(target) };
    });

  return proxy(
    context,
    resolve,
    {
      address: { get: (target) => `${quoteSheet(target.sheet.name)}!${blockAddress(target.block)}` },
      rowIndex: { get: (target) => target.block.row },
      columnIndex: { get: (target) => target.block.column },
      rowCount: { get: (target) => target.block.rowCount },
      columnCount: { get: (target) => target.block.columnCount },
      ...rangeContents(sim),
    },
    {
      // Range.getMergedAreasOrNullObject, ExcelApi 1.13: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
      getMergedAreasOrNullObject: () => {
        sim.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        return proxy(
          context,
          () => {
            const target = resolve();
            const areas = target.sheet.merged.filter((block) => overlaps(block, target.block));
            if (areas.length === 0) throw new SimError("ItemNotFound", "No merged areas.");
            return { sheet: target.sheet, areas };
          },
          {
            address: {
              get: (found) =>
                found.areas.map((block) => `${quoteSheet(found.sheet.name)}!${blockAddress(block)}`).join(","),
            },
            areaCount: { get: (found) => found.areas.length },
          },
          {},
          true,
        );
      },
      getCell: (row: number, column: number) =>
        sub((target) => ({
          row: target.block.row + row,
          column: target.block.column + column,
          rowCount: 1,
          columnCount: 1,
        })),
      getResizedRange: (rows: number, columns: number) =>
        sub((target) => ({
          ...target.block,
          rowCount: target.block.rowCount + rows,
          columnCount: target.block.columnCount + columns,
        })),
      getOffsetRange: (rows: number, columns: number) =>
        sub((target) => ({ ...target.block, row: target.block.row + rows, column: target.block.column + columns })),
      getRow: (row: number) => sub((target) => ({ ...target.block, row: target.block.row + row, rowCount: 1 })),
      getColumn: (column: number) =>
        sub((target) => ({ ...target.block, column: target.block.column + column, columnCount: 1 })),
      select: () =>
        context.enqueue({ select: true }, () => {
          const target = resolve();
          sim.activeSheet = target.sheet;
          sim.selectedCell = { sheet: target.sheet.name, address: blockAddress(target.block) };
        }),
      // Range.delete (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
      // The add-in deletes only whole rows (the facts sheet's children no longer chosen); other shapes
      // are refused rather than guessed at.
      delete: (shift: `${Excel.DeleteShiftDirection}`) =>
        context.enqueue({ delete: shift }, () => {
          const { sheet, block } = resolve();
          if (shift !== "Up" || block.column !== 0 || block.columnCount !== SHEET_COLUMNS)
            throw new Error(
              `The simulator models Range.delete("Up") on whole rows only, not ${shift} on ${blockAddress(block)}.`,
            );
          refuseIfProtected(sheet);
          sim.deleteRows(sheet, block.row, block.rowCount);
          sim.raise(sheet, `${block.row + 1}:${block.row + block.rowCount}`, undefined, "RowDeleted");
        }),
      clear: (applyTo: `${Excel.ClearApplyTo}` = "All") => {
        if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats")
          throw new Error(`The simulator does not model clear("${applyTo}").`);
        context.enqueue({ clear: applyTo }, () => {
          const { sheet, block } = resolve();
          refuseIfProtected(sheet);
          return new Stepwise(sheet.clear(block, applyTo));
        });
      },
      format: rangeFormat(context, resolve),
      dataValidation: dataValidation(context, resolve),
      conditionalFormats: conditionalFormats(context, resolve, (where) => rangeProxy(context, where)),
    },
    nullable,
  );
}
