import type { ColumnKey, ListId, ListSpec } from "../catalogue";
import { formatUkDate } from "../dates";
import { quote } from "../grid";
import { listInWords } from "../text";
import { dateValue, hasValue, rowsByChild } from "./helpers";
import type { ListData, TypedRow, WorkbookProblem, WorkbookRule } from "./rule";
import { at, OFSTED_EXAMPLE_FORM, ofstedRows, rows, serial } from "./examples";

// ---- What the children in need, child protection and looked-after rules share ----

/** "List 8 (children in care)", or "the children in care list" for a form that does not number its lists. */
export const listNamed = (list: ListSpec): string =>
  list.number === undefined
    ? `the ${list.title.toLowerCase()} list`
    : `List ${list.number} (${list.title.toLowerCase()})`;

/** The list of the workbook with this id, if it has it. */
export const listIn = (lists: readonly ListData[], id: ListId): ListData | undefined =>
  lists.find((data) => data.list.id === id);

/** Open: the sheet has the end date's column and this row leaves it blank ("leave blank if open"). */
export const openBy = (row: TypedRow, end: ColumnKey): boolean =>
  row.columnAt[end] !== undefined && !hasValue(row, end);

/**
 * The case status codes of the children in need list, from its column's code list, where it has
 * one (Ofsted's List 6; the 2017 guidance's has none). Guidance!C66 orders them as they apply:
 * looked after first, then a child protection plan, ... and the closed episode last.
 */
export function caseStatusCodes(
  list: ListSpec,
): { readonly lookedAfter: string; readonly protection: string; readonly closed: string } | undefined {
  const values = list.columns.find((column) => column.key === "caseStatus")?.codeList?.values;
  if (!values || values.length < 3) return undefined;
  return {
    lookedAfter: values[0].canonical,
    protection: values[1].canonical,
    closed: values[values.length - 1].canonical,
  };
}

/**
 * Whether a children in need row's episode is closed: a closure date, where the sheet has the
 * column (Guidance!C64: "leave blank if the most recent episode is open"); else its status says so.
 */
export const episodeClosed = (row: TypedRow, closed: string): boolean =>
  row.columnAt.cinClosureDate !== undefined ? hasValue(row, "cinClosureDate") : row.value.caseStatus === closed;

/**
 * The children of a list (child protection, children in care) measured against the children in
 * need list, where the workbook has one with rows and a case status column (Ofsted's List 6, which
 * takes in every child on a plan and every child looked after, Guidance!A55): a child missing from
 * it, at the child's ID; and, where the child's plan or period is still open (`end` blank), a
 * children in need episode that is closed, at its closure date (its status, while it is open, is
 * CASE-STATUS's to judge).
 */
export function checkAgainstCin(
  lists: readonly ListData[],
  id: ListId,
  end: ColumnKey,
  words: {
    readonly what: string;
    readonly open: string;
    /** The case statuses an open episode of such a child may have. */
    readonly statuses: (codes: NonNullable<ReturnType<typeof caseStatusCodes>>) => readonly string[];
  },
): WorkbookProblem[] {
  const cin = listIn(lists, "childrenInNeed");
  const source = listIn(lists, id);
  const codes = cin && caseStatusCodes(cin.list);
  if (!cin || !source || !codes || cin.rows.length === 0) return [];
  const cinById = rowsByChild(cin?.rows ?? []);
  const problems: WorkbookProblem[] = [];
  for (const row of source.rows) {
    const child = row.value.childId;
    if (typeof child !== "string") continue;
    const episode = cinById.get(child)?.[0];
    if (!episode) {
      problems.push({
        list: source.list.id,
        rowIndex: row.rowIndex,
        column: "childId",
        message: `Child ${child} ${words.what} here but is not on ${listNamed(cin.list)}, which includes every such child at the point of inspection or in the six months before. Check the ID, or add the child to ${listNamed(cin.list)}.`,
      });
    } else if (openBy(row, end) && episodeClosed(episode, codes.closed)) {
      const closedOn = dateValue(episode, "cinClosureDate");
      problems.push({
        list: cin.list.id,
        rowIndex: episode.rowIndex,
        column: episode.columnAt.cinClosureDate !== undefined ? "cinClosureDate" : "caseStatus",
        message: `Child ${child}'s children in need episode is closed${closedOn === undefined ? "" : ` on ${formatUkDate(closedOn)}`}, but ${words.open} on ${listNamed(source.list)} row ${row.rowIndex + 1}. While it is open the episode is too, with case status ${listInWords(words.statuses(codes).map(quote))}: check the closure date, or enter the end date on ${listNamed(source.list)}.`,
      });
    }
  }
  return problems;
}

