import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listOf } from "../../src/domain/catalogue";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import {
  NO_LONGER_IN_LISTS,
  SELECTION_COLUMNS,
  SELECTION_HEADER_ROW,
  SELECTION_SHEET,
  toCheckSummary,
} from "../../src/domain/selection";
import { gridOf, serial, validRow } from "../support/grids";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "annex-a-select-"));
const at = (key: string) => SELECTION_COLUMNS.findIndex((column) => column.key === key) + 1;

async function workbookWith(name: string, cin: ReturnType<typeof validRow>[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName).addRows(gridOf("childrenInNeed", cin));
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function selectionRows(path: string): Promise<Map<string, ExcelJS.Row>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(SELECTION_SHEET)!;
  const rows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, number) => {
    if (number > SELECTION_HEADER_ROW && row.getCell(1).value) rows.set(String(row.getCell(1).value), row);
  });
  return rows;
}

describe("annex-a select", () => {
  it("builds the Selection sheet, keeps the inspector's choices across refreshes, and flags a child who left", async () => {
    const children = [
      validRow("childrenInNeed", { childId: "C1", neglect: "Y" }),
      validRow("childrenInNeed", { childId: "C2", neglect: "N" }),
      validRow("childrenInNeed", { childId: "C3", neglect: "Y", dateOfBirth: serial("2021-01-01"), age: 5 }),
    ];
    const lists = await workbookWith("lists.xlsx", children);
    const first = join(dir, "first.xlsx");
    const result = await cli("select", lists, "--out", first);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/3 children on the Selection sheet, 1 child in focus/);
    expect([...(await selectionRows(first)).keys()]).toEqual(["C1", "C3", "C2"]);

    // The inspector chooses in Excel: C1 selected for tracking and joint evaluation; a note on C2.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const sheet = workbook.getWorksheet(SELECTION_SHEET)!;
    sheet.getRow(SELECTION_HEADER_ROW + 1).getCell(at("selected")).value = "Y";
    sheet.getRow(SELECTION_HEADER_ROW + 1).getCell(at("jointEvaluation")).value = "Y";
    sheet.getRow(SELECTION_HEADER_ROW + 3).getCell(at("notes")).value = "Ask about school attendance";
    // The local authority then sends lists without C2, and with a new child C4.
    const cin = workbook.getWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!;
    cin.spliceRows(3, 1);
    cin.addRow(gridOf("childrenInNeed", [validRow("childrenInNeed", { childId: "C4", neglect: "Y" })])[1]);
    const edited = join(dir, "edited.xlsx");
    await workbook.xlsx.writeFile(edited);

    const second = join(dir, "second.xlsx");
    const refreshed = await cli("select", edited, "--out", second);
    expect(refreshed.out).toMatch(/Selected for tracking: 1 \(under/);
    expect(refreshed.out).toMatch(/No longer in the lists, kept and flagged: C2/);
    expect(refreshed.out).toContain(`Added to ‘${listOf(JTAI_NEGLECT_2017, "selectedChildren").sheetName}’: C1.`);
    const third = join(dir, "third.xlsx");
    await cli("select", second, "--out", third);

    for (const path of [second, third]) {
      const rows = await selectionRows(path);
      expect([...rows.keys()]).toEqual(["C1", "C4", "C3", "C2"]);
      expect(rows.get("C1")!.getCell(at("selected")).value).toBe("Y");
      expect(rows.get("C1")!.getCell(at("jointEvaluation")).value).toBe("Y");
      expect(rows.get("C2")!.getCell(at("notes")).value).toBe("Ask about school attendance");
      expect(rows.get("C2")!.getCell(at("inLists")).value).toBe(NO_LONGER_IN_LISTS);
    }
    const facts = new ExcelJS.Workbook();
    await facts.xlsx.readFile(third);
    const factsSheet = facts.getWorksheet(listOf(JTAI_NEGLECT_2017, "selectedChildren").sheetName)!;
    expect(factsSheet.getCell("A2").value).toBe("C1");
    expect(factsSheet.getCell("A3").value).toBeNull();

    // C1 then leaves the lists: the facts sheet still names C1, but gives facts, never membership.
    const cinOnly = facts.getWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)!;
    cinOnly.eachRow((row, number) => {
      if (number > 1 && row.getCell(1).value === "C1") row.getCell(1).value = "C9";
    });
    const left = join(dir, "left.xlsx");
    await facts.xlsx.writeFile(left);
    const gone = await cli("select", left, "--out", join(dir, "fourth.xlsx"));
    expect(gone.out).toMatch(/No longer in the lists, kept and flagged: .*C1/);
    expect(refreshed.out).toMatch(/Facts awaited from the local authority for C1, due 4pm on day two\./);
  });

  it("reads a Selection sheet written before the To check column, and keeps the new layout on every refresh", async () => {
    const lists = new ExcelJS.Workbook();
    lists
      .addWorksheet(listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName)
      .addRows(
        gridOf("childrenInNeed", [
          validRow("childrenInNeed", { childId: "C1", neglect: "Y" }),
          validRow("childrenInNeed", { childId: "C2", neglect: "N" }),
        ]),
      );
    lists
      .addWorksheet(listOf(JTAI_NEGLECT_2017, "multiAgency").sheetName)
      .addRows(gridOf("multiAgency", [validRow("multiAgency", { childId: "C1" })]));
    // The layout before: no To check column (notes one column nearer), every warning joined in A4.
    const old = SELECTION_COLUMNS.filter((column) => column.key !== "toCheck");
    const sheet = lists.addWorksheet(SELECTION_SHEET);
    sheet.getCell("A4").value = "To check: C2 is selected, but the child is outside the focus.";
    sheet.getRow(SELECTION_HEADER_ROW).values = old.map((column) => column.heading);
    const choices: Record<string, Partial<Record<string, string>>> = {
      C1: { selected: "Y", jointEvaluation: "y", notes: "Strong multi-agency work" },
      C2: { selected: "yes ", notes: "Ask about school attendance" },
    };
    Object.entries(choices).forEach(([id, choice], index) => {
      sheet.getRow(SELECTION_HEADER_ROW + 1 + index).values = old.map((column) =>
        column.key === "childId" ? id : (choice[column.key] ?? null),
      );
    });
    const before = join(dir, "before-to-check.xlsx");
    await lists.xlsx.writeFile(before);

    const first = join(dir, "after-to-check.xlsx");
    const result = await cli("select", before, "--out", first);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /1 child to check: see the column .To check.\.\n {2}C2: Selected, but the child is outside/,
    );
    const second = join(dir, "after-to-check-again.xlsx");
    expect((await cli("select", first, "--out", second)).code).toBe(0);

    for (const path of [first, second]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const written = workbook.getWorksheet(SELECTION_SHEET)!;
      expect(written.getRow(SELECTION_HEADER_ROW).values).toEqual([
        undefined,
        ...SELECTION_COLUMNS.map((column) => column.heading),
      ]);
      const rows = await selectionRows(path);
      const cell = (id: string, key: string) => rows.get(id)!.getCell(at(key)).value;
      expect([cell("C1", "selected"), cell("C1", "jointEvaluation"), cell("C1", "notes")]).toEqual([
        "Y",
        "y",
        "Strong multi-agency work",
      ]);
      expect([cell("C2", "selected"), cell("C2", "notes")]).toEqual(["yes ", "Ask about school attendance"]);
      // The warning is a formula on C2's own row, its result the pane's sentence; A4 counts them.
      const toCheck = (id: string) => cell(id, "toCheck") as ExcelJS.CellFormulaValue;
      expect(toCheck("C2").formula).toMatch(/^IF\(/);
      expect(toCheck("C2").result).toMatch(/^Selected, but the child is outside the focus.*multi-agency/);
      expect(toCheck("C1").result ?? "").toBe("");
      expect((written.getCell("A4").value as ExcelJS.CellFormulaValue).result).toBe(toCheckSummary(1));
    }
  });

  it("makes the facts sheet follow a change of mind, and check says which child is kept", async () => {
    const lists = await workbookWith(
      "changes.xlsx",
      ["K1", "K2", "K3"].map((childId) => validRow("childrenInNeed", { childId })),
    );
    const first = join(dir, "changes-1.xlsx");
    expect((await cli("select", lists, "--out", first)).code).toBe(0);
    const FACTS = listOf(JTAI_NEGLECT_2017, "selectedChildren").sheetName;
    const edit = async (from: string, to: string, change: (workbook: ExcelJS.Workbook) => void) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(from);
      change(workbook);
      await workbook.xlsx.writeFile(to);
    };
    const choose = (workbook: ExcelJS.Workbook, choices: Record<string, string>) =>
      workbook.getWorksheet(SELECTION_SHEET)!.eachRow((row) => {
        const id = String(row.getCell(1).value);
        if (id in choices) row.getCell(at("selected")).value = choices[id];
      });
    const chosen = join(dir, "changes-2.xlsx");
    await edit(first, chosen, (workbook) => choose(workbook, { K1: "Y", K2: "Y" }));
    const second = join(dir, "changes-3.xlsx");
    const added = await cli("select", chosen, "--out", second);
    expect(added.out).toContain(`Added to ‘${FACTS}’: K1, K2.`);

    // The council answers for K1; the inspector drops K1 and K2 and picks K3.
    const changed = join(dir, "changes-4.xlsx");
    await edit(second, changed, (workbook) => {
      const facts = workbook.getWorksheet(FACTS)!;
      facts.eachRow((row) => {
        if (row.getCell(1).value === "K1") row.getCell(2).value = "Y";
      });
      choose(workbook, { K1: "", K2: "", K3: "Y" });
    });
    const last = join(dir, "changes-5.xlsx");
    const result = await cli("select", changed, "--out", last);
    expect(result.out).toContain(`Added to ‘${FACTS}’: K3.`);
    expect(result.out).toContain(`Removed from ‘${FACTS}’, as no longer selected and with no facts typed: K2.`);
    expect(result.out).toContain(
      `Kept on ‘${FACTS}’ though no longer selected, because facts have been typed for them: K1.`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(last);
    const ids: unknown[] = [];
    workbook.getWorksheet(FACTS)!.eachRow((row, number) => {
      if (number > 1) ids.push(row.getCell(1).value);
    });
    expect(ids).toEqual(["K1", "K3"]);
    const check = await cli("check", last, "--json");
    const findings = JSON.parse(check.out).findings as { code: string; cell: string; message: string }[];
    expect(findings.filter((item) => item.code === "FACTS-NOT-SELECTED").map((item) => item.cell)).toEqual(["A2"]);
  });

  it("needs --out, and never writes over its input", async () => {
    const lists = await workbookWith("only.xlsx", [validRow("childrenInNeed")]);
    expect((await cli("select", lists)).code).toBe(2);
    expect((await cli("select", lists, "--out", lists)).err).toMatch(/never changed/);
  });
});
