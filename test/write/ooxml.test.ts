// Every workbook the command line writes (and the shipped sample) is valid OOXML in the points
// Excel and LibreOffice trip on; see src/xlsx/ooxml.ts.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "../../src/cli/main";
import { serialFromIso } from "../../src/domain/dates";
import { SELECTION_COLUMNS, SELECTION_HEADER_ROW, SELECTION_SHEET } from "../../src/domain/selection";
import { tidyDataValidations } from "../../src/xlsx/ooxml";
import { ooxmlProblems } from "../support/ooxml-check";

const SAMPLE = join(__dirname, "../../assets/sample-annex-a.xlsx");
const dir = mkdtempSync(join(tmpdir(), "annex-a-ooxml-"));

async function cli(...argv: string[]): Promise<number> {
  const io: Io = { out: () => undefined, err: () => undefined, today: () => serialFromIso("2026-11-24")! };
  return run(argv, io);
}

/** The inspector's choice, as made in Excel: the first three children selected, one for joint evaluation. */
export async function chooseChildren(selection: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(selection);
  const sheet = workbook.getWorksheet(SELECTION_SHEET)!;
  const column = (key: string) => SELECTION_COLUMNS.findIndex((candidate) => candidate.key === key) + 1;
  for (let row = SELECTION_HEADER_ROW + 1; row <= SELECTION_HEADER_ROW + 3; row++) sheet.getCell(row, column("selected")).value = "Y";
  sheet.getCell(SELECTION_HEADER_ROW + 1, column("jointEvaluation")).value = "Y";
  await workbook.xlsx.writeFile(out);
}

/** Every kind of workbook written, by name. */
export async function writeEveryKind(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    template: join(folder, "template.xlsx"),
    marked: join(folder, "marked.xlsx"),
    selection: join(folder, "selection.xlsx"),
    reselected: join(folder, "reselected.xlsx"),
    remarked: join(folder, "remarked.xlsx"),
    imported: join(folder, "imported.xlsx"),
  };
  const exported = new ExcelJS.Workbook();
  exported.addWorksheet("Export").addRows([
    ["Contact date", "Person ID", "Sex", "DOB"],
    [serialFromIso("2026-10-01"), "P100", "Male", serialFromIso("2015-03-10")],
  ]);
  await exported.xlsx.writeFile(join(folder, "export.xlsx"));
  expect(await cli("template", files.template, "--local-authority", "Anytown")).toBe(0);
  expect(await cli("check", SAMPLE, "--out", files.marked)).toBe(1);
  expect(await cli("select", SAMPLE, "--out", files.selection)).toBe(0);
  await chooseChildren(files.selection, join(folder, "chosen.xlsx"));
  expect(await cli("select", join(folder, "chosen.xlsx"), "--out", files.reselected)).toBe(0);
  expect(await cli("check", files.marked, "--out", files.remarked)).toBe(1);
  expect(await cli("import", join(folder, "export.xlsx"), "--out", files.imported)).toBe(0);
  return files;
}

describe("every workbook written is valid OOXML", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = { sample: SAMPLE, ...(await writeEveryKind(dir)) };
  }, 60_000);

  it.each(["sample", "template", "marked", "selection", "reselected", "remarked", "imported"])("%s", async (name) => {
    expect(await ooxmlProblems(files[name])).toEqual([]);
  });
});

describe("tidyDataValidations", () => {
  const rule = (sqref: string) => `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>Codes_gender</formula1></dataValidation>`;
  it("merges a rule written twice over overlapping ranges into one set of cells", () => {
    expect(tidyDataValidations(`<dataValidations count="2">${rule("B10:B5001")}${rule("B2:B5001")}</dataValidations>`)).toBe(
      `<dataValidations count="1">${rule("B2:B5001")}</dataValidations>`,
    );
  });
  it("joins neighbouring columns with the same rows and leaves no cell under two rules", () => {
    const other = `<dataValidation type="list" sqref="C3:C4"><formula1>"Y"</formula1></dataValidation>`;
    expect(tidyDataValidations(`<dataValidations count="3">${rule("B2:B9")}${rule("C2:C9")}${other}</dataValidations>`)).toBe(
      `<dataValidations count="1">${rule("B2:C9")}</dataValidations>`,
    );
  });
});
