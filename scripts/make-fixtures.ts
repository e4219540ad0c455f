// Writes the fixtures corpus (test/fixtures/*.xlsx): small workbooks shaped like real Annex A
// returns, made from fictitious children, each named for what must happen (valid.* has no errors;
// invalid.* has the findings listed beside it in FIXTURES). test/fixtures.test.ts checks every one.
//   npx tsx scripts/make-fixtures.ts
import ExcelJS from "exceljs";
import { join } from "node:path";
import { listOf, type ListId } from "../src/domain/catalogue";
import { serialFromIso } from "../src/domain/dates";
import type { CellValue } from "../src/domain/grid";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";

export const FIXTURE_REFERENCE = "2026-11-24";
const d = (iso: string) => serialFromIso(iso)!;

type Row = Record<string, CellValue | { formula: string; result: CellValue } | { error: string }>;

const BASE: Record<string, Row> = {
  childrenInNeed: {
    childId: "C1001",
    gender: "a) Male",
    ethnicity: "a) WBRI",
    dateOfBirth: d("2015-03-10"),
    age: 11,
    disability: "N",
    cinStartDate: d("2026-01-05"),
    primaryNeed: "N1 Abuse or neglect",
    lastSeenDate: d("2026-11-02"),
    allocatedTeam: "Team A",
    allocatedWorker: "A Worker",
    neglect: "Y",
  },
  contacts: {
    childId: "C1001",
    gender: "a) Male",
    ethnicity: "a) WBRI",
    dateOfBirth: d("2015-03-10"),
    age: 11,
    contactDate: d("2026-10-01"),
    contactSource: "6 Police",
  },
};

export interface Fixture {
  readonly name: string;
  readonly list: ListId;
  /** Rows as overrides of a valid row. */
  readonly rows: readonly Row[];
  /** Replaces the heading row (for heading variants). */
  readonly headings?: readonly string[];
  /** Rows (one-based, as Excel numbers them) to hide. */
  readonly hiddenRows?: readonly number[];
  /** A range to merge, e.g. "A2:A3". */
  readonly merge?: string;
  /** An autofilter over the list, e.g. "A1:H3" (with hiddenRows, the rows it filters out). */
  readonly autoFilter?: string;
  /** "CODE@A1" for every finding the check must report, and nothing else. */
  readonly expected: readonly string[];
}

