// Excel raises onChanged for the add-in's own writes as well as a person's. Before the add-in
// writes into a list, it notes where; the live checker then ignores the event those writes cause.
import { parseAddress, type CellBlock } from "../domain/grid";

export class OwnWrites {
  private readonly expected: { sheet: string; block: CellBlock }[] = [];

  note(sheet: string, block: CellBlock): void {
    this.expected.push({ sheet: sheet.toLowerCase(), block });
  }

  /** True (once) when an event is the echo of a noted write. */
  consume(sheet: string, address: string): boolean {
    const block = parseAddress(address);
    if (!block) return false;
    const index = this.expected.findIndex(
      (entry) =>
        entry.sheet === sheet.toLowerCase() &&
        block.row >= entry.block.row &&
        block.column >= entry.block.column &&
        block.row + block.rowCount <= entry.block.row + entry.block.rowCount &&
        block.column + block.columnCount <= entry.block.column + entry.block.columnCount,
    );
    if (index < 0) return false;
    this.expected.splice(index, 1);
    return true;
  }
}
