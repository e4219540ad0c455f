// Range.conditionalFormats. The add-in adds custom (formula) formats, with a fill, a font and a
// border, and clears those within a range; the formula must be one Excel can parse, its names
// defined, and a protected sheet refuses both.
// They are read back as Excel reports them (ExcelApi 1.6), so the self-test's marks and highlight
// items can check a rule the add-in wrote:
// - Range.conditionalFormats is "a collection of all the conditional formats that are overlap the
//   range", and `add` puts a new format "at the first/top priority"
//   (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection): items
//   come newest first, and `priority` is the index in the collection
//   (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member).
// - getItemAt, getItem and getCount resolve at sync, like every Office.js method. The docs do not
//   say which error an index or id naming no format gives; the simulator fails with ItemNotFound
//   (Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), as its
//   other lookups of something absent do.
// - Properties read before load and sync throw PropertyNotLoaded, as the other proxies do; a nested
//   path ("custom/rule/formula") loads what it names, a parent path ("custom/rule") all under it.
// - The rule's formula comes back as written, with its leading "=", as Range.formulas gives a cell's
//   formula (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule); colours
//   as "#RRGGBB" (https://learn.microsoft.com/javascript/api/excel/excel.conditionalrangefill).
// - stopIfTrue is false: the add-in never sets it, and Excel's default leaves lower rules in effect.
// Only custom (formula) formats exist in the simulator: `add` refuses the other types.
import type { AddinConditionalRangeBorder } from "../excel/excel-api";
import { formulaProblem } from "./formulas";
import { proxy, type ProxyContext, type Target } from "./proxy";
import {
  namesToLoad,
  overlaps,
  propertyNotLoaded,
  refuseIfProtected,
  SimError,
  within,
  type LoadSelection,
  type RangeTarget,
  type SimConditionalFormat,
  type SimSheet,
} from "./sheet";

/** A format as the collection of one range sees it: with its priority there. */
interface Found {
  readonly sheet: SimSheet;
  readonly format: SimConditionalFormat;
  readonly priority: number;
}

const ids = new WeakMap<SimConditionalFormat, string>();
let nextId = 1;
function idOf(format: SimConditionalFormat): string {
  let id = ids.get(format);
  if (!id) {
    id = `{conditional-format-${nextId++}}`;
    ids.set(format, id);
  }
  return id;
}

const colour = (value: string | undefined) => (value ? `#${value}` : null);

/** Every loadable property of a format, by path, and how it reads. */
const PROPERTIES: Record<string, (found: Found) => unknown> = {
  id: ({ format }) => idOf(format),
  type: () => "Custom",
  priority: ({ priority }) => priority,
  stopIfTrue: () => false,
  "custom/rule/formula": ({ format }) => `=${format.formula}`,
  // The simulator's locales (en-US, en-GB) write formulas the same way.
  "custom/rule/formulaLocal": ({ format }) => `=${format.formula}`,
  "custom/format/fill/color": ({ format }) => colour(format.fill),
  "custom/format/font/color": ({ format }) => colour(format.fontColour),
  "custom/format/font/bold": ({ format }) => format.bold ?? false,
};

/** The top-level properties, loaded by load() with no argument. */
const SCALARS = ["id", "type", "priority", "stopIfTrue"];

type Selection = LoadSelection | undefined;

/** The property paths a load asks for, each checked; `prefix` ("items/") is taken off first. */
function pathsOf(selection: Selection, prefix = ""): string[] {
  const asked = (selection === undefined ? [] : namesToLoad(selection)).map((name) =>
    prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name,
  );
  if (asked.length === 0 || (prefix && asked.every((name) => name === prefix.replace(/\/$/, "")))) return SCALARS;
  return asked.flatMap((name) => {
    const paths = Object.keys(PROPERTIES).filter((path) => path === name || path.startsWith(`${name}/`));
    if (paths.length === 0)
      throw new SimError("PropertyNotFound", `The property '${name}' does not exist or cannot be loaded.`);
    return paths;
  });
}

/** A ConditionalFormat: loadable by path, with its rule's formula and fill colour settable. */
function formatProxy(
  context: ProxyContext,
  resolve: () => Found,
  makeRange: (target: () => RangeTarget) => unknown,
  loaded = new Map<string, unknown>(),
): Record<string, unknown> {
  const self: Record<string, unknown> = {};
  const setters: Record<string, (format: SimConditionalFormat, sheet: SimSheet, value: string) => void> = {
    "custom/rule/formula": (format, _sheet, formula) => {
      const problem = formulaProblem(formula, (name) => context.sim.names.has(name.toLowerCase()));
      if (problem) throw new SimError("InvalidArgument", problem);
      format.formula = formula.replace(/^=/, "");
    },
    "custom/format/fill/color": (format, _sheet, value) => (format.fill = value.replace("#", "").toUpperCase()),
  };
  for (const path of Object.keys(PROPERTIES)) {
    const parts = path.split("/");
    let holder = self;
    for (const part of parts.slice(0, -1)) holder = (holder[part] ??= {}) as Record<string, unknown>;
    const setter = setters[path];
    Object.defineProperty(holder, parts[parts.length - 1], {
      enumerable: true,
      get() {
        if (!loaded.has(path)) throw propertyNotLoaded(parts[parts.length - 1]);
        return loaded.get(path);
      },
      set(value: string) {
        if (!setter)
          throw new SimError("InvalidOperation", `The simulator does not set '${path}' of a conditional format.`);
        loaded.delete(path);
        context.enqueue({ set: path, value }, () => {
          const { sheet, format } = resolve();
          refuseIfProtected(sheet);
          setter(format, sheet, value);
        });
      },
    });
  }
  self.load = (selection?: Selection) => {
    const paths = pathsOf(selection);
    context.enqueue(
      { load: paths },
      () => {
        const found = resolve();
        return Object.fromEntries(paths.map((path) => [path, PROPERTIES[path](found)]));
      },
      (result) => {
        for (const [path, value] of Object.entries(result as object)) loaded.set(path, value);
      },
    );
    return self;
  };
  self.getRange = () =>
    makeRange(() => {
      const { sheet, format } = resolve();
      return { sheet, block: format.block };
    });
  self.delete = () =>
    context.enqueue({ deleteConditionalFormat: true }, () => {
      const { sheet, format } = resolve();
      refuseIfProtected(sheet);
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
    });
  return self;
}

