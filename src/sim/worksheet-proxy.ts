// A worksheet as the add-in sees it: ranges by address, by indexes or the used range; its tables,
// protection and frozen rows; and its events, each handler bound to the request context that added it.
import type { AddinWorksheet } from "../excel/excel-api";
import { proxy, type ProxyContext, type Target } from "./proxy";
import { rangeProxy } from "./range-proxy";
import { selectionChangedEvent } from "./selected-cell-events";
import {
  blockOf,
  MAX_COLUMNS,
  MAX_ROWS,
  overlaps,
  refuseIfProtected,
  SimError,
  type Handler,
  type Registration,
  type SimSheet,
  type SimTable,
} from "./sheet";
import { tableProxy } from "./table-proxy";

export function worksheetProxy(context: ProxyContext, resolve: Target<SimSheet>, nullable = false): AddinWorksheet {
  const sim = context.sim;
  return proxy(
    context,
    resolve,
    {
      name: { get: (sheet) => sheet.name, set: (sheet, name: string) => (sheet.name = name) },
      id: { get: (sheet) => sheet.id },
      visibility: {
        get: (sheet) => sheet.visibility,
        set: (sheet, visibility: SimSheet["visibility"]) => (sheet.visibility = visibility),
      },
    },
    {
      getRange: (address?: string) =>
        rangeProxy(context, () => ({
          sheet: resolve(),
          block: address ? blockOf(address) : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS },
        })),
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        rangeProxy(context, () => ({ sheet: resolve(), block: { row, column, rowCount, columnCount } })),
      getUsedRangeOrNullObject: (valuesOnly = false) =>
        rangeProxy(
          context,
          () => {
            const sheet = resolve();
            const block = sheet.usedBlock(valuesOnly);
            if (!block) throw new SimError("ItemNotFound", "The sheet is empty.");
            return { sheet, block };
          },
          true,
        ),
      protection: proxy(context, resolve, { protected: { get: (sheet) => sheet.protected } }),
      activate: () => context.enqueue({ activate: true }, () => (sim.activeSheet = resolve())),
      delete: () => context.enqueue({ deleteSheet: true }, () => sim.deleteSheet(resolve().name)),
      freezePanes: {
        freezeRows: (count: number) => context.enqueue({ freezeRows: count }, () => (resolve().frozenRows = count)),
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          let created: (SimTable & { sheet: SimSheet }) | undefined;
          context.enqueue({ addTable: address, hasHeaders }, () => {
            const sheet = resolve();
            refuseIfProtected(sheet);
            const block = blockOf(address);
            if (sim.tables.some((table) => table.sheet === sheet && overlaps(table.block, block))) {
              throw new SimError("InvalidOperation", "A table can't overlap another table.");
            }
            created = { name: `Table${sim.tables.length + 1}`, block, hasHeaders, sheet };
            sim.tables.push(created);
          });
          const table = tableProxy(context, () => {
            if (!created) throw new SimError("InvalidOperation", "The table has not been created yet.");
            return created;
          });
          return table;
        },
        getItemOrNullObject: (name: string) =>
          tableProxy(
            context,
            () => {
              const found = sim.tables.find(
                (table) => table.sheet === resolve() && table.name.toLowerCase() === name.toLowerCase(),
              );
              if (!found) throw new SimError("ItemNotFound", `No table ${name}.`);
              return found;
            },
            true,
          ),
      },
      onSelectionChanged: selectionChangedEvent(resolve, context),
      onChanged: {
        // EventHandlerResult.remove() queues the removal on the context that added the handler: "The
        // same RequestContext object that the handler was added in must be used when removing the
        // handler" (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult).
        // Called inside another Excel.run, it waits on a context nobody syncs, and the handler stays.
        add: (handler: Handler) => {
          const registration: Registration = { handler, context };
          context.enqueue({ addHandler: "onChanged" }, () => resolve().handlers.push(registration));
          return {
            context,
            remove: () =>
              context.enqueue({ removeHandler: "onChanged" }, () => {
                const handlers = resolve().handlers;
                const index = handlers.indexOf(registration);
                if (index >= 0) handlers.splice(index, 1);
              }),
          };
        },
      },
    },
    nullable,
  );
}
