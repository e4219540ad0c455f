import { formatUkDate } from "../dates";
import type { WorkbookProblem, WorkbookRule } from "./rule";
import { at, rows, serial } from "./examples";

/** More than the lists a workbook can hold: a row's place times this, plus its list's place, names both. */
const LIST_PLACES = 64;

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
    // Each child's first row, as where it is (its list's place and its own, one small number), so
    // nothing is built per child.
    const firstSeen = new Map<string, number>();
    const problems: WorkbookProblem[] = [];
    for (let listPlace = 0; listPlace < lists.length; listPlace++) {
      const data = lists[listPlace];
      for (let rowPlace = 0; rowPlace < data.rows.length; rowPlace++) {
        const row = data.rows[rowPlace];
        const id = row.value.childId;
        const dob = row.value.dateOfBirth;
        if (typeof id !== "string" || typeof dob !== "number") continue;
        const place = firstSeen.get(id);
        if (place === undefined) {
          firstSeen.set(id, rowPlace * LIST_PLACES + listPlace);
          continue;
        }
        const firstList = lists[place % LIST_PLACES];
        const first = firstList.rows[Math.floor(place / LIST_PLACES)];
        const firstDob = first.value.dateOfBirth as number;
        if (firstDob === dob) continue;
        problems.push({
          list: data.list.id,
          rowIndex: row.rowIndex,
          column: "dateOfBirth",
          message: `Child ${id} is born on ${formatUkDate(dob)} here but on ${formatUkDate(firstDob)} in the ${firstList.list.title.toLowerCase()} list (row ${first.rowIndex + 1}). Check which is right: the same child should have one date of birth everywhere.`,
        });
      }
    }
    return problems;
  },
};
