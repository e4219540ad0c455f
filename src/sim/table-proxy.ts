// A table as the add-in sees it: its name (unique in the workbook), its ranges, and resize.
import { parseAddress, type CellBlock } from "../domain/grid";
import type { AddinTable } from "../excel/excel-api";
import { proxy, type ProxyContext, type Target } from "./proxy";
import { rangeProxy } from "./range-proxy";
import { SimError, type SimSheet, type SimTable } from "./sheet";

export function tableProxy(
  context: ProxyContext,
  resolve: Target<SimTable & { sheet: SimSheet }>,
  nullable = false,
): AddinTable {
  const part = (make: (table: SimTable) => CellBlock) =>
    rangeProxy(context, () => {
      const table = resolve();
      return { sheet: table.sheet, block: make(table) };
    });
  return proxy(
    context,
    resolve,
    {
      name: {
        get: (table) => table.name,
        set: (table, name: string) => {
          if (context.sim.tables.some((other) => other !== table && other.name.toLowerCase() === name.toLowerCase())) {
            throw new SimError("InvalidArgument", `A table named ${name} already exists.`);
          }
          table.name = name;
        },
      },
    },
    {
      getRange: () => part((table) => table.block),
      getHeaderRowRange: () => part((table) => ({ ...table.block, rowCount: 1 })),
      getDataBodyRange: () =>
        part((table) => ({
          ...table.block,
          row: table.block.row + 1,
          rowCount: Math.max(table.block.rowCount - 1, 1),
        })),
      // Table.resize (ExcelApi 1.13): "The header row must remain in the same row, and the new range
      // must overlap the original table range"
      // (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)).
      // The simulator takes the range as an address on the table's sheet.
      resize: (address: string) =>
        context.enqueue({ resizeTable: address }, () => {
          const table = resolve();
          const block = parseAddress(address);
          const overlaps =
            block &&
            block.row < table.block.row + table.block.rowCount &&
            table.block.row < block.row + block.rowCount &&
            block.column < table.block.column + table.block.columnCount &&
            table.block.column < block.column + block.columnCount;
          if (!block || block.row !== table.block.row || !overlaps)
            throw new SimError("InvalidArgument", `The table cannot be resized to ${address}.`);
          table.block = block;
        }),
    },
    nullable,
  );
}
