// Check in place: read the lists, run the engine, mark every invalid cell where it is and list the
// findings on their own sheet. The user's values and formats are never changed.
import type { Form, ListId } from "../domain/catalogue";
import { recogniseForm, type FormChoice } from "../domain/form-choice";
import { summariseCheck, type CheckSummary } from "../domain/check-summary";
import type { ReferenceDate } from "../domain/reference-date";
import {
  listPlaces,
  validateWorkbookInSteps,
  type ListResult,
  type SheetInput,
  type WorkbookResult,
} from "../domain/engine";
import { FINDINGS_HEADINGS } from "../domain/findings";
import { FINDINGS_CLEARED, FINDINGS_SUMMARY_CELL } from "../domain/findings-plan";
import { sheetNameDecision } from "../domain/sheets";
import {
  CancelledError,
  ExcelActionError,
  excelApiSupported,
  withUserMessage,
  type ExcelRun,
  type ReadMonitor,
} from "./excel-run";
import { focusColumnsAcross, focusConditionalFormat } from "../domain/focus";
import { columnLetter, quotedSheetName } from "../domain/grid";
import { TEMPLATE_DATA_ROWS } from "../domain/template-plan";
import { NAMES } from "../domain/workbook-conventions";
import type { AddinContext } from "./excel-api";
import { writeFindingsSheet } from "./findings-sheet";
import { addConditionalFormat } from "./formats";
import { emptyMarksSheets, ensureMarkFormats, listsShowingMarks, writeMarks } from "./marks";
import { assertWritable } from "./protection";
import { readWorkbookGrids } from "./read-sheets";
import { readReferenceDateReading } from "./reference-date";
import { giveWay, runGivingWay } from "./give-way";
import { FINDINGS_SHEET, marksSheetName } from "./sheet-names";

export interface CheckOptions extends ReadMonitor {
  /**
   * Report, mark and list the findings of only this sheet's list (every list is still read, for
   * the checks between lists). A sheet that holds no list is refused before anything is written.
   */
  readonly onlySheet?: string;
  /** Today as a serial day number: the reference date when the workbook names none. */
  readonly today: () => number;
  /** Every form the workbook may be, the default first. */
  readonly forms: readonly Form[];
  /** The form the user chose; otherwise the one the workbook's headings show. */
  readonly form?: Form;
  /** Called as rows are checked (after they are read): rows checked so far, of the total. */
  readonly onChecking?: (rowsChecked: number, rowsTotal: number) => void;
}

/** How a check reports rows read, then rows checked, and hears a cancel. */
export type CheckMonitor = ReadMonitor & Pick<CheckOptions, "onChecking">;

const CANCELLED = "The check was cancelled before anything was marked.";

export interface CheckReport {
  /** The form the workbook was checked as, and why. */
  readonly choice: FormChoice;
  /** Every form the check knew of: a heading or code of another is named as that form's, live too. */
  readonly forms: readonly Form[];
  /** The lists checked: every list, or only the one asked for. */
  readonly result: WorkbookResult;
  readonly referenceSerial: number;
  readonly reference: ReferenceDate;
  /** What the check can honestly claim, list by list. */
  readonly summary: CheckSummary;
  /** The lists whose marks were written: those checked, and those whose marks a check of one list kept. */
  readonly marked: readonly { readonly list: ListId; readonly sheet: string }[];
  /**
   * A check of one list: the other lists whose marks an earlier check left showing. Their marks are
   * brought up to date, not dropped, and stay live; their findings are not reported (nor on the
   * findings sheet), but give the reason at a marked cell.
   */
  readonly kept?: readonly ListResult[];
  /** Every list as validated, reported or not: what live re-checking starts from. */
  readonly validated?: WorkbookResult;
  /** The grids checked, kept for live re-checking (live-state.ts); checkWorkbook always gives them. */
  readonly sheets?: readonly SheetInput[];
  /** What this Excel could not let the check look at, in words for the pane. */
  readonly notChecked?: readonly string[];
}

/** The highlight covers the rows a template's drop-downs do, past the rows checked, for rows added later. */
const FOCUS_LAST_ROW = TEMPLATE_DATA_ROWS;

