// What a clean return leaves out, decided in the domain: the tool's sheets, its notes' words, the
// focus highlight's formula (recognised in every shape focus.ts writes it).
import { listOf } from "../../src/domain/catalogue";
import { councilsNote, isFocusFormula, templateNoteTexts, toolSheet } from "../../src/domain/finalise";
import { FINDINGS_SHEET, MARKS_SHEET_PREFIX } from "../../src/domain/findings";
import { focusColumnsOf, focusFormula } from "../../src/domain/focus";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { SELECTION_SHEET } from "../../src/domain/selection";

describe("toolSheet", () => {
  it("names the tool's working sheets, and the Selection and Annex B sheets unless they are kept", () => {
    expect(toolSheet(`${MARKS_SHEET_PREFIX}contacts`)).toBe("the add-in's hidden marks");
    expect(toolSheet(FINDINGS_SHEET)).toBe("the findings sheet");
    expect(toolSheet(SELECTION_SHEET)).toBe("the lead inspector's Selection sheet");
    expect(toolSheet("Annex B C123")).toBe("an Annex B tracking sheet");
    expect(toolSheet(SELECTION_SHEET, { keepSelection: true })).toBeUndefined();
    expect(toolSheet("Annex B C123", { keepSelection: true })).toBeUndefined();
    expect(toolSheet(FINDINGS_SHEET, { keepSelection: true })).toBe("the findings sheet");
    for (const kept of ["Children in need", "List_1", "Inspection", "Codes", "Key documents", "Front"])
      expect(toolSheet(kept)).toBeUndefined();
  });
});

describe("councilsNote", () => {
  const tool = templateNoteTexts(JTAI_NEGLECT_2017);

  it("is undefined for a note holding none of the tool's words", () => {
    expect(councilsNote("Checked with the team.\n\nSecond thought.", tool)).toBeUndefined();
  });

  it("takes out a finding's paragraphs and keeps the council's words", () => {
    // passes: the council's note, then the finding the marked copy added
    const note = "Checked with the team.\n\nError (CODE-INVALID): ‘NPBT’ is not one of the ethnicity codes.";
    expect(councilsNote(note, tool)).toBe("Checked with the team.");
    expect(councilsNote("Warning (YN-ALIAS): ‘yes’ is written Y.", tool)).toBe("");
  });

  it("takes out the template's notes, the list's scope on its first heading included", () => {
    expect(tool.size).toBeGreaterThan(0);
    for (const text of tool) expect(councilsNote(text, tool)).toBe("");
    const scope = [...tool].find((text) => text.startsWith(listOf(JTAI_NEGLECT_2017, "childrenInNeed").title))!;
    expect(councilsNote(`${scope}\n\nOurs.`, tool)).toBe("Ours.");
  });
});

describe("isFocusFormula", () => {
  it("knows the focus highlight's formula, from a flag and from other lists' codes", () => {
    const list = listOf(JTAI_NEGLECT_2017, "childrenInNeed");
    const indexOf = (key: string) => {
      const index = list.columns.findIndex((column) => column.key === key);
      return index < 0 ? undefined : index;
    };
    expect(isFocusFormula(focusFormula(focusColumnsOf(list, indexOf)!, 2))).toBe(true);
    const lookups = {
      childId: 0,
      sources: [{ sheet: "List_7", idColumn: 0, column: 5, spellings: ["a) Neglect"] }],
    };
    expect(isFocusFormula(focusFormula({ lookups, age: 3 }, 3))).toBe(true);
    expect(isFocusFormula("TRUE")).toBe(false);
    expect(isFocusFormula("$A2>10")).toBe(false);
  });
});
