import { formatUkDate } from "../dates";
import { childAge } from "../focus";
import type { RowRule } from "./rule";

/** The oldest a child can be: the Children Act 1989 (s105) defines a child as under 18. */
const OLDEST_CHILD = 17;

// The lists are of children (guidance paras 14 and 21): someone 18 or over on the reference date
// is a wrong date of birth or a row that does not belong (a care leaver, an adult). A warning, as
// a child whose episode ended in the look-back window may have turned 18 since.
export const ageOver17: RowRule = {
  code: "AGE-OVER-17",
  severity: "warning",
  summary: "A child is 18 or over on the reference date: the lists are of children.",
  stage: "row",
  check: (row, context) => {
    const age = childAge(row, context.referenceSerial);
    if (age === undefined || age <= OLDEST_CHILD) return undefined;
    const fromBirthDate = typeof row.value.dateOfBirth === "number" && context.present.has("dateOfBirth");
    return {
      column: fromBirthDate ? "dateOfBirth" : "age",
      message: `This child is ${age} on the reference date, ${formatUkDate(context.referenceSerial)}; the lists are of children under 18. Check the date of birth, or whether the row belongs in the list (a child whose episode ended in the look-back window may have turned 18 since).`,
    };
  },
};
