// The workbooks in test/real-world, written by Excel and by Ofsted (not by this project), used as
// they are. What each must give comes from reading the files and the guidance (README there):
// the ILACS Annex A's Lists 1 to 7 are this Annex A's child-level lists (guidance para 14,
// footnotes 10 and 11; para 21, footnote 14); Lists 8 to 11 are not; the front, FAQ, guidance and
// Codes_used sheets are not lists of children.
//
// Until the new reader lands, the workbooks are read fully loaded (readWorkbookFile), which reads
// Excel's shared strings correctly; the command line is run with --out, which takes that path.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "../src/cli/main";
import type { JsonReport } from "../src/cli/report";
import type { ListId } from "../src/domain/catalogue";
import { serialFromIso } from "../src/domain/dates";
import { validateWorkbook, type WorkbookResult } from "../src/domain/engine";
import { rawCell } from "../src/domain/rules/rule";
import { sheetInputs, workbookGrids } from "../src/xlsx/read-lists";
import { readWorkbookFile } from "../src/xlsx/workbook-file";

const FOLDER = join(__dirname, "real-world");
const ILACS_RETURN = join(FOLDER, "ilacs-return-saved-by-excel.xlsx");
const TEMPLATE_WITH_ROWS = join(FOLDER, "ofsted-ilacs-template-2019-with-rows.xlsx");
const TEMPLATE_EMPTY = join(FOLDER, "ofsted-ilacs-template-2019-empty.xlsx");
const TEMPLATE_XLS = join(FOLDER, "ofsted-ilacs-template-2019.xls");

// None of the files names a reference date. The ILACS return's latest date in Lists 1 to 7 is
// 15/03/2021 (List 6, last seen); the template's rows are dated March 2015 (the file is the
// "2015-01" sample). Each is checked as at the end of that month.
const RETURN_REFERENCE = "2021-03-31";
const TEMPLATE_REFERENCE = "2015-03-31";

async function check(file: string, reference: string): Promise<WorkbookResult> {
  const source = workbookGrids(await readWorkbookFile(file));
  return validateWorkbook(sheetInputs(source), { referenceSerial: serialFromIso(reference)! });
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    today: () => serialFromIso("2026-11-24")!,
  };
  const code = await run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const markedCopy = () => join(mkdtempSync(join(tmpdir(), "annex-a-real-")), "marked.xlsx");

const listsOf = (result: WorkbookResult) =>
  result.lists.map((list) => ({ list: list.list, sheet: list.sheet, status: list.status, rows: list.rows.length }));
const findingsAt = (result: WorkbookResult, sheet: string, cell: { row: number; column: number }) =>
  result.findings.filter((item) => item.sheet === sheet && item.row === cell.row && item.column === cell.column);
const ILACS_OTHER_LISTS = ["children looked after", "care leavers", "adoption", "adopters"];

