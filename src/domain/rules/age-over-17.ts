import { formatUkDate } from "../dates";
import { childAge } from "../focus";
import type { RowRule } from "./rule";
import { at, gridOf, rows, serial, validRow } from "./examples";

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
  columns: ["age", "dateOfBirth"],
  examples: {
    fails: [
      {
        name: "born 2000, 26 on the reference date",
        sheets: [rows("childrenInNeed", { dateOfBirth: serial("2000-01-01"), age: null })],
        at: at("childrenInNeed", 1, "dateOfBirth"),
        message:
          "This child is 26 on the reference date, 24/11/2026; the lists are of children under 18. Check the date of birth, or whether the row belongs in the list (a child whose episode ended in the look-back window may have turned 18 since).",
      },
      {
        name: "18 today",
        sheets: [rows("contacts", { dateOfBirth: serial("2008-11-24"), age: 18 })],
        at: at("contacts", 1, "dateOfBirth"),
        message:
          "This child is 18 on the reference date, 24/11/2026; the lists are of children under 18. Check the date of birth, or whether the row belongs in the list (a child whose episode ended in the look-back window may have turned 18 since).",
      },
      {
        name: "age 19, no date of birth column",
        sheets: [
          {
            list: "contacts",
            grid: gridOf("contacts", [validRow("contacts", { age: 19 })]).map((row) => [
              ...row.slice(0, 3),
              ...row.slice(4),
            ]),
          },
        ],
        at: { list: "contacts", row: 1, column: 4 },
        message:
          "This child is 19 on the reference date, 24/11/2026; the lists are of children under 18. Check the date of birth, or whether the row belongs in the list (a child whose episode ended in the look-back window may have turned 18 since).",
      },
    ],
    passes: [
      {
        name: "17 the day before the 18th birthday",
        sheets: [rows("contacts", { dateOfBirth: serial("2008-11-25"), age: 17 })],
      },
      {
        name: "unborn",
        sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: serial("2027-01-10") })],
      },
    ],
  },
  check: (row, context) => {
    const age = childAge(row, context.referenceSerial);
    const oldest = context.list.oldest ?? OLDEST_CHILD;
    if (age === undefined || age <= oldest) return undefined;
    const fromBirthDate = typeof row.value.dateOfBirth === "number" && context.present.has("dateOfBirth");
    const on = `on the reference date, ${formatUkDate(context.referenceSerial)}`;
    return {
      column: fromBirthDate ? "dateOfBirth" : "age",
      // A list of older people (Ofsted's care leavers, to 25) says its own limit.
      message:
        context.list.oldest === undefined
          ? `This child is ${age} ${on}; the lists are of children under 18. Check the date of birth, or whether the row belongs in the list (a child whose episode ended in the look-back window may have turned 18 since).`
          : `This young person is ${age} ${on}; the ${context.list.title.toLowerCase()} list is of those aged ${oldest} or under. Check the date of birth, or whether the row belongs in the list.`,
    };
  },
};
