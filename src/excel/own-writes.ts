// Excel raises onChanged for the add-in's own writes as well as a person's, and may raise one event
// for several writes or two for one (a value and its format). So the add-in notes each cell it
// writes and the value it wrote, for a few seconds; an event is its own echo only when every cell
// it names was noted and, where Excel says the value after (a single-cell edit), that value is the
// one written. Anything else is a person's edit and is re-checked.
import { parseRangeAddress, type CellBlock, type CellValue } from "../domain/grid";

/** Long enough for Excel to deliver the events of a sync; short enough not to hide a later edit. */
const LIFETIME_MS = 5_000;

interface Noted {
  readonly value: CellValue;
  readonly expires: number;
}

export class OwnWrites {
  private readonly cells = new Map<string, Noted>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Notes a block about to be written, with the values written (one per cell). */
  note(sheet: string, block: CellBlock, values: readonly (readonly CellValue[])[]): void {
    const expires = this.now() + LIFETIME_MS;
    for (let r = 0; r < block.rowCount; r++) {
      for (let c = 0; c < block.columnCount; c++)
        this.cells.set(key(sheet, block.row + r, block.column + c), { value: values[r]?.[c] ?? "", expires });
    }
  }

  /** True when the event is the echo of noted writes. */
  isEcho(sheet: string, address: string, details?: { readonly valueAfter?: CellValue }): boolean {
    this.expire();
    const block = parseRangeAddress(address);
    if (!block || block.rowCount * block.columnCount > this.cells.size) return false;
    for (let r = 0; r < block.rowCount; r++) {
      for (let c = 0; c < block.columnCount; c++) {
        const noted = this.cells.get(key(sheet, block.row + r, block.column + c));
        if (!noted) return false;
        if (
          details &&
          "valueAfter" in details &&
          block.rowCount * block.columnCount === 1 &&
          !sameValue(details.valueAfter, noted.value)
        )
          return false;
      }
    }
    return true;
  }

  private expire(): void {
    const now = this.now();
    for (const [cell, noted] of this.cells) if (noted.expires <= now) this.cells.delete(cell);
  }
}

const key = (sheet: string, row: number, column: number) => `${sheet.toLowerCase()}!${row},${column}`;
const sameValue = (a: CellValue, b: CellValue) => (a ?? "") === (b ?? "");