/** Said beside the count where Excel lacks ExcelApi 1.13 (Excel 2019 and 2016 bought outright). */
export const MERGED_CELLS_UNAVAILABLE =
  "Merged cells were not checked: this Excel cannot report them (it needs Excel 2021 or Microsoft 365, ExcelApi 1.13).";

export function checkWorkbook(run: ExcelRun, options: CheckOptions): Promise<CheckReport> {
  return withUserMessage("check the lists", () =>
    run(async (context) => {
      const mergedCells = excelApiSupported(run, "1.13");
      const reference = await readReferenceDateReading(context, options.today());
      const grids = await readWorkbookGrids(context, { ...options, mergedCells });
      const referenceSerial = grids.referenceSerial ?? reference.serial;
      const choice: FormChoice = options.form
        ? { form: options.form, reason: "chosen in the pane" }
        : recogniseForm(options.forms, grids.sheets);
      const whole = await validateGivingWay(
        choice.form,
        options.forms,
        grids.sheets,
        referenceSerial,
        options,
        CANCELLED,
      );
      const lists = whole.lists.filter(
        (list) => !options.onlySheet || list.sheet?.toLowerCase() === options.onlySheet.toLowerCase(),
      );
      if (options.onlySheet && lists.length === 0)
        throw new ExcelActionError(notAList(choice.form, options.onlySheet, whole));
      const result: WorkbookResult = options.onlySheet
        ? { form: choice.form, lists, skipped: [], findings: lists.flatMap((list) => list.findings) }
        : whole;

      // A check of one list leaves no other list's marks without their reason or stale: those showing
      // marks are brought up to date with the rest (issue 12), and live re-checking keeps them so.
      const showing = options.onlySheet
        ? await listsShowingMarks(
            context,
            whole.lists.filter((list) => list.sheet && !lists.includes(list)).map((list) => list.list),
          )
        : [];
      const kept = whole.lists.filter((list) => showing.includes(list.list));
      const marked = [...lists, ...kept];

      const existing = marked.map((list) => ({
        list,
        marks: context.workbook.worksheets.getItemOrNullObject(marksSheetName(list.list)),
      }));
      const findingsSheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
      await context.sync();
      await giveWay();
      if (options.signal?.aborted) throw new CancelledError(CANCELLED);
      const addsSheets = findingsSheet.isNullObject || existing.some(({ marks }) => marks.isNullObject);
      // Every marked list's sheet, kept ones too: a remade sheet gets its mark formats written.
      const written = [
        ...marked.map((list) => list.sheet!),
        ...marked.map((list) => marksSheetName(list.list)),
        FINDINGS_SHEET,
      ];
      await assertWritable(context, "mark the findings", written, addsSheets);
      const widthOf = (list: (typeof lists)[number]) => Math.max(...list.columnIndex.values(), 0) + 1;
      const formatted = await ensureMarkFormats(
        context,
        marked.map((list) => ({ list: list.list, sheet: list.sheet!, columnCount: widthOf(list) })),
      );
      await writeMarks(
        context,
        marked.map((list) => ({
          list: list.list,
          sheet: list.sheet!,
          columnCount: widthOf(list),
          findings: list.findings,
        })),
      );
      // A list a full check no longer finds (its headings deleted, say) keeps no old mark showing.
      if (!options.onlySheet)
        await emptyMarksSheets(
          context,
          everyListId(options.forms).filter((id) => !lists.some((list) => list.list === id)),
        );
      await giveWay();
      await writeFindingsSheet(context, choice.form, result.findings, referenceSerial);
      await addFocusAcrossLists(
        context,
        whole,
        formatted.map((target) => target.list),
      );
      return {
        choice,
        forms: options.forms,
        result,
        referenceSerial,
        reference,
        summary: summariseCheck(result, reference, options.today()),
        marked: marked.map((list) => ({ list: list.list, sheet: list.sheet! })),
        ...(options.onlySheet ? { kept } : {}),
        validated: whole,
        sheets: grids.sheets,
        notChecked: mergedCells ? [] : [MERGED_CELLS_UNAVAILABLE],
      };
    }),
  );
}

/**
 * The engine over the grids read, in steps (give-way.ts), so the pane keeps painting, draws the rows
 * checked and hears a cancel (issue 12): the one way the pane validates a workbook, for the check
 * and for the Selection sheet.
 */
