// The lead inspector's Selection sheet in Excel, and the Annex B tracking sheets. Refreshing keeps
// every choice and note already made; a tracking sheet that exists is never touched.
import { trackingSheetName, trackingSheetRows } from "../domain/annex-b";
import type { Form } from "../domain/catalogue";
import { recogniseForm } from "../domain/form-choice";
import {
  choicesFromSheet,
  mergeChildrenInSteps,
  refreshSelection,
  SELECTION_SHEET,
  selectionSheetChildren,
  selectionCounts,
  type SelectionCounts,
  type SelectionRow,
} from "../domain/selection";
import {
  factsChangeOf,
  factsSheetName,
  factsSheetPlan,
  NO_FACTS_CHANGE,
  selectionSheetPlanInSteps,
  type FactsChange,
} from "../domain/selection-plan";
import type { SheetPlan } from "../domain/sheet-plan";
import { TEXT_FORMAT } from "../domain/workbook-conventions";
import { cellAddress, SHEET_COLUMNS } from "../domain/grid";
import { CancelledError, ExcelActionError, withUserMessage, type ExcelRun } from "./excel-run";
import { goToCell, validateGivingWay, type CheckMonitor } from "./check";
import { cellInputFor } from "./cell-input";
import { assertWritable } from "./protection";
import { renderSheetPlan } from "./render-sheet-plan";
import { giveWay, runGivingWay } from "./give-way";
import { readSheetGrid, readWorkbookGrids } from "./read-sheets";
import type { AddinContext } from "./excel-api";

export interface SelectionReport {
  readonly rows: readonly SelectionRow[];
  readonly counts: SelectionCounts;
  /** What the 20 children's facts sheet gained and lost. */
  readonly facts: FactsChange;
  /** The facts sheet's name, when the form has one. */
  readonly factsSheet?: string;
}

const CANCELLED = "Building the selection was cancelled before anything was written.";

async function writeSelection(context: AddinContext, plan: SheetPlan): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(SELECTION_SHEET);
  await context.sync();
  if (!old.isNullObject) old.delete();
  const sheet = context.workbook.worksheets.add(SELECTION_SHEET);
  await renderSheetPlan(context, sheet, plan);
  sheet.activate();
  await context.sync();
}

/**
 * Makes the 20 children's facts sheet follow the Selection sheet (factsSheetPlan): rows of children
 * no longer chosen, with nothing typed, deleted bottom first; new children added, IDs as text.
 */
async function updateFactsSheet(
  context: AddinContext,
  form: Form,
  rows: readonly SelectionRow[],
): Promise<FactsChange> {
  const name = factsSheetName(form);
  if (name === undefined) return NO_FACTS_CHANGE;
  const plan = factsSheetPlan(form, await readSheetGrid(context, name), rows)!;
  const sheet = plan.create ? context.workbook.worksheets.add(name) : context.workbook.worksheets.getItem(name);
  if (plan.create) await renderSheetPlan(context, sheet, plan.create);
  for (const { row } of plan.removals) sheet.getRangeByIndexes(row, 0, 1, SHEET_COLUMNS).delete("Up");
  // IDs as text: "0123" stays "0123".
  for (const { row, childId } of plan.additions) {
    const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[cellInputFor(childId, TEXT_FORMAT)]];
  }
  await context.sync();
  return factsChangeOf(plan);
}

/**
 * Builds or refreshes the Selection sheet. The lists are read and checked as the check does it, in
 * steps (validateGivingWay), so the pane keeps painting, shows rows read and checked, and a cancel
 * works until the sheet is written.
 */
