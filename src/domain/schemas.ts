// zod row schemas derived from the catalogue: what a canonical row of each list looks like.
// A row that passes needs no explanation; for a row that fails, each issue's path names the
// column whose cell the rules then explain (and offer a fix for). Built once per list and parsed
// synchronously, so zod's compiled fast path serves the common case of a clean row.
import { z } from "zod";
import type { ColumnSpec, ListSpec } from "./catalogue";
import { acceptedValues } from "./codes";
import { MAX_SERIAL, readDate } from "./dates";
import { isExcelError } from "./grid";
import { remembered } from "./remembered";
import { plainText } from "./text";

const isCanonicalText = (text: string) => !isExcelError(text) && plainText(text) === text;
const isCanonicalIdText = (text: string) => isCanonicalText(text) && !/^\d+\.0+$/.test(text) && !/\u00a0/.test(text);
const isPlainText = (text: string) => !isExcelError(text);
const isUkDateText = (text: string) => readDate(text, 0).kind === "date";
const MIN_DATE_SERIAL = 61;

const childId = z.union([z.number().int().nonnegative(), z.string().refine(isCanonicalIdText)]);

const freeText = z.union([z.string().refine(isPlainText), z.number(), z.boolean()]);

// A real date: an Excel serial, or text that reads as a UK date with a four-digit year.
const dateCell = z.union([z.number().min(MIN_DATE_SERIAL).max(MAX_SERIAL), z.string().refine(isUkDateText)]);

const countCell = z.number().int().nonnegative();
/** A count whose lowest possible value is not 0 (Ofsted's List 8 placements: at least 1, Guidance!C104). */
const countFromCell = (min: number) => z.number().int().min(min);
const MAX_AGE = 25;
const ageCell = z.number().int().min(0).max(MAX_AGE);
// Ofsted's template writes an unborn child's age as -1 (Guidance, "Age of Child (Years)").
const ageOrUnbornCell = z.number().int().min(-1).max(MAX_AGE);

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
      return z.enum(acceptedValues(column.codeList) as [string, ...string[]]);
    }
    case "count":
      return column.min === undefined ? countCell : countFromCell(column.min);
    case "age":
      return column.min === -1 ? ageOrUnbornCell : ageCell;
  }
}

/**
 * Whether the column's schema (cellSchema) accepts one non-blank cell, as the row schema would
 * for that key: a quick test first, which holds only where the schema accepts (the string tests
 * are the schema's own refinements; the number tests are as strict as zod's: finite, safe
 * integers), then zod itself for what the quick test does not pass, its verdict on a text kept
 * (a large list repeats its misspellings). A clean row costs a few comparisons; zod still
 * decides every cell the quick test doubts.
 */
export function cellAcceptance(column: ColumnSpec): (cell: string | number | boolean) => boolean {
  const quick = quickCellCheck(column);
  const schema = cellSchema(column);
  const verdictOnText = remembered((text: string) => schema.safeParse(text).success);
  return (cell) => {
    if (quick(cell)) return true;
    return typeof cell === "string" ? verdictOnText(cell) : schema.safeParse(cell).success;
  };
}

function quickCellCheck(column: ColumnSpec): (cell: string | number | boolean) => boolean {
  const wholeNumber = (cell: string | number | boolean, max: number, min = 0) =>
    typeof cell === "number" && Number.isSafeInteger(cell) && cell >= min && cell <= max && !Object.is(cell, -0);
  switch (column.kind) {
    case "id":
      return (cell) =>
        typeof cell === "string" ? isCanonicalIdText(cell) : wholeNumber(cell, Number.MAX_SAFE_INTEGER);
    case "text":
      return (cell) =>
        typeof cell === "string" ? isPlainText(cell) : typeof cell === "boolean" || Number.isFinite(cell);
    case "date":
      return (cell) =>
        typeof cell === "string"
          ? isUkDateText(cell)
          : typeof cell === "number" && Number.isFinite(cell) && cell >= MIN_DATE_SERIAL && cell <= MAX_SERIAL;
    case "yesNo":
    case "code": {
      const canonical = new Set(column.codeList ? acceptedValues(column.codeList) : []);
      return (cell) => typeof cell === "string" && canonical.has(cell);
    }
    case "count": {
      const min = column.min ?? 0;
      return (cell) => wholeNumber(cell, Number.MAX_SAFE_INTEGER, min);
    }
    case "age": {
      const min = column.min === -1 ? -1 : 0;
      return (cell) => wholeNumber(cell, MAX_AGE, min);
    }
  }
}

export type RowSchema = z.ZodType<Record<string, unknown>>;

const schemas = new WeakMap<ListSpec, Map<string, RowSchema>>();

/**
 * The schema of one canonical row of a list, keyed by column key; blank cells are absent keys.
 * Only the columns the sheet has are in it: a missing column is reported once, at the heading row.
 */
export function rowSchema(list: ListSpec, presentKeys: ReadonlySet<string>): RowSchema {
  const cacheKey = [...presentKeys].sort().join(",");
  let ofList = schemas.get(list);
  if (!ofList) schemas.set(list, (ofList = new Map()));
  let schema = ofList.get(cacheKey);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const column of list.columns.filter((candidate) => presentKeys.has(candidate.key))) {
      const cell = cellSchema(column);
      shape[column.key] = column.required ? cell : cell.optional();
    }
    schema = z.object(shape) as unknown as RowSchema;
    ofList.set(cacheKey, schema);
  }
  return schema;
}
