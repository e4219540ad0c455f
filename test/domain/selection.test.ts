import type { ListId } from "../../src/domain/catalogue";
import { validateWorkbook } from "../../src/domain/engine";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import {
  bothYesCountFormula,
  choicesFromSheet,
  factsAwaitedText,
  inFocusText,
  isYes,
  JOINT_NOT_SELECTED,
  mergeChildren,
  refreshSelection,
  SELECTION_COLUMNS,
  SELECTION_HEADER_ROW,
  selectionCells,
  selectionCounts,
  toCheckSummary,
  yesCountFormula,
  type InspectorChoice,
  type MergedChild,
  type SelectionRow,
} from "../../src/domain/selection";
import { selectionSheetPlan } from "../../src/domain/selection-plan";
import { gridOf, REFERENCE, serial, validRow, type RowByKey } from "../support/grids";

function merged(sheets: Partial<Record<ListId, RowByKey[]>>): MergedChild[] {
  const inputs = Object.entries(sheets).map(([list, rows]) => ({
    sheet: list,
    list: list as ListId,
    grid: gridOf(
      list as ListId,
      rows!.map((row) => validRow(list as ListId, row)),
    ),
  }));
  const result = validateWorkbook(JTAI_NEGLECT_2017, inputs, { referenceSerial: REFERENCE });
  return mergeChildren(
    JTAI_NEGLECT_2017,
    result.lists.map((list) => ({ list: list.list, rows: list.rows })),
    REFERENCE,
  );
}

const byId = (children: readonly MergedChild[], id: string) => children.find((child) => child.childId === id)!;

describe("merging every list into one row per child", () => {
  const children = merged({
    childrenInNeed: [
      { childId: "1001", dateOfBirth: serial("2015-03-10"), age: 11, neglect: "Y" },
      { childId: "2002", neglect: "N", primaryNeed: "N4 Family in acute stress" },
    ],
    childProtection: [
      {
        childId: 1001,
        gender: "a) Male",
        ethnicity: "a) WBRI",
        dateOfBirth: serial("2015-03-10"),
        age: 11,
        neglect: "Y",
      },
    ],
    contacts: [{ childId: "1001.0", dateOfBirth: serial("2015-03-11"), age: 11 }],
    multiAgency: [{ childId: "1001", status: "Child in need" }],
    selectedChildren: [
      { childId: "1001", knownToYot: "N", probationWithAdult: "Y", crcWithAdult: "N", policeInvestigation: "N" },
    ],
    assessments: [{ childId: "3003", assessmentNeglect: "Y", dateOfBirth: serial("2018-01-01"), age: 8 }],
  });

  it("finds each distinct child once, whatever form the ID took", () => {
    expect(children.map((child) => child.childId).sort()).toEqual(["1001", "2002", "3003"]);
    expect(byId(children, "1001").lists).toEqual(["childrenInNeed", "childProtection", "multiAgency", "contacts"]);
  });

  it("takes membership from the lists of children only: the facts sheet gives facts, never a place in the lists", () => {
    const only = merged({
      childrenInNeed: [{ childId: "1001", neglect: "Y" }],
      selectedChildren: [
        { childId: "1001", knownToYot: "Y" },
        { childId: "9009", knownToYot: "N" },
      ],
    });
    expect(only.map((child) => child.childId)).toEqual(["1001"]);
    expect(byId(only, "1001")).toMatchObject({ lists: ["childrenInNeed"], facts: { knownToYot: "Y" } });
    // A selected child who has left the lists stays on the sheet, flagged, after a refresh.
    const rows = refreshSelection(only, new Map([["9009", { selected: true, jointEvaluation: false, notes: "" }]]));
    expect(rows.find((row) => row.child.childId === "9009")).toMatchObject({ inLists: false });
  });

  it("gathers the neglect evidence, status, 10-case lists, facts and focus", () => {
    const child = byId(children, "1001");
    expect(child.neglectEvidence).toEqual([
      "neglect flag Y in the children in need list",
      "primary need N1, abuse or neglect",
      "neglect flag Y in the children on a child protection plan list",
      "category of abuse: neglect",
    ]);
    expect(child.status).toBe("Child protection plan");
    expect(child.tenCaseLists).toEqual(["multiAgency"]);
    expect(child.facts).toEqual({
      knownToYot: "N",
      probationWithAdult: "Y",
      crcWithAdult: "N",
      policeInvestigation: "N",
    });
    expect(child.multiAgency).toBe(true);
    expect(child.age).toBe(11);
    expect(child.inFocus).toBe(true);
    expect(byId(children, "2002")).toMatchObject({
      status: "Child in need",
      inFocus: false,
      neglectEvidence: [],
      multiAgency: false,
    });
    expect(byId(children, "3003")).toMatchObject({
      neglectEvidence: ["assessment identified neglect"],
      inFocus: false,
    });
  });

  it("reports facts the lists disagree on instead of choosing one", () => {
    expect(byId(children, "1001").conflicts).toEqual(["dates of birth differ: 10/03/2015, 11/03/2015"]);
  });
});