export function buildSelection(
  run: ExcelRun,
  forms: readonly Form[],
  chosen: Form | undefined,
  today: () => number,
  monitor: CheckMonitor = {},
): Promise<SelectionReport> {
  return withUserMessage("build the selection sheet", () =>
    run(async (context) => {
      const grids = await readWorkbookGrids(context, { ...monitor, forms, cancelled: CANCELLED });
      const form = chosen ?? recogniseForm(forms, grids.sheets).form;
      const facts = factsSheetName(form);
      await assertWritable(context, "build the selection sheet", [SELECTION_SHEET, ...(facts ? [facts] : [])], true);
      const referenceSerial = grids.referenceSerial ?? today();
      const result = await validateGivingWay(form, forms, grids.sheets, referenceSerial, monitor, CANCELLED);
      const cancellable = monitor.signal ? { signal: monitor.signal } : {};
      const children = await runGivingWay(
        mergeChildrenInSteps(
          form,
          result.lists.map((list) => ({ list: list.list, rows: list.rows })),
          referenceSerial,
        ),
        { ...cancellable, cancelled: CANCELLED },
      );
      const rows = refreshSelection(children, choicesFromSheet((await readSheetGrid(context, SELECTION_SHEET)) ?? []));
      const counts = selectionCounts(rows);
      const plan = await runGivingWay(selectionSheetPlanInSteps(form, rows, counts), {
        ...cancellable,
        cancelled: CANCELLED,
      });
      // Giving way after reading the sheet, which is not done in steps (issue 12), so the pane paints.
      await giveWay();
      // The last moment a cancel is heard: from here on the sheets are written.
      if (monitor.signal?.aborted) throw new CancelledError(CANCELLED);
      await writeSelection(context, plan);
      return {
        rows,
        counts,
        facts: await updateFactsSheet(context, form, rows),
        ...(facts ? { factsSheet: facts } : {}),
      };
    }),
  );
}

/**
 * Goes to a child's To check cell on the Selection sheet (from a warning in the pane), by child ID,
 * so a row the inspector sorted elsewhere is still found; the same jump as a finding's (goToCell).
 */
export async function goToSelectionChild(run: ExcelRun, childId: string): Promise<void> {
  const place = await withUserMessage("find the child on the Selection sheet", () =>
    run(async (context) => {
      const grid = (await readSheetGrid(context, SELECTION_SHEET)) ?? [];
      const sheet = selectionSheetChildren(grid);
      const child = sheet?.children.find((candidate) => candidate.childId === childId);
      if (!sheet || !child) return undefined;
      return cellAddress(child.row, Math.max(sheet.layout.column("toCheck"), sheet.layout.column("childId")));
    }),
  );
  if (!place) throw new ExcelActionError(`${childId} is not on the Selection sheet: build or refresh it.`);
  await goToCell(run, SELECTION_SHEET, place);
}

/** One Annex B sheet per child selected for joint evaluation; an existing one is left as it is. */
export function createTrackingSheets(run: ExcelRun): Promise<{ created: string[]; kept: string[] }> {
  return withUserMessage("create the tracking sheets", () =>
    run(async (context) => {
      const grid = (await readSheetGrid(context, SELECTION_SHEET)) ?? [];
      const choices = choicesFromSheet(grid);
      const ages = new Map(
        (selectionSheetChildren(grid)?.children ?? []).map(({ childId, cell }) => {
          const age = cell("age");
          return [childId, typeof age === "number" ? age : undefined];
        }),
      );
      const chosen = [...choices].filter(([, choice]) => choice.selected && choice.jointEvaluation).map(([id]) => id);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
      await assertWritable(
        context,
        "create the tracking sheets",
        [],
        chosen.some((id) => !existing.has(trackingSheetName(id).toLowerCase())),
      );
      const created: string[] = [];
      const kept: string[] = [];
      for (const id of chosen) {
        const name = trackingSheetName(id);
        if (existing.has(name.toLowerCase())) {
          kept.push(name);
          continue;
        }
        const sheet = sheets.add(name);
        const rows = trackingSheetRows(id, ages.get(id));
        const range = sheet.getRangeByIndexes(0, 0, rows.length, 3);
        // Text as text, set before the values: the case number "0123" stays "0123".
        range.numberFormat = rows.map((row) => row.map((cell) => (typeof cell === "number" ? "General" : TEXT_FORMAT)));
        range.values = rows.map((row) =>
          row.map((cell) => (typeof cell === "string" ? cellInputFor(cell, TEXT_FORMAT) : (cell ?? ""))),
        );
        sheet.getRange("A1").format.font.bold = true;
        sheet.getRange("A1").format.columnWidth = 420;
        sheet.getRange("C1").format.columnWidth = 420;
        created.push(name);
      }
      await context.sync();
      return { created, kept };
    }),
  );
}
