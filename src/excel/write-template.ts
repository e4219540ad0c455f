// Renders the domain's template plan into the open workbook with Office.js, each sheet as every
// plan is rendered (render-sheet-plan.ts). Adds only what is missing: a sheet that already exists
// is left exactly as it is, so nothing typed is lost. Two syncs: one to see what the workbook has,
// one to write everything missing.
import type { Form } from "../domain/catalogue";
import { quotedSheetName } from "../domain/grid";
import { templatePlan, type TemplateOptions, type TemplatePlan } from "../domain/template-plan";
import type { AddinContext } from "./excel-api";
import { withUserMessage, type ExcelRun } from "./excel-run";
import { queueWritableCheck } from "./protection";
import { renderSheetPlan } from "./render-sheet-plan";

export interface TemplateResult {
  readonly created: readonly string[];
  readonly kept: readonly string[];
}

function writeNames(
  context: AddinContext,
  plan: TemplatePlan,
  createdSheets: ReadonlySet<string>,
  existingNames: ReadonlySet<string>,
): void {
  for (const name of plan.names) {
    if (!createdSheets.has(name.sheet) || existingNames.has(name.name.toLowerCase())) continue;
    context.workbook.names.add(name.name, `=${quotedSheetName(name.sheet)}!${name.address}`);
  }
}

/** Creates every sheet of the form the workbook lacks; existing sheets are kept untouched. */
export function createTemplates(run: ExcelRun, form: Form, options: TemplateOptions): Promise<TemplateResult> {
  const plan = templatePlan(form, options);
  return withUserMessage("create the Annex A templates", () =>
    run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = plan.names.map((name) => ({
        name: name.name,
        item: context.workbook.names.getItemOrNullObject(name.name),
      }));
      const writable = queueWritableCheck(context, []);
      await context.sync();

      const existing = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
      const existingNames = new Set(
        names.filter((entry) => !entry.item.isNullObject).map((entry) => entry.name.toLowerCase()),
      );
      const toCreate = plan.sheets.filter((sheet) => !existing.has(sheet.name.toLowerCase()));
      await writable.assert("create the Annex A templates", toCreate.length > 0);
      // Every sheet first, then every name, then the contents: the drop-downs, formulas and
      // conditional formats that use a name (Codes_*, ReferenceDate) never precede it.
      const created = new Set(toCreate.map((sheet) => sheet.name));
      const added = toCreate.map((sheet) => ({ plan: sheet, sheet: context.workbook.worksheets.add(sheet.name) }));
      writeNames(context, plan, created, existingNames);
      // Queued only: the template's sheets are small, and all go in the one sync below.
      for (const { plan: sheetPlan, sheet } of added) await renderSheetPlan(context, sheet, sheetPlan, "by caller");
      if (created.has(plan.sheets[0].name)) context.workbook.worksheets.getItem(plan.sheets[0].name).activate();
      await context.sync();
      return {
        created: plan.sheets.filter((sheet) => created.has(sheet.name)).map((sheet) => sheet.name),
        kept: plan.sheets.filter((sheet) => !created.has(sheet.name)).map((sheet) => sheet.name),
      };
    }),
  );
}