describe("the selection sheet's rows", () => {
  const children = merged({
    childrenInNeed: [
      { childId: "C10", neglect: "N" },
      { childId: "C2", neglect: "Y" },
      { childId: "C1", neglect: "Y", primaryNeed: "N5 Family dysfunction" },
      { childId: "C3", neglect: "Y", dateOfBirth: serial("2020-01-01"), age: 6 },
    ],
  });

  it("puts in-focus children first, then by neglect evidence, then by ID", () => {
    const rows = refreshSelection(children, new Map());
    expect(rows.map((row) => row.child.childId)).toEqual(["C2", "C1", "C3", "C10"]);
  });

  it("keeps every choice and note across refreshes, and flags a child who has left the lists", () => {
    const first = refreshSelection(children, new Map());
    const choices = new Map<string, InspectorChoice & { child?: MergedChild }>([
      ["C1", { selected: true, jointEvaluation: true, notes: "Strong multi-agency work" }],
      ["C10", { selected: false, jointEvaluation: false, notes: "Ask about the school", child: byId(children, "C10") }],
    ]);
    expect(first.every((row) => row.inLists)).toBe(true);

    const edited = merged({
      childrenInNeed: [
        { childId: "C1", neglect: "Y" },
        { childId: "C4", neglect: "Y" },
      ],
    });
    const second = refreshSelection(edited, choices);
    const again = refreshSelection(
      edited,
      new Map(second.map((row) => [row.child.childId, { ...row.choice, child: row.child }])),
    );
    for (const rows of [second, again]) {
      expect(rows.map((row) => [row.child.childId, row.inLists, row.choice.notes])).toEqual([
        ["C1", true, "Strong multi-agency work"],
        ["C4", true, ""],
        ["C10", false, "Ask about the school"],
      ]);
      expect(rows[0].choice).toEqual({ selected: true, jointEvaluation: true, notes: "Strong multi-agency work" });
    }
  });
});

