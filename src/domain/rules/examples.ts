// The rows each rule's own examples are built from (and the tests' grids, through
// test/support/grids.ts): a row every rule accepts, per list, that an example changes only where it
// is about, with the headings from the catalogue. `rules.test.ts` runs every rule's examples.
import { listOf, type ColumnKey, type ColumnSpec, type Form, type ListId } from "../catalogue";
import { serialFromIso } from "../dates";
import type { CellBlock, CellValue } from "../grid";
import { ILACS_2019 } from "../forms/ilacs-2019";
import { JTAI_NEGLECT_2017 } from "../forms/jtai-neglect-2017";

/** The form the examples are written for, unless an example names another. */
export const EXAMPLE_FORM: Form = JTAI_NEGLECT_2017;

/** The reference date every example is checked on. */
export const REFERENCE = serialFromIso("2026-11-24")!;
export const serial = (iso: string): number => serialFromIso(iso)!;

export type RowByKey = Partial<Record<ColumnKey, CellValue>>;

/** A row every rule accepts, per list: tests change only what they are about. */
export function validRow(listId: ListId, overrides: RowByKey = {}): RowByKey {
  const base: Record<ListId, RowByKey> = {
    childrenInNeed: {
      childId: "C1001",
      gender: "a) Male",
      ethnicity: "a) WBRI",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      disability: "N",
      cinStartDate: serial("2026-01-05"),
      primaryNeed: "N1 Abuse or neglect",
      lastSeenDate: serial("2026-11-02"),
      allocatedTeam: "Team A",
      allocatedWorker: "A Worker",
      neglect: "Y",
    },
    childProtection: {
      childId: "C1001",
      gender: "b) Female",
      ethnicity: "o) BAFR",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      disability: "N",
      cpStartDate: serial("2026-02-01"),
      initialCategory: "a) Neglect",
      latestCategory: "a) Neglect",
      lastVisitDate: serial("2026-11-10"),
      seenInTimescales: "Y",
      seenAlone: "Y",
      orderInLastSixMonths: "N",
      previousPlans: 0,
      allocatedTeam: "Team B",
      allocatedWorker: "B Worker",
      neglect: "Y",
    },
    multiAgency: { childId: "C1001", status: "Child in need" },
    positiveEngagement: { childId: "C1001", status: "Child looked after" },
    yotProbation: { childId: "C1001", status: "Child protection plan" },
    selectedChildren: {
      childId: "C1001",
      knownToYot: "N",
      probationWithAdult: "N",
      crcWithAdult: "N",
      policeInvestigation: "Y",
    },
    contacts: {
      childId: "C1001",
      gender: "a) Male",
      ethnicity: "a) WBRI",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      contactDate: serial("2026-10-01"),
      contactSource: "6 Police",
    },
    earlyHelp: {
      childId: "C1001",
      gender: "a) Male",
      ethnicity: "a) WBRI",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      earlyHelpCompletionDate: serial("2026-09-01"),
      earlyHelpOrganisation: "Family Hub North",
    },
    referrals: {
      childId: "C1001",
      gender: "a) Male",
      ethnicity: "a) WBRI",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      referralDate: serial("2026-10-01"),
      referralSource: "2A Schools",
      referralNfa: "N",
      referralsIn12Months: 1,
      allocatedTeam: "Team A",
      allocatedWorker: "A Worker",
    },
    assessments: {
      childId: "C1001",
      gender: "a) Male",
      ethnicity: "a) WBRI",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      disability: "N",
      assessmentStartDate: serial("2026-08-01"),
      seenDuringAssessment: "Y",
      assessmentAuthorisedDate: serial("2026-09-10"),
      allocatedTeam: "Team A",
      allocatedWorker: "A Worker",
      assessmentNeglect: "Y",
    },
    section47: {
      childId: "C1001",
      gender: "a) Male",
      ethnicity: "a) WBRI",
      dateOfBirth: serial("2015-03-10"),
      age: 11,
      disability: "N",
      s47StartDate: serial("2026-09-01"),
      s47In12Months: 1,
      icpcNotRequired: "N",
      icpcDate: serial("2026-09-20"),
      icpcResultedInPlan: "Y",
      icpcsIn12Months: 1,
      allocatedTeam: "Team A",
      allocatedWorker: "A Worker",
    },
  };
  return { ...base[listId], ...overrides };
}

