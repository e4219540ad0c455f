// Builds grids for tests from rows written by column key, so a test names the facts it is about
// and the headings come from the catalogue.
import { listSpec, type ListId } from "../../src/domain/catalogue";
import { serialFromIso } from "../../src/domain/dates";
import type { CellValue } from "../../src/domain/grid";

export const REFERENCE = serialFromIso("2026-11-24")!;
export const serial = (iso: string): number => serialFromIso(iso)!;

export type RowByKey = Record<string, CellValue>;

/** A row every rule accepts, per list: tests change only what they are about. */
export function validRow(listId: ListId, overrides: RowByKey = {}): RowByKey {
  const base: Record<ListId, RowByKey> = {
    childrenInNeed: {
      childId: "C1001", gender: "a) Male", ethnicity: "a) WBRI", dateOfBirth: serial("2015-03-10"), age: 11,
      disability: "N", cinStartDate: serial("2026-01-05"), primaryNeed: "N1 Abuse or neglect", lastSeenDate: serial("2026-11-02"),
      allocatedTeam: "Team A", allocatedWorker: "A Worker", neglect: "Y",
    },
    childProtection: {
      childId: "C1001", gender: "b) Female", ethnicity: "o) BAFR", dateOfBirth: serial("2015-03-10"), age: 11,
      disability: "N", cpStartDate: serial("2026-02-01"), initialCategory: "a) Neglect", latestCategory: "a) Neglect",
      lastVisitDate: serial("2026-11-10"), seenInTimescales: "Y", seenAlone: "Y", orderInLastSixMonths: "N", previousPlans: 0,
      allocatedTeam: "Team B", allocatedWorker: "B Worker", neglect: "Y",
    },
    multiAgency: { childId: "C1001", status: "Child in need" },
    positiveEngagement: { childId: "C1001", status: "Child looked after" },
    yotProbation: { childId: "C1001", status: "Child protection plan" },
    selectedChildren: { childId: "C1001", knownToYot: "N", probationWithAdult: "N", crcWithAdult: "N", policeInvestigation: "Y" },
    contacts: {
      childId: "C1001", gender: "a) Male", ethnicity: "a) WBRI", dateOfBirth: serial("2015-03-10"), age: 11,
      contactDate: serial("2026-10-01"), contactSource: "6 Police",
    },
    earlyHelp: {
      childId: "C1001", gender: "a) Male", ethnicity: "a) WBRI", dateOfBirth: serial("2015-03-10"), age: 11,
      earlyHelpCompletionDate: serial("2026-09-01"), earlyHelpOrganisation: "Family Hub North",
    },
    referrals: {
      childId: "C1001", gender: "a) Male", ethnicity: "a) WBRI", dateOfBirth: serial("2015-03-10"), age: 11,
      referralDate: serial("2026-10-01"), referralSource: "2A Schools", referralNfa: "N", referralsIn12Months: 1,
      allocatedTeam: "Team A", allocatedWorker: "A Worker",
    },
    assessments: {
      childId: "C1001", gender: "a) Male", ethnicity: "a) WBRI", dateOfBirth: serial("2015-03-10"), age: 11,
      disability: "N", assessmentStartDate: serial("2026-08-01"), seenDuringAssessment: "Y",
      assessmentAuthorisedDate: serial("2026-09-10"), allocatedTeam: "Team A", allocatedWorker: "A Worker", assessmentNeglect: "Y",
    },
    section47: {
      childId: "C1001", gender: "a) Male", ethnicity: "a) WBRI", dateOfBirth: serial("2015-03-10"), age: 11,
      disability: "N", s47StartDate: serial("2026-09-01"), s47In12Months: 1, icpcNotRequired: "N",
      icpcDate: serial("2026-09-20"), icpcResultedInPlan: "Y", icpcsIn12Months: 1, allocatedTeam: "Team A", allocatedWorker: "A Worker",
    },
  };
  return { ...base[listId], ...overrides };
}

/** The catalogue headings in row 1, then one row per object, cells in catalogue order. */
export function gridOf(listId: ListId, rows: readonly RowByKey[]): CellValue[][] {
  const columns = listSpec(listId).columns;
  return [columns.map((column) => column.heading), ...rows.map((row) => columns.map((column) => row[column.key] ?? null))];
}

/** Zero-based column index of a key in the catalogue order that gridOf writes. */
export function columnOf(listId: ListId, key: string): number {
  return listSpec(listId).columns.findIndex((column) => column.key === key);
}
