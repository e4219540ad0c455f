import { listOf, type ColumnKey, type ListId } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { validateList, validateRows, validateWorkbook } from "../../src/domain/engine";
import type { CellValue } from "../../src/domain/grid";
import { identifyList } from "../../src/domain/headers";
import { rawCell } from "../../src/domain/rules/rule";
import { columnOf, gridOf, REFERENCE, serial, validRow, type RowByKey } from "../support/grids";

const check = (listId: ListId, grid: CellValue[][]) =>
  validateList(JTAI_NEGLECT_2017, listId, grid, { referenceSerial: REFERENCE });
const codesAt = (listId: ListId, grid: CellValue[][], row: number, key: ColumnKey) =>
  check(listId, grid)
    .findings.filter((item) => item.row === row && item.column === columnOf(listId, key))
    .map((item) => item.code);

describe("a clean return", () => {
  it("gives no findings for a valid row of every list", () => {
    const sheets = JTAI_NEGLECT_2017.lists.map((list) => ({
      sheet: list.sheetName,
      grid: gridOf(list.id, [validRow(list.id)]),
    }));
    const result = validateWorkbook(JTAI_NEGLECT_2017, sheets, { referenceSerial: REFERENCE });
    expect(result.findings).toEqual([]);
    expect(result.lists.map((list) => list.list)).toEqual(JTAI_NEGLECT_2017.lists.map((list) => list.id));
    expect(result.skipped).toEqual([]);
  });
});

