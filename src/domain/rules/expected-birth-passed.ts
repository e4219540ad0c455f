import { formatUkDate } from "../dates";
import { dateValue, hasValue } from "./helpers";
import type { RowRule } from "./rule";
import { REFERENCE, at, rows } from "./examples";

/** A baby can arrive a few weeks late; past that the record is probably out of date. */
const OVERDUE_DAYS = 28;

// SPEC: the expected date of birth is for an unborn child; one long past suggests the child is born.
export const expectedBirthPassed: RowRule = {
  code: "EXPECTED-BIRTH-PASSED",
  severity: "warning",
  summary: "An expected date of birth is more than four weeks before the reference date.",
  stage: "row",
  columns: ["dateOfBirth", "expectedDateOfBirth"],
  examples: {
    fails: [
      {
        name: "due two months ago",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE - 60 })],
        at: at("contacts", 1, "expectedDateOfBirth"),
        message:
          "The expected date of birth, 25/09/2026, is more than four weeks before the reference date. If the child has been born, enter the date of birth instead.",
      },
    ],
    passes: [
      {
        name: "due last week",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE - 7 })],
      },
    ],
  },
  check: (row, context) => {
    const expected = dateValue(row, "expectedDateOfBirth");
    if (expected === undefined || hasValue(row, "dateOfBirth")) return undefined;
    if (expected >= context.referenceSerial - OVERDUE_DAYS) return undefined;
    return {
      column: "expectedDateOfBirth",
      message: `The expected date of birth, ${formatUkDate(expected)}, is more than four weeks before the reference date. If the child has been born, enter the date of birth instead.`,
    };
  },
};
