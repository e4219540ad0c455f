// Property-based: any cell value a workbook can hold (any string, number, boolean, error value,
// empty) gives findings or a clean pass, never an exception, and never a changed input.
import fc from "fast-check";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { recogniseCode } from "../../src/domain/codes";
import { readDate } from "../../src/domain/dates";
import { validateList, validateWorkbook } from "../../src/domain/engine";
import type { CellValue } from "../../src/domain/grid";
import { identifyList } from "../../src/domain/headers";
import { readCell } from "../../src/domain/readers";
import { REFERENCE } from "../support/grids";

const excelErrors = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!");
const awkwardText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "",
    " ",
    "\u00a0",
    "=1+1",
    "+44",
    "-",
    "@x",
    "38/04/2019",
    "04/23/2019",
    "12/05/19",
    "a) yes",
    "B) No",
    "1234.0",
    "x".repeat(300),
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3000 }))
    .map(([d, m, y]) => `${d}/${m}/${y}`),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  awkwardText,
  fc.double({ noNaN: false }),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.boolean(),
  excelErrors,
  fc.constant(null),
  fc.constant(undefined),
);

describe("any cell value", () => {
  it("reads as a date, or says why not, without throwing", () => {
    fc.assert(fc.property(cell, (value) => typeof readDate(value, REFERENCE).kind === "string"));
  });

  it("is recognised as a code or not, without throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JTAI_NEGLECT_2017.codeLists),
        fc.oneof(awkwardText, fc.integer(), fc.boolean()),
        (list, value) => {
          const found = recogniseCode(list, value);
          return found === undefined || typeof found === "string";
        },
      ),
    );
  });

  it("reads by any column kind without throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JTAI_NEGLECT_2017.lists.flatMap((list) => list.columns)),
        cell,
        (column, value) => {
          readCell(column, value, REFERENCE);
          return true;
        },
      ),
    );
  });
});

describe("any grid", () => {
  it.each(JTAI_NEGLECT_2017.lists.map((list) => list.id))(
    "checks %s without throwing or changing the grid",
    (listId) => {
      const headings = JTAI_NEGLECT_2017.lists
        .find((list) => list.id === listId)!
        .columns.map((column) => column.heading);
      fc.assert(
        fc.property(fc.array(fc.array(cell, { maxLength: headings.length + 2 }), { maxLength: 12 }), (rows) => {
          const grid = [headings, ...rows];
          const before = JSON.stringify(grid);
          const result = validateList(JTAI_NEGLECT_2017, listId, grid, { referenceSerial: REFERENCE });
          expect(JSON.stringify(grid)).toBe(before);
          return result.findings.every(
            (item) =>
              item.message.length > 0 && item.row >= 0 && item.column >= 0 && item.code !== "CELL-NOT-RECOGNISED",
          );
        }),
        { numRuns: 60 },
      );
    },
  );

  it("identifies or skips any sheet, and checks any workbook, without throwing", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), fc.string(), (grid, name) => {
        identifyList(JTAI_NEGLECT_2017, name, grid);
        const result = validateWorkbook(JTAI_NEGLECT_2017, [{ sheet: name || "Sheet1", grid }], {
          referenceSerial: REFERENCE,
        });
        return result.lists.length + result.skipped.length === 1;
      }),
      { numRuns: 150 },
    );
  });
});