/** The catalogue headings in row 1, then one row per object, cells in catalogue order. */
export function gridOf(listId: ListId, rows: readonly RowByKey[], form: Form = EXAMPLE_FORM): CellValue[][] {
  const columns = listOf(form, listId).columns;
  return [
    columns.map((column) => column.heading),
    ...rows.map((row) => columns.map((column) => row[column.key] ?? null)),
  ];
}

/** Zero-based column index of a key in the catalogue order that gridOf writes. */
export function columnOf(listId: ListId, key: ColumnKey, form: Form = EXAMPLE_FORM): number {
  return listOf(form, listId).columns.findIndex((column) => column.key === key);
}

/** One sheet of an example: a list's (by its list) or another sheet (by its name), its cells (headings first) and any merged cells. */
export type ExampleSheet =
  | {
      readonly list: ListId;
      readonly grid: readonly (readonly CellValue[])[];
      readonly merged?: readonly CellBlock[];
    }
  | { readonly sheet: string; readonly grid: readonly (readonly CellValue[])[] };

/** A workbook the rule must stay silent on ("passes"). */
export interface Example {
  readonly name: string;
  /** The form the workbook is checked as: the examples' own (EXAMPLE_FORM) unless named. */
  readonly form?: Form;
  readonly sheets: readonly ExampleSheet[];
}

/**
 * A workbook the rule must fire on ("fails"), and what its first finding must be: a finding in
 * the wrong cell, or saying the wrong thing, is no better than none, so the place and the whole
 * message are always given.
 */
export interface FiringExample extends Example {
  /** Where the first finding must be: list, zero-based grid row, column key (or sheet column index). */
  readonly at: { readonly list: ListId; readonly row: number; readonly key?: ColumnKey; readonly column?: number };
  /** Its message, exactly. */
  readonly message: string;
  /** The fix it must offer, as displayed; when not given, it must offer none. */
  readonly fix?: string;
}

export interface Examples {
  readonly fails: readonly FiringExample[];
  readonly passes: readonly Example[];
}

/** A sheet of the list with one valid row per set of changes. */
export const rows = (list: ListId, ...overrides: RowByKey[]): ExampleSheet => ({
  list,
  grid: gridOf(
    list,
    overrides.map((o) => validRow(list, o)),
  ),
});

/** Where a finding is: list, zero-based grid row (1 is the first data row), column key. */
export const at = (list: ListId, row: number, key: ColumnKey) => ({ list, row, key });

// ---- Ofsted's template (ILACS Annex A, August 2019): rows for examples checked as that form ----

/** The form an example written with `ofstedRows` is checked as. */
export const OFSTED_EXAMPLE_FORM: Form = ILACS_2019;

