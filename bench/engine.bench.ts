// The rules engine on 50,000 generated children-in-need rows, clean and with 2% of cells spoiled,
// beside the same single-cell checks written as an ajv JSON Schema (the fastest common JavaScript
// validator) as a peer baseline. ajv only says pass/fail per cell: no recognition, no messages,
// no fixes, no cross-column or cross-row rules, so it bounds what the engine's extra work costs.
// Each side runs RUNS times, taking turns, and the median of each is reported, so a burst of load
// from elsewhere on the machine moves one run rather than the comparison. Prints one JSON line per
// scenario and side, then one with the engine's speed as a multiple of ajv's (1 or more: the engine
// is at least as fast), and writes the finding counts into README.md.   npm run bench
import Ajv from "ajv";
import { listOf } from "../src/domain/catalogue";
import { canonicalValues } from "../src/domain/codes";
import { serialFromIso } from "../src/domain/dates";
import { validateList } from "../src/domain/engine";
import type { CellValue } from "../src/domain/grid";
import { childrenInNeedGrid } from "./generate";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";
import { count, writeReadmeFigures } from "./readme-figures";
import { CLOSURE_REASON, ETHNICITY, GENDER, PRIMARY_NEED } from "../src/domain/forms/jtai-codes";

const ROWS = 50_000;
/** Timed runs of each side per scenario, after one warm-up run each. */
const RUNS = 5;
const REFERENCE = serialFromIso("2026-11-24")!;
const list = listOf(JTAI_NEGLECT_2017, "childrenInNeed");

function report(scenario: string, rows: number, ms: number, extra: Record<string, number> = {}): void {
  const cells = rows * list.columns.length;
  console.log(
    JSON.stringify({
      scenario,
      rows,
      cells,
      ms: Math.round(ms),
      cellsPerSecond: Math.round((cells / ms) * 1000),
      ...extra,
    }),
  );
}

function time<T>(work: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const enumOf = (values: string[]) => ({ enum: values });
const optional = (schema: object) => ({ anyOf: [schema, { type: "null" }] });
const date = {
  anyOf: [
    { type: "number", minimum: 61, maximum: 2958465 },
    { type: "string", pattern: "^\\d{2}/\\d{2}/\\d{4}$" },
  ],
};
const yesNo = enumOf(["Y", "N"]);

const ajvSchema = {
  type: "object",
  required: ["childId", "gender", "ethnicity", "disability", "cinStartDate", "primaryNeed", "neglect"],
  properties: {
    childId: {
      anyOf: [
        { type: "integer", minimum: 0 },
        { type: "string", pattern: "^[^\\s#\\u00a0](?:.*[^\\s\\u00a0])?$", not: { pattern: "^\\d+\\.0+$" } },
      ],
    },
    gender: enumOf(canonicalValues(GENDER)),
    ethnicity: enumOf(canonicalValues(ETHNICITY)),
    dateOfBirth: optional(date),
    expectedDateOfBirth: optional(date),
    age: optional({ type: "integer", minimum: 0, maximum: 25 }),
    disability: yesNo,
    cinStartDate: date,
    primaryNeed: enumOf(canonicalValues(PRIMARY_NEED)),
    lastSeenDate: optional(date),
    cinClosureDate: optional(date),
    closureReason: optional(enumOf(canonicalValues(CLOSURE_REASON))),
    allocatedTeam: optional({ type: ["string", "number"] }),
    allocatedWorker: optional({ type: ["string", "number"] }),
    neglect: yesNo,
  },
};

function runAjv(grid: CellValue[][]): number {
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(ajvSchema);
  let invalid = 0;
  for (let row = 1; row < grid.length; row++) {
    const object: Record<string, CellValue> = {};
    list.columns.forEach((column, index) => (object[column.key] = grid[row][index] ?? null));
    if (!validate(object)) invalid += validate.errors?.length ?? 0;
  }
  return invalid;
}

async function main(): Promise<void> {
  const lines: string[] = [];
  for (const [name, share] of [
    ["clean", 0],
    ["2% of cells invalid", 0.02],
  ] as const) {
    const grid = childrenInNeedGrid(ROWS, share, REFERENCE);
    // One warm-up run each, so both sides are measured after the JIT has compiled them.
    validateList(JTAI_NEGLECT_2017, "childrenInNeed", grid, { referenceSerial: REFERENCE });
    runAjv(grid);
    const engineMs: number[] = [];
    const ajvMs: number[] = [];
    let findings = 0;
    let invalidCells = 0;
    for (let run = 0; run < RUNS; run++) {
      const engine = time(() =>
        validateList(JTAI_NEGLECT_2017, "childrenInNeed", grid, { referenceSerial: REFERENCE }),
      );
      engineMs.push(engine.ms);
      findings = engine.result.findings.length;
      const ajv = time(() => runAjv(grid));
      ajvMs.push(ajv.ms);
      invalidCells = ajv.result;
    }
    const engine = median(engineMs);
    const ajv = median(ajvMs);
    report(`engine: children in need, ${name}`, ROWS, engine, { findings });
    report(`ajv baseline: children in need, ${name}`, ROWS, ajv, { invalidCells });
    console.log(
      JSON.stringify({
        scenario: `engine against ajv: children in need, ${name}`,
        runs: RUNS,
        engineSpeedAsMultipleOfAjv: Math.round((ajv / engine) * 100) / 100,
      }),
    );
    lines.push(`| ${share === 0 ? "no cell spoiled" : "2% of cells spoiled"} | ${count(findings)} |`);
  }
  writeReadmeFigures(
    "engine",
    [
      `| ${count(ROWS)} children-in-need rows (${count(ROWS * list.columns.length)} cells) | the engine's findings, each with its message and any fix |`,
      "|---|---|",
      ...lines,
    ].join("\n"),
  );
}

void main();
