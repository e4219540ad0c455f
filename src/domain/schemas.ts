// zod row schemas derived from the catalogue: what a canonical row of each list looks like.
// A row that passes needs no explanation; for a row that fails, each issue's path names the
// column whose cell the rules then explain (and offer a fix for). Built once per list and parsed
// synchronously, so zod's compiled fast path serves the common case of a clean row.
import { z } from "zod";
import { listSpec, type ColumnSpec, type ListId } from "./catalogue";
import { canonicalValues } from "./codes";
import { MAX_SERIAL, readDate } from "./dates";
import { isExcelError } from "./grid";
import { plainText } from "./text";

const isCanonicalText = (text: string) => !isExcelError(text) && plainText(text) === text;

const childId = z.union([
  z.number().int().nonnegative(),
  z.string().refine((text) => isCanonicalText(text) && !/^\d+\.0+$/.test(text) && !/\u00a0/.test(text)),
]);

const freeText = z.union([z.string().refine((text) => !isExcelError(text)), z.number(), z.boolean()]);

// A real date: an Excel serial, or text that reads as a UK date with a four-digit year.
const dateCell = z.union([
  z.number().min(61).max(MAX_SERIAL),
  z.string().refine((text) => {
    const reading = readDate(text, 0);
    return reading.kind === "date";
  }),
]);

const countCell = z.number().int().nonnegative();
const ageCell = z.number().int().min(0).max(25);

function cellSchema(column: ColumnSpec): z.ZodType {
  switch (column.kind) {
    case "id":
      return childId;
    case "text":
      return freeText;
    case "date":
      return dateCell;
    case "yesNo":
    case "code": {
      if (!column.codeList) throw new Error(`Column ${column.key} needs a code list`);
      return z.enum(canonicalValues(column.codeList) as [string, ...string[]]);
    }
    case "count":
      return countCell;
    case "age":
      return ageCell;
  }
}

export type RowSchema = z.ZodType<Record<string, unknown>>;

const schemas = new Map<string, RowSchema>();

/**
 * The schema of one canonical row of a list, keyed by column key; blank cells are absent keys.
 * Only the columns the sheet has are in it: a missing column is reported once, at the heading row.
 */
export function rowSchema(listId: ListId, presentKeys: ReadonlySet<string>): RowSchema {
  const cacheKey = `${listId}:${[...presentKeys].sort().join(",")}`;
  let schema = schemas.get(cacheKey);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const column of listSpec(listId).columns.filter((candidate) => presentKeys.has(candidate.key))) {
      const cell = cellSchema(column);
      shape[column.key] = column.required ? cell : cell.optional();
    }
    schema = z.object(shape) as unknown as RowSchema;
    schemas.set(cacheKey, schema);
  }
  return schema;
}
