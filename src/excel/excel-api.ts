// The part of Office.js's Excel API the add-in uses, and little more: every `src/excel/` action is
// written against these types, Office's `Excel.run` and the in-memory Excel (src/sim) both provide
// them, and the compiler holds each side to them.
//
// Each member is Microsoft's own (@types/office-js), taken by `Pick`, so its name and type cannot
// drift from Excel's; a member that leads to another Excel object is re-pointed to that object's
// narrowed type here, with Microsoft's parameters (`Parameters<...>`) where the add-in passes what
// Excel declares, and narrower ones where it passes less (an address, never a Range object).
// Excel's own types must satisfy every one of these (test/sim/api-surface.test.ts; officeExcelRun
// needs it too), so a type here can only be a view of Excel's; src/sim's proxies (range-proxy.ts and
// its neighbours) are built to these types, so a member the add-in starts to use that the simulator lacks does not
// compile.
//
// To use a new Excel API in src/excel/: add it here (a name to a `Pick`), then give it to the
// simulator (src/sim/*-proxy.ts), which the compiler will ask for. The self-test (self-test.ts)
// probes real Excel beyond this surface on purpose, through one named function there.

/** Excel's method `F`, with Microsoft's parameters, returning the narrowed object `R`. */
type Returning<F extends (...args: never[]) => unknown, R> = (...args: Parameters<F>) => R;

/** `load` as the add-in calls it: always with property names, in one comma-separated string. */
interface Loadable<Self> {
  load: (propertyNames: string) => Self;
}

export interface AddinContext extends Pick<Excel.RequestContext, "sync"> {
  readonly workbook: AddinWorkbook;
}

export interface AddinWorkbook {
  readonly worksheets: AddinWorksheetCollection;
  readonly names: AddinNamedItemCollection;
  readonly protection: AddinWorkbookProtection;
}

export interface AddinWorkbookProtection
  extends Pick<Excel.WorkbookProtection, "protected">, Loadable<AddinWorkbookProtection> {}

/** A sheet as `worksheets.load("items/name,items/visibility")` gives it: the loaded properties only. */
export type AddinWorksheetItem = Pick<Excel.Worksheet, "name" | "visibility" | "id">;

export interface AddinWorksheetCollection extends Loadable<AddinWorksheetCollection> {
  readonly items: AddinWorksheetItem[];
  /** The add-in always names the sheet it adds. */
  add: (name: string) => AddinWorksheet;
  getActiveWorksheet: Returning<Excel.WorksheetCollection["getActiveWorksheet"], AddinWorksheet>;
  getItem: Returning<Excel.WorksheetCollection["getItem"], AddinWorksheet>;
  getItemOrNullObject: Returning<Excel.WorksheetCollection["getItemOrNullObject"], AddinWorksheet>;
}

export interface AddinWorksheet
  extends
    Pick<Excel.Worksheet, "id" | "name" | "visibility" | "isNullObject" | "activate" | "delete">,
    Loadable<AddinWorksheet> {
  readonly protection: AddinWorksheetProtection;
  readonly freezePanes: AddinWorksheetFreezePanes;
  readonly tables: AddinTableCollection;
  readonly onChanged: AddinEventHandlers<AddinWorksheetChangedEventArgs>;
  readonly onSelectionChanged: AddinEventHandlers<AddinWorksheetSelectionChangedEventArgs>;
  getRange: Returning<Excel.Worksheet["getRange"], AddinRange>;
  getRangeByIndexes: Returning<Excel.Worksheet["getRangeByIndexes"], AddinRange>;
  getUsedRangeOrNullObject: Returning<Excel.Worksheet["getUsedRangeOrNullObject"], AddinRange>;
}

export interface AddinWorksheetProtection
  extends Pick<Excel.WorksheetProtection, "protected">, Loadable<AddinWorksheetProtection> {}

export type AddinWorksheetFreezePanes = Pick<Excel.WorksheetFreezePanes, "freezeRows">;

export interface AddinRange
  extends
    Pick<
      Excel.Range,
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "values"
      | "formulas"
      | "numberFormat"
      | "isNullObject"
      | "select"
    >,
    Loadable<AddinRange> {
  readonly format: AddinRangeFormat;
  readonly dataValidation: AddinDataValidation;
  readonly conditionalFormats: AddinConditionalFormatCollection;
  clear: Returning<Excel.Range["clear"], void>;
  delete: Returning<Excel.Range["delete"], void>;
  getMergedAreasOrNullObject: Returning<Excel.Range["getMergedAreasOrNullObject"], AddinRangeAreas>;
}

export interface AddinRangeAreas
  extends Pick<Excel.RangeAreas, "address" | "isNullObject">, Loadable<AddinRangeAreas> {}

export interface AddinRangeFormat extends Pick<Excel.RangeFormat, "columnWidth" | "wrapText" | "autofitRows"> {
  readonly font: AddinRangeFont;
  /** Only bench/excel.bench.ts's naive baseline fills cells; the add-in marks through conditional formats. */
  readonly fill: AddinRangeFill;
}

