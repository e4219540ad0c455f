// Check in place: read the lists, run the engine, mark every invalid cell where it is and list the
// findings on their own sheet. The user's values and formats are never changed.
import { LISTS, type ListId } from "../domain/catalogue";
import { validateWorkbook, type SheetInput, type WorkbookResult } from "../domain/engine";
import { excelApiSupported, withUserMessage, type ExcelRun, type ReadMonitor } from "./excel-run";
import { writeFindingsSheet } from "./findings-sheet";
import { addMarksSheet, clearMarks, writeMarks } from "./marks";
import { assertWritable } from "./protection";
import { readWorkbookGrids } from "./read-sheets";
import { FINDINGS_SHEET, marksSheetName } from "./sheet-names";

export interface CheckOptions extends ReadMonitor {
  /** Mark only this sheet's list (every list is still read, for the checks between lists). */
  readonly onlySheet?: string;
  /** Today as a serial day number: the reference date when the workbook names none. */
  readonly today: () => number;
}

export interface CheckReport {
  readonly result: WorkbookResult;
  readonly referenceSerial: number;
  /** The lists whose marks were written. */
  readonly marked: readonly { readonly list: ListId; readonly sheet: string }[];
  /** The grids checked, kept for live re-checking (live-state.ts); checkWorkbook always gives them. */
  readonly sheets?: readonly SheetInput[];
  /** What this Excel could not let the check look at, in words for the pane. */
  readonly notChecked?: readonly string[];
}

/** Said beside the count where Excel lacks ExcelApi 1.13 (Excel 2019 and 2016 bought outright). */
export const MERGED_CELLS_UNAVAILABLE = "Merged cells were not checked: this Excel cannot report them (it needs Excel 2021 or Microsoft 365, ExcelApi 1.13).";

export function checkWorkbook(run: ExcelRun, options: CheckOptions): Promise<CheckReport> {
  return withUserMessage("check the lists", () =>
    run(async (context) => {
      const mergedCells = excelApiSupported(run, "1.13");
      const grids = await readWorkbookGrids(context, { ...options, mergedCells });
      const referenceSerial = grids.referenceSerial ?? options.today();
      const result = validateWorkbook(grids.sheets, { referenceSerial });
      const lists = result.lists.filter((list) => !options.onlySheet || list.sheet?.toLowerCase() === options.onlySheet.toLowerCase());

      const existing = lists.map((list) => ({ list, marks: context.workbook.worksheets.getItemOrNullObject(marksSheetName(list.list)) }));
      const findingsSheet = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
      await context.sync();
      const addsSheets = findingsSheet.isNullObject || existing.some(({ marks }) => marks.isNullObject);
      const written = [...lists.map((list) => list.sheet!), ...lists.map((list) => marksSheetName(list.list)), FINDINGS_SHEET];
      await assertWritable(context, "mark the findings", written, addsSheets);
      const widthOf = (list: (typeof lists)[number]) => Math.max(...list.columnIndex.values(), 0) + 1;
      for (const { list, marks } of existing) if (marks.isNullObject) addMarksSheet(context, list.list, list.sheet!, widthOf(list));
      await writeMarks(
        context,
        lists.map((list) => ({ list: list.list, sheet: list.sheet!, columnCount: widthOf(list), findings: list.findings })),
      );
      await writeFindingsSheet(context, options.onlySheet ? lists.flatMap((list) => list.findings) : result.findings, referenceSerial);
      return { result, referenceSerial, marked: lists.map((list) => ({ list: list.list, sheet: list.sheet! })),
        sheets: grids.sheets,
        notChecked: mergedCells ? [] : [MERGED_CELLS_UNAVAILABLE],
      };
    }),
  );
}

/** Removes every mark and empties the findings sheet. Values and the user's formats stay as they are. */
export function removeMarks(run: ExcelRun): Promise<void> {
  return withUserMessage("clear the marks", () =>
    run(async (context) => {
      await assertWritable(context, "clear the marks", [...LISTS.map((list) => marksSheetName(list.id)), FINDINGS_SHEET], false);
      await clearMarks(context, LISTS.map((list) => list.id));
      const findings = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
      await context.sync();
      if (!findings.isNullObject) findings.getRange("A2:H1048576").clear("Contents");
      await context.sync();
    }),
  );
}

/** Selects a finding's cell, so the user sees it in Excel. */
export function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  return withUserMessage("go to the cell", () =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    }),
  );
}