export const FIXTURES: readonly Fixture[] = [
  {
    name: "valid.children-in-need",
    list: "childrenInNeed",
    rows: [{}, { childId: "C1002", neglect: "N" }],
    expected: [],
  },
  {
    name: "valid.unborn-child",
    list: "contacts",
    rows: [
      {
        childId: "U1",
        dateOfBirth: null,
        age: null,
        expectedDateOfBirth: d("2027-01-20"),
        gender: "c) Not stated/recorded",
      },
    ],
    expected: [],
  },
  {
    name: "valid.long-text-and-non-latin-names",
    list: "childrenInNeed",
    rows: [{ allocatedWorker: "Zoë Ó Súilleabháin — 王小明 — Ахмед", allocatedTeam: "T".repeat(300) }],
    expected: [],
  },
  {
    name: "valid.ids-that-look-like-formulas",
    list: "contacts",
    rows: [{ childId: "=1+1" }, { childId: "+4471" }, { childId: "-12" }, { childId: "@home" }],
    expected: [],
  },
  {
    name: "invalid.us-date",
    list: "childrenInNeed",
    rows: [{ dateOfBirth: "03/23/2015", age: 11 }],
    expected: ["DATE-US-ORDER@D2"],
  },
  {
    name: "invalid.impossible-date",
    list: "childrenInNeed",
    rows: [{ dateOfBirth: "38/04/2019", age: 7 }],
    expected: ["DATE-IMPOSSIBLE@D2"],
  },
  {
    name: "invalid.two-digit-year",
    list: "contacts",
    rows: [{ contactDate: "01/10/26" }],
    expected: ["DATE-TWO-DIGIT-YEAR@G2"],
  },
  {
    name: "invalid.id-number-with-point-zero",
    list: "childrenInNeed",
    rows: [{ childId: "1234.0" }, { childId: 1234 }],
    expected: ["ID-FORMAT@A2", "ID-DUPLICATE@A3"],
  },
  {
    name: "invalid.non-breaking-space-in-id",
    list: "contacts",
    rows: [{ childId: "C\u00a077 " }],
    expected: ["ID-FORMAT@A2"],
  },
  {
    name: "invalid.lookup-not-found",
    list: "childrenInNeed",
    rows: [{ ethnicity: { error: "#N/A" } }],
    expected: ["CELL-EXCEL-ERROR@C2"],
  },
  {
    name: "invalid.fractional-age",
    list: "contacts",
    rows: [{ dateOfBirth: null, age: 6.138, expectedDateOfBirth: null }],
    expected: ["AGE-NOT-WHOLE@F2", "BIRTH-DATE-MISSING@D2"],
  },
  {
    name: "invalid.yes-no-spellings",
    list: "childrenInNeed",
    rows: [
      { disability: "a) yes" },
      { childId: "C2", disability: "B) No" },
      { childId: "C3", disability: 0 },
      { childId: "C4", disability: 1 },
    ],
    expected: ["YN-ALIAS@G2", "YN-ALIAS@G3", "YN-ALIAS@G4", "YN-ALIAS@G5"],
  },
  {
    name: "invalid.code-typos",
    list: "childrenInNeed",
    rows: [{ ethnicity: "NPBT" }, { childId: "C2", ethnicity: "WMBC" }],
    expected: ["CODE-INVALID@C2", "CODE-INVALID@C3"],
  },
  {
    name: "invalid.blank-rows-between",
    list: "contacts",
    rows: [{}, {}, { childId: "C2" }],
    expected: ["ROW-BLANK@A3"],
  },
  {
    name: "invalid.headings-from-an-export",
    list: "contacts",
    headings: [
      "Child unique ID ",
      "GENDER",
      "Ethnicity",
      "DOB",
      "If unborn, expected date of birth",
      "Age",
      "Date of Contact",
      "Contact ‘source’",
    ],
    rows: [{}],
    expected: [
      "HEADER-VARIANT@A1",
      "HEADER-VARIANT@B1",
      "HEADER-VARIANT@D1",
      "HEADER-VARIANT@F1",
      "HEADER-VARIANT@G1",
      "HEADER-VARIANT@H1",
    ],
  },
  {
    name: "invalid.formula-results-are-checked",
    list: "contacts",
    rows: [{ age: { formula: 'DATEDIF(D2,DATE(2026,11,24),"Y")-1', result: 10 } }],
    expected: ["AGE-MISMATCH@F2"],
  },
  {
    name: "invalid.merged-cells",
    list: "contacts",
    rows: [{}, { childId: "C2" }],
    merge: "A2:A3",
    expected: ["CELL-MERGED@A2", "REQUIRED-BLANK@A3"],
  },
  {
    name: "invalid.filtered-rows-are-checked",
    list: "contacts",
    rows: [{}, { childId: "C2", contactDate: "31/02/2026" }],
    autoFilter: "A1:H3",
    hiddenRows: [3],
    expected: ["DATE-IMPOSSIBLE@G3"],
  },
  {
    name: "invalid.hidden-rows-are-checked",
    list: "contacts",
    rows: [{}, { childId: "C2", gender: "Martian" }],
    hiddenRows: [3],
    expected: ["CODE-INVALID@B3"],
  },
];

export async function writeFixture(fixture: Fixture, folder: string): Promise<string> {
  const list = listOf(JTAI_NEGLECT_2017, fixture.list);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(list.sheetName);
  sheet.addRow(fixture.headings ?? list.columns.map((column) => column.heading));
  fixture.rows.forEach((overrides, index) => {
    const blank = fixture.name === "invalid.blank-rows-between" && index === 1;
    const row = { ...BASE[fixture.list], ...overrides };
    sheet.addRow(blank ? [] : list.columns.map((column) => (row[column.key] ?? null) as ExcelJS.CellValue));
  });
  for (const row of fixture.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  if (fixture.merge) sheet.mergeCells(fixture.merge);
  if (fixture.autoFilter) sheet.autoFilter = fixture.autoFilter;
  const path = join(folder, `${fixture.name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

if (require.main === module) {
  void Promise.all(FIXTURES.map((fixture) => writeFixture(fixture, join(__dirname, "..", "test", "fixtures"))));
}
