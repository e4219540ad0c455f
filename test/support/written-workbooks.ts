// Every kind of workbook the command line writes, made once into a folder for the tests that
// read them back (OOXML checks, LibreOffice).
import ExcelJS from "exceljs";
import { join } from "node:path";
import { serialFromIso } from "../../src/domain/dates";
import { saveWorkbook } from "../../src/xlsx/save-workbook";
import { readWorkbookForCopy } from "../../src/xlsx/workbook-copy";
import { SELECTION_COLUMNS, SELECTION_HEADER_ROW, SELECTION_SHEET } from "../../src/domain/selection";
import { cli } from "./cli";

export { cli };

export const SAMPLE = join(__dirname, "../../assets/sample-annex-a.xlsx");
export const TODAY = serialFromIso("2026-11-24")!;

/** The inspector's choice, as made in Excel: the first three children selected, one for joint evaluation. */
export async function chooseChildren(selection: string, out: string): Promise<void> {
  const { workbook, kept } = await readWorkbookForCopy(selection);
  const sheet = workbook.getWorksheet(SELECTION_SHEET)!;
  const column = (key: string) => SELECTION_COLUMNS.findIndex((candidate) => candidate.key === key) + 1;
  for (let row = SELECTION_HEADER_ROW + 1; row <= SELECTION_HEADER_ROW + 3; row++)
    sheet.getCell(row, column("selected")).value = "Y";
  sheet.getCell(SELECTION_HEADER_ROW + 1, column("jointEvaluation")).value = "Y";
  await saveWorkbook(workbook, out, { kept });
}

export type WrittenKind = "template" | "marked" | "selection" | "reselected" | "remarked" | "imported";
export const WRITTEN_KINDS: readonly WrittenKind[] = [
  "template",
  "marked",
  "selection",
  "reselected",
  "remarked",
  "imported",
];

/** Writes every kind of workbook into `folder` with the command line; paths by kind. */
export async function writeEveryKind(folder: string): Promise<Record<WrittenKind, string>> {
  const files: Record<WrittenKind, string> = {
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
  const expectCode = async (argv: string[], code: number) => {
    const result = await cli(...argv);
    if (result.code !== code)
      throw new Error(`annex-a ${argv.join(" ")}: exit ${result.code}, expected ${code}\n${result.err}`);
  };
  await expectCode(
    ["template", files.template, "--notification-date", "2026-11-24", "--local-authority", "Anytown"],
    0,
  );
  await expectCode(["check", SAMPLE, "--out", files.marked], 1);
  await expectCode(["select", SAMPLE, "--out", files.selection], 0);
  await chooseChildren(files.selection, join(folder, "chosen.xlsx"));
  await expectCode(["select", join(folder, "chosen.xlsx"), "--out", files.reselected], 0);
  await expectCode(["check", files.marked, "--out", files.remarked], 1);
  await expectCode(["import", join(folder, "export.xlsx"), "--out", files.imported], 0);
  return files;
}
