// The workbook as a request context shows it (context.workbook): its worksheets, by name, active or
// added; the workbook's structure protection; and its named items.
import { blockAddress, parseAddress, splitSheetAddress } from "../domain/grid";
import type { AddinWorkbook, AddinWorksheetItem } from "../excel/excel-api";
import { proxy, type ProxyContext } from "./proxy";
import { rangeProxy } from "./range-proxy";
import { quoteSheet, SimError, type SimSheet } from "./sheet";
import { worksheetProxy } from "./worksheet-proxy";

function resolveSheet(context: ProxyContext, name: string): SimSheet {
  const sheet = context.sim.sheet(name);
  if (!sheet) throw new SimError("ItemNotFound", `The worksheet ‘${name}’ does not exist.`);
  return sheet;
}

export function workbookProxy(context: ProxyContext): AddinWorkbook {
  const sim = context.sim;
  const sheetByName = (name: string) => () => resolveSheet(context, name);
  const worksheets = {
    getItem: (name: string) => worksheetProxy(context, sheetByName(name)),
    getItemOrNullObject: (name: string) => worksheetProxy(context, sheetByName(name), true),
    getActiveWorksheet: () =>
      worksheetProxy(context, () => {
        if (!sim.activeSheet) throw new SimError("ItemNotFound", "There is no active sheet.");
        return sim.activeSheet;
      }),
    add: (name: string) => {
      let created: SimSheet | undefined;
      context.enqueue({ addSheet: name }, () => (created = sim.addSheet(name)));
      return worksheetProxy(context, () => {
        if (!created) throw new SimError("InvalidOperation", "The sheet has not been created yet.");
        return created;
      });
    },
    items: [] as AddinWorksheetItem[],
    load: (selection: string) => {
      const fields = selection
        .replace(/items\//g, "")
        .split(",")
        .map((field) => field.trim());
      context.enqueue(
        { loadSheets: selection },
        () =>
          sim.sheets.map((sheet) =>
            Object.fromEntries(
              fields.map((field) => [
                field,
                field === "name" ? sheet.name : field === "visibility" ? sheet.visibility : sheet.id,
              ]),
            ),
          ),
        (result) => {
          worksheets.items = (result as AddinWorksheetItem[]).map((item) => Object.freeze({ ...item }));
        },
      );
      return worksheets;
    },
  };
  return {
    worksheets,
    protection: proxy(context, () => sim, { protected: { get: (workbook) => workbook.structureProtected } }),
    names: {
      add: (name: string, reference: string | { address?: string }) => {
        context.enqueue({ addName: name, reference: typeof reference === "string" ? reference : "range" }, () => {
          if (sim.names.has(name.toLowerCase()))
            throw new SimError("InvalidArgument", `The name ${name} already exists.`);
          const text = typeof reference === "string" ? reference.replace(/^=/, "") : "";
          const sheet = sim.sheet(splitSheetAddress(text).sheet);
          const block = parseAddress(text);
          if (!sheet || !block)
            throw new SimError("InvalidArgument", `‘${text}’ is not a reference this simulator knows.`);
          sim.names.set(name.toLowerCase(), { sheet, block });
        });
      },
      getItemOrNullObject: (name: string) => {
        const resolve = () => {
          const named = sim.names.get(name.toLowerCase());
          if (!named) throw new SimError("ItemNotFound", `No name ${name}.`);
          return named;
        };
        return proxy(
          context,
          resolve,
          {
            name: { get: () => name },
            formula: { get: (named) => `=${quoteSheet(named.sheet.name)}!${blockAddress(named.block)}` },
          },
          { getRange: () => rangeProxy(context, () => resolve()) },
          true,
        );
      },
    },
  };
}
