// Writes assets/sample-annex-a.xlsx: the Annex A template with the demo's sample rows of
// fictitious children (and their realistic mistakes) in the children in need and contacts lists,
// for trying the add-in or the command line on.   npx tsx scripts/make-sample.ts
import ExcelJS from "exceljs";
import { join } from "node:path";
import { listSpec, type ListId } from "../src/domain/catalogue";
import { serialFromIso } from "../src/domain/dates";
import { templatePlan } from "../src/domain/template-plan";
import { sampleGrid, SAMPLE_ROWS } from "../src/demo/sample";
import { renderTemplate } from "../src/xlsx/render-template";

export const SAMPLE_NOTIFICATION = serialFromIso("2026-11-24")!;

export async function writeSample(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  renderTemplate(workbook, templatePlan({ notificationSerial: SAMPLE_NOTIFICATION, localAuthority: "Sampleshire (fictitious)" }));
  for (const listId of Object.keys(SAMPLE_ROWS) as ListId[]) {
    const sheet = workbook.getWorksheet(listSpec(listId).sheetName)!;
    sampleGrid(listId)!.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== null && value !== undefined) sheet.getCell(index + 2, column + 1).value = value;
      });
    });
  }
  await workbook.xlsx.writeFile(path);
}

if (require.main === module) {
  void writeSample(join(__dirname, "..", "assets", "sample-annex-a.xlsx"));
}
