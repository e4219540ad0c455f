import type { ColumnKey, ListId } from "../catalogue";
import { formatUkDate } from "../dates";
import { rawCell, type ListProblem, type ListRule, type TypedRow } from "./rule";
import { at, rows, serial } from "./examples";

/**
 * What makes two rows of an event list the same event: the child, the event's date and, where the
 * list has one, its source. A child may appear in these lists more than once (one row per event),
 * but the same event twice is one event counted twice.
 */
const SAME_EVENT: Partial<Record<ListId, readonly [date: ColumnKey, source?: ColumnKey]>> = {
  contacts: ["contactDate", "contactSource"],
  earlyHelp: ["earlyHelpCompletionDate", "earlyHelpOrganisation"],
  referrals: ["referralDate", "referralSource"],
  assessments: ["assessmentStartDate"],
  section47: ["s47StartDate"],
};

// Guidance para 21: the event lists have one row per contact, referral, assessment or enquiry.
// Peers' Annex A cleaners drop exact duplicates; here they are shown, never removed.
export const eventDuplicate: ListRule = {
  code: "EVENT-DUPLICATE",
  severity: "warning",
  summary: "An event list has the same event twice: the same child, date and source on two rows.",
  stage: "list",
  columns: [
    "childId",
    ...Object.values(SAME_EVENT)
      .flatMap((keys): readonly (ColumnKey | undefined)[] => keys ?? [])
      .filter((key): key is ColumnKey => key !== undefined),
  ],
  examples: {
    fails: [
      {
        name: "the same contact twice",
        sheets: [rows("contacts", {}, {})],
        at: at("contacts", 2, "contactDate"),
        message:
          "Row 2 has the same child (C1001), date 01/10/2026 and source 6 Police: the same event is listed twice. Remove the repeated row unless they are two events.",
      },
      {
        name: "the same referral, one source spelt differently",
        sheets: [rows("referrals", {}, { referralSource: "2A" })],
        at: at("referrals", 2, "referralDate"),
        message:
          "Row 2 has the same child (C1001), date 01/10/2026 and source 2A Schools: the same event is listed twice. Remove the repeated row unless they are two events.",
      },
      {
        name: "the same section 47 enquiry twice",
        sheets: [rows("section47", {}, {})],
        at: at("section47", 2, "s47StartDate"),
        message:
          "Row 2 has the same child (C1001) and date 01/09/2026: the same event is listed twice. Remove the repeated row unless they are two events.",
      },
    ],
    passes: [
      {
        name: "two contacts on one day from two sources",
        sheets: [rows("contacts", {}, { contactSource: "2A Schools" })],
      },
      { name: "two contacts on two days", sheets: [rows("contacts", {}, { contactDate: serial("2026-10-02") })] },
      { name: "two children, one contact each", sheets: [rows("contacts", {}, { childId: "C1002" })] },
      { name: "one row per child lists have their own rule", sheets: [rows("childrenInNeed", {}, {})] },
    ],
  },
  check: (rows, context) => {
    const keys = SAME_EVENT[context.list.id];
    if (!keys) return [];
    const [dateKey, sourceKey] = keys;
    const sourceOf = (row: TypedRow) =>
      sourceKey ? String(row.value[sourceKey] ?? rawCell(row, sourceKey) ?? "") : "";
    // The ID's length first: no two different events can spell the same key.
    const eventKey = (row: TypedRow, id: string) =>
      `${id.length}:${id}${row.value[dateKey] as number}|${sourceOf(row)}`;
    // Most children have one row: only a child seen before has its events compared, the first of
    // its rows joining them then, so no key is built for a child listed once.
    const firstRowOf = new Map<string, TypedRow>();
    const first = new Map<string, number>();
    const problems: ListProblem[] = [];
    for (const row of rows) {
      const id = row.value.childId;
      const date = row.value[dateKey];
      if (typeof id !== "string" || typeof date !== "number") continue;
      const firstRow = firstRowOf.get(id);
      if (firstRow === undefined) {
        firstRowOf.set(id, row);
        continue;
      }
      const earlierKey = eventKey(firstRow, id);
      if (!first.has(earlierKey)) first.set(earlierKey, firstRow.rowIndex);
      const source = sourceOf(row);
      const key = eventKey(row, id);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, row.rowIndex);
        continue;
      }
      const what =
        sourceKey && source !== ""
          ? `, date ${formatUkDate(date)} and source ${source}`
          : ` and date ${formatUkDate(date)}`;
      problems.push({
        rowIndex: row.rowIndex,
        column: dateKey,
        message: `Row ${earlier + 1} has the same child (${id})${what}: the same event is listed twice. Remove the repeated row unless they are two events.`,
      });
    }
    return problems;
  },
};
