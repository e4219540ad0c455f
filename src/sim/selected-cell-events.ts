// Excel's selected cell in the in-memory Excel: Worksheet.onSelectionChanged (ExcelApi 1.7), a
// handler per sheet, raised when a person selects a cell or range. "Occurs when the selection changes on a specific worksheet";
// the event's `address` is the selected range's, without the sheet name.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onselectionchanged-member
// Kept apart from worksheet-proxy.ts so the one line there that offers it stays the only change.
import { blockAddress, parseAddress } from "../domain/grid";
import type { SimSheet } from "./sheet";
import type { SimDocument } from "./document";

export interface SelectionChangedEvent {
  readonly type: "WorksheetSelectionChanged";
  readonly worksheetId: string;
  readonly address: string;
}

type SelectedCellHandler = (event: SelectionChangedEvent) => Promise<unknown> | unknown;

const handlers = new WeakMap<SimSheet, SelectedCellHandler[]>();

/** The worksheet proxy's `onSelectionChanged` for one sheet, resolved when a handler is added. */
export function selectionChangedEvent(resolve: () => SimSheet, context: unknown) {
  return {
    add: (handler: SelectedCellHandler) => {
      const sheet = resolve();
      const list = handlers.get(sheet) ?? [];
      list.push(handler);
      handlers.set(sheet, list);
      return { remove: () => void list.splice(list.indexOf(handler), 1), context };
    },
  };
}

/** A test's (or the demo's) stand-in for a person selecting a cell or range: records it and raises the event. */
export async function userSelectsCell(sim: SimDocument, sheetName: string, address: string): Promise<void> {
  const sheet = sim.sheet(sheetName);
  const block = parseAddress(address);
  if (!sheet || !block) throw new Error(`No such place: ${sheetName}!${address}`);
  sim.activeSheet = sheet;
  sim.selectedCell = { sheet: sheet.name, address: blockAddress(block) };
  sim.notify();
  for (const handler of [...(handlers.get(sheet) ?? [])]) {
    await handler({ type: "WorksheetSelectionChanged", worksheetId: sheet.id, address: blockAddress(block) });
  }
}
