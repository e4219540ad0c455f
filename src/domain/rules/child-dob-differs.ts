import type { ColumnKey } from "../catalogue";
import { formatUkDate } from "../dates";
import type { ListData, TypedRow, WorkbookProblem, WorkbookRule } from "./rule";
import { at, rows, serial } from "./examples";

/** More than the lists a workbook can hold: a row's place times this, plus its list's place, names both. */
const LIST_PLACES = 64;

/** A row whose fact differs from the same child's first row giving it, anywhere in the workbook. */
export interface DifferingFact<T> {
  readonly data: ListData;
  readonly row: TypedRow;
  readonly id: string;
  readonly value: T;
  readonly firstList: ListData;
  readonly first: TypedRow;
  readonly firstValue: T;
}

/**
 * Every row (with a child ID) whose fact, as `read` gives it (undefined: not certain, so not
 * compared), differs from the one on the child's first row that gives it, in list order.
 */
export function differingFacts<T>(
  lists: readonly ListData[],
  read: (row: TypedRow, data: ListData) => T | undefined,
): DifferingFact<T>[] {
  // Each child's first row, as where it is (its list's place and its own, one small number), so
  // nothing is built per child.
  const firstSeen = new Map<string, number>();
  const found: DifferingFact<T>[] = [];
  for (let listPlace = 0; listPlace < lists.length; listPlace++) {
    const data = lists[listPlace];
    for (let rowPlace = 0; rowPlace < data.rows.length; rowPlace++) {
      const row = data.rows[rowPlace];
      const id = row.value.childId;
      if (typeof id !== "string") continue;
      const value = read(row, data);
      if (value === undefined) continue;
      const place = firstSeen.get(id);
      if (place === undefined) {
        firstSeen.set(id, rowPlace * LIST_PLACES + listPlace);
        continue;
      }
      const firstList = lists[place % LIST_PLACES];
      const first = firstList.rows[Math.floor(place / LIST_PLACES)];
      const firstValue = read(first, firstList) as T;
      if (firstValue !== value) found.push({ data, row, id, value, firstList, first, firstValue });
    }
  }
  return found;
}

/** The fact of a column as its rows hold it, when it is of the type wanted. */
export const factOf =
  <T>(key: ColumnKey, is: (value: unknown) => value is T) =>
  (row: TypedRow): T | undefined => {
    const value = row.value[key];
    return is(value) ? value : undefined;
  };

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
        message:
          "Child C7 is born on 11/03/2015 here but on 10/03/2015 in the children in need list (row 2). Check which is right: the same child should have one date of birth everywhere.",
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
  check: (lists) =>
    differingFacts(
      lists,
      factOf("dateOfBirth", (value): value is number => typeof value === "number"),
    ).map(({ data, row, id, value, firstList, first, firstValue }): WorkbookProblem => ({
      list: data.list.id,
      rowIndex: row.rowIndex,
      column: "dateOfBirth",
      message: `Child ${id} is born on ${formatUkDate(value)} here but on ${formatUkDate(firstValue)} in the ${firstList.list.title.toLowerCase()} list (row ${first.rowIndex + 1}). Check which is right: the same child should have one date of birth everywhere.`,
    })),
};
