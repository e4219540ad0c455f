import { listOf } from "../../src/domain/catalogue";
import { validateWorkbook } from "../../src/domain/engine";
import type { Finding } from "../../src/domain/findings";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import type { CellValue } from "../../src/domain/grid";
import {
  readSpellings,
  SPELLINGS_HEADINGS,
  spellingRows,
  spellingsGrid,
  suggestedCodes,
  withSpellings,
} from "../../src/domain/spellings";
import { gridOf, REFERENCE, validRow } from "../support/grids";

const form = JTAI_NEGLECT_2017;
const contacts = listOf(form, "contacts");
const genderHeading = contacts.columns.find((column) => column.key === "gender")!.heading;
const sourceHeading = contacts.columns.find((column) => column.key === "contactSource")!.heading;

function checked(values: readonly { gender?: CellValue; contactSource?: CellValue }[], spellingsForm = form) {
  const grid = gridOf(
    "contacts",
    values.map((value) => validRow("contacts", value)),
  );
  const result = validateWorkbook(spellingsForm, [{ sheet: contacts.sheetName, grid }], { referenceSerial: REFERENCE });
  const cellOf = (finding: Finding) => grid[finding.row]?.[finding.column];
  return { result, rows: spellingRows(spellingsForm, result.findings, cellOf) };
}

describe("the spellings table from a checked workbook", () => {
  it("has one row per distinct value per column, counted, with Means only where certain", () => {
    const { rows } = checked([
      { gender: "Male" },
      { gender: "Male" },
      { gender: "Monkey" },
      { contactSource: "Housing Dept-Wirral" },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        list: contacts.title,
        heading: genderHeading,
        value: "Male",
        cells: 2,
        means: "a) Male",
      }),
      expect.objectContaining({ heading: genderHeading, value: "Monkey", cells: 1 }),
      expect.objectContaining({ heading: sourceHeading, value: "Housing Dept-Wirral", cells: 1 }),
    ]);
    expect(rows[1]).not.toHaveProperty("means");
    for (const row of rows) {
      expect(row.suggestions.length).toBeGreaterThanOrEqual(1);
      expect(row.suggestions.length).toBeLessThanOrEqual(3);
    }
    expect(rows[0].suggestions[0]).toBe("a) Male");
  });

  it("suggests the nearest codes first", () => {
    const source = contacts.columns.find((column) => column.key === "contactSource")!.codeList!;
    expect(suggestedCodes(source, "Housing")[0]).toMatch(/Housing/);
    expect(suggestedCodes(source, "Police")[0]).toBe("6 Police");
  });

  it("writes the headings in order, then a row per value with the suggestions joined by ;", () => {
    const { rows } = checked([{ gender: "Monkey" }]);
    const grid = spellingsGrid(rows);
    expect(grid[0]).toEqual([...SPELLINGS_HEADINGS]);
    expect(grid[1].slice(0, 5)).toEqual([contacts.title, genderHeading, "Monkey", "1", ""]);
    expect(grid[1][5].split("; ").length).toBe(rows[0].suggestions.length);
  });
});

describe("reading the team's table back", () => {
  const table = (...rows: CellValue[][]) => [[...SPELLINGS_HEADINGS], ...rows];

  it("reads a listed value as its Means: a warning with that fix, never an error", () => {
    const before = checked([{ gender: "Monkey" }]).result.findings.filter((item) => item.column >= 0);
    expect(before.some((item) => item.severity === "error" && item.code === "CODE-INVALID")).toBe(true);

    const reading = readSpellings(form, table([contacts.title, genderHeading, "monkey", 1, "a) Male", ""]), "t.csv");
    if (!reading.ok) throw new Error(reading.message);
    const after = checked([{ gender: "Monkey" }], withSpellings(form, reading.spellings)).result.findings;
    const gender = after.filter((item) => item.heading === genderHeading);
    expect(gender).toEqual([
      expect.objectContaining({
        code: "CODE-ALIAS",
        severity: "warning",
        fix: expect.objectContaining({ value: "a) Male" }),
      }),
    ]);
  });

  it("reads a local code that Excel keeps as a number", () => {
    const reading = readSpellings(form, table([contacts.sheetName, genderHeading, 1, 4, "a) Male", ""]), "t.csv");
    if (!reading.ok) throw new Error(reading.message);
    const gender = checked([{ gender: 1 }], withSpellings(form, reading.spellings)).result.findings.filter(
      (item) => item.heading === genderHeading,
    );
    expect(gender.map((item) => item.fix?.value)).toEqual(["a) Male"]);
  });

  it("leaves rows without a Means for the team, and the form as it was", () => {
    const reading = readSpellings(form, table([contacts.title, genderHeading, "Monkey", 1, "", "a) Male"]), "t.csv");
    expect(reading).toEqual({ ok: true, spellings: expect.objectContaining({ undecided: 1 }) });
    if (reading.ok) expect(withSpellings(form, reading.spellings)).toBe(form);
  });

  it("refuses a Means that is not one of the column's codes, in one line naming it", () => {
    const reading = readSpellings(form, table([contacts.title, genderHeading, "Monkey", 1, "Male-ish", ""]), "t.csv");
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toContain("t.csv: row 2: ‘Male-ish’ is not one of the codes");
      expect(reading.message).not.toContain("\n");
    }
  });

  it("refuses a list or heading that is not the form's, a missing heading row and two meanings", () => {
    const refused = (grid: CellValue[][]) => {
      const reading = readSpellings(form, grid, "t.csv");
      return reading.ok ? "read" : reading.message;
    };
    expect(refused(table(["List 99", genderHeading, "x", 1, "a) Male", ""]))).toMatch(/‘List 99’ is not a list/);
    expect(refused(table([contacts.title, "Shoe size", "x", 1, "a) Male", ""]))).toMatch(
      /‘Shoe size’ is not a heading/,
    );
    expect(refused([["List", "Value"]])).toMatch(/Heading, Cells, Means, Suggestions not found/);
    expect(
      refused(
        table(
          [contacts.title, genderHeading, "M", 1, "a) Male", ""],
          [contacts.title, genderHeading, "m", 1, "b) Female", ""],
        ),
      ),
    ).toMatch(/two meanings/);
  });

  it("holds export headings for import: a row with no Heading maps the export's heading", () => {
    const reading = readSpellings(
      form,
      table([contacts.title, "", "Sex", "", genderHeading.toUpperCase(), ""]),
      "t.csv",
    );
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.spellings.headings.get("contacts")?.get("Sex")).toBe(genderHeading);
    expect(readSpellings(form, table([contacts.title, "", "Sex", "", "Shoe size", ""]), "t.csv").ok).toBe(false);
  });
});