/** The dates of a row every rule accepts, per list: in each list's window and in each list's order. */
const OFSTED_DATES: Readonly<Record<ListId, RowByKey>> = {
  contacts: { contactDate: serial("2026-10-01") },
  earlyHelp: { earlyHelpStartDate: serial("2026-09-01") },
  referrals: { referralDate: serial("2026-10-02") },
  assessments: { assessmentStartDate: serial("2026-10-03"), assessmentAuthorisedDate: serial("2026-10-20") },
  section47: { s47StartDate: serial("2026-10-05"), icpcDate: serial("2026-10-19") },
  childrenInNeed: { cinStartDate: serial("2026-01-05"), lastSeenDate: serial("2026-11-02") },
  childProtection: {
    cpStartDate: serial("2026-02-01"),
    lastVisitDate: serial("2026-11-10"),
    latestReviewConferenceDate: serial("2026-08-01"),
  },
  childrenLookedAfter: {
    claStartDate: serial("2025-06-01"),
    legalStatusStartDate: serial("2025-06-01"),
    latestStatutoryReviewDate: serial("2026-09-01"),
    lastSocialWorkVisitDate: serial("2026-11-01"),
    lastIroContactDate: serial("2026-09-01"),
    lastHealthAssessmentDate: serial("2026-03-01"),
    lastDentalCheckDate: serial("2026-04-01"),
    placementStartDate: serial("2025-06-01"),
  },
  careLeavers: {},
  adoption: {
    claStartDate: serial("2025-01-10"),
    adoptionDecisionDate: serial("2025-06-01"),
    placementOrderDate: serial("2025-08-01"),
    matchingDate: serial("2025-10-01"),
    placedForAdoptionDate: serial("2025-11-01"),
    adoptionOrderDate: serial("2026-03-01"),
  },
  adopters: {
    enquiryDate: serial("2025-01-10"),
    stage1StartDate: serial("2025-02-01"),
    stage1EndDate: serial("2025-04-01"),
    stage2StartDate: serial("2025-04-15"),
    stage2EndDate: serial("2025-08-01"),
    matchingDate: serial("2025-10-01"),
    placedForAdoptionDate: serial("2025-11-01"),
    adoptionOrderDate: serial("2026-03-01"),
  },
};

/** What a row every rule accepts holds in a column with no date of its own: Ofsted's first code, "b) No", 0, some text. */
function ofstedCell(column: ColumnSpec): CellValue {
  switch (column.kind) {
    case "id":
      return column.key === "adopterId" ? "A1001" : "C1001";
    case "text":
      return column.key === "placementPostcode" ? "AB1 2CD" : "Team A";
    case "code":
      // A reason is given only with its date (a closure, a decision), and a case status follows the lists.
      if (/Reason$/.test(column.key)) return null;
      // A child in need plan: a list alone says nothing of care or a plan (Guidance!C66).
      if (column.key === "caseStatus") return column.codeList?.values[2].canonical ?? null;
      return column.codeList?.values[0].canonical ?? null;
    case "yesNo":
      // The second value is no: the answer that asks nothing more of the row.
      return column.codeList?.values[1].canonical ?? null;
    case "count":
      // Ofsted: a child's current placement is one of its placements (Guidance!C104).
      return column.key === "placementsIn12Months" || column.key === "childrenPlaced" ? 1 : 0;
    case "age":
      return null;
    case "date":
      return null;
  }
}

/** A row of Ofsted's template every rule accepts, per list: aged 11 (a care leaver 20), dates in order. */
export function validOfstedRow(listId: ListId, overrides: RowByKey = {}): RowByKey {
  const list = listOf(OFSTED_EXAMPLE_FORM, listId);
  const row: RowByKey = {};
  for (const column of list.columns) row[column.key] = ofstedCell(column);
  // A care leaver is another, older, child.
  const born = listId === "careLeavers" ? { childId: "C2001", dateOfBirth: serial("2006-03-10"), age: 20 } : {};
  const child = list.columns.some((column) => column.key === "dateOfBirth")
    ? { dateOfBirth: serial("2015-03-10"), age: 11, ...born }
    : {};
  return { ...row, ...child, ...OFSTED_DATES[listId], ...overrides };
}

/** A sheet of Ofsted's list with one valid row per set of changes; the example names `form: OFSTED_EXAMPLE_FORM`. */
export const ofstedRows = (list: ListId, ...overrides: RowByKey[]): ExampleSheet => ({
  list,
  grid: gridOf(
    list,
    overrides.map((o) => validOfstedRow(list, o)),
    OFSTED_EXAMPLE_FORM,
  ),
});
