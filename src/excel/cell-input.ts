// Excel reads a string written through Range.values or Range.formulas as if it were typed: "0123"
// becomes 123, "03/04/2019" a date, "TRUE" a boolean, "=..." "+..." "-..." a formula
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
// https://support.microsoft.com/office/keeping-leading-zeros-and-large-numbers-1bf7b935-36e1-4985-842f-5dfa51f85fe7).
// Text the add-in writes (an ID, a heading, a fix, a note) goes through here so it is stored as the
// text it is: in a cell formatted as Text ("@") as it is; elsewhere with the apostrophe prefix,
// which Excel drops from the value. Only text no locale could read as anything else goes bare.
import { TEXT_FORMAT } from "../domain/template-plan";

export { TEXT_FORMAT };

/** Letters first, no digit anywhere, not a boolean: Excel keeps it as text in any locale. */
const PLAIN_TEXT = /^[\p{L}][^\d]*$/u;

export function needsTextPrefix(text: string): boolean {
  return text !== "" && (!PLAIN_TEXT.test(text) || /^(true|false)$/i.test(text.trim()));
}

/** The input that stores `value` as itself in a cell of any format but Text. */
export function cellInput<T extends string | number | boolean>(value: T): T | string {
  return typeof value === "string" && needsTextPrefix(value) ? `'${value}` : value;
}

/** The input that stores `value` as itself in a cell with the given number format. */
export function cellInputFor<T extends string | number | boolean>(value: T, numberFormat: string): T | string {
  return numberFormat === TEXT_FORMAT ? value : cellInput(value);
}
