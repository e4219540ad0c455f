// The engine reads and judges each cell through shortcuts made once per column: cellReader (what a
// cell means) and cellAcceptance's quick test (whether the column's schema accepts it). Each must
// give exactly what the general path gives, readCell and the zod schema, for any cell of any column
// of every form, so the findings cannot change.
import fc from "fast-check";
import { canonicalValues } from "../../src/domain/codes";
import { FORMS } from "../../src/domain/form-choice";
import { isBlank, type CellValue } from "../../src/domain/grid";
import { cellReader, readCell } from "../../src/domain/readers";
import { cellAcceptance, rowSchema } from "../../src/domain/schemas";
import { serialFromIso } from "../../src/domain/dates";

const REFERENCE = serialFromIso("2026-11-24")!;

/** Cells of every sort: the column's own codes (and with spaces), text, dates as text, numbers at the edges. */
const cellOf = (codes: readonly string[]): fc.Arbitrary<CellValue> =>
  fc.oneof(
    fc.constantFrom(...codes),
    fc.constantFrom(...codes).map((code) => ` ${code}\u00a0`),
    fc.constantFrom(...codes).map((code) => code.toLowerCase()),
    fc.string(),
    fc.constantFrom("", " ", "\u00a0", "#N/A", "#REF!", " #N/A", "1234", "1234.0", "C\u00a01", "C1", " C1"),
    fc.constantFrom("01/02/2020", "31/02/2020", "12/05/19", "04/23/2019", "2020-02-01", "1 Feb 2020", "unknown"),
    fc.constantFrom("3", "3.0", " 7 ", "-1", "6.138", "Y", "N", "y", "yes", "TRUE"),
    fc.double({ noNaN: false }),
    fc.integer({ min: -10, max: 3_000_000 }),
    fc.constantFrom(-0, -1, 0, 17, 25, 26, 60, 61, 61.5, 2_958_465, 2_958_465.5, 2_958_466, 2 ** 53, Infinity),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );

/**
 * Every column of every form, each alike column once: what a cell means and whether it is accepted
 * follow from the kind, the code list, the lowest value and the column's own spellings alone.
 */
const columns = [
  ...new Map(
    FORMS.flatMap((form) =>
      form.lists.flatMap((list) =>
        list.columns.map((column) => [
          JSON.stringify([column.kind, column.codeList?.values, column.min, column.valueAliases]),
          [`${form.id} ${list.id} ${column.key} (${column.kind})`, list, column] as const,
        ]),
      ),
    ),
  ).values(),
];

describe("the engine's shortcuts for reading and judging a cell", () => {
  it("covers every kind of column", () => {
    const kinds = new Set(columns.map(([, , column]) => column.kind));
    expect([...kinds].sort()).toEqual(["age", "code", "count", "date", "id", "text", "yesNo"]);
  });

  it.each(columns)("agree with readCell and the zod schema: %s", (_, list, column) => {
    const read = cellReader(column, REFERENCE);
    const accepts = cellAcceptance(column);
    const schema = rowSchema(list, new Set([column.key]));
    const codes = column.codeList ? canonicalValues(column.codeList) : ["x"];
    fc.assert(
      fc.property(cellOf(codes), (cell) => {
        expect(read(cell)).toEqual(readCell(column, cell, REFERENCE));
        if (isBlank(cell)) return;
        // Twice: the second answer may come from what the first kept.
        const byZod = schema.safeParse({ [column.key]: cell }).success;
        expect([accepts(cell), accepts(cell)]).toEqual([byZod, byZod]);
        expect(read(cell)).toEqual(readCell(column, cell, REFERENCE));
      }),
      { numRuns: 200 },
    );
  });
});
