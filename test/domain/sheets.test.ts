// What each sheet is: one decision for the command line and the add-in (src/domain/sheets.ts).
import { listOf, type ListId } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { validateWorkbook } from "../../src/domain/engine";
import { classifySheet, ilacsListNumber, sheetNameDecision } from "../../src/domain/sheets";
import { gridOf, REFERENCE, validRow } from "../support/grids";

const headings = (list: ListId) => listOf(JTAI_NEGLECT_2017, list).columns.map((column) => column.heading);

describe("classifySheet", () => {
  it.each([
    ["Inspection", /Inspection sheet/],
    ["Codes", /code table/],
    ["Annex A findings", /findings sheet/],
    ["Selection", /Selection sheet/],
    ["Key documents", /checklist/],
    ["AnnexA_Marks_childrenInNeed", /hidden marks/],
    ["Annex B C1001", /Annex B sheet tracking one child/],
    ["Codes_used", /^Ofsted's code table, not a list$/],
    ["Lookups", /code table/],
    ["Front_Sheet", /front sheet/],
    ["FAQ_and_changes", /questions and answers/],
    ["Guidance", /guidance/],
  ])("%s is not a list: %p", (name, reason) => {
    // Even with a list's headings in it, the name decides.
    const decision = classifySheet(JTAI_NEGLECT_2017, name, gridOf("childrenInNeed", [validRow("childrenInNeed")]));
    expect(decision.kind).toBe("skip");
    expect(decision.kind === "skip" && decision.reason).toMatch(reason);
  });

  it("skips a hidden sheet, saying how to have it checked", () => {
    expect(
      classifySheet(
        JTAI_NEGLECT_2017,
        "Children in need",
        gridOf("childrenInNeed", [validRow("childrenInNeed")]),
        true,
      ),
    ).toEqual({
      kind: "skip",
      reason: "a hidden sheet, not checked (unhide it to have it checked)",
    });
  });

  it("says an empty sheet is empty", () => {
    expect(classifySheet(JTAI_NEGLECT_2017, "Sheet1", [[], [null, ""]])).toEqual({
      kind: "skip",
      reason: "an empty sheet",
    });
  });

  it("never reads a code table as a list, whatever its name, by the words above its columns", () => {
    const grid = [
      ["Gender", null, "Ethnicity", "Primary Need Code", "Reason for Closure"],
      ["Preferred code", null, "Preferred code", "Preferred code"],
      ["a) Male", null, "a) WBRI", "N1", "RC1"],
    ];
    expect(classifySheet(JTAI_NEGLECT_2017, "Sheet3", grid)).toEqual({
      kind: "skip",
      reason: "a code table, not a list",
    });
  });

  it("never reads headings without a Child unique ID column as a list of children", () => {
    const grid = [
      ["Gender", "Ethnicity", "Date of birth", "Primary need code", "Reason for closure"],
      ["a) Male", "a) WBRI", 40000, "N1", "RC1"],
    ];
    const decision = classifySheet(JTAI_NEGLECT_2017, "Summary", grid);
    expect(decision).toEqual({
      kind: "skip",
      reason: expect.stringMatching(/no ‘Child unique ID’ column, so it is not read as a list of children/),
    });
  });

  it("names the SEND inspection's Annex A by its hallmarks", () => {
    const grid = [
      ["Child unique ID", "Gender", "Date of birth", "EHC plan start date", "SEN support"],
      ["C1", "a) Male", 40000, 44000, "Y"],
    ];
    const decision = classifySheet(JTAI_NEGLECT_2017, "List 1", grid);
    expect(decision.kind === "skip" && decision.reason).toMatch(/^this looks like the SEND inspection's Annex A/);
    const oneHallmark = classifySheet(JTAI_NEGLECT_2017, "Sheet1", [
      ["Child unique ID", "Gender", "Date of birth", "Date EHC plan issued"],
      ["C1", "a) Male", 40000, 44000],
    ]);
    expect(oneHallmark.kind === "skip" && oneHallmark.reason).toMatch(/SEND inspection's Annex A/);
  });

  it.each([
    [
      "an EHC needs assessment list",
      [
        "Child unique ID",
        "Gender",
        "Date of birth",
        "Primary need",
        "Date of request for an EHC needs assessment",
        "Name of setting",
      ],
    ],
    [
      "an EHC plan list",
      ["Child unique ID", "Gender", "Date of birth", "Primary need", "Date of last annual review", "Type of setting"],
    ],
    ["a list headed in SEND's own words", ["Child unique ID", "Date of birth", "SEND status", "Alternative provision"]],
  ])("names %s as the SEND inspection's Annex A, not a children in need list", (_, headings) => {
    const decision = classifySheet(JTAI_NEGLECT_2017, "List 1", [headings, headings.map(() => "x")]);
    expect(decision.kind === "skip" && decision.reason).toMatch(/^this looks like the SEND inspection's Annex A/);
  });

  it("reads a list whose values (not headings) use SEND words as that list", () => {
    const values = ["SEND team", "Annual review due", "education setting", "alternative provision"];
    const grid = gridOf(
      "childrenInNeed",
      values.map((allocatedTeam, index) => validRow("childrenInNeed", { childId: `S${index}`, allocatedTeam })),
    );
    expect(classifySheet(JTAI_NEGLECT_2017, "Children in need", grid)).toEqual({
      kind: "list",
      listId: "childrenInNeed",
    });
  });

  it("takes no heading of this Annex A's lists for a SEND heading", () => {
    for (const list of JTAI_NEGLECT_2017.lists) {
      const grid = gridOf(list.id, [validRow(list.id)]);
      expect([list.id, classifySheet(JTAI_NEGLECT_2017, list.sheetName, grid)]).toEqual([
        list.id,
        { kind: "list", listId: list.id },
      ]);
    }
  });

  it("reads a children in need export with extra SEND columns as the children in need list", () => {
    const grid = gridOf("childrenInNeed", [validRow("childrenInNeed")]);
    grid[0].push("EHCP (Y/N)");
    expect(classifySheet(JTAI_NEGLECT_2017, "CIN export", grid)).toEqual({ kind: "list", listId: "childrenInNeed" });
    grid[0].push("SEN support");
    expect(classifySheet(JTAI_NEGLECT_2017, "CIN export", grid)).toEqual({ kind: "list", listId: "childrenInNeed" });
  });

  it.each([
    ["List 1", 1],
    ["List_6", 6],
    ["List 6 - CIN", 6],
    ["list-11", 11],
    ["Listing", undefined],
    ["List 12345", undefined],
  ])("reads the ILACS number of %p as %p", (name, number) => {
    expect(ilacsListNumber(name)).toBe(number);
  });

  it("settles headings shared by several lists with the ILACS number (List 2 early help, List 4 assessments)", () => {
    // ILACS List 2: these headings fit early help and assessments alike.
    const list2 = [
      [
        "Child Unique ID",
        "Gender",
        "Ethnicity",
        "Date of Birth",
        "Age",
        "Assessment start date",
        "Assessment completion date",
        "Organisation completing assessment",
      ],
      [1, "a) Male", "a) WBRI", 40000, 9, 44000, 44010, "Family Hub"],
    ];
    expect(classifySheet(JTAI_NEGLECT_2017, "List 2", list2)).toEqual({ kind: "list", listId: "earlyHelp" });
    expect(classifySheet(JTAI_NEGLECT_2017, "List 4", list2)).toEqual({ kind: "list", listId: "assessments" });
    // Unnumbered, the headings alone decide: they fit both lists equally, and nothing says which.
    expect(classifySheet(JTAI_NEGLECT_2017, "Sheet1", list2)).toEqual({
      kind: "skip",
      reason: expect.stringMatching(/fit more than one list/),
    });
    expect(classifySheet(JTAI_NEGLECT_2017, "List 6 - CIN", gridOf("childrenInNeed", []))).toEqual({
      kind: "list",
      listId: "childrenInNeed",
    });
  });

  it("reads the ILACS number from a title above the headings when the sheet name has none", () => {
    const grid = [["List 3: Referral", null], headings("referrals"), gridOf("referrals", [validRow("referrals")])[1]];
    expect(classifySheet(JTAI_NEGLECT_2017, "Referrals 2026", grid)).toEqual({ kind: "list", listId: "referrals" });
    expect(
      classifySheet(JTAI_NEGLECT_2017, "Adopters", [
        ["List 11: Adopters"],
        ["Individual adopter identifier", "Gender"],
      ]),
    ).toEqual({
      kind: "skip",
      reason: "adopters, an ILACS list this Annex A does not ask for",
    });
  });

  it("reads a numbered sheet whose headings plainly say another list as that list", () => {
    expect(
      classifySheet(JTAI_NEGLECT_2017, "List 1", gridOf("childProtection", [validRow("childProtection")])),
    ).toEqual({
      kind: "list",
      listId: "childProtection",
    });
  });

  it("finds headings under a merged title, on any of the first rows", () => {
    const grid = [
      ["List 6: Children in Need"],
      [],
      ["Prepared for the inspection"],
      headings("childrenInNeed"),
      gridOf("childrenInNeed", [validRow("childrenInNeed")])[1],
    ];
    expect(classifySheet(JTAI_NEGLECT_2017, "CIN", grid)).toEqual({ kind: "list", listId: "childrenInNeed" });
    const result = validateWorkbook(JTAI_NEGLECT_2017, [{ sheet: "CIN", grid }], { referenceSerial: REFERENCE });
    expect(result.lists.map((list) => [list.list, list.headerRow, list.status, list.rows.length])).toEqual([
      ["childrenInNeed", 3, "checked", 1],
    ]);
  });
});

describe("sheetNameDecision (what the add-in need not read)", () => {
  it("decides own, hidden, code and guidance sheets by name alone, and leaves the rest to the grid", () => {
    expect(sheetNameDecision(JTAI_NEGLECT_2017, "AnnexA_Marks_contacts")?.kind).toBe("skip");
    expect(sheetNameDecision(JTAI_NEGLECT_2017, "Children in need", true)?.kind).toBe("skip");
    expect(sheetNameDecision(JTAI_NEGLECT_2017, "Codes_used")?.kind).toBe("skip");
    expect(sheetNameDecision(JTAI_NEGLECT_2017, "List 6")).toBeUndefined();
    expect(sheetNameDecision(JTAI_NEGLECT_2017, "Children in need")).toBeUndefined();
  });
});

describe("validateWorkbook reports every sheet it does not check", () => {
  it("lists each skipped sheet with its reason, lists in workbook order", () => {
    const result = validateWorkbook(
      JTAI_NEGLECT_2017,
      [
        { sheet: "Front_Sheet", grid: [["Annex A - Child level data"]] },
        { sheet: "List_6", grid: [["List 6: Children in Need"], headings("childrenInNeed")] },
        { sheet: "List_9", grid: [["List 9: Care leavers"], ["Child Unique ID", "Gender"]] },
        { sheet: "Hidden list", grid: gridOf("contacts", [validRow("contacts")]), hidden: true },
      ],
      { referenceSerial: REFERENCE },
    );
    expect(result.lists.map((list) => [list.sheet, list.list, list.status])).toEqual([
      ["List_6", "childrenInNeed", "empty"],
    ]);
    expect(result.skipped).toEqual([
      { sheet: "Front_Sheet", reason: "a front sheet, not a list" },
      { sheet: "List_9", reason: "care leavers, an ILACS list this Annex A does not ask for" },
      { sheet: "Hidden list", reason: "a hidden sheet, not checked (unhide it to have it checked)" },
    ]);
  });
});
