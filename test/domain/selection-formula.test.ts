// The Selection sheet's count and the pane's count agree: the formula the domain gives the sheet,
// recalculated by a real spreadsheet application (LibreOffice Calc), counts exactly what isYes
// accepts, for every way an inspector might type Y (or not).
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bothYesCountFormula, isYes, yesCountFormula } from "../../src/domain/selection";
import { convertWithLibreOffice } from "../support/libreoffice";
import { describeWithTools } from "../support/tools";

const TYPED = ["Y", "y", "yes", "Yes ", " YES", "Y ", " y ", "N", "no", "", "yy", "Yes please", "1", "TRUE"];
const JOINT = ["Y", "", "y ", "yes", "N", "Y", "Y", "Y", "", "Y", "Y", "Y", "Y", "Y"];

describeWithTools(["soffice"], "the Selection sheet's Y counts in a spreadsheet application", () => {
  it("count what isYes counts, one column and both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "annex-a-yes-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Selection");
    TYPED.forEach((typed, index) => {
      sheet.getCell(`A${index + 1}`).value = typed;
      sheet.getCell(`B${index + 1}`).value = JOINT[index];
    });
    const range = (column: string) => `${column}1:${column}${TYPED.length}`;
    sheet.getCell("D1").value = { formula: yesCountFormula(range("A")) };
    sheet.getCell("D2").value = { formula: bothYesCountFormula(range("A"), range("B")) };
    const file = join(dir, "yes.xlsx");
    await workbook.xlsx.writeFile(file);
    const [recalculated] = convertWithLibreOffice([file], join(dir, "out"));
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(recalculated);
    const value = (address: string) => {
      const cell = result.getWorksheet("Selection")!.getCell(address).value as { result?: unknown } | number;
      return typeof cell === "number" ? cell : cell?.result;
    };
    expect(value("D1")).toBe(TYPED.filter(isYes).length);
    expect(value("D2")).toBe(TYPED.filter((typed, index) => isYes(typed) && isYes(JOINT[index])).length);
    expect(TYPED.filter(isYes)).toEqual(["Y", "y", "yes", "Yes ", " YES", "Y ", " y "]);
  });
});
