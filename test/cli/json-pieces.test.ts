import fc from "fast-check";
import { prettyJsonPieces } from "../../src/cli/json-pieces";

describe("a JSON report written in pieces", () => {
  it("joins back to JSON.stringify(value, null, 2), byte for byte", () => {
    const report = fc.dictionary(
      fc.string({ maxLength: 8 }),
      fc.oneof(
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 300 }),
        fc.jsonValue({ maxDepth: 3 }),
        fc.constant(undefined),
      ),
    );
    fc.assert(
      fc.property(report, (value) => {
        expect([...prettyJsonPieces(value)].join("\n")).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 60 },
    );
  });

  it("cuts a large array into pieces of about 64 KB (one group of elements more at most)", () => {
    const value = {
      referenceDate: "2026-11-24",
      findings: Array.from({ length: 5000 }, (_, index) => ({ cell: `A${index}`, message: "x".repeat(100) })),
    };
    const pieces = [...prettyJsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(100 * 1024);
    expect(pieces.join("\n")).toBe(JSON.stringify(value, null, 2));
  });
});
