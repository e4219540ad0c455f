// The workbooks in test/real-world, written by Excel and by Ofsted (not by this project), used as
// they are. What each must give comes from reading the files and Ofsted's template (README there):
// they are Ofsted's Annex A template, Lists 1 to 11, and are judged by its own headings and codes,
// so nothing Ofsted wrote gets a finding; the front, FAQ, guidance and Codes_used sheets are not
// lists of children. Read as the 2017 guidance's lists, Lists 1 to 7 are that Annex A's (guidance
// para 14, footnotes 10 and 11; para 21, footnote 14).
//
// Each workbook is checked as the form the tool recognises in it (Ofsted's ILACS template), as the
// command line does; the tests about reading mechanics (finding the lists by their ILACS numbers,
// headings under a merged title, spellings) read it as the 2017 neglect guidance's lists instead,
// as `--form jtai-neglect-2017` does.
//
// Until the new reader lands, the workbooks are read fully loaded (readWorkbookFile), which reads
// Excel's shared strings correctly; the command line is run with --out, which takes that path.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "../src/cli/main";
import type { JsonReport } from "../src/cli/report";
import { listOf, ownHeadingsOf, type Form, type ListId } from "../src/domain/catalogue";
import { acceptedValues } from "../src/domain/codes";
import { serialFromIso } from "../src/domain/dates";
import { ILACS_LATER } from "../src/domain/forms/ilacs-later";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";
import { validateWorkbook, type WorkbookResult } from "../src/domain/engine";
import { FORMS, recogniseForm } from "../src/domain/form-choice";
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

