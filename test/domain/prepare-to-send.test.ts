// What the pane says around "Prepare to send": the question while errors remain, and what the copy left out.
import type { LeftOut } from "../../src/domain/finalise";
import { errorsRemainQuestion, preparedText } from "../../src/domain/prepare-to-send";
import type { ListVerdict, Readiness } from "../../src/domain/readiness";

const verdict = (title: string, readiness: ListVerdict["readiness"], errors: number): ListVerdict => ({
  list: "contacts",
  title,
  readiness,
  errors,
  text: "",
});
const readiness = (lists: ListVerdict[]): Readiness => ({
  ready: false,
  headline: "",
  reasons: [],
  dueLater: [],
  basis: "",
  lists,
});
const NOTHING: LeftOut = {
  sheets: [],
  markedCells: 0,
  formats: 0,
  notesRemoved: 0,
  notesTrimmed: 0,
  names: [],
  formulasReadingLeftOut: [],
};

describe("errorsRemainQuestion", () => {
  it("counts the errors and names the lists that have them, and only those", () => {
    expect(
      errorsRemainQuestion(
        readiness([
          verdict("Contacts", "errors", 4),
          verdict("Early help", "empty", 0),
          verdict("Children in need", "errors", 3),
        ]),
      ),
    ).toBe("7 errors remain in Contacts and Children in need. Prepare the copy anyway?");
    expect(errorsRemainQuestion(readiness([verdict("Contacts", "errors", 1)]))).toBe(
      "1 error remains in Contacts. Prepare the copy anyway?",
    );
  });

  it("asks nothing when no list has errors, whatever else is not ready", () => {
    expect(
      errorsRemainQuestion(readiness([verdict("Contacts", "ready", 0), verdict("Early help", "missing", 0)])),
    ).toBe(undefined);
  });
});

describe("preparedText", () => {
  it("says the copy is open, this workbook unchanged, and what was left out", () => {
    const said = preparedText(
      { ...NOTHING, sheets: [{ name: "Annex A findings", what: "the findings sheet" }], markedCells: 2 },
      0,
    );
    expect(said.intent).toBe("success");
    expect(said.text).toBe(
      "Opened a clean copy as a new workbook: save it and send that copy to Ofsted. This workbook is unchanged. Left out: sheet ‘Annex A findings’: the findings sheet; marks on 2 cells (fill and font colour).",
    );
  });

  it("warns of errors kept and of formulas that read a sheet left out", () => {
    const said = preparedText({ ...NOTHING, formulasReadingLeftOut: ["Summary!B2"] }, 3);
    expect(said.intent).toBe("warning");
    expect(said.text).toContain("It still has 3 errors.");
    expect(said.text).toContain(
      "1 formula in the copy reads a sheet left out and will show #REF! when recalculated (Summary!B2)",
    );
    expect(said.text).toContain("Left out: nothing: the workbook held none of the tool's sheets, marks or notes.");
  });
});
