// Sample rows of fictitious children, with the mistakes real exports carry: an ID that gained
// ".0", "yes" for Y, a bare code, a typo in a code, a US date, an impossible date, a two-digit
// year, a fractional age, #N/A from a lookup and a source by its label alone. No real child is described.
import { listOf, type ListId } from "../domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../domain/forms/jtai-neglect-2017";
import { serialFromIso } from "../domain/dates";
import type { CellValue } from "../domain/grid";

const d = (iso: string) => serialFromIso(iso)!;

type Row = Record<string, CellValue>;

const CHILDREN_IN_NEED: Row[] = [
  {
    childId: "DEMO001",
    gender: "a) Male",
    ethnicity: "a) WBRI",
    dateOfBirth: d("2015-03-10"),
    age: 11,
    disability: "N",
    cinStartDate: d("2026-01-05"),
    primaryNeed: "N1 Abuse or neglect",
    lastSeenDate: d("2026-11-02"),
    allocatedTeam: "Team North",
    allocatedWorker: "A. Patel",
    neglect: "Y",
  },
  {
    childId: "1002.0",
    gender: "Female",
    ethnicity: "k) APKN",
    dateOfBirth: d("2012-07-21"),
    age: 14,
    disability: "yes",
    cinStartDate: d("2025-09-14"),
    primaryNeed: "N1",
    lastSeenDate: d("2026-10-28"),
    allocatedTeam: "Team North",
    allocatedWorker: "B. Jones",
    neglect: "Y",
  },
  {
    childId: "DEMO003",
    gender: "b) Female",
    ethnicity: "NPBT",
    dateOfBirth: "04/23/2016",
    age: 10,
    disability: "N",
    cinStartDate: d("2026-03-01"),
    primaryNeed: "N4 Family in acute stress",
    lastSeenDate: d("2026-11-10"),
    allocatedTeam: "Team South",
    allocatedWorker: "C. Evans",
    neglect: "N",
  },
  {
    childId: "DEMO004",
    gender: "a) Male",
    ethnicity: "o) BAFR",
    dateOfBirth: "38/04/2019",
    age: 6.138,
    disability: "N",
    cinStartDate: "12/05/26",
    primaryNeed: "N5 Family dysfunction",
    lastSeenDate: d("2026-11-15"),
    allocatedTeam: "Team South",
    allocatedWorker: "C. Evans",
    neglect: "Y",
  },
  {
    childId: "DEMO005",
    gender: "#N/A",
    ethnicity: "f) MWBC",
    dateOfBirth: d("2010-12-01"),
    age: 15,
    disability: "N",
    cinStartDate: d("2024-06-30"),
    primaryNeed: "N1 Abuse or neglect",
    lastSeenDate: d("2026-11-19"),
    cinClosureDate: d("2026-10-01"),
    allocatedTeam: "Team East",
    allocatedWorker: "D. Smith",
    neglect: "Y",
  },
  {
    childId: "DEMO006",
    gender: "b) Female",
    ethnicity: "a) WBRI",
    dateOfBirth: d("2017-05-05"),
    age: 9,
    disability: "N",
    cinStartDate: d("2026-02-11"),
    primaryNeed: "N1 Abuse or neglect",
    lastSeenDate: d("2026-11-18"),
    allocatedTeam: "Team East",
    allocatedWorker: "D. Smith",
    neglect: "Y",
  },
];

const CONTACTS: Row[] = [
  {
    childId: "DEMO001",
    gender: "a) Male",
    ethnicity: "a) WBRI",
    dateOfBirth: d("2015-03-10"),
    age: 11,
    contactDate: d("2026-10-12"),
    contactSource: "6 Police",
  },
  {
    childId: "DEMO007",
    gender: "M",
    ethnicity: "WBRI",
    dateOfBirth: "10/03/2020",
    age: 6,
    contactDate: "31/09/2026",
    contactSource: "Schools",
  },
  {
    childId: "DEMO008",
    gender: "c) Not stated/recorded",
    ethnicity: "t) NOBT",
    expectedDateOfBirth: d("2027-01-20"),
    contactDate: d("2026-11-01"),
    contactSource: "3B Health: health visitor",
  },
];

export const SAMPLE_ROWS: Partial<Record<ListId, Row[]>> = { childrenInNeed: CHILDREN_IN_NEED, contacts: CONTACTS };

/** The form the sample's lists are laid out in: the joint inspection's own. */
export const SAMPLE_FORM = JTAI_NEGLECT_2017;

/** Sample rows for a list in its column order, or undefined when there are none. */
export function sampleGrid(listId: ListId): CellValue[][] | undefined {
  const rows = SAMPLE_ROWS[listId];
  return rows?.map((row) => listOf(SAMPLE_FORM, listId).columns.map((column) => row[column.key] ?? null));
}
