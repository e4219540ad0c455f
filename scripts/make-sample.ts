// Writes assets/sample-annex-a.xlsx: the Annex A template with the demo's sample rows of
// fictitious children (and their realistic mistakes) in the children in need and contacts lists,
// for trying the add-in or the command line on.   npx tsx scripts/make-sample.ts
// The rows go into the plan's tables, so each table covers its rows.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { serialFromIso } from "../src/domain/dates";
import { templatePlan, type TemplatePlan } from "../src/domain/template-plan";
import { sampleGrid } from "../src/demo/sample";
import { renderTemplate } from "../src/xlsx/render-template";
import { saveWorkbook } from "../src/xlsx/save-workbook";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";

export const SAMPLE_NOTIFICATION = serialFromIso("2026-11-24")!;

export function samplePlan(): TemplatePlan {
  const plan = templatePlan(JTAI_NEGLECT_2017, {
    notificationSerial: SAMPLE_NOTIFICATION,
    localAuthority: "Sampleshire (fictitious)",
  });
  const rowsBySheet = new Map(JTAI_NEGLECT_2017.lists.map((list) => [list.sheetName, sampleGrid(list.id)]));
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const rows = rowsBySheet.get(sheet.name);
      return rows && sheet.table ? { ...sheet, table: { ...sheet.table, rows } } : sheet;
    }),
  };
}

export async function writeSample(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Annex A add-in";
  // Dated, so the script makes the same bytes each time it runs.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 24));
  renderTemplate(workbook, samplePlan());
  await saveWorkbook(workbook, path, { force: true });
}

if (require.main === module) {
  void writeSample(join(__dirname, "..", "assets", "sample-annex-a.xlsx"));
}
