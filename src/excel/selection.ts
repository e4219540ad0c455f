// The lead inspector's Selection sheet in Excel, and the Annex B tracking sheets. Refreshing keeps
// every choice and note already made; a tracking sheet that exists is never touched.
import { trackingSheetName, trackingSheetRows } from "../domain/annex-b";
import { listSpec } from "../domain/catalogue";
import { validateWorkbook } from "../domain/engine";
import { columnLetter } from "../domain/grid";
import { readChildId } from "../domain/readers";
import {
  choicesFromSheet,
  JOINT_EVALUATION_MAX,
  JOINT_EVALUATION_MIN,
  mergeChildren,
  refreshSelection,
  SELECTION_COLUMNS,
  SELECTION_HEADER_ROW,
  SELECTION_SHEET,
  selectionCells,
  selectionCounts,
  TRACKING_TARGET,
  type SelectionCounts,
  type SelectionRow,
} from "../domain/selection";
import { FOCUS_STYLE } from "../domain/template-plan";
import { withUserMessage, type ExcelRun } from "./excel-run";
import { cellInput, TEXT_FORMAT } from "./cell-input";
import { addConditionalFormat } from "./formats";
import { PAYLOAD_BUDGET_BYTES, spans } from "./payload";
import { assertWritable } from "./protection";
import { readSheetGrid, readWorkbookGrids } from "./read-sheets";

export interface SelectionReport {
  readonly rows: readonly SelectionRow[];
  readonly counts: SelectionCounts;
  /** Children added to the 20 children's facts sheet. */
  readonly addedToFacts: readonly string[];
}

const LAST_ROW = 1_048_576;
const ESTIMATED_BYTES_PER_SELECTION_ROW = 400;
const letter = (key: (typeof SELECTION_COLUMNS)[number]["key"]) => columnLetter(SELECTION_COLUMNS.findIndex((column) => column.key === key));

async function writeSelection(context: Excel.RequestContext, rows: readonly SelectionRow[], counts: SelectionCounts): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(SELECTION_SHEET);
  await context.sync();
  if (!old.isNullObject) old.delete();
  const sheet = context.workbook.worksheets.add(SELECTION_SHEET);
  const first = SELECTION_HEADER_ROW + 1;
  const selected = `${letter("selected")}${first}:${letter("selected")}${LAST_ROW}`;
  const joint = `${letter("jointEvaluation")}${first}:${letter("jointEvaluation")}${LAST_ROW}`;
  sheet.getRange("A1").values = [["Selection of children for tracking and joint evaluation (guidance paragraphs 17 and 18)"]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A2:D3").formulas = [
    ["Selected for tracking", `=COUNTIF(${selected},"Y")`, `=IF(B2<${TRACKING_TARGET},"under",IF(B2>${TRACKING_TARGET},"over","met"))`, `the guidance asks for ${TRACKING_TARGET}`],
    [
      "Joint evaluation (of the selected)",
      `=COUNTIFS(${selected},"Y",${joint},"Y")`,
      `=IF(B3<${JOINT_EVALUATION_MIN},"under",IF(B3>${JOINT_EVALUATION_MAX},"over","met"))`,
      `the guidance asks for ${JOINT_EVALUATION_MIN} to ${JOINT_EVALUATION_MAX}`,
    ],
  ];
  sheet.getRange("A4").values = [[counts.warnings.length === 0 ? "No warnings about the selected children." : `To check: ${counts.warnings.join(" ")}`]];
  const lastColumn = columnLetter(SELECTION_COLUMNS.length - 1);
  sheet.getRange(`A${SELECTION_HEADER_ROW}:${lastColumn}${SELECTION_HEADER_ROW}`).values = [SELECTION_COLUMNS.map((column) => column.heading)];
  const cells = rows.length > 0 ? rows.map(selectionCells) : [SELECTION_COLUMNS.map(() => "")];
  const perChunk = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / ESTIMATED_BYTES_PER_SELECTION_ROW));
  for (const span of spans(0, cells.length, perChunk)) {
    // A note or ID starting with "=" stays text.
    sheet.getRangeByIndexes(first - 1 + span.start, 0, span.count, SELECTION_COLUMNS.length).values = cells
      .slice(span.start, span.start + span.count)
      .map((row) => row.map(cellInput));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk, under the request limit
  }
  const last = first + cells.length - 1;
  const table = sheet.tables.add(`A${SELECTION_HEADER_ROW}:${lastColumn}${last}`, true);
  table.name = "Selection";
  for (const key of ["selected", "jointEvaluation"] as const) {
    const range = sheet.getRange(`${letter(key)}${first}:${letter(key)}${last + 1000}`);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "Y" } };
  }
  addConditionalFormat(sheet.getRange(`A${first}:${lastColumn}${last}`), `$${letter("inFocus")}${first}="Y"`, FOCUS_STYLE);
  sheet.freezePanes.freezeRows(SELECTION_HEADER_ROW);
  sheet.activate();
  await context.sync();
}