describe("an ILACS return saved by Excel", () => {
  let result: WorkbookResult;
  beforeAll(async () => {
    result = await check(ILACS_RETURN, RETURN_REFERENCE);
  });

  it("reads Lists 1 to 7 as this Annex A's lists, by their ILACS numbers, every row checked", () => {
    expect(listsOf(result)).toEqual([
      { list: "contacts", sheet: "List 1", status: "checked", rows: 5 },
      { list: "earlyHelp", sheet: "List 2", status: "checked", rows: 5 },
      { list: "referrals", sheet: "List 3", status: "checked", rows: 6 },
      { list: "assessments", sheet: "List 4", status: "checked", rows: 5 },
      { list: "section47", sheet: "List 5", status: "checked", rows: 5 },
      { list: "childrenInNeed", sheet: "List 6", status: "checked", rows: 5 },
      { list: "childProtection", sheet: "List 7", status: "checked", rows: 7 },
    ]);
  });

  it("skips Lists 8 to 11, naming each as an ILACS list this Annex A does not ask for", () => {
    expect(result.skipped).toEqual(
      [8, 9, 10, 11].map((number, index) => ({
        sheet: `List ${number}`,
        reason: `${ILACS_OTHER_LISTS[index]}, an ILACS list this Annex A does not ask for`,
      })),
    );
  });

  it("accepts Ofsted's own code s) NOBT, offering t) NOBT, never as an error", () => {
    const nobt = result.lists.flatMap((list) =>
      list.rows
        .filter((row) => rawCell(row, "ethnicity") === "s) NOBT")
        .map((row) => ({ sheet: list.sheet!, row: row.rowIndex, column: list.columnIndex.get("ethnicity")! })),
    );
    // Two in List 1, one each in Lists 2, 3, 6 and 7, two in List 5.
    expect(nobt).toHaveLength(8);
    for (const cell of nobt) {
      const found = findingsAt(result, cell.sheet, cell);
      expect(found.map((item) => [item.code, item.severity, item.fix?.display])).toEqual([
        ["CODE-ALIAS", "warning", "t) NOBT"],
      ]);
    }
  });

  it("reads ILACS letter-prefixed sources by their code: q) 6: Police is 6 Police", () => {
    const police = findingsAt(result, "List 1", { row: 1, column: 6 });
    expect(police.map((item) => [item.code, item.fix?.display])).toEqual([["CODE-ALIAS", "6 Police"]]);
    const health = findingsAt(result, "List 3", { row: 2, column: 6 });
    expect(health.map((item) => [item.code, item.fix?.display])).toEqual([
      ["CODE-ALIAS", "3D Health: other primary health"],
    ]);
  });

  it("reads ILACS headings that mean this Annex A's columns as those columns", () => {
    const unknown = result.findings
      .filter((item) => item.code === "HEADER-UNKNOWN")
      .map((item) => `${item.sheet}: ${item.heading}`);
    for (const heading of [
      "Does the Child have a Disability",
      "Referral NFA?",
      "Continuous Assessment Start Date",
      "Child Seen During Continuous Assessment",
      "Continuous Assessment Date of Authorisation",
      "Strategy discussion initiating Section 47 Enquiry Start Date",
      "Was an Initial Child Protection Conference deemed unnecessary?",
      "Did the Initial Child Protection Conference Result in a Child Protection Plan",
    ]) {
      expect(unknown.filter((text) => text.endsWith(`: ${heading}`))).toEqual([]);
    }
    const section47 = result.lists.find((list) => list.list === "section47")!;
    expect(section47.columnIndex.get("icpcNotRequired")).toBe(7);
    expect(section47.columnIndex.get("icpcResultedInPlan")).toBe(9);
    expect(result.lists.find((list) => list.list === "referrals")!.columnIndex.get("referralNfa")).toBe(7);
  });

  it("does not read ILACS columns whose meaning differs as this Annex A's, and says what they are", () => {
    const unknown = new Map(
      result.findings
        .filter((item) => item.code === "HEADER-UNKNOWN")
        .map((item) => [`${item.sheet}: ${item.heading}`, item.message]),
    );
    expect(unknown.get("List 6: Case Status")).toMatch(/ILACS List 6's current status/);
    expect(unknown.get("List 4: Was the child assessed as requiring LA children's social care support?")).toMatch(
      /not ‘If assessment completed has neglect been identified\? \(Y\/N\)’/,
    );
    expect(
      unknown.get(
        "List 7: Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
      ),
    ).toMatch(/also counts care and supervision orders/);
    expect(result.lists.find((list) => list.list === "assessments")!.columnIndex.has("assessmentNeglect")).toBe(false);
  });

  it("reports the neglect flag ILACS lacks once per list, not once per row", () => {
    const missing = result.findings.filter(
      (item) => item.code === "HEADER-MISSING" && item.heading.startsWith("Whether the child is living"),
    );
    expect(missing.map((item) => item.sheet)).toEqual(["List 6", "List 7"]);
    expect(missing.every((item) => item.row === 0)).toBe(true);
    expect(
      result.findings.filter((item) => item.heading.startsWith("Whether the child is living") && item.row > 0),
    ).toEqual([]);
  });

  it("finds the mistakes the file carries: fractional ages, #N/A, a special-needs code as primary need, adults", () => {
    const list6 = (code: string) => result.findings.filter((item) => item.sheet === "List 6" && item.code === code);
    expect(list6("AGE-NOT-WHOLE")).toHaveLength(5);
    expect(list6("CELL-EXCEL-ERROR")).toHaveLength(10);
    expect(list6("CODE-INVALID").map((item) => [item.row, item.heading])).toEqual([[1, "Primary need code"]]);
    // Four children in List 6 are 21, one is 17 (born 1999 to 2003).
    expect(list6("AGE-OVER-17").map((item) => item.row)).toEqual([1, 2, 3, 4]);
    expect(
      result.findings.filter((item) => item.sheet === "List 4" && item.code === "AGE-OVER-17").map((item) => item.row),
    ).toEqual([3]);
  });

  it("is not clean: exit 1 from the command line", async () => {
    const result = await cli(
      "check",
      ILACS_RETURN,
      "--reference-date",
      RETURN_REFERENCE,
      "--out",
      markedCopy(),
      "--json",
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.lists.map((list) => list.status)).toEqual(Array(7).fill("checked"));
  });
});

describe("Ofsted's ILACS template (2019) with rows", () => {
  let result: WorkbookResult;
  beforeAll(async () => {
    result = await check(TEMPLATE_WITH_ROWS, TEMPLATE_REFERENCE);
  });

  it("reads List_1 to List_7 under their merged titles, headings in row 2; only List_3 has rows", () => {
    expect(listsOf(result)).toEqual([
      { list: "contacts", sheet: "List_1", status: "empty", rows: 0 },
      { list: "earlyHelp", sheet: "List_2", status: "empty", rows: 0 },
      { list: "referrals", sheet: "List_3", status: "checked", rows: 5 },
      { list: "assessments", sheet: "List_4", status: "empty", rows: 0 },
      { list: "section47", sheet: "List_5", status: "empty", rows: 0 },
      { list: "childrenInNeed", sheet: "List_6", status: "empty", rows: 0 },
      { list: "childProtection", sheet: "List_7", status: "empty", rows: 0 },
    ]);
    expect(result.lists.every((list) => list.headerRow === 1)).toBe(true);
  });

  it("never reads Codes_used, the front, FAQ or guidance sheets as lists of children", () => {
    expect(result.skipped).toEqual([
      { sheet: "Front_Sheet", reason: "a front sheet, not a list" },
      { sheet: "FAQ_and_changes", reason: "questions and answers about the return, not a list" },
      { sheet: "Guidance", reason: "guidance or notes, not a list" },
      { sheet: "Codes_used", reason: "Ofsted's code table, not a list" },
      ...[8, 9, 10, 11].map((number, index) => ({
        sheet: `List_${number}`,
        reason: `${ILACS_OTHER_LISTS[index]}, an ILACS list this Annex A does not ask for`,
      })),
    ]);
    expect(result.findings.filter((item) => item.sheet === "Codes_used")).toEqual([]);
  });

  it("reads List_3's messy rows: certain spellings fixed, unclear ones errors without a guess", () => {
    const at = (row: number, column: number) =>
      findingsAt(result, "List_3", { row, column }).map((item) => [item.code, item.fix?.display]);
    expect(at(2, 1)).toEqual([["CODE-ALIAS", "b) Female"]]); // F
    expect(at(2, 2)).toEqual([["CODE-ALIAS", "a) WBRI"]]); // WBRI
    expect(at(2, 7)).toEqual([["YN-ALIAS", "Y"]]); // yes
    // "Health" is any of six health sources: not certain, so no fix.
    const health = result.lists
      .find((list) => list.list === "referrals")!
      .rows.find((row) => rawCell(row, "referralSource") === "Health")!;
    expect(at(health.rowIndex, 6)).toEqual([["CODE-INVALID", undefined]]);
    const police = result.lists
      .find((list) => list.list === "referrals")!
      .rows.find((row) => rawCell(row, "referralSource") === "Police")!;
    expect(at(police.rowIndex, 6)).toEqual([["CODE-ALIAS", "6 Police"]]);
  });

  it("is exit 1: List_3 has errors", async () => {
    const { code } = await cli(
      "check",
      TEMPLATE_WITH_ROWS,
      "--reference-date",
      TEMPLATE_REFERENCE,
      "--out",
      markedCopy(),
    );
    expect(code).toBe(1);
  });
});

describe("Ofsted's ILACS template (2019), empty", () => {
  it("finds Lists 1 to 7 (one sheet named 'List 3', the others 'List_n'), all empty, and is not clean", async () => {
    const result = await check(TEMPLATE_EMPTY, TEMPLATE_REFERENCE);
    expect(listsOf(result).map((list) => [list.list, list.sheet, list.status])).toEqual(
      (
        [
          ["contacts", "List_1"],
          ["earlyHelp", "List_2"],
          ["referrals", "List 3"],
          ["assessments", "List_4"],
          ["section47", "List_5"],
          ["childrenInNeed", "List_6"],
          ["childProtection", "List_7"],
        ] as [ListId, string][]
      ).map(([list, sheet]) => [list, sheet, "empty"]),
    );
    expect(result.skipped.map((item) => item.sheet)).toContain("Codes_used");
    expect(result.lists.flatMap((list) => list.rows)).toEqual([]);
  });

  it("says the lists are empty, not '0 errors', and exits 2 (nothing checked) despite its heading errors", async () => {
    const { code, out } = await cli(
      "check",
      TEMPLATE_EMPTY,
      "--reference-date",
      TEMPLATE_REFERENCE,
      "--out",
      markedCopy(),
    );
    expect(code).toBe(2);
    expect(out).toMatch(/\(12 errors, 66 warnings in the headings\)/);
    expect(out).toMatch(/Contacts \(sheet ‘List_1’\): empty, no rows to check/);
    expect(out).toMatch(/Nothing was checked: every list found is empty/);
    expect(out).not.toMatch(/^Total:/m);
    expect(out).toMatch(
      /Lists not found in this workbook, so not checked: ‘10 cases multi-agency’, ‘10 cases positive engagement’, ‘10 cases YOT or probation’ and ‘20 selected children’\./,
    );
  });
});

describe("Ofsted's ILACS template (2019) as .xls", () => {
  it("is refused with a message saying how to make it an .xlsx", async () => {
    const { code, err } = await cli("check", TEMPLATE_XLS, "--out", markedCopy());
    expect(code).toBe(2);
    expect(err).toMatch(
      /is an old-style \.xls workbook\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\), then try again\./,
    );
  });
});
