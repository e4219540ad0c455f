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

  it("writes an iterable as the array of its elements, byte for byte", () => {
    const findings = (count: number): Iterable<{ cell: string }> => ({
      *[Symbol.iterator]() {
        for (let index = 0; index < count; index++) yield { cell: `A${index}` };
      },
    });
    for (const count of [0, 1, 128, 129, 3000]) {
      const whole = { referenceDate: "2026-11-24", findings: [...findings(count)], after: [] };
      const pieces = [...prettyJsonPieces({ referenceDate: "2026-11-24", findings: findings(count), after: [] })];
      expect(pieces.join("\n")).toBe(JSON.stringify(whole, null, 2));
    }
  });

  it("makes an iterable's elements only as the pieces are taken", () => {
    let made = 0;
    const findings = {
      *[Symbol.iterator]() {
        for (let index = 0; index < 5000; index++) {
          made++;
          yield { cell: `A${index}`, message: "x".repeat(100) };
        }
      },
    };
    const pieces = prettyJsonPieces({ findings });
    expect(made).toBe(0);
    pieces.next();
    // About 64 KB of elements (some 500, and one batch held back) make the first piece.
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(1000);
    while (!pieces.next().done);
    expect(made).toBe(5000);
  });
});
