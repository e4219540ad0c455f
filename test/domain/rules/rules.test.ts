// Every rule, firing ("fails" rows) and not firing ("passes" rows), with its exact code, severity,
// place and message. A registry test pins the list: a new rule without cases here fails.
import { listSpec, type ListId } from "../../../src/domain/catalogue";
import { validateWorkbook } from "../../../src/domain/engine";
import type { Finding } from "../../../src/domain/findings";
import type { CellBlock, CellValue } from "../../../src/domain/grid";
import { ALL_RULES } from "../../../src/domain/rules";
import { columnOf, gridOf, REFERENCE, serial, validRow, type RowByKey } from "../../support/grids";

interface Sheet {
  list: ListId;
  grid: CellValue[][];
  merged?: CellBlock[];
}
interface Case {
  name: string;
  sheets: Sheet[];
  /** Where the finding must be: list, zero-based grid row, column key (or index). */
  at?: { list: ListId; row: number; key?: string; column?: number };
  message?: RegExp;
  fix?: string;
}

const rows = (list: ListId, ...overrides: RowByKey[]): Sheet => ({ list, grid: gridOf(list, overrides.map((o) => validRow(list, o))) });
const at = (list: ListId, row: number, key: string) => ({ list, row, key });

const CASES: Record<string, { fails: Case[]; passes: Case[] }> = {
  "HEADER-NOT-FOUND": {
    fails: [{ name: "no headings at all", sheets: [{ list: "contacts", grid: [["Name", "Address"], ["x", "y"]] }], at: { list: "contacts", row: 0, column: 0 } }],
    passes: [{ name: "template headings", sheets: [rows("contacts", {})] }],
  },
  "HEADER-MISSING": {
    fails: [
      {
        name: "contact source column absent",
        sheets: [{ list: "contacts", grid: gridOf("contacts", [validRow("contacts")]).map((row) => row.slice(0, 7)) }],
        at: { list: "contacts", row: 0, column: 7 },
        message: /‘Contact source’ is missing/,
      },
    ],
    passes: [{ name: "all columns", sheets: [rows("contacts", {})] }],
  },
  "HEADER-UNKNOWN": {
    fails: [
      {
        name: "an extra column",
        sheets: [{ list: "multiAgency", grid: [["Child unique ID", "Status", "Postcode"], ["C1", "Child in need", "AB1 2CD"]] }],
        at: { list: "multiAgency", row: 0, column: 2 },
        message: /‘Postcode’ is not a heading/,
      },
    ],
    passes: [{ name: "only list columns", sheets: [rows("multiAgency", {})] }],
  },
  "HEADER-DUPLICATE": {
    fails: [
      {
        name: "Status twice",
        sheets: [{ list: "multiAgency", grid: [["Child unique ID", "Status", "status"], ["C1", "Child in need", "Child in need"]] }],
        at: { list: "multiAgency", row: 0, column: 2 },
        message: /first is column B/,
      },
    ],
    passes: [{ name: "each once", sheets: [rows("multiAgency", {})] }],
  },
  "HEADER-VARIANT": {
    fails: [
      {
        name: "Age for Age of child (years)",
        sheets: [{ list: "contacts", grid: gridOf("contacts", [validRow("contacts")]).map((row, i) => (i === 0 ? row.map((h) => (h === "Age of child (years)" ? "Age" : h)) : row)) }],
        at: { list: "contacts", row: 0, column: 5 },
        fix: "Age of child (years)",
      },
      {
        name: "trailing space and other case",
        sheets: [{ list: "multiAgency", grid: [["child unique id ", "Status"], ["C1", "Child in need"]] }],
        at: { list: "multiAgency", row: 0, column: 0 },
        fix: "Child unique ID",
      },
    ],
    passes: [{ name: "exact headings", sheets: [rows("contacts", {})] }],
  },
  "CELL-EXCEL-ERROR": {
    fails: [{ name: "#N/A from a lookup", sheets: [rows("contacts", { ethnicity: "#N/A" })], at: at("contacts", 1, "ethnicity"), message: /#N\/A/ }],
    passes: [{ name: "a code", sheets: [rows("contacts", {})] }],
  },
  "REQUIRED-BLANK": {
    fails: [
      { name: "no child ID", sheets: [rows("contacts", { childId: null })], at: at("contacts", 1, "childId") },
      { name: "no referral source", sheets: [rows("referrals", { referralSource: null })], at: at("referrals", 1, "referralSource") },
      { name: "no contact source", sheets: [rows("contacts", { contactSource: null })], at: at("contacts", 1, "contactSource") },
      // SPEC: counts are whole numbers >= 0; ILACS FAQ (List 5): none is written 0.
      { name: "count of enquiries blank", sheets: [rows("section47", { s47In12Months: null })], at: at("section47", 1, "s47In12Months") },
      { name: "previous plans blank", sheets: [rows("childProtection", { previousPlans: null })], at: at("childProtection", 1, "previousPlans") },
    ],
    passes: [
      { name: "optional column blank", sheets: [rows("referrals", { referralNfa: null })] },
      { name: "counts of 0", sheets: [rows("section47", { s47In12Months: 0, icpcsIn12Months: 0 })] },
    ],
  },
  "ID-FORMAT": {
    fails: [
      { name: "1234.0", sheets: [rows("contacts", { childId: "1234.0" })], at: at("contacts", 1, "childId"), fix: "1234" },
      { name: "non-breaking spaces", sheets: [rows("contacts", { childId: "\u00a0C77 " })], at: at("contacts", 1, "childId"), fix: "C77" },
    ],
    passes: [
      { name: "a number", sheets: [rows("contacts", { childId: 1234 })] },
      { name: "text", sheets: [rows("contacts", { childId: "LCS-001" })] },
    ],
  },
  "ID-INVALID": {
    fails: [
      { name: "a fraction", sheets: [rows("contacts", { childId: 12.5 })], at: at("contacts", 1, "childId") },
      { name: "TRUE", sheets: [rows("contacts", { childId: true })], at: at("contacts", 1, "childId") },
    ],
    passes: [{ name: "whole number", sheets: [rows("contacts", { childId: 77 })] }],
  },
  "YN-ALIAS": {
    fails: [
      { name: "yes", sheets: [rows("childrenInNeed", { disability: "yes" })], at: at("childrenInNeed", 1, "disability"), fix: "Y" },
      { name: "a) yes", sheets: [rows("childrenInNeed", { neglect: "a) yes" })], at: at("childrenInNeed", 1, "neglect"), fix: "Y" },
      { name: "B) No", sheets: [rows("childrenInNeed", { disability: "B) No" })], at: at("childrenInNeed", 1, "disability"), fix: "N" },
      { name: "TRUE boolean", sheets: [rows("childrenInNeed", { disability: true })], at: at("childrenInNeed", 1, "disability"), fix: "Y" },
      { name: "0", sheets: [rows("childrenInNeed", { disability: 0 })], at: at("childrenInNeed", 1, "disability"), fix: "N" },
      { name: "y", sheets: [rows("childrenInNeed", { disability: "y" })], at: at("childrenInNeed", 1, "disability"), fix: "Y" },
      { name: "1 - Yes", sheets: [rows("childrenInNeed", { disability: "1 - Yes" })], at: at("childrenInNeed", 1, "disability"), fix: "Y" },
      { name: "0 - No", sheets: [rows("childrenInNeed", { disability: "0 - No" })], at: at("childrenInNeed", 1, "disability"), fix: "N" },
      { name: "Seen alone, in the seen-alone column", sheets: [rows("childProtection", { seenAlone: "Seen alone" })], at: at("childProtection", 1, "seenAlone"), fix: "Y" },
      { name: "a non-breaking space after Y", sheets: [rows("childrenInNeed", { disability: "Y\u00a0" })], at: at("childrenInNeed", 1, "disability"), fix: "Y", message: /spaces \(or non-breaking spaces\) that are not part of the value ‘Y’/ },
      { name: "Not seen alone, in the seen-alone column", sheets: [rows("childProtection", { seenAlone: "Not seen alone" })], at: at("childProtection", 1, "seenAlone"), fix: "N" },
    ],
    passes: [{ name: "Y and N", sheets: [rows("childrenInNeed", { disability: "N", neglect: "Y" })] }],
  },
  "YN-INVALID": {
    fails: [
      { name: "maybe", sheets: [rows("childrenInNeed", { disability: "maybe" })], at: at("childrenInNeed", 1, "disability"), message: /‘maybe’ is not Y or N/ },
      { name: "Seen alone outside the seen-alone column", sheets: [rows("childrenInNeed", { disability: "Seen alone" })], at: at("childrenInNeed", 1, "disability") },
      { name: "ILACS's c) Unknown where only Y or N is asked for", sheets: [rows("childrenInNeed", { disability: "c) Unknown" })], at: at("childrenInNeed", 1, "disability"), message: /with no "unknown"/ },
    ],
    passes: [{ name: "N", sheets: [rows("childrenInNeed", { disability: "N" })] }],
  },
  "STATUS-LOOKED-AFTER": {
    fails: [{ name: "CLA in multi-agency", sheets: [rows("multiAgency", { status: "CLA" })], at: at("multiAgency", 1, "status") }],
    passes: [{ name: "CLA in positive engagement", sheets: [rows("positiveEngagement", { status: "Child looked after" })] }],
  },
  "CODE-ALIAS": {
    fails: [
      { name: "Male", sheets: [rows("contacts", { gender: "Male" })], at: at("contacts", 1, "gender"), fix: "a) Male" },
      { name: "b) female", sheets: [rows("contacts", { gender: "b) female" })], at: at("contacts", 1, "gender"), fix: "b) Female" },
      { name: "census 2", sheets: [rows("contacts", { gender: 2 })], at: at("contacts", 1, "gender"), fix: "b) Female" },
      { name: "bare WBRI", sheets: [rows("contacts", { ethnicity: "WBRI" })], at: at("contacts", 1, "ethnicity"), fix: "a) WBRI" },
      { name: "description", sheets: [rows("contacts", { ethnicity: "Pakistani" })], at: at("contacts", 1, "ethnicity"), fix: "k) APKN" },
      { name: "a source by its label alone", sheets: [rows("contacts", { contactSource: "Schools" })], at: at("contacts", 1, "contactSource"), fix: "2A Schools" },
      { name: "a) 1A: Individual", sheets: [rows("contacts", { contactSource: "a) 1A: Individual" })], at: at("contacts", 1, "contactSource"), fix: "1A Individual: family member, relative or carer" },
      { name: "N1 - Abuse or neglect", sheets: [rows("childrenInNeed", { primaryNeed: "N1 - Abuse or neglect" })], at: at("childrenInNeed", 1, "primaryNeed"), fix: "N1 Abuse or neglect" },
      { name: "NEG", sheets: [rows("childProtection", { latestCategory: "NEG" })], at: at("childProtection", 1, "latestCategory"), fix: "a) Neglect" },
      { name: "RC8", sheets: [rows("childrenInNeed", { cinClosureDate: serial("2026-10-01"), closureReason: "RC8" })], at: at("childrenInNeed", 1, "closureReason"), fix: "RC8 Case closed after assessment, no further action" },
      { name: "CPP", sheets: [rows("yotProbation", { status: "CPP" })], at: at("yotProbation", 1, "status"), fix: "Child protection plan" },
      { name: "1 - Male", sheets: [rows("contacts", { gender: "1 - Male" })], at: at("contacts", 1, "gender"), fix: "a) Male" },
      { name: "WBRI - White British", sheets: [rows("contacts", { ethnicity: "WBRI - White British" })], at: at("contacts", 1, "ethnicity"), fix: "a) WBRI" },
      { name: "White - British [WBRI]", sheets: [rows("contacts", { ethnicity: "White - British [WBRI]" })], at: at("contacts", 1, "ethnicity"), fix: "a) WBRI" },
      { name: "BLF - BAFR - African", sheets: [rows("contacts", { ethnicity: "BLF - BAFR - African" })], at: at("contacts", 1, "ethnicity"), fix: "o) BAFR" },
      { name: "s) NOBT (ILACS letter)", sheets: [rows("contacts", { ethnicity: "s) NOBT" })], at: at("contacts", 1, "ethnicity"), fix: "t) NOBT" },
      { name: "q) 6: Police (ILACS letter)", sheets: [rows("contacts", { contactSource: "q) 6: Police" })], at: at("contacts", 1, "contactSource"), fix: "6 Police" },
      { name: "Police alone", sheets: [rows("contacts", { contactSource: "Police" })], at: at("contacts", 1, "contactSource"), fix: "6 Police" },
      { name: "Neglect, Emotional", sheets: [rows("childProtection", { latestCategory: "Neglect, Emotional" })], at: at("childProtection", 1, "latestCategory"), fix: "e) Multiple/not recommended" },
      { name: "stray spaces around a code", sheets: [rows("contacts", { gender: " a) Male  " })], at: at("contacts", 1, "gender"), fix: "a) Male", message: /spaces/ },
      { name: "c) Unknown gender", sheets: [rows("contacts", { gender: "c) Unknown" })], at: at("contacts", 1, "gender"), fix: "c) Not stated/recorded" },
    ],
    passes: [{ name: "canonical codes", sheets: [rows("contacts", {})] }],
  },
  "CODE-INVALID": {
    fails: [
      { name: "typo NPBT", sheets: [rows("contacts", { ethnicity: "NPBT" })], at: at("contacts", 1, "ethnicity"), message: /Did you mean ‘t\) NOBT’\?/ },
      { name: "typo WMBC", sheets: [rows("contacts", { ethnicity: "WMBC" })], at: at("contacts", 1, "ethnicity"), message: /Did you mean ‘f\) MWBC’\?/ },
      { name: "PSRMEM: a special-needs code, not a primary need", sheets: [rows("childrenInNeed", { primaryNeed: "PSRMEM - Support with memory and cognition" })], at: at("childrenInNeed", 1, "primaryNeed") },
    ],
    passes: [
      { name: "canonical", sheets: [rows("contacts", { ethnicity: "t) NOBT" })] },
      // Ofsted's ILACS code table writes "s) NOBT": the census code decides over the letter.
      { name: "Ofsted's s) NOBT", sheets: [rows("contacts", { ethnicity: "s) NOBT" })] },
    ],
  },
  "CODE-CONFLICT": {
    fails: [
      { name: "7 - Police: 7 is another legal agency", sheets: [rows("referrals", { referralSource: "7 - Police" })], at: at("referrals", 1, "referralSource"), message: /‘7 Other legal agency’ or ‘6 Police’/ },
      { name: "b) Male: the letter and label disagree", sheets: [rows("contacts", { gender: "b) Male" })], at: at("contacts", 1, "gender"), message: /‘b\) Female’ or ‘a\) Male’/ },
      { name: "b) Yes: ILACS's b is No", sheets: [rows("childrenInNeed", { disability: "b) Yes" })], at: at("childrenInNeed", 1, "disability"), message: /‘N’ or ‘Y’/ },
    ],
    passes: [
      { name: "6 - Police", sheets: [rows("referrals", { referralSource: "6 - Police" })] },
      { name: "q) 6: Police (ILACS letters)", sheets: [rows("referrals", { referralSource: "q) 6: Police" })] },
    ],
  },
  "DATE-TWO-DIGIT-YEAR": {
    fails: [{ name: "12/05/19", sheets: [rows("contacts", { contactDate: "12/10/26" })], at: at("contacts", 1, "contactDate"), fix: "12/10/2026" }],
    passes: [{ name: "four-digit text", sheets: [rows("contacts", { contactDate: "12/10/2026" })] }],
  },
  "DATE-US-ORDER": {
    fails: [{ name: "10/23/2026", sheets: [rows("contacts", { contactDate: "10/23/2026" })], at: at("contacts", 1, "contactDate"), message: /month\/day order, so it means 23\/10\/2026/, fix: "23/10/2026" }],
    passes: [{ name: "UK text 23/10/2026", sheets: [rows("contacts", { contactDate: "23/10/2026" })] }],
  },
  "DATE-IMPOSSIBLE": {
    fails: [
      { name: "38/04/2019", sheets: [rows("contacts", { dateOfBirth: "38/04/2019", age: null })], at: at("contacts", 1, "dateOfBirth") },
      { name: "29/02/2019", sheets: [rows("contacts", { dateOfBirth: "29/02/2019", age: null })], at: at("contacts", 1, "dateOfBirth") },
    ],
    passes: [{ name: "29/02/2016", sheets: [rows("contacts", { dateOfBirth: "29/02/2016", age: 10 })] }],
  },
  "DATE-NOT-A-DATE": {
    fails: [{ name: "unknown", sheets: [rows("contacts", { contactDate: "unknown" })], at: at("contacts", 1, "contactDate") }],
    passes: [{ name: "a serial", sheets: [rows("contacts", { contactDate: serial("2026-10-01") })] }],
  },
  "NUMBER-AS-TEXT": {
    fails: [{ name: "text 3.0", sheets: [rows("referrals", { referralsIn12Months: "3.0" })], at: at("referrals", 1, "referralsIn12Months"), fix: "3" }],
    passes: [{ name: "number 3", sheets: [rows("referrals", { referralsIn12Months: 3 })] }],
  },
  "COUNT-INVALID": {
    fails: [
      { name: "-1", sheets: [rows("referrals", { referralsIn12Months: -1 })], at: at("referrals", 1, "referralsIn12Months") },
      { name: "1.5", sheets: [rows("referrals", { referralsIn12Months: 1.5 })], at: at("referrals", 1, "referralsIn12Months") },
    ],
    passes: [{ name: "0", sheets: [rows("childProtection", { previousPlans: 0 })] }],
  },
  "AGE-NOT-WHOLE": {
    fails: [{ name: "6.138", sheets: [rows("contacts", { dateOfBirth: null, expectedDateOfBirth: null, age: 6.138 })], at: at("contacts", 1, "age"), fix: "6" }],
    passes: [{ name: "11", sheets: [rows("contacts", { age: 11 })] }],
  },
  "AGE-INVALID": {
    fails: [{ name: "42", sheets: [rows("contacts", { age: 42 })], at: at("contacts", 1, "age") }],
    passes: [{ name: "0", sheets: [rows("contacts", { dateOfBirth: serial("2026-06-01"), age: 0 })] }],
  },
  "DATE-AFTER-REFERENCE": {
    fails: [{ name: "contact tomorrow", sheets: [rows("contacts", { contactDate: REFERENCE + 1 })], at: at("contacts", 1, "contactDate") }],
    passes: [
      { name: "contact on the reference date", sheets: [rows("contacts", { contactDate: REFERENCE })] },
      { name: "expected date of birth in the future", sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 60 })] },
    ],
  },
  "DATE-END-BEFORE-START": {
    fails: [{ name: "closure before start", sheets: [rows("childrenInNeed", { cinClosureDate: serial("2025-12-01"), closureReason: "RC7 Services ceased for any other reason, including child no longer in need" })], at: at("childrenInNeed", 1, "cinClosureDate") }],
    passes: [{ name: "same day", sheets: [rows("childProtection", { cpEndDate: serial("2026-02-01") })] }],
  },
  "DATE-OUTSIDE-WINDOW": {
    fails: [
      { name: "contact four months ago", sheets: [rows("contacts", { contactDate: serial("2026-07-20") })], at: at("contacts", 1, "contactDate"), message: /three-month window, which starts on 24\/08\/2026/ },
      { name: "plan ended five months ago", sheets: [rows("childProtection", { cpEndDate: serial("2026-06-01") })], at: at("childProtection", 1, "cpEndDate") },
    ],
    passes: [
      { name: "contact on the window's first day", sheets: [rows("contacts", { contactDate: serial("2026-08-24") })] },
      { name: "open plan started long ago", sheets: [rows("childProtection", { cpStartDate: serial("2024-01-01") })] },
      { name: "assessment still open", sheets: [rows("assessments", { assessmentStartDate: serial("2026-01-01"), assessmentAuthorisedDate: null })] },
    ],
  },
  "BIRTH-DATE-MISSING": {
    fails: [{ name: "neither", sheets: [rows("contacts", { dateOfBirth: null, age: null })], at: at("contacts", 1, "dateOfBirth") }],
    passes: [{ name: "unborn", sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 })] }],
  },
  "BIRTH-DATE-AND-EXPECTED": {
    fails: [{ name: "both", sheets: [rows("contacts", { expectedDateOfBirth: REFERENCE + 30 })], at: at("contacts", 1, "expectedDateOfBirth") }],
    passes: [{ name: "only date of birth", sheets: [rows("contacts", {})] }],
  },
  "EXPECTED-BIRTH-PASSED": {
    fails: [{ name: "due two months ago", sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE - 60 })], at: at("contacts", 1, "expectedDateOfBirth") }],
    passes: [{ name: "due last week", sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE - 7 })] }],
  },
  "AGE-MISMATCH": {
    fails: [
      { name: "11 given, 10 true", sheets: [rows("contacts", { dateOfBirth: serial("2015-11-25"), age: 11 })], at: at("contacts", 1, "age"), fix: "10" },
    ],
    passes: [
      { name: "birthday on the reference date", sheets: [rows("contacts", { dateOfBirth: serial("2015-11-24"), age: 11 })] },
      { name: "29 February child on 28 February", sheets: [rows("contacts", { dateOfBirth: serial("2016-02-29"), age: 10 })] },
    ],
  },
  "AGE-BLANK": {
    fails: [{ name: "blank age", sheets: [rows("contacts", { age: null })], at: at("contacts", 1, "age"), fix: "11" }],
    passes: [{ name: "unborn, blank age", sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 })] }],
  },
  "AGE-UNBORN": {
    fails: [{ name: "unborn with an age", sheets: [rows("contacts", { dateOfBirth: null, age: 0, expectedDateOfBirth: REFERENCE + 30 })], at: at("contacts", 1, "age"), fix: "(blank)" }],
    passes: [{ name: "born", sheets: [rows("contacts", {})] }],
  },
  "CIN-CLOSURE-REASON": {
    fails: [
      { name: "date, no reason", sheets: [rows("childrenInNeed", { cinClosureDate: serial("2026-10-01") })], at: at("childrenInNeed", 1, "closureReason") },
      { name: "reason, no date", sheets: [rows("childrenInNeed", { closureReason: "RC2 Died" })], at: at("childrenInNeed", 1, "cinClosureDate") },
    ],
    passes: [{ name: "both", sheets: [rows("childrenInNeed", { cinClosureDate: serial("2026-10-01"), closureReason: "RC2 Died" })] }],
  },
  "ICPC-DATE-NOT-REQUIRED": {
    fails: [{ name: "not required and dated", sheets: [rows("section47", { icpcNotRequired: "Y", icpcResultedInPlan: null })], at: at("section47", 1, "icpcDate") }],
    passes: [{ name: "not required, no date", sheets: [rows("section47", { icpcNotRequired: "Y", icpcDate: null, icpcResultedInPlan: null })] }],
  },
  "ICPC-RESULT-WITHOUT-CONFERENCE": {
    fails: [
      { name: "result without date", sheets: [rows("section47", { icpcDate: null })], at: at("section47", 1, "icpcResultedInPlan") },
      { name: "result when not required", sheets: [rows("section47", { icpcNotRequired: "Y", icpcDate: null })], at: at("section47", 1, "icpcResultedInPlan") },
    ],
    passes: [{ name: "ongoing enquiry", sheets: [rows("section47", { icpcNotRequired: null, icpcDate: null, icpcResultedInPlan: null })] }],
  },
  "NEGLECT-FLAG-CATEGORY": {
    fails: [{ name: "flag N, category neglect", sheets: [rows("childProtection", { neglect: "N", initialCategory: "b) Physical abuse" })], at: at("childProtection", 1, "neglect") }],
    passes: [{ name: "flag N, physical abuse", sheets: [rows("childProtection", { neglect: "N", initialCategory: "b) Physical abuse", latestCategory: "b) Physical abuse" })] }],
  },
  "ID-DUPLICATE": {
    fails: [{ name: "same child twice", sheets: [rows("childrenInNeed", { childId: 1001 }, { childId: "1001.0" })], at: at("childrenInNeed", 2, "childId"), message: /already on row 2/ }],
    passes: [{ name: "contacts may repeat a child", sheets: [rows("contacts", {}, {})] }],
  },
  "EVENT-DUPLICATE": {
    fails: [
      { name: "the same contact twice", sheets: [rows("contacts", {}, {})], at: at("contacts", 2, "contactDate"), message: /Row 2 has the same child \(C1001\), date 01\/10\/2026 and source 6 Police/ },
      { name: "the same referral, one source spelt differently", sheets: [rows("referrals", {}, { referralSource: "2A" })], at: at("referrals", 2, "referralDate") },
      { name: "the same section 47 enquiry twice", sheets: [rows("section47", {}, {})], at: at("section47", 2, "s47StartDate") },
    ],
    passes: [
      { name: "two contacts on one day from two sources", sheets: [rows("contacts", {}, { contactSource: "2A Schools" })] },
      { name: "two contacts on two days", sheets: [rows("contacts", {}, { contactDate: serial("2026-10-02") })] },
      { name: "two children, one contact each", sheets: [rows("contacts", {}, { childId: "C1002" })] },
      { name: "one row per child lists have their own rule", sheets: [rows("childrenInNeed", {}, {})] },
    ],
  },
  "AGE-OVER-17": {
    fails: [
      { name: "born 2000, 26 on the reference date", sheets: [rows("childrenInNeed", { dateOfBirth: serial("2000-01-01"), age: null })], at: at("childrenInNeed", 1, "dateOfBirth"), message: /is 26 on the reference date/ },
      { name: "18 today", sheets: [rows("contacts", { dateOfBirth: serial("2008-11-24"), age: 18 })], at: at("contacts", 1, "dateOfBirth") },
      { name: "age 19, no date of birth column", sheets: [{ list: "contacts", grid: gridOf("contacts", [validRow("contacts", { age: 19 })]).map((row) => [...row.slice(0, 3), ...row.slice(4)]) }], at: { list: "contacts", row: 1, column: 4 } },
    ],
    passes: [
      { name: "17 the day before the 18th birthday", sheets: [rows("contacts", { dateOfBirth: serial("2008-11-25"), age: 17 })] },
      { name: "unborn", sheets: [rows("contacts", { dateOfBirth: null, age: null, expectedDateOfBirth: serial("2027-01-10") })] },
    ],
  },
  "EVENT-BEFORE-BIRTH": {
    fails: [
      { name: "contact ten years before birth", sheets: [rows("contacts", { dateOfBirth: serial("2016-03-10"), age: 10, contactDate: serial("2006-03-10") })], at: at("contacts", 1, "contactDate"), message: /more than 42 weeks before the date of birth, 10\/03\/2016/ },
      { name: "plan started a year before birth", sheets: [rows("childProtection", { dateOfBirth: serial("2026-03-01"), age: 0, cpStartDate: serial("2025-03-01") })], at: at("childProtection", 1, "cpStartDate") },
    ],
    passes: [
      { name: "pre-birth referral, 20 weeks before birth", sheets: [rows("referrals", { dateOfBirth: serial("2026-10-20"), age: 0, referralDate: serial("2026-06-02") })] },
      { name: "unborn child: no date of birth", sheets: [rows("referrals", { dateOfBirth: null, age: null, expectedDateOfBirth: serial("2027-06-01"), referralDate: serial("2026-10-01") })] },
    ],
  },
  "LIST-TOO-LONG": {
    fails: [{ name: "11 cases", sheets: [rows("multiAgency", ...Array.from({ length: 11 }, (_, i) => ({ childId: `C${i}` })))], at: at("multiAgency", 11, "childId") }],
    passes: [{ name: "10 cases", sheets: [rows("multiAgency", ...Array.from({ length: 10 }, (_, i) => ({ childId: `C${i}` })))] }],
  },
  "ROW-BLANK": {
    fails: [{ name: "gap", sheets: [{ list: "multiAgency", grid: [["Child unique ID", "Status"], ["C1", "Child in need"], [], ["C2", "Child in need"]] }], at: { list: "multiAgency", row: 2, column: 0 } }],
    passes: [{ name: "trailing blank rows", sheets: [{ list: "multiAgency", grid: [["Child unique ID", "Status"], ["C1", "Child in need"], [], [null, ""]] }] }],
  },
  "CELL-MERGED": {
    fails: [
      {
        name: "an ID merged over two rows",
        sheets: [{ ...rows("contacts", {}, { childId: null }), merged: [{ row: 1, column: 0, rowCount: 2, columnCount: 1 }] }],
        at: { list: "contacts", row: 1, column: 0 },
        message: /Cells A2:A3 are merged/,
      },
    ],
    passes: [
      { name: "a merged title above the headings", sheets: [{ list: "contacts", grid: [["Contacts return"], ...gridOf("contacts", [validRow("contacts")])], merged: [{ row: 0, column: 0, rowCount: 1, columnCount: 4 }] }] },
    ],
  },
  "ID-NOT-IN-CIN-CP": {
    fails: [{ name: "unknown child", sheets: [rows("childrenInNeed", {}), rows("multiAgency", { childId: "C9999" })], at: at("multiAgency", 1, "childId") }],
    passes: [
      { name: "known child, written as a number", sheets: [rows("childrenInNeed", { childId: "555" }), rows("multiAgency", { childId: 555 })] },
      { name: "no source lists in the workbook", sheets: [rows("multiAgency", { childId: "C9999" })] },
    ],
  },
  "TEN-CASE-AGE": {
    fails: [{ name: "a 16-year-old", sheets: [rows("childProtection", { dateOfBirth: serial("2010-01-01"), age: 16 }), rows("multiAgency", {})], at: at("multiAgency", 1, "childId"), message: /is 16/ }],
    passes: [{ name: "a 15-year-old", sheets: [rows("childProtection", { dateOfBirth: serial("2011-01-01"), age: 15 }), rows("multiAgency", {})] }],
  },
  "CHILD-DOB-DIFFERS": {
    fails: [
      {
        name: "two dates of birth for one child",
        sheets: [rows("childrenInNeed", { childId: "C7" }), rows("contacts", { childId: "C7", dateOfBirth: serial("2015-03-11") })],
        at: at("contacts", 1, "dateOfBirth"),
        message: /born on 11\/03\/2015 here but on 10\/03\/2015 in the children in need list/,
      },
    ],
    passes: [{ name: "the same date everywhere", sheets: [rows("childrenInNeed", { childId: "C7" }), rows("contacts", { childId: "C7" }), rows("contacts", { childId: "C8" })] }],
  },
  "TEN-CASE-NEGLECT": {
    fails: [{ name: "flag N", sheets: [rows("childrenInNeed", { neglect: "N" }), rows("positiveEngagement", {})], at: at("positiveEngagement", 1, "childId") }],
    passes: [{ name: "flag Y", sheets: [rows("childrenInNeed", { neglect: "Y" }), rows("positiveEngagement", {})] }],
  },
};

