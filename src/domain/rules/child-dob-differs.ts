import { formatUkDate } from "../dates";
import type { WorkbookProblem, WorkbookRule } from "./rule";
import { at, rows, serial } from "./examples";

// Issue 5 / SPEC "The selection sheet": facts that conflict across lists (two dates of birth for
// one child ID) are findings, not silent choices.
export const childDobDiffers: WorkbookRule = {
  code: "CHILD-DOB-DIFFERS",
  severity: "warning",
  summary: "One child ID has different dates of birth in different rows or lists.",
  stage: "workbook",
  columns: ["childId", "dateOfBirth"],
  examples: {
    fails: [
      {
        name: "two dates of birth for one child",
        sheets: [
          rows("childrenInNeed", { childId: "C7" }),
          rows("contacts", { childId: "C7", dateOfBirth: serial("2015-03-11") }),
        ],
        at: at("contacts", 1, "dateOfBirth"),
        message: /born on 11\/03\/2015 here but on 10\/03\/2015 in the children in need list/,
      },
    ],
    passes: [
      {
        name: "the same date everywhere",
        sheets: [
          rows("childrenInNeed", { childId: "C7" }),
          rows("contacts", { childId: "C7" }),
          rows("contacts", { childId: "C8" }),
        ],
      },
    ],
  },
  check: (lists) => {
    const firstSeen = new Map<string, { dob: number; list: string; row: number }>();
    const problems: WorkbookProblem[] = [];
    for (const data of lists) {
      for (const row of data.rows) {
        const id = row.value.childId;
        const dob = row.value.dateOfBirth;
        if (typeof id !== "string" || typeof dob !== "number") continue;
        const first = firstSeen.get(id);
        if (!first) {
          firstSeen.set(id, { dob, list: data.list.title.toLowerCase(), row: row.rowIndex });
          continue;
        }
        if (first.dob === dob) continue;
        problems.push({
          list: data.list.id,
          rowIndex: row.rowIndex,
          column: "dateOfBirth",
          message: `Child ${id} is born on ${formatUkDate(dob)} here but on ${formatUkDate(first.dob)} in the ${first.list} list (row ${first.row + 1}). Check which is right: the same child should have one date of birth everywhere.`,
        });
      }
    }
    return problems;
  },
};