describe("what real returns look like (SPEC)", () => {
  const contacts = (overrides: RowByKey) => gridOf("contacts", [validRow("contacts", overrides)]);

  it("recognises headings in other case and spacing, curly quotes, a stray bracket and variants", () => {
    const headings = [
      "CHILD UNIQUE ID ",
      "gender",
      "Ethnicity\u00a0",
      "DOB",
      "If unborn, expected date of birth",
      "Age of child (years",
      "Date of Contact",
      "Contact ‘source’",
    ];
    const grid = [headings, gridOf("contacts", [validRow("contacts")])[1]];
    const result = check("contacts", grid);
    expect(result.findings.map((item) => item.code)).toEqual(Array(7).fill("HEADER-VARIANT"));
    expect(result.findings.map((item) => item.fix?.display)).toEqual([
      "Child unique ID",
      "Gender",
      "Ethnicity",
      "Date of birth",
      "Age of child (years)",
      "Date of contact",
      "Contact source",
    ]);
    expect(result.columnIndex.get("contactSource")).toBe(7);
  });

  it("reads a heading with a bracketed aside as the column it names", () => {
    const grid = gridOf("contacts", [validRow("contacts")]);
    grid[0][columnOf("contacts", "gender")] = "Gender (M/F)";
    grid[0][columnOf("contacts", "age")] = "Age (at reference date)";
    const result = check("contacts", grid);
    expect(result.columnIndex.get("gender")).toBe(columnOf("contacts", "gender"));
    expect(result.columnIndex.get("age")).toBe(columnOf("contacts", "age"));
    expect(result.findings.map((item) => item.code)).toEqual(["HEADER-VARIANT", "HEADER-VARIANT"]);
  });

  it("reads Date of Referral as the referral date", () => {
    const grid = gridOf("referrals", [validRow("referrals")]);
    grid[0][columnOf("referrals", "referralDate")] = "Date of Referral";
    expect(check("referrals", grid).columnIndex.get("referralDate")).toBe(columnOf("referrals", "referralDate"));
  });

  it("finds the headings below a title row and reads columns in any order", () => {
    const list = listOf(JTAI_NEGLECT_2017, "multiAgency");
    const grid = [["Annex A return: multi-agency"], [], ["Status", list.columns[0].heading], ["Child in need", "C1"]];
    const result = check("multiAgency", grid);
    expect(result.headerRow).toBe(2);
    expect(result.rows[0].value).toEqual({ childId: "C1", status: "Child in need" });
    expect(result.findings).toEqual([]);
  });

  it.each<[string, RowByKey, ColumnKey, string]>([
    ["an ID typed as a number that came back as 1234.0", { childId: "1234.0" }, "childId", "ID-FORMAT"],
    ["a non-breaking space inside an ID", { childId: "C\u00a012" }, "childId", "ID-FORMAT"],
    ["#N/A from a lookup", { gender: "#N/A" }, "gender", "CELL-EXCEL-ERROR"],
    ["a fractional age", { age: 6.138, dateOfBirth: null, expectedDateOfBirth: null }, "age", "AGE-NOT-WHOLE"],
    ["a two-digit year", { contactDate: "01/10/26" }, "contactDate", "DATE-TWO-DIGIT-YEAR"],
    ["an impossible date", { dateOfBirth: "38/04/2019" }, "dateOfBirth", "DATE-IMPOSSIBLE"],
    ["a US date", { contactDate: "10/31/2026" }, "contactDate", "DATE-US-ORDER"],
    ["a typo in a code", { ethnicity: "NPBT" }, "ethnicity", "CODE-INVALID"],
  ])("%s", (_name, overrides, key, code) => {
    expect(codesAt("contacts", contacts(overrides), 1, key)).toContain(code);
  });

  it.each<[CellValue, string | undefined]>([
    ["a) yes", "Y"],
    ["B) No", "N"],
    ["0", "N"],
    [1, "Y"],
    ["Yes", "Y"],
    ["TRUE", "Y"],
    [false, "N"],
  ])("Y/N cell %p is offered the fix %p", (value, fix) => {
    const grid = gridOf("childrenInNeed", [validRow("childrenInNeed", { disability: value })]);
    const found = check("childrenInNeed", grid).findings.find((item) => item.code === "YN-ALIAS");
    expect(found?.fix?.display).toBe(fix);
  });

  it("accepts date serials and dd/mm/yyyy text alike", () => {
    const asSerial = check("contacts", contacts({ contactDate: serial("2026-10-01") }));
    const asText = check("contacts", contacts({ contactDate: "01/10/2026" }));
    expect(asSerial.findings).toEqual([]);
    expect(asText.findings).toEqual([]);
    expect(asText.rows[0].value.contactDate).toBe(asSerial.rows[0].value.contactDate);
  });

  it("reports wholly blank rows between data but not after it", () => {
    const [, row, other] = gridOf("contacts", [validRow("contacts"), validRow("contacts", { childId: "C1002" })]);
    const grid = [gridOf("contacts", [])[0], row, [], ["", "\u00a0"], other, [], []];
    const result = check("contacts", grid);
    expect(result.findings.map((item) => [item.code, item.row])).toEqual([
      ["ROW-BLANK", 2],
      ["ROW-BLANK", 3],
    ]);
    expect(result.rows.map((item) => item.rowIndex)).toEqual([1, 4]);
  });

  it("never changes a value: rows keep the raw cells as given", () => {
    const grid = contacts({ childId: "1234.0", gender: "Male" });
    const copy = JSON.parse(JSON.stringify(grid));
    const result = check("contacts", grid);
    expect(grid).toEqual(copy);
    expect(rawCell(result.rows[0], "childId")).toBe("1234.0");
    expect(result.rows[0].value.childId).toBe("1234");
  });
});

describe("a fix that follows from another cell", () => {
  // The sample's fourth child: an age with a fraction beside a date of birth that does not exist.
  const ageFixes = (grid: CellValue[][]) =>
    check("contacts", grid)
      .findings.filter((item) => item.code === "AGE-NOT-WHOLE")
      .map((item) => [item.row, item.fix?.display]);

  it("is withheld while the cell it follows from has a finding, row by row", () => {
    const grid = gridOf("contacts", [
      validRow("contacts", { dateOfBirth: "38/04/2019", age: 6.138 }),
      validRow("contacts", { dateOfBirth: serial("2020-04-08"), age: 6.138 }),
    ]);
    expect(ageFixes(grid)).toEqual([
      [1, undefined],
      [2, "6"],
    ]);
  });

  it("is offered once that cell is put right, in a full check and a re-check of the row alike", () => {
    const grid = gridOf("contacts", [validRow("contacts", { dateOfBirth: "08/04/2020", age: 6.138 })]);
    expect(ageFixes(grid)).toEqual([[1, "6"]]);
    const wrong = gridOf("contacts", [validRow("contacts", { dateOfBirth: "38/04/2020", age: 6.138 })]);
    const rechecked = validateRows(
      JTAI_NEGLECT_2017,
      "contacts",
      { row: 0, cells: wrong[0] },
      [{ row: 7, cells: wrong[1] }],
      {
        referenceSerial: REFERENCE,
      },
    ).findings.find((item) => item.code === "AGE-NOT-WHOLE");
    expect([rechecked?.row, rechecked?.fix]).toEqual([7, undefined]);
  });
});

