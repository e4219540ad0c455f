// The engine asks each cell alone whether its column's schema accepts it (cellAcceptance, a quick
// test and then zod) instead of parsing each row whole: the cells it flags must be exactly the
// keys of the issues the row schema gives, for any row, so the findings cannot change.
import fc from "fast-check";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { canonicalValues } from "../../src/domain/codes";
import { isBlank, type CellValue } from "../../src/domain/grid";
import { cellAcceptance, rowSchema } from "../../src/domain/schemas";

const cellOf = (values: readonly string[]): fc.Arbitrary<CellValue> =>
  fc.oneof(
    fc.constantFrom(...values),
    fc.constantFrom(...values).map((value) => ` ${value}`),
    fc.string(),
    fc.constantFrom("", " ", "\u00a0", "#N/A", "#REF!", "1234", "1234.0", "C\u00a01", "01/02/2020", "2020-02-01"),
    fc.constantFrom("31/02/2020", "12/05/19", "C1", " C1", "Neglect", "y", "N"),
    fc.double({ noNaN: false }),
    fc.integer({ min: -10, max: 3_000_000 }),
    fc.constantFrom(-0, 60, 61, 25, 26, 2_958_465, 2_958_466, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e308),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );

describe("asking each cell alone", () => {
  it.each(JTAI_NEGLECT_2017.lists.map((list) => [list.id, list] as const))(
    "flags exactly the cells the row schema of %s rejects",
    (_, list) => {
      const columns = list.columns;
      const schema = rowSchema(list, new Set(columns.map((column) => column.key)));
      const accepts = columns.map((column) => cellAcceptance(column));
      const row = fc.tuple(
        ...columns.map((column) => cellOf(column.codeList ? canonicalValues(column.codeList) : ["x"])),
      );
      fc.assert(
        fc.property(row, (cells) => {
          const nonBlank = Object.fromEntries(
            columns.flatMap((column, index) => (isBlank(cells[index]) ? [] : [[column.key, cells[index]]])),
          );
          const parsed = schema.safeParse(nonBlank);
          const byRow = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
          const byCell = new Set(
            columns
              .filter((column, index) => {
                const cell = cells[index];
                return isBlank(cell) ? column.required : !accepts[index](cell);
              })
              .map((column) => column.key),
          );
          expect([...byCell].sort()).toEqual([...byRow].sort());
        }),
        { numRuns: 300 },
      );
    },
  );
});