export async function validateGivingWay(
  form: Form,
  forms: readonly Form[],
  sheets: readonly SheetInput[],
  referenceSerial: number,
  monitor: CheckMonitor,
  cancelled: string,
): Promise<WorkbookResult> {
  const total = sheets.reduce((sum, sheet) => sum + sheet.grid.length, 0);
  let checked = 0;
  monitor.onChecking?.(0, total);
  const result = await runGivingWay(validateWorkbookInSteps(form, sheets, { referenceSerial, forms }), {
    ...(monitor.signal ? { signal: monitor.signal } : {}),
    onRows: (rows) => monitor.onChecking?.((checked = Math.min(total, checked + rows)), total),
    cancelled,
  });
  // Rows of sheets that hold no list are not counted as they are passed over: all are done now.
  if (checked < total) monitor.onChecking?.(total, total);
  return result;
}

/** Why a sheet the user asked to check holds no list: said before anything is written. */
function notAList(form: Form, sheet: string, result: WorkbookResult): string {
  // What the sheet is comes from the one decision (sheets.ts) the check itself made.
  const skipped = result.skipped.find((item) => item.sheet.toLowerCase() === sheet.toLowerCase());
  const decision = sheetNameDecision(form, sheet);
  const reason = skipped?.reason ?? (decision?.kind === "skip" ? decision.reason : "it is empty or hidden");
  return `‘${sheet}’ is not a list that can be checked: ${reason}. Nothing was checked or changed. Go to a list sheet, or use “Check all lists”.`;
}

/** Every list id of every form: a marks sheet may be any of them, whichever form marked it. */
export function everyListId(forms: readonly Form[]): ListId[] {
  return [...new Set(forms.flatMap((form) => form.lists.map((list) => list.id)))];
}

/** Removes every mark and empties the findings sheet. Values and the user's formats stay as they are. */
export function clearMarks(run: ExcelRun, forms: readonly Form[]): Promise<void> {
  return withUserMessage("clear the marks", () =>
    run(async (context) => {
      const ids = everyListId(forms);
      await assertWritable(context, "clear the marks", [...ids.map((id) => marksSheetName(id)), FINDINGS_SHEET], false);
      await emptyMarksSheets(context, ids);
      const findings = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
      await context.sync();
      if (!findings.isNullObject) {
        findings.getRange(`A2:${columnLetter(FINDINGS_HEADINGS.length - 1)}1048576`).clear("Contents");
        // The summary on row 1 would still give the old counts: it says the marks were cleared.
        findings.getRange(FINDINGS_SUMMARY_CELL).values = [[FINDINGS_CLEARED]];
      }
      await context.sync();
    }),
  );
}

/** Selects a cell in Excel (a finding's, a child's on the Selection sheet), so the user sees it. */
export function goToCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  return withUserMessage("go to the cell", () =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    }),
  );
}

/**
 * The focus highlight on the lists of a form that reads neglect across lists (Ofsted's template,
 * which has no flag and so no highlight of its own): written once, with the marks' formats, on the
 * lists given. Its formula counts ages from the workbook's ReferenceDate, which the findings sheet
 * names where the workbook names none.
 */
async function addFocusAcrossLists(
  context: AddinContext,
  result: WorkbookResult,
  lists: readonly ListId[],
): Promise<void> {
  if (result.form.neglect?.kind !== "codes" || lists.length === 0) return;
  const placeOf = listPlaces(result);
  const plans = result.lists
    .filter((list) => list.sheet && lists.includes(list.list))
    .flatMap((list) => {
      const columns = focusColumnsAcross(result.form, (key) => list.columnIndex.get(key), placeOf);
      const lastColumn = Math.max(...list.columnIndex.values(), 0);
      return columns
        ? [
            {
              sheet: list.sheet!,
              plan: focusConditionalFormat(columns, lastColumn, list.headerRow + 2, FOCUS_LAST_ROW),
            },
          ]
        : [];
    });
  if (plans.length === 0) return;
  const name = context.workbook.names.getItemOrNullObject(NAMES.referenceDate);
  await context.sync();
  if (name.isNullObject) context.workbook.names.add(NAMES.referenceDate, `=${quotedSheetName(FINDINGS_SHEET)}!$B$1`);
  for (const { sheet, plan } of plans)
    addConditionalFormat(context.workbook.worksheets.getItem(sheet).getRange(plan.range), plan.formula, plan.style);
  await context.sync();
}
