// Renders the domain's template plan into an ExcelJS workbook: each sheet (render-sheet.ts), then
// the named cells. Decides nothing the plan does not say.
import type ExcelJS from "exceljs";
import { quotedSheetName } from "../domain/grid";
import type { TemplatePlan } from "../domain/template-plan";
import { renderSheet } from "./render-sheet";

export function renderTemplate(workbook: ExcelJS.Workbook, plan: TemplatePlan): void {
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(`${quotedSheetName(name.sheet)}!${name.address}`, name.name);
}