/** Lists the selected children on the 20 children's facts sheet; nothing there is removed. */
async function addToFactsSheet(context: Excel.RequestContext, rows: readonly SelectionRow[]): Promise<string[]> {
  const name = listSpec("selectedChildren").sheetName;
  const grid = await readSheetGrid(context, name);
  if (grid === undefined) return [];
  const present = new Set(grid.slice(1).map((row) => readChildId(row[0])).filter((id) => id !== undefined));
  let lastWithId = 0;
  grid.forEach((row, index) => {
    if (index > 0 && readChildId(row[0]) !== undefined) lastWithId = index;
  });
  const added = rows.filter((row) => row.choice.selected && !present.has(row.child.childId)).map((row) => row.child.childId);
  if (added.length > 0) {
    // IDs as text: the cells formatted as Text first, so "0123" is not stored as 123 (cell-input.ts).
    const target = context.workbook.worksheets.getItem(name).getRangeByIndexes(lastWithId + 1, 0, added.length, 1);
    target.numberFormat = added.map(() => [TEXT_FORMAT]);
    target.values = added.map((id) => [id]);
    await context.sync();
  }
  return added;
}

export function buildSelection(run: ExcelRun, today: () => number): Promise<SelectionReport> {
  return withUserMessage("build the selection sheet", () =>
    run(async (context) => {
      await assertWritable(context, "build the selection sheet", [SELECTION_SHEET, listSpec("selectedChildren").sheetName], true);
      const grids = await readWorkbookGrids(context);
      const referenceSerial = grids.referenceSerial ?? today();
      const result = validateWorkbook(grids.sheets, { referenceSerial });
      const children = mergeChildren(result.lists.map((list) => ({ list: list.list, rows: list.rows })), referenceSerial);
      const rows = refreshSelection(children, choicesFromSheet((await readSheetGrid(context, SELECTION_SHEET)) ?? []));
      const counts = selectionCounts(rows);
      await writeSelection(context, rows, counts);
      const addedToFacts = await addToFactsSheet(context, rows);
      return { rows, counts, addedToFacts };
    }),
  );
}

/** One Annex B sheet per child selected for joint evaluation; an existing one is left as it is. */
export function createTrackingSheets(run: ExcelRun): Promise<{ created: string[]; kept: string[] }> {
  return withUserMessage("create the tracking sheets", () =>
    run(async (context) => {
      const grid = (await readSheetGrid(context, SELECTION_SHEET)) ?? [];
      const choices = choicesFromSheet(grid);
      const ageColumn = SELECTION_COLUMNS.findIndex((column) => column.key === "age");
      const ages = new Map(grid.map((row) => [readChildId(row[0]), typeof row[ageColumn] === "number" ? (row[ageColumn] as number) : undefined]));
      const chosen = [...choices].filter(([, choice]) => choice.selected && choice.jointEvaluation).map(([id]) => id);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
      await assertWritable(context, "create the tracking sheets", [], chosen.some((id) => !existing.has(trackingSheetName(id).toLowerCase())));
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
        sheet.getRangeByIndexes(0, 0, rows.length, 3).values = rows.map((row) => row.map((cell) => cell ?? ""));
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