/** The workbook checked as `form`, else as the form the command line would recognise in it. */
async function check(file: string, reference: string, form?: Form): Promise<WorkbookResult> {
  const source = workbookGrids(await readWorkbookFile(file));
  const sheets = sheetInputs(source);
  const chosen = form ?? recogniseForm(FORMS, sheets).form;
  return validateWorkbook(chosen, sheets, { referenceSerial: serialFromIso(reference)!, forms: FORMS });
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

const sheetInputsOf = async (file: string) => sheetInputs(workbookGrids(await readWorkbookFile(file)));

const markedCopy = () => join(mkdtempSync(join(tmpdir(), "annex-a-real-")), "marked.xlsx");

const listsOf = (result: WorkbookResult) =>
  result.lists.map((list) => ({ list: list.list, sheet: list.sheet, status: list.status, rows: list.rows.length }));
const findingsAt = (result: WorkbookResult, sheet: string, cell: { row: number; column: number }) =>
  result.findings.filter((item) => item.sheet === sheet && item.row === cell.row && item.column === cell.column);

/**
 * Every cell of a list that holds one of the form's own headings or codes exactly as the form
 * writes it, with the findings there: each must have none (the acceptance of issue 19).
 */
function findingsOnOwnWords(result: WorkbookResult, grids: ReadonlyMap<string, readonly (readonly unknown[])[]>) {
  const found: string[] = [];
  for (const list of result.lists) {
    const spec = listOf(result.form, list.list);
    const grid = grids.get(list.sheet!)!;
    for (const column of spec.columns) {
      const index = list.columnIndex.get(column.key);
      if (index === undefined) continue;
      const own = new Set(column.codeList ? acceptedValues(column.codeList) : []);
      const cells = [
        ...(ownHeadingsOf(column).includes(String(grid[list.headerRow]?.[index])) ? [list.headerRow] : []),
        ...list.rows.filter((row) => own.has(String(row.cells[index]))).map((row) => row.rowIndex),
      ];
      for (const row of cells)
        for (const item of findingsAt(result, list.sheet!, { row, column: index }))
          if (item.code.startsWith("HEADER-") || item.code.startsWith("CODE-") || item.code.startsWith("YN-"))
            found.push(`${list.sheet}!${row},${index} ${item.code}: ${item.message}`);
    }
  }
  return found;
}

async function gridsOf(file: string): Promise<Map<string, readonly (readonly unknown[])[]>> {
  return new Map(workbookGrids(await readWorkbookFile(file)).grids.map((entry) => [entry.sheet, entry.grid]));
}

describe("an ILACS return saved by Excel", () => {
  let result: WorkbookResult;
  /** Read as the 2017 neglect guidance's lists (`--form jtai-neglect-2017`). */
  let asJtai: WorkbookResult;
  beforeAll(async () => {
    result = await check(ILACS_RETURN, RETURN_REFERENCE);
    asJtai = await check(ILACS_RETURN, RETURN_REFERENCE, JTAI_NEGLECT_2017);
  });

  it("reads Lists 1 to 7 as this Annex A's lists, by their ILACS numbers, every row checked", () => {
    expect(listsOf(asJtai)).toEqual([
      { list: "contacts", sheet: "List 1", status: "checked", rows: 5 },
      { list: "earlyHelp", sheet: "List 2", status: "checked", rows: 5 },
      { list: "referrals", sheet: "List 3", status: "checked", rows: 6 },
      { list: "assessments", sheet: "List 4", status: "checked", rows: 5 },
      { list: "section47", sheet: "List 5", status: "checked", rows: 5 },
      { list: "childrenInNeed", sheet: "List 6", status: "checked", rows: 5 },
      { list: "childProtection", sheet: "List 7", status: "checked", rows: 7 },
    ]);
  });

  it("is read as Ofsted's August 2019 template, and says why", () => {
    expect(result.form.id).toBe("ilacs-2019");
    const sheets = sheetInputsOf(ILACS_RETURN);
    return sheets.then((inputs) =>
      expect(recogniseForm(FORMS, inputs).reason).toMatch(/headings are exactly as Ofsted's August 2019 template/),
    );
  });

  it("reads Lists 1 to 11 as Ofsted's lists, every row checked, and skips no sheet", () => {
    expect(listsOf(result).map((list) => [list.list, list.sheet, list.status, list.rows])).toEqual([
      ["contacts", "List 1", "checked", 5],
      ["earlyHelp", "List 2", "checked", 5],
      ["referrals", "List 3", "checked", 6],
      ["assessments", "List 4", "checked", 5],
      ["section47", "List 5", "checked", 5],
      ["childrenInNeed", "List 6", "checked", 5],
      ["childProtection", "List 7", "checked", 7],
      ["childrenLookedAfter", "List 8", "checked", 5],
      ["careLeavers", "List 9", "checked", 6],
      ["adoption", "List 10", "checked", 5],
      ["adopters", "List 11", "checked", 5],
    ]);
    expect(result.skipped).toEqual([]);
  });

  it("gives no finding on Ofsted's own headings or codes (s) NOBT, q) 6: Police, a) Yes)", async () => {
    expect(findingsOnOwnWords(result, await gridsOf(ILACS_RETURN))).toEqual([]);
    const nobt = result.lists.flatMap((list) =>
      list.rows
        .filter((row) => rawCell(row, "ethnicity") === "s) NOBT")
        .map((row) => ({ sheet: list.sheet!, row: row.rowIndex, column: list.columnIndex.get("ethnicity")! })),
    );
    // Two in List 1, one each in Lists 2, 3, 6 and 7, two in List 5, and three in Lists 8 to 10.
    expect(nobt.length).toBeGreaterThan(8);
    for (const cell of nobt) expect(findingsAt(result, cell.sheet, cell)).toEqual([]);
    expect(findingsAt(result, "List 1", { row: 1, column: 6 })).toEqual([]); // q) 6: Police
  });

  it("names both forms where the later revision reads the 2019 template's s) NOBT", async () => {
    const later = await check(ILACS_RETURN, RETURN_REFERENCE, ILACS_LATER);
    const nobt = later.findings.filter((item) => item.sheet === "List 1" && item.row === 3 && item.column === 2);
    expect(nobt.map((item) => [item.code, item.fix?.display])).toEqual([["CODE-ALIAS", "t) NOBT"]]);
    expect(nobt[0].message).toMatch(/is how Ofsted's August 2019 template writes it; Ofsted's later template writes/);
  });

  it("reads ILACS headings that mean this Annex A's columns as those columns", () => {
    const unknown = asJtai.findings
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
    const section47 = asJtai.lists.find((list) => list.list === "section47")!;
    expect(section47.columnIndex.get("icpcNotRequired")).toBe(7);
    expect(section47.columnIndex.get("icpcResultedInPlan")).toBe(9);
    expect(asJtai.lists.find((list) => list.list === "referrals")!.columnIndex.get("referralNfa")).toBe(7);
  });

  it("reads Ofsted's columns the 2017 guidance lacks as Ofsted's own, and asks for no neglect flag", () => {
    expect(result.findings.filter((item) => item.code === "HEADER-UNKNOWN")).toEqual([]);
    expect(result.lists.find((list) => list.list === "childrenInNeed")!.columnIndex.get("caseStatus")).toBe(11);
    expect(
      result.lists.find((list) => list.list === "assessments")!.columnIndex.has("assessedAsRequiringSupport"),
    ).toBe(true);
    expect(result.findings.filter((item) => item.code === "HEADER-MISSING")).toEqual([]);
  });

  it("read as the 2017 guidance's lists, says what Ofsted's other columns are and asks for its neglect flag", () => {
    const unknown = new Map(
      asJtai.findings
        .filter((item) => item.code === "HEADER-UNKNOWN")
        .map((item) => [`${item.sheet}: ${item.heading}`, item.message]),
    );
    expect(unknown.get("List 6: Case Status")).toMatch(/ILACS List 6's current status/);
    expect(
      unknown.get(
        "List 7: Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
      ),
    ).toMatch(/also counts care and supervision orders/);
    const missing = asJtai.findings.filter(
      (item) => item.code === "HEADER-MISSING" && item.heading.startsWith("Whether the child is living"),
    );
    expect(missing.map((item) => item.sheet)).toEqual(["List 6", "List 7"]);
  });

  it("finds the mistakes the file carries: fractional ages, #N/A, a special-needs code as primary need, adults", () => {
    const list6 = (code: string) => result.findings.filter((item) => item.sheet === "List 6" && item.code === code);
    expect(list6("AGE-NOT-WHOLE")).toHaveLength(5);
    expect(list6("CELL-EXCEL-ERROR")).toHaveLength(10);
    expect(list6("CODE-INVALID").map((item) => [item.row, item.heading])).toEqual([[1, "Primary Need Code"]]);
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
    expect(report.form.id).toBe("ilacs-2019");
    expect(report.lists.map((list) => list.status)).toEqual(Array(11).fill("checked"));
  });
});

describe("Ofsted's ILACS template (2019) with rows", () => {
  let result: WorkbookResult;
  /** Read as the 2017 neglect guidance's lists (`--form jtai-neglect-2017`). */
  let asJtai: WorkbookResult;
  beforeAll(async () => {
    result = await check(TEMPLATE_WITH_ROWS, TEMPLATE_REFERENCE);
    asJtai = await check(TEMPLATE_WITH_ROWS, TEMPLATE_REFERENCE, JTAI_NEGLECT_2017);
  });

  it("reads List_1 to List_7 under their merged titles, headings in row 2; only List_3 has rows", () => {
    expect(listsOf(asJtai)).toEqual([
      { list: "contacts", sheet: "List_1", status: "empty", rows: 0 },
      { list: "earlyHelp", sheet: "List_2", status: "empty", rows: 0 },
      { list: "referrals", sheet: "List_3", status: "checked", rows: 5 },
      { list: "assessments", sheet: "List_4", status: "empty", rows: 0 },
      { list: "section47", sheet: "List_5", status: "empty", rows: 0 },
      { list: "childrenInNeed", sheet: "List_6", status: "empty", rows: 0 },
      { list: "childProtection", sheet: "List_7", status: "empty", rows: 0 },
    ]);
    expect(asJtai.lists.every((list) => list.headerRow === 1)).toBe(true);
  });

  it("never reads Codes_used, the front, FAQ or guidance sheets as lists of children", () => {
    expect(result.skipped).toEqual([
      { sheet: "Front_Sheet", reason: "a front sheet, not a list" },
      { sheet: "FAQ_and_changes", reason: "questions and answers about the return, not a list" },
      { sheet: "Guidance", reason: "guidance or notes, not a list" },
      { sheet: "Codes_used", reason: "Ofsted's code table, not a list" },
    ]);
    expect(result.findings.filter((item) => item.sheet === "Codes_used")).toEqual([]);
  });

  it("reads List_3's messy rows: certain spellings fixed, unclear ones errors without a guess", () => {
    const at = (row: number, column: number) =>
      findingsAt(asJtai, "List_3", { row, column }).map((item) => [item.code, item.fix?.display]);
    expect(at(2, 1)).toEqual([["CODE-ALIAS", "b) Female"]]); // F
    expect(at(2, 2)).toEqual([["CODE-ALIAS", "a) WBRI"]]); // WBRI
    expect(at(2, 7)).toEqual([["YN-ALIAS", "Y"]]); // yes
    // "Health" is any of six health sources: not certain, so no fix.
    const health = asJtai.lists
      .find((list) => list.list === "referrals")!
      .rows.find((row) => rawCell(row, "referralSource") === "Health")!;
    expect(at(health.rowIndex, 6)).toEqual([["CODE-INVALID", undefined]]);
    const police = asJtai.lists
      .find((list) => list.list === "referrals")!
      .rows.find((row) => rawCell(row, "referralSource") === "Police")!;
    expect(at(police.rowIndex, 6)).toEqual([["CODE-ALIAS", "6 Police"]]);
  });

  it("gives a status for each of Lists 1 to 11, and no finding on Ofsted's own headings or codes", async () => {
    expect(result.form.id).toBe("ilacs-2019");
    expect(listsOf(result).map((list) => [list.sheet, list.status])).toEqual(
      Array.from({ length: 11 }, (_, index) => [`List_${index + 1}`, index === 2 ? "checked" : "empty"]),
    );
    expect(findingsOnOwnWords(result, await gridsOf(TEMPLATE_WITH_ROWS))).toEqual([]);
    // What is left is the council's own spellings ("F", "WBRI", "yes", "Police") and unclear sources.
    expect([...new Set(result.findings.map((item) => item.code))].sort()).toEqual([
      "CODE-ALIAS",
      "CODE-INVALID",
      "YN-ALIAS",
    ]);
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
    const result = await check(TEMPLATE_EMPTY, TEMPLATE_REFERENCE, JTAI_NEGLECT_2017);
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

  it("is Ofsted's form with no finding at all: every list empty, nothing to check", async () => {
    const result = await check(TEMPLATE_EMPTY, TEMPLATE_REFERENCE);
    expect(result.form.id).toBe("ilacs-2019");
    expect(result.lists.map((list) => list.status)).toEqual(Array(11).fill("empty"));
    expect(result.findings).toEqual([]);
    const { code, out } = await cli("check", TEMPLATE_EMPTY, "--reference-date", TEMPLATE_REFERENCE);
    expect(code).toBe(2);
    expect(out).toMatch(/Nothing was checked: every list found is empty or has no headings \(0 errors, 0 warnings/);
    expect(out).not.toMatch(/Lists not found/);
  });

  it("read as the 2017 guidance's lists, says the lists are empty and exits 2 despite the headings it would change", async () => {
    const { code, out } = await cli(
      "check",
      TEMPLATE_EMPTY,
      "--form",
      "jtai-neglect-2017",
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
      /is an Excel 97–2003 workbook \(\.xls\)\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\), then try again\./,
    );
  });
});
