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

const MAX_AGE = 25;

/**
 * What a column kind accepts in a non-blank cell, described once: the zod schema (cellSchema) and
 * the quick check (quickCellCheck) are both built from it, so they cannot disagree.
 */
interface CellRule {
  /** Text accepted: any passing this test, or exactly these codes; text is refused without either. */
  readonly text?: ((text: string) => boolean) | { readonly codes: readonly string[] };
  /** Numbers accepted: finite, whole (a safe integer) when asked, within min and max; refused without. */
  readonly number?: { readonly whole: boolean; readonly min?: number; readonly max?: number };
  /** TRUE and FALSE accepted. */
  readonly boolean?: true;
}

/** Built once, with the column's schemas: a column spec is never changed once made. */
const cellRules = new WeakMap<ColumnSpec, CellRule>();

function cellRule(column: ColumnSpec): CellRule {
  let rule = cellRules.get(column);
  if (!rule) cellRules.set(column, (rule = cellRuleOf(column)));
  return rule;
}

function cellRuleOf(column: ColumnSpec): CellRule {
  switch (column.kind) {
    case "id":
      return { number: { whole: true, min: 0 }, text: isCanonicalIdText };
    case "text":
      return { text: isPlainText, number: { whole: false }, boolean: true };
    case "date":
      // A real date: an Excel serial, or text that reads as a UK date with a four-digit year.
      return { number: { whole: false, min: MIN_DATE_SERIAL, max: MAX_SERIAL }, text: isUkDateText };
    case "yesNo":
    case "code": {
      if (!column.codeList) throw new Error(`Column ${column.key} needs a code list`);
      return { text: { codes: acceptedValues(column.codeList) } };
    }
    case "count":
      // A count whose lowest possible value is not 0: Ofsted's List 8 placements, at least 1 (Guidance!C104).
      return { number: { whole: true, min: column.min ?? 0 } };
    case "age":
      // Ofsted's template writes an unborn child's age as -1 (Guidance, "Age of Child (Years)").
      return { number: { whole: true, min: column.min === -1 ? -1 : 0, max: MAX_AGE } };
  }
}

/** The zod schema of a rule: a union of what it accepts, numbers first, then text, then TRUE/FALSE. */
function schemaOf(rule: CellRule): z.ZodType {
  const options: z.ZodType[] = [];
  if (rule.number) {
    let number = z.number();
    if (rule.number.whole) number = number.int();
    if (rule.number.min !== undefined) number = number.min(rule.number.min);
    if (rule.number.max !== undefined) number = number.max(rule.number.max);
    options.push(number);
  }
  if (typeof rule.text === "function") options.push(z.string().refine(rule.text));
  else if (rule.text) options.push(z.enum(rule.text.codes as [string, ...string[]]));
  if (rule.boolean) options.push(z.boolean());
  return options.length === 1 ? options[0] : z.union(options as [z.ZodType, z.ZodType, ...z.ZodType[]]);
}

const cellSchemas = new WeakMap<ColumnSpec, z.ZodType>();

function cellSchema(column: ColumnSpec): z.ZodType {
  let schema = cellSchemas.get(column);
  if (!schema) cellSchemas.set(column, (schema = schemaOf(cellRule(column))));
  return schema;
}

/**
 * Whether the column's schema (cellSchema) accepts one non-blank cell, as the row schema would
 * for that key: a quick test first, built from the same rule (the string tests are the schema's own
 * refinements; the number tests are zod's: finite, safe integers), then zod itself for what the
 * quick test does not pass, its verdict on a text kept (a large list repeats its misspellings). A
 * clean row costs a few comparisons; zod still decides every cell the quick test doubts.
 */
export function cellAcceptance(column: ColumnSpec): (cell: string | number | boolean) => boolean {
  const quick = quickCellCheck(cellRule(column));
  const schema = cellSchema(column);
  const verdictOnText = remembered((text: string) => schema.safeParse(text).success);
  return (cell) => {
    if (quick(cell)) return true;
    return typeof cell === "string" ? verdictOnText(cell) : schema.safeParse(cell).success;
  };
}

function quickCellCheck(rule: CellRule): (cell: string | number | boolean) => boolean {
  const codes = typeof rule.text === "object" ? new Set(rule.text.codes) : undefined;
  const text: (text: string) => boolean =
    typeof rule.text === "function" ? rule.text : codes ? (cell) => codes.has(cell) : () => false;
  const number = rule.number;
  const min = number?.min ?? -Infinity;
  const max = number?.max ?? Infinity;
  const isNumber = !number ? () => false : number.whole ? Number.isSafeInteger : Number.isFinite;
  const boolean = rule.boolean === true;
  return (cell) =>
    typeof cell === "string"
      ? text(cell)
      : typeof cell === "number"
        ? isNumber(cell) && cell >= min && cell <= max
        : typeof cell === "boolean" && boolean;
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