/**
 * Range.conditionalFormats of the range `resolve` finds at sync: the writes (`add`, `clearAll`) and
 * Excel's reads. `makeRange` makes the range proxy a format's getRange gives (range-proxy.ts).
 */
export function conditionalFormats(
  context: ProxyContext,
  resolve: Target<RangeTarget>,
  makeRange: (target: () => RangeTarget) => unknown,
) {
  const sim = context.sim;
  return withConditionalFormatReads(context, resolve, makeRange, {
    add: (type: string) => {
      if (type !== "Custom")
        throw new SimError("InvalidArgument", `Only custom conditional formats are simulated, not ${type}.`);
      let format: SimConditionalFormat | undefined;
      const formatTarget = () => {
        if (!format) throw new SimError("InvalidOperation", "The conditional format has not been created yet.");
        return format;
      };
      context.enqueue({ addConditionalFormat: type }, () => {
        const target = resolve();
        refuseIfProtected(target.sheet);
        format = { block: target.block, formula: "" };
        target.sheet.conditionalFormats.push(format);
      });
      return {
        custom: {
          rule: proxy(context, formatTarget, {
            formula: {
              set: (target, formula: string) => {
                const problem = formulaProblem(formula, (name) => sim.names.has(name.toLowerCase()));
                if (problem) throw new SimError("InvalidArgument", problem);
                target.formula = formula.replace(/^=/, "");
              },
            },
          }),
          format: {
            fill: proxy(context, formatTarget, {
              color: { set: (target, colour: string) => (target.fill = colour.replace("#", "").toUpperCase()) },
            }),
            font: proxy(context, formatTarget, {
              bold: { set: (target, bold: boolean) => (target.bold = bold) },
              color: {
                set: (target, colour: string) => (target.fontColour = colour.replace("#", "").toUpperCase()),
              },
            }),
            borders: {
              getItem: () =>
                proxy(context, formatTarget, {
                  style: {
                    set: (target, _style: AddinConditionalRangeBorder["style"]) => (target.borders = true),
                  },
                  color: { set: (_target, _colour: string) => undefined },
                }),
            },
          },
        },
      };
    },
    clearAll: () =>
      context.enqueue({ clearConditionalFormats: true }, () => {
        const target = resolve();
        refuseIfProtected(target.sheet);
        const list = target.sheet.conditionalFormats;
        for (let i = list.length - 1; i >= 0; i--) if (within(list[i].block, target.block)) list.splice(i, 1);
      }),
  });
}

/** The writes given, with Excel's reads added: load, items, getCount, getItemAt, getItem. */
function withConditionalFormatReads<T extends object>(
  context: ProxyContext,
  resolve: () => RangeTarget,
  makeRange: (target: () => RangeTarget) => unknown,
  writes: T,
): T {
  /** The formats overlapping the range, top priority first. */
  const list = (): Found[] => {
    const { sheet, block } = resolve();
    return sheet.conditionalFormats
      .filter((format) => overlaps(format.block, block))
      .reverse()
      .map((format, priority) => ({ sheet, format, priority }));
  };
  const byIndex = (index: number) => () => {
    const found = list()[index];
    if (!Number.isInteger(index) || !found)
      throw new SimError(
        "ItemNotFound",
        `There is no conditional format at index ${index} of this range's collection.`,
      );
    return found;
  };
  const byId = (id: string) => () => {
    const found = list().find((candidate) => idOf(candidate.format) === id);
    if (!found) throw new SimError("ItemNotFound", `There is no conditional format ${id} on this range.`);
    return found;
  };
  const collection = writes as unknown as Record<string, unknown>;
  let items: Record<string, unknown>[] | undefined;
  Object.defineProperty(collection, "items", {
    get() {
      if (!items) throw propertyNotLoaded("items");
      return items;
    },
  });
  collection.load = (selection?: Selection) => {
    const paths = pathsOf(selection, "items/");
    let found: Found[] = [];
    context.enqueue(
      { loadConditionalFormats: paths },
      () => {
        found = list();
        return found.map((one) => Object.fromEntries(paths.map((path) => [path, PROPERTIES[path](one)])));
      },
      (result) => {
        items = (result as Record<string, unknown>[]).map((values, index) =>
          formatProxy(context, byId(idOf(found[index].format)), makeRange, new Map(Object.entries(values))),
        );
      },
    );
    return collection;
  };
  collection.getCount = () => {
    let value: number | undefined;
    context.enqueue(
      { countConditionalFormats: true },
      () => list().length,
      (count) => (value = count as number),
    );
    return {
      get value() {
        if (value === undefined) throw propertyNotLoaded("value");
        return value;
      },
    };
  };
  collection.getItemAt = (index: number) => formatProxy(context, byIndex(index), makeRange);
  collection.getItem = (id: string) => formatProxy(context, byId(id), makeRange);
  return writes;
}
