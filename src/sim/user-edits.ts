// A person's edits beyond typing and pasting (SimWorkbook.userType, userEdit): clearing cells with
// Delete, and undoing an edit with Ctrl+Z, for the demo's grid. Each raises Worksheet.onChanged as
// Excel raises it for a person's edit: changeType "RangeEdited", source "Local", the changed block's
// address, and `details` (the value before and after) only when one cell changed: "This property
// can be retrieved when the changed event is triggered on a single cell"
// (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-details-member;
// the values are the cells' values, https://learn.microsoft.com/javascript/api/excel/excel.changedeventdetail).
// Kept apart from workbook.ts and proxies.ts so the simulator's core is unchanged by the demo's needs.
import { blockAddress, parseAddress, type CellBlock, type CellValue } from "../domain/grid";
import type { SimSheet } from "./sheet";
import type { SimWorkbook } from "./workbook";

/** What one cell held before an edit: what typing changes (its value, formula and number format). */
interface HeldCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
}

/** What an edit replaced, so that undoing it puts it back. */
export interface EditRecord {
  readonly sheet: string;
  readonly block: CellBlock;
  /** Row by row, as the block reads. */
  readonly cells: readonly HeldCell[];
  /** The sheet's tables' extents: rows typed beneath a table grow it, and undo shrinks it again. */
  readonly tables: readonly { readonly table: { block: CellBlock }; readonly block: CellBlock }[];
}

function placeOf(sim: SimWorkbook, sheetName: string, address: string): { sheet: SimSheet; block: CellBlock } {
  const sheet = sim.sheet(sheetName);
  const block = parseAddress(address);
  if (!sheet || !block) throw new Error(`No such place: ${sheetName}!${address}`);
  return { sheet, block };
}

/** What `address` holds now, taken just before a person's edit of it. */
export function recordBefore(sim: SimWorkbook, sheetName: string, address: string): EditRecord {
  const { sheet, block } = placeOf(sim, sheetName, address);
  const cells: HeldCell[] = [];
  for (let r = 0; r < block.rowCount; r++)
    for (let c = 0; c < block.columnCount; c++) {
      const cell = sheet.cell(block.row + r, block.column + c);
      cells.push({ value: cell?.value ?? "", formula: cell?.formula, numberFormat: cell?.numberFormat });
    }
  const tables = sim.tables
    .filter((table) => table.sheet === sheet)
    .map((table) => ({ table, block: { ...table.block } }));
  return { sheet: sheet.name, block, cells, tables };
}

/**
 * A person selecting cells and pressing Delete: their contents go, their formats stay ("If you
 * click a cell and then press DELETE or BACKSPACE, you clear the cell contents without removing any
 * cell formats", https://support.microsoft.com/office/clear-cells-of-contents-or-formats-2a6d4f09-3ea8-4a47-b3a3-e69c1bb3d7bd).
 * That is an edit of the block with nothing in each cell, as typing nothing would make it.
 */
export function userClear(sim: SimWorkbook, sheetName: string, address: string): Promise<void> {
  const { block } = placeOf(sim, sheetName, address);
  const blanks = Array.from({ length: block.rowCount }, () => Array.from({ length: block.columnCount }, () => ""));
  return sim.userType(sheetName, blockAddress(block), blanks);
}

/**
 * A person pressing Ctrl+Z after an edit: the cells get back what they held (a number format a
 * typed date gave a cell goes again), the sheet's tables their extents, and Excel raises onChanged
 * for the block as for any edit. Applied between batches, never inside one, as a person's edit is.
 */
export async function userUndo(sim: SimWorkbook, record: EditRecord): Promise<void> {
  const { sheet, block } = placeOf(sim, record.sheet, blockAddress(record.block));
  await sim.exclusive(async () => {
    const before = sheet.cell(block.row, block.column)?.value ?? "";
    record.cells.forEach((held, index) => {
      const cell = sheet.cellForWrite(
        block.row + Math.floor(index / block.columnCount),
        block.column + (index % block.columnCount),
      );
      cell.value = held.value;
      if (held.formula) {
        cell.formula = held.formula;
        sheet.formulaCells.add(cell);
      } else {
        delete cell.formula;
        sheet.formulaCells.delete(cell);
      }
      if (held.numberFormat) cell.numberFormat = held.numberFormat;
      else delete cell.numberFormat;
    });
    for (const { table, block: extent } of record.tables) table.block = { ...extent };
    sim.recalculate();
    const single = block.rowCount === 1 && block.columnCount === 1;
    const after = sheet.cell(block.row, block.column)?.value ?? "";
    sim.raise(sheet, blockAddress(block), single ? { valueBefore: before, valueAfter: after } : undefined);
    sim.notify();
    sim.deliverEvents();
  });
  await sim.settled();
}