function run(sheets: Sheet[]): Finding[] {
  const inputs = sheets.map((sheet) => ({ sheet: listSpec(sheet.list).sheetName, grid: sheet.grid, list: sheet.list, ...(sheet.merged ? { merged: sheet.merged } : {}) }));
  return [...validateWorkbook(inputs, { referenceSerial: REFERENCE }).findings];
}

describe("the rule registry", () => {
  it("has unique codes", () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has firing and passing cases for every rule but the catch-all", () => {
    const tested = Object.keys(CASES).sort();
    const registered = ALL_RULES.map((rule) => rule.code)
      .filter((code) => code !== "CELL-NOT-RECOGNISED")
      .sort();
    expect(tested).toEqual(registered);
  });

  it("states a summary for every rule", () => {
    for (const rule of ALL_RULES) expect(rule.summary.length).toBeGreaterThan(20);
  });
});

describe.each(Object.entries(CASES))("%s", (code, { fails, passes }) => {
  const rule = ALL_RULES.find((candidate) => candidate.code === code)!;

  it.each(fails.map((c) => [c.name, c]))("fires: %s", (_name, testCase) => {
    const found = run(testCase.sheets).filter((item) => item.code === code);
    expect(found.length).toBeGreaterThan(0);
    const first = found[0];
    expect(first.severity).toBe(rule.severity);
    if (testCase.at) {
      const column = testCase.at.column ?? columnOf(testCase.at.list, testCase.at.key!);
      expect({ list: first.list, row: first.row, column: first.column }).toEqual({ list: testCase.at.list, row: testCase.at.row, column });
    }
    if (testCase.message) expect(first.message).toMatch(testCase.message);
    if (testCase.fix !== undefined) expect(first.fix?.display).toBe(testCase.fix);
    expect(first.message).toMatch(/[.?]$/);
  });

  it.each(passes.map((c) => [c.name, c]))("passes: %s", (_name, testCase) => {
    expect(run(testCase.sheets).filter((item) => item.code === code)).toEqual([]);
  });
});