describe("rows pasted one column out of place", () => {
  it("are said once per block, at its first row, among rows in place", () => {
    const [headings, ...data] = gridOf(
      "childrenInNeed",
      Array.from({ length: 5 }, () => validRow("childrenInNeed")),
    );
    const grid = [headings, data[0], ...data.slice(1, 4).map((cells) => [null, ...cells]), data[4]];
    const shifted = check("childrenInNeed", grid).findings.filter((item) => item.code === "ROW-SHIFTED");
    expect(shifted.map((item) => [item.row, item.column, item.message])).toEqual([
      [
        2,
        0,
        "Rows 3 to 5 look shifted one column to the right: their values fit the headings one column to the left. Paste them again one column to the left.",
      ],
    ]);
  });
});

describe("robustness", () => {
  // A small deterministic generator of awkward cell values.
  function* awkwardValues(seed: number): Generator<CellValue> {
    const pool: CellValue[] = [
      null,
      undefined,
      "",
      " ",
      "\u00a0",
      0,
      -1,
      1.5,
      1e308,
      Number.NaN,
      Infinity,
      true,
      false,
      "#REF!",
      "#N/A",
      "=1+1",
      "+44",
      "-",
      "@x",
      "x".repeat(300),
      "٣٤",
      "名前",
      "😀",
      "31/02/2020",
      "1/1/1",
      "0/0/0000",
      "99/99/99",
      "2020-13-45",
      "yes please",
      ")",
      "a)",
      "a) ",
      "N",
      "Y",
      45000,
      2958466,
      60,
      "1234.0",
      "12 May 2019",
      "May 12 2019",
    ];
    let state = seed;
    for (;;) {
      state = (state * 1103515245 + 12345) % 2147483648;
      yield pool[state % pool.length];
    }
  }

  it.each(JTAI_NEGLECT_2017.lists.map((list) => list.id))("never throws on awkward values in %s", (listId) => {
    const values = awkwardValues(listId.length * 7919);
    const width = listOf(JTAI_NEGLECT_2017, listId).columns.length;
    const rows = Array.from({ length: 60 }, () =>
      Array.from({ length: width + 1 }, () => values.next().value as CellValue),
    );
    const grid = [gridOf(listId, [])[0], ...rows];
    const result = check(listId, grid);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((item) => item.message.length > 0)).toBe(true);
  });

  it("explains every rejected cell with a specific rule, not the catch-all", () => {
    const values = awkwardValues(42);
    for (const list of JTAI_NEGLECT_2017.lists) {
      const rows = Array.from({ length: 40 }, () => list.columns.map(() => values.next().value as CellValue));
      const result = check(list.id, [gridOf(list.id, [])[0], ...rows]);
      expect(result.findings.filter((item) => item.code === "CELL-NOT-RECOGNISED")).toEqual([]);
    }
  });

  it("handles a sheet with no rows at all", () => {
    expect(check("contacts", []).findings.map((item) => item.code)).toEqual(["HEADER-NOT-FOUND"]);
  });
});