describe("counts against the guidance's limits", () => {
  const child = (id: string, inFocus = true, multiAgency = true): MergedChild => ({
    childId: id,
    lists: ["childrenInNeed"],
    neglectEvidence: [],
    tenCaseLists: [],
    facts: {},
    multiAgency,
    inFocus,
    conflicts: [],
  });
  const rows = (selected: number, joint: number): SelectionRow[] =>
    Array.from({ length: Math.max(selected, joint) }, (_, index) => ({
      child: child(`C${index}`),
      choice: { selected: index < selected, jointEvaluation: index < joint, notes: "" },
      inLists: true,
    }));

  it.each([
    [19, "under"],
    [20, "met"],
    [21, "over"],
  ])("%i selected for tracking is %s", (selected, state) => {
    expect(selectionCounts(rows(selected as number, 0)).tracking).toEqual({ count: selected, state });
  });

  it.each([
    [4, "under"],
    [5, "met"],
    [7, "met"],
    [8, "over"],
  ])("%i for joint evaluation is %s", (joint, state) => {
    expect(selectionCounts(rows(20, joint as number)).jointEvaluation).toMatchObject({ count: joint, state });
  });

  it("counts joint evaluation only among the selected, and names the others in their warnings", () => {
    const counts = selectionCounts(rows(3, 6));
    expect(counts.jointEvaluation).toEqual({ count: 3, state: "under" });
    expect(
      counts.warnings.filter((warning) => warning.text === JOINT_NOT_SELECTED).map((warning) => warning.childId),
    ).toEqual(["C3", "C4", "C5"]);
  });

  it("warns, without blocking, about a selected child not in focus or without multi-agency involvement", () => {
    const counts = selectionCounts([
      { child: child("A", false, true), choice: { selected: true, jointEvaluation: false, notes: "" }, inLists: true },
      { child: child("B", true, false), choice: { selected: true, jointEvaluation: false, notes: "" }, inLists: true },
      { child: child("C"), choice: { selected: true, jointEvaluation: false, notes: "" }, inLists: true },
    ]);
    expect(counts.warnings).toEqual([
      {
        childId: "A",
        text: "Selected, but the child is outside the focus (the focus is a neglect flag of Y and an age of 7 to 15).",
      },
      { childId: "B", text: "Selected, but the lists show no multi-agency involvement." },
    ]);
  });

  it("gives one warning per child, every reason in it, and none for a child not chosen", () => {
    const counts = selectionCounts([
      { child: child("A", false, false), choice: { selected: true, jointEvaluation: false, notes: "" }, inLists: true },
      {
        child: child("B", false, false),
        choice: { selected: false, jointEvaluation: false, notes: "" },
        inLists: true,
      },
    ]);
    expect(counts.warnings).toEqual([
      {
        childId: "A",
        text: "Selected, but the child is outside the focus (the focus is a neglect flag of Y and an age of 7 to 15), and the lists show no multi-agency involvement.",
      },
    ]);
  });

  it("warns about a selected child who left the lists, and one marked for joint evaluation only", () => {
    const counts = selectionCounts([
      { child: child("A"), choice: { selected: true, jointEvaluation: true, notes: "" }, inLists: false },
      { child: child("B"), choice: { selected: false, jointEvaluation: true, notes: "" }, inLists: true },
    ]);
    expect(counts.warnings.map((warning) => [warning.childId, warning.text])).toEqual([
      ["A", "Selected, but not in the lists."],
      ["B", JOINT_NOT_SELECTED],
    ]);
    expect(JOINT_NOT_SELECTED).toMatch(/^Marked for joint evaluation, but not selected for tracking/);
  });

  it("writes the To check formula alike on every row but for the row number, so Excel sees one formula down the column", () => {
    const many = [child("A"), child("B", false), child("C", true, false), child("D", false, false)].map((each) => ({
      child: each,
      choice: { selected: true, jointEvaluation: false, notes: "" },
      inLists: true,
    }));
    const plan = selectionSheetPlan(JTAI_NEGLECT_2017, many, selectionCounts(many));
    const column = SELECTION_COLUMNS.findIndex((candidate) => candidate.key === "toCheck");
    const formulas = plan.table!.rows.map((row, index) =>
      (row[column] as { formula: string }).formula.replace(
        new RegExp(`([A-Z]+)${SELECTION_HEADER_ROW + 1 + index}(?!\\d)`, "g"),
        "$1#",
      ),
    );
    expect(new Set(formulas).size).toBe(1);
    expect(plan.table!.rows.map((row) => (row[column] as { value: string }).value)).toEqual([
      "",
      ...selectionCounts(many).warnings.map((warning) => warning.text),
    ]);
  });

  it("sums the warnings up in one line that points to the To check column", () => {
    expect([0, 1, 3].map(toCheckSummary)).toEqual([
      "Nothing to check about the chosen children.",
      "1 child to check: see the column \u2018To check\u2019.",
      "3 children to check: see the column \u2018To check\u2019.",
    ]);
  });

  it("counts the children in the lists who are in focus, chosen or not, and says so as the sheet's heading does", () => {
    const none = { selected: false, jointEvaluation: false, notes: "" };
    const counts = selectionCounts([
      { child: child("A"), choice: none, inLists: true },
      { child: child("B"), choice: { ...none, selected: true }, inLists: true },
      { child: child("C", false), choice: none, inLists: true },
      // Left the lists: its In focus cell is blank, so it is not counted.
      { child: child("D"), choice: none, inLists: false },
    ]);
    expect(counts.inFocus).toBe(2);
    expect([0, 1, 2].map((count) => inFocusText(count, "now"))).toEqual([
      "No child is in focus (neglect, aged 7 to 15).",
      "1 child is in focus (neglect, aged 7 to 15).",
      "2 children are in focus (neglect, aged 7 to 15).",
    ]);
    expect([0, 3].map((count) => inFocusText(count, "lastCheck"))).toEqual([
      "The last check found no child in focus (neglect, aged 7 to 15).",
      "The last check found 3 children in focus (neglect, aged 7 to 15).",
    ]);
  });

  it("says which selected children's facts are awaited, due 4pm on day two, rather than calling them errors", () => {
    const counts = selectionCounts([
      { child: child("A", true, true), choice: { selected: true, jointEvaluation: false, notes: "" }, inLists: true },
    ]);
    expect(counts.factsAwaited).toEqual(["A"]);
    expect(factsAwaitedText(counts.factsAwaited)).toBe(
      "Facts awaited from the local authority for A, due 4pm on day two.",
    );
  });
});