// Ofsted's template, List 6 "Case status", Guidance!C66: "Please only use one code below and take
// the first of the codes below that applies (unless closed). i.e. ... Where a child is both CLA and
// CP, please record as CLA." with Guidance!C64 (CIN Closure Date): "Please leave blank if the most
// recent episode is open." So (research §2.4, B-L6-L-order, DERIVED): a closure date goes with
// e) Closed episode and only with it; an open episode of a child still looked after on List 8 (no
// Date Ceased, Guidance!C105) is a) Looked after child; else, of a child with an open plan on
// List 7 (no end date, Guidance!C81), b) Child Protection plan. Whether a CIN plan or an open
// assessment applies is not in the workbook, so c) and d) are not judged.
export const caseStatus: WorkbookRule = {
  code: "CASE-STATUS",
  severity: "warning",
  summary: "A children in need case status does not follow its closure date or the child's open care or plan.",
  stage: "workbook",
  columns: ["caseStatus", "cinClosureDate", "childId", "claEndDate", "cpEndDate"],
  examples: {
    fails: [
      {
        name: "closed, but a CIN plan",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenInNeed", { cinClosureDate: serial("2026-10-01"), closureReason: "RC2 - Died" })],
        at: at("childrenInNeed", 1, "caseStatus"),
        message:
          "The case status is ‘c) Child in need plan’ but the episode closed on 01/10/2026 (CIN Closure Date). A closed episode's status is ‘e) Closed episode’ (Ofsted's guidance for Case status): use the fix, or clear the closure date if the episode is open.",
        fix: "e) Closed episode",
      },
      {
        name: "a closure date that is not a date: no fix, as it may not close the episode",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenInNeed", { cinClosureDate: "N/A", closureReason: "RC2 - Died" })],
        at: at("childrenInNeed", 1, "caseStatus"),
        message:
          "The case status is ‘c) Child in need plan’, but CIN Closure Date is filled in, so the episode reads as closed. A closed episode's status is ‘e) Closed episode’ (Ofsted's guidance for Case status): put the closure date right, then choose that status, or clear the closure date if the episode is open.",
      },
      {
        name: "a closed episode with no closure date",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenInNeed", { caseStatus: "e) Closed episode" })],
        at: at("childrenInNeed", 1, "caseStatus"),
        message:
          "The case status is ‘e) Closed episode’ but there is no CIN Closure Date. Enter the date the episode closed, or choose the status that applies to the open episode.",
      },
      {
        name: "looked after, recorded as on a plan",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { caseStatus: "b) Child Protection plan" }),
          ofstedRows("childProtection", {}),
          ofstedRows("childrenLookedAfter", {}),
        ],
        at: at("childrenInNeed", 1, "caseStatus"),
        message:
          "The case status is ‘b) Child Protection plan’, but child C1001 is looked after with no date ceased on List 8 (children in care) row 2, and this episode is open. Ofsted asks for the first status that applies, and a child both looked after and on a plan is recorded as looked after: use the fix.",
        fix: "a) Looked after child",
      },
      {
        name: "on an open plan, recorded as a CIN plan",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [ofstedRows("childrenInNeed", {}), ofstedRows("childProtection", {})],
        at: at("childrenInNeed", 1, "caseStatus"),
        message:
          "The case status is ‘c) Child in need plan’, but child C1001 has an open child protection plan (no end date) on List 7 (child protection) row 2, and this episode is open. Ofsted asks for the first status that applies: use the fix.",
        fix: "b) Child Protection plan",
      },
    ],
    passes: [
      { name: "a CIN plan", form: OFSTED_EXAMPLE_FORM, sheets: [ofstedRows("childrenInNeed", {})] },
      {
        name: "closed",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", {
            cinClosureDate: serial("2026-10-01"),
            closureReason: "RC2 - Died",
            caseStatus: "e) Closed episode",
          }),
        ],
      },
      {
        name: "looked after and on a plan",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { caseStatus: "a) Looked after child" }),
          ofstedRows("childProtection", {}),
          ofstedRows("childrenLookedAfter", {}),
        ],
      },
      {
        name: "care and plan both ended",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", {}),
          ofstedRows("childProtection", { cpEndDate: serial("2026-10-01") }),
          ofstedRows("childrenLookedAfter", {
            claEndDate: serial("2026-10-01"),
            claEndReason: "a) E11: Adopted - application for an adoption order unopposed",
          }),
        ],
      },
      {
        name: "looked after, where the workbook has no List 8 to say otherwise",
        form: OFSTED_EXAMPLE_FORM,
        sheets: [
          ofstedRows("childrenInNeed", { caseStatus: "a) Looked after child" }),
          ofstedRows("childProtection", {}),
        ],
      },
      {
        name: "the 2017 guidance has no case status",
        sheets: [rows("childrenInNeed", {}), rows("childProtection", {})],
      },
    ],
  },
  check: (lists) => {
    const cin = listIn(lists, "childrenInNeed");
    const codes = cin && caseStatusCodes(cin.list);
    if (!cin || !codes) return [];
    const cla = listIn(lists, "childrenLookedAfter");
    const cp = listIn(lists, "childProtection");
    const claById = rowsByChild(cla?.rows ?? []);
    const cpById = rowsByChild(cp?.rows ?? []);
    const problems: WorkbookProblem[] = [];
    const report = (row: TypedRow, message: string, fix?: string) =>
      problems.push({
        list: cin.list.id,
        rowIndex: row.rowIndex,
        column: "caseStatus",
        message,
        ...(fix === undefined ? {} : { fix: { value: fix, display: fix } }),
      });
    for (const row of cin.rows) {
      if (row.columnAt.caseStatus === undefined) break;
      const status = row.value.caseStatus;
      // A status not recognised is another rule's finding; what it means is not certain.
      if (hasValue(row, "caseStatus") && typeof status !== "string") continue;
      const now = typeof status === "string" ? `The case status is ${quote(status)}` : "The case status is blank";
      if (episodeClosed(row, codes.closed)) {
        if (status === codes.closed) continue;
        const closedOn = dateValue(row, "cinClosureDate");
        const closedStatus = `A closed episode's status is ${quote(codes.closed)} (Ofsted's guidance for Case status)`;
        // A closure date that is not a date (its own finding says so) may not close the episode:
        // the fix follows from it, so it waits for the date to be put right.
        if (closedOn === undefined)
          report(
            row,
            `${now}, but CIN Closure Date is filled in, so the episode reads as closed. ${closedStatus}: put the closure date right, then choose that status, or clear the closure date if the episode is open.`,
          );
        else
          report(
            row,
            `${now} but the episode closed on ${formatUkDate(closedOn)} (CIN Closure Date). ${closedStatus}: use the fix, or clear the closure date if the episode is open.`,
            codes.closed,
          );
        continue;
      }
      const id = row.value.childId;
      const inCare = typeof id === "string" ? claById.get(id)?.find((other) => openBy(other, "claEndDate")) : undefined;
      const onPlan = typeof id === "string" ? cpById.get(id)?.find((other) => openBy(other, "cpEndDate")) : undefined;
      if (inCare && cla) {
        if (status !== codes.lookedAfter)
          report(
            row,
            `${now}, but child ${id as string} is looked after with no date ceased on ${listNamed(cla.list)} row ${inCare.rowIndex + 1}, and this episode is open. Ofsted asks for the first status that applies, and a child both looked after and on a plan is recorded as looked after: use the fix.`,
            codes.lookedAfter,
          );
      } else if (onPlan && cp) {
        // Looked after is not contradicted by a workbook without the looked-after list.
        if (status !== codes.protection && !(status === codes.lookedAfter && !cla))
          report(
            row,
            `${now}, but child ${id as string} has an open child protection plan (no end date) on ${listNamed(cp.list)} row ${onPlan.rowIndex + 1}${cla ? ` and is not looked after on ${listNamed(cla.list)}` : ""}, and this episode is open. Ofsted asks for the first status that applies: use the fix.`,
            codes.protection,
          );
      } else if (status === codes.closed && row.columnAt.cinClosureDate !== undefined) {
        report(
          row,
          `${now} but there is no CIN Closure Date. Enter the date the episode closed, or choose the status that applies to the open episode.`,
        );
      }
    }
    return problems;
  },
};