export type AddinRangeFill = Pick<Excel.RangeFill, "color">;

export type AddinRangeFont = Pick<Excel.RangeFont, "bold">;

export type AddinDataValidation = Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert">;

export interface AddinConditionalFormatCollection {
  add: Returning<Excel.ConditionalFormatCollection["add"], AddinConditionalFormat>;
}

export interface AddinConditionalFormat {
  readonly custom: AddinCustomConditionalFormat;
}

export interface AddinCustomConditionalFormat {
  readonly rule: AddinConditionalFormatRule;
  readonly format: AddinConditionalRangeFormat;
}

export type AddinConditionalFormatRule = Pick<Excel.ConditionalFormatRule, "formula">;

export interface AddinConditionalRangeFormat {
  readonly fill: AddinConditionalRangeFill;
  readonly font: AddinConditionalRangeFont;
  readonly borders: AddinConditionalRangeBorderCollection;
}

export type AddinConditionalRangeFill = Pick<Excel.ConditionalRangeFill, "color">;
export type AddinConditionalRangeFont = Pick<Excel.ConditionalRangeFont, "bold" | "color">;

export interface AddinConditionalRangeBorderCollection {
  getItem: Returning<Excel.ConditionalRangeBorderCollection["getItem"], AddinConditionalRangeBorder>;
}

export type AddinConditionalRangeBorder = Pick<Excel.ConditionalRangeBorder, "style" | "color">;

export interface AddinTableCollection {
  /** The add-in gives the table's range as an address. */
  add: (address: string, hasHeaders: boolean) => AddinTable;
  getItemOrNullObject: Returning<Excel.TableCollection["getItemOrNullObject"], AddinTable>;
}

export interface AddinTable extends Pick<Excel.Table, "name" | "isNullObject"> {
  getRange: Returning<Excel.Table["getRange"], AddinRange>;
  /** The add-in gives the new range as an address. */
  resize: (newRange: string) => void;
}

export interface AddinNamedItemCollection {
  /** The add-in gives the reference as a formula ("=Sheet!$A$1"). */
  add: (name: string, reference: string) => void;
  getItemOrNullObject: Returning<Excel.NamedItemCollection["getItemOrNullObject"], AddinNamedItem>;
}

export interface AddinNamedItem extends Pick<Excel.NamedItem, "isNullObject"> {
  getRange: Returning<Excel.NamedItem["getRange"], AddinRange>;
}

/** `OfficeExtension.EventHandlers`, with the handler given the narrowed event. */
export interface AddinEventHandlers<Args> {
  add: (handler: (eventArgs: Args) => Promise<unknown>) => AddinEventHandlerResult;
}

export type AddinEventHandlerResult = Pick<OfficeExtension.EventHandlerResult<unknown>, "remove">;

export interface AddinWorksheetChangedEventArgs extends Pick<
  Excel.WorksheetChangedEventArgs,
  "type" | "worksheetId" | "address" | "changeType" | "source"
> {
  /** Excel gives details only for a single-cell edit (Excel.WorksheetChangedEventArgs.details). */
  readonly details?: Pick<Excel.ChangedEventDetail, "valueBefore" | "valueAfter">;
}

export type AddinWorksheetSelectionChangedEventArgs = Pick<
  Excel.WorksheetSelectionChangedEventArgs,
  "type" | "worksheetId" | "address"
>;

// ---- The workbook's file, for "Prepare to send" (prepare-to-send.ts) ----
// Not Excel.run's: Office's common API gives the file (Office.context.document.getFileAsync) and
// Excel's namespace opens a new workbook (Excel.createWorkbook). The simulator gives both too
// (src/sim/office-file.ts), to the same types.

/** What a callback of Office's common API is given. */
export type AddinAsyncResult<T> = Pick<Office.AsyncResult<T>, "status" | "value" | "error">;

/**
 * Office.Document, for the one thing the add-in asks of it: the whole file as an .xlsx package.
 */
export interface AddinDocument {
  getFileAsync(
    fileType: Office.FileType,
    options: Pick<Office.GetFileOptions, "sliceSize">,
    callback: (result: AddinAsyncResult<AddinFile>) => void,
  ): void;
}

/** Office.File: the file Office holds open for the add-in, read slice by slice, then closed. */
export interface AddinFile extends Pick<Office.File, "size" | "sliceCount"> {
  getSliceAsync(sliceIndex: number, callback: (result: AddinAsyncResult<AddinSlice>) => void): void;
  closeAsync(callback?: (result: AddinAsyncResult<void>) => void): void;
}

/** Office.Slice: for a compressed file, `data` is an array of bytes (Office.Slice.data remarks). */
export type AddinSlice = Pick<Office.Slice, "data" | "index" | "size">;

/** Excel.createWorkbook (ExcelApi 1.8): opens a new workbook from a Base64-encoded .xlsx file. */
export type AddinCreateWorkbook = (base64: string) => Promise<void>;