describe("identifying a sheet's list", () => {
  it.each(JTAI_NEGLECT_2017.lists.map((list) => [list.id, list.sheetName]))(
    "knows %s by its template sheet",
    (listId, sheetName) => {
      expect(identifyList(JTAI_NEGLECT_2017, sheetName, gridOf(listId as ListId, []))).toEqual({
        kind: "list",
        listId,
      });
    },
  );

  it.each(JTAI_NEGLECT_2017.lists.filter((list) => list.id !== "selectedChildren").map((list) => list.id))(
    "knows %s by its headings alone, except where the headings are shared",
    (listId) => {
      const found = identifyList(JTAI_NEGLECT_2017, "Sheet1", gridOf(listId, []));
      if (listOf(JTAI_NEGLECT_2017, listId).sheetKeywords) expect(found.kind).toBe("ambiguous");
      else expect(found).toEqual({ kind: "list", listId });
    },
  );

  it("goes by the headings, not the sheet name, when they disagree", () => {
    expect(identifyList(JTAI_NEGLECT_2017, "Contacts", gridOf("childrenInNeed", []))).toEqual({
      kind: "list",
      listId: "childrenInNeed",
    });
  });

  it("lets the sheet name settle a short export that fits several lists", () => {
    const grid = [["Child unique ID", "Gender", "Ethnicity", "Date of birth"]];
    expect(identifyList(JTAI_NEGLECT_2017, "Referrals", grid)).toEqual({ kind: "list", listId: "referrals" });
    expect(identifyList(JTAI_NEGLECT_2017, "Sheet1", grid).kind).toBe("ambiguous");
  });

  it("tells the 10-case lists apart by words in the sheet name", () => {
    const grid = gridOf("multiAgency", []);
    expect(identifyList(JTAI_NEGLECT_2017, "Positive engagement 10", grid)).toEqual({
      kind: "list",
      listId: "positiveEngagement",
    });
    expect(identifyList(JTAI_NEGLECT_2017, "YOT cases", grid)).toEqual({ kind: "list", listId: "yotProbation" });
    expect(identifyList(JTAI_NEGLECT_2017, "Multi-agency", grid)).toEqual({ kind: "list", listId: "multiAgency" });
  });

  it("skips sheets that are not lists, and says why", () => {
    const result = validateWorkbook(
      JTAI_NEGLECT_2017,
      [
        { sheet: "Notes", grid: [["Some notes"]] },
        { sheet: "Sheet2", grid: gridOf("multiAgency", []) },
      ],
      { referenceSerial: REFERENCE },
    );
    expect(result.lists).toEqual([]);
    expect(result.skipped.map((item) => item.sheet)).toEqual(["Notes", "Sheet2"]);
    expect(result.skipped[1].reason).toMatch(/rename the sheet/);
  });
});

describe("focus (SPEC: neglect flag Y, aged 7 to 15 on the reference date)", () => {
  const focusOf = (overrides: RowByKey) =>
    check("childrenInNeed", gridOf("childrenInNeed", [validRow("childrenInNeed", overrides)])).focus.length === 1;

  it.each<[string, RowByKey, boolean]>([
    ["11 and flagged", {}, true],
    ["flag N", { neglect: "N" }, false],
    ["flag written yes", { neglect: "yes" }, true],
    ["7 today (birthday on the reference date)", { dateOfBirth: serial("2019-11-24"), age: 7 }, true],
    ["6, turning 7 tomorrow", { dateOfBirth: serial("2019-11-25"), age: 6 }, false],
    ["15, turning 16 tomorrow", { dateOfBirth: serial("2010-11-25"), age: 15 }, true],
    ["16 today", { dateOfBirth: serial("2010-11-24"), age: 16 }, false],
    ["unborn", { dateOfBirth: null, age: null, expectedDateOfBirth: REFERENCE + 30 }, false],
    ["no date of birth, age column 9", { dateOfBirth: null, age: 9 }, true],
    ["date of birth wins over a wrong age", { dateOfBirth: serial("2020-01-01"), age: 9 }, false],
    ["no date of birth, fractional age", { dateOfBirth: null, age: 9.5 }, false],
  ])("%s", (_name, overrides, inFocus) => {
    expect(focusOf(overrides)).toBe(inFocus);
  });

  it("reports the child's ID for each row in focus", () => {
    const grid = gridOf("childrenInNeed", [
      validRow("childrenInNeed", { childId: "A1" }),
      validRow("childrenInNeed", { childId: 7.0, neglect: "N" }),
    ]);
    expect(check("childrenInNeed", grid).focus).toEqual([{ row: 1, childId: "A1" }]);
  });
});
