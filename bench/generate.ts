// Fictitious children for benchmarks and fixtures: deterministic (seeded), shaped like a real
// children-in-need return, with a chosen share of cells spoiled the way real exports spoil them.
import { listOf, type ListId } from "../src/domain/catalogue";
import { canonicalValues } from "../src/domain/codes";
import { ageInYears } from "../src/domain/dates";
import type { CellValue } from "../src/domain/grid";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";
import { CLOSURE_REASON, ETHNICITY, GENDER, PRIMARY_NEED } from "../src/domain/forms/jtai-codes";

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SPOILED: Record<string, CellValue[]> = {
  id: ["1234.0", "#N/A", " C99\u00a0"],
  date: ["38/04/2019", "04/23/2019", "12/05/19", "unknown"],
  yesNo: ["yes", "maybe", "TRUE"],
  code: ["NPBT", "Male", "WMBC", "N1"],
  count: ["2.0", -1],
  age: [6.138, 42, "seven"],
  text: ["#REF!"],
};

/** A children-in-need grid (headings in row 1) of `rows` children, `invalidShare` of cells spoiled. */
export function childrenInNeedGrid(
  rows: number,
  invalidShare: number,
  referenceSerial: number,
  seed = 1,
): CellValue[][] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const list = listOf(JTAI_NEGLECT_2017, "childrenInNeed");
  const genders = canonicalValues(GENDER);
  const ethnicities = canonicalValues(ETHNICITY);
  const needs = canonicalValues(PRIMARY_NEED);
  const reasons = canonicalValues(CLOSURE_REASON);
  const grid: CellValue[][] = [list.columns.map((column) => column.heading)];
  for (let index = 0; index < rows; index++) {
    const dob = referenceSerial - Math.floor(random() * 17 * 365) - 1;
    const start = referenceSerial - Math.floor(random() * 700);
    const closed = random() < 0.2;
    const closure = closed ? Math.min(referenceSerial, referenceSerial - Math.floor(random() * 80)) : null;
    const row: Record<string, CellValue> = {
      childId: `C${String(index + 1).padStart(7, "0")}`,
      gender: pick(genders),
      ethnicity: pick(ethnicities),
      dateOfBirth: dob,
      expectedDateOfBirth: null,
      age: ageInYears(dob, referenceSerial),
      disability: random() < 0.1 ? "Y" : "N",
      cinStartDate: Math.min(start, closure ?? start),
      primaryNeed: pick(needs),
      lastSeenDate: referenceSerial - Math.floor(random() * 30),
      cinClosureDate: closure,
      closureReason: closed ? pick(reasons) : null,
      allocatedTeam: `Team ${1 + Math.floor(random() * 12)}`,
      allocatedWorker: `Worker ${1 + Math.floor(random() * 200)}`,
      neglect: random() < 0.3 ? "Y" : "N",
    };
    grid.push(
      list.columns.map((column) =>
        random() < invalidShare && row[column.key] !== null ? pick(SPOILED[column.kind]) : row[column.key],
      ),
    );
  }
  return grid;
}

/**
 * Any list's grid of fictitious children, from the catalogue: codes from the code lists, dates in
 * the list's window, ages matching dates of birth; `invalidShare` of cells spoiled.
 */
export function listGrid(
  listId: ListId,
  rows: number,
  referenceSerial: number,
  invalidShare = 0,
  seed = 1,
): CellValue[][] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const list = listOf(JTAI_NEGLECT_2017, listId);
  const grid: CellValue[][] = [list.columns.map((column) => column.heading)];
  for (let index = 0; index < rows; index++) {
    const dob = referenceSerial - Math.floor(random() * 17 * 365) - 1;
    const recent = referenceSerial - Math.floor(random() * 80);
    const row: Record<string, CellValue> = {};
    for (const column of list.columns) {
      switch (column.kind) {
        case "id":
          row[column.key] = `C${String(index + 1).padStart(7, "0")}`;
          break;
        case "code":
        case "yesNo":
          row[column.key] = pick(canonicalValues(column.codeList!));
          break;
        case "date":
          row[column.key] = column.key === "dateOfBirth" ? dob : column.key === "expectedDateOfBirth" ? null : recent;
          break;
        case "age":
          row[column.key] = ageInYears(dob, referenceSerial);
          break;
        case "count":
          row[column.key] = 1 + Math.floor(random() * 3);
          break;
        case "text":
          row[column.key] = `Team ${1 + Math.floor(random() * 12)}`;
          break;
      }
    }
    // Consistent cross-column facts, so a clean grid is clean.
    if ("closureReason" in row) row.closureReason = null;
    if ("cinClosureDate" in row) row.cinClosureDate = null;
    if ("cpEndDate" in row) row.cpEndDate = null;
    if ("icpcNotRequired" in row) row.icpcNotRequired = "N";
    if ("neglect" in row && "initialCategory" in row) row.neglect = "Y";
    grid.push(
      list.columns.map((column) =>
        random() < invalidShare && row[column.key] !== null ? pick(SPOILED[column.kind]) : row[column.key],
      ),
    );
  }
  return grid;
}