describe("the inspector's Y, as typed", () => {
  it.each([
    ["Y", true],
    ["y", true],
    ["yes", true],
    ["Y ", true],
    [" Yes", true],
    ["N", false],
    ["", false],
    ["yy", false],
    [1, false],
  ])("%p reads as Y: %p", (typed, yes) => {
    expect(isYes(typed)).toBe(yes);
  });

  it("keeps the text the inspector typed, and counts it as the sheet's formula does", () => {
    const header = SELECTION_COLUMNS.map((column) => column.heading);
    const at = (key: string) => SELECTION_COLUMNS.findIndex((column) => column.key === key);
    const line = (id: string, selected: string, joint: string) =>
      header.map((_, index) =>
        index === at("childId")
          ? id
          : index === at("selected")
            ? selected
            : index === at("jointEvaluation")
              ? joint
              : "",
      );
    const choices = choicesFromSheet([header, line("C1", "y", "Yes "), line("C2", "Y ", ""), line("C3", "no", "")]);
    expect(choices.get("C1")).toMatchObject({
      selected: true,
      jointEvaluation: true,
      selectedText: "y",
      jointEvaluationText: "Yes ",
    });
    expect(choices.get("C3")).toMatchObject({ selected: false });
    const children = ["C1", "C2", "C3"].map(
      (id) =>
        ({
          childId: id,
          lists: ["childrenInNeed"],
          neglectEvidence: [],
          tenCaseLists: [],
          facts: {},
          multiAgency: true,
          inFocus: true,
          conflicts: [],
        }) as MergedChild,
    );
    const rows = refreshSelection(children, choices);
    const c1 = selectionCells(
      JTAI_NEGLECT_2017,
      rows.find((row) => row.child.childId === "C1")!,
    );
    expect([c1[at("selected")], c1[at("jointEvaluation")]]).toEqual(["y", "Yes "]);
    expect(selectionCounts(rows).tracking.count).toBe(2);
  });

  it("reads the choices of a sheet written before the To check column, and by heading wherever the columns are", () => {
    // Before the To check column, every warning was joined in A4 and the notes were one column nearer.
    const old = SELECTION_COLUMNS.filter((column) => column.key !== "toCheck");
    const line = (columns: readonly { key: string }[], values: Record<string, string>) =>
      columns.map((column) => values[column.key] ?? "");
    const oldGrid = [
      ["Selection of children for tracking and joint evaluation"],
      ["Selected for tracking", 1],
      ["Joint evaluation (of the selected)", 0],
      ["To check: C1 is selected, but the lists show no multi-agency involvement."],
      [],
      old.map((column) => column.heading),
      line(old, { childId: "C1", selected: "y", notes: "Call the school" }),
      line(old, { childId: "C2", jointEvaluation: "Yes", notes: "Sibling of C1" }),
    ];
    const moved = [...SELECTION_COLUMNS].reverse();
    const movedGrid = [
      moved.map((column) => column.heading),
      line(moved, { childId: "C1", selected: "y", notes: "Call the school", toCheck: "Selected, but ..." }),
    ];
    for (const grid of [oldGrid, movedGrid]) {
      expect(choicesFromSheet(grid).get("C1")).toEqual({
        selected: true,
        jointEvaluation: false,
        notes: "Call the school",
        selectedText: "y",
        jointEvaluationText: "",
      });
    }
    expect(choicesFromSheet(oldGrid).get("C2")).toMatchObject({ jointEvaluation: true, notes: "Sibling of C1" });
    // A sheet without the choices' headings gives no choices rather than guessing.
    expect(
      choicesFromSheet([
        ["Child unique ID", "Notes"],
        ["C1", "Y"],
      ]).size,
    ).toBe(0);
  });

  it("gives the sheet a formula that trims and ignores case, as isYes does", () => {
    expect(yesCountFormula("R7:R99")).toBe('SUMPRODUCT(((TRIM(R7:R99)="Y")+(TRIM(R7:R99)="YES")))');
    expect(bothYesCountFormula("R7:R99", "S7:S99")).toBe(
      'SUMPRODUCT(((TRIM(R7:R99)="Y")+(TRIM(R7:R99)="YES"))*((TRIM(S7:S99)="Y")+(TRIM(S7:S99)="YES")))',
    );
  });
});
