import type { ListId } from "../catalogue";
import { formatUkDate } from "../dates";
import type { ListProblem, ListRule } from "./rule";

/**
 * What makes two rows of an event list the same event: the child, the event's date and, where the
 * list has one, its source. A child may appear in these lists more than once (one row per event),
 * but the same event twice is one event counted twice.
 */
const SAME_EVENT: Partial<Record<ListId, readonly [date: string, source?: string]>> = {
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
  check: (rows, context) => {
    const keys = SAME_EVENT[context.list.id];
    if (!keys) return [];
    const [dateKey, sourceKey] = keys;
    const first = new Map<string, number>();
    const problems: ListProblem[] = [];
    for (const row of rows) {
      const id = row.value.childId;
      const date = row.value[dateKey];
      if (typeof id !== "string" || typeof date !== "number") continue;
      const source = sourceKey ? String(row.value[sourceKey] ?? row.raw[sourceKey] ?? "") : "";
      const key = JSON.stringify([id, date, source]);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, row.rowIndex);
        continue;
      }
      const what = sourceKey && source !== "" ? `, date ${formatUkDate(date)} and source ${source}` : ` and date ${formatUkDate(date)}`;
      problems.push({
        rowIndex: row.rowIndex,
        column: dateKey,
        message: `Row ${earlier + 1} has the same child (${id})${what}: the same event is listed twice. Remove the repeated row unless they are two events.`,
      });
    }
    return problems;
  },
};
