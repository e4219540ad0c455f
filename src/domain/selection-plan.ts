// The Selection sheet (guidance paras 17 and 18) and the additions to the 20 children's facts
// sheet, each described once as a plan; the command line (src/xlsx/write-selection.ts) and the
// add-in (src/excel/selection.ts) render them.
import { hasRole, type Form, type ListSpec } from "./catalogue";
import { columnLetter, type CellValue } from "./grid";
import { readChildId } from "./readers";
import {
  JOINT_EVALUATION_MAX,
  JOINT_EVALUATION_MIN,
  SELECTION_COLUMNS,
  SELECTION_HEADER_ROW,
  SELECTION_SHEET,
  SELECTION_TABLE,
  selectionCells,
  selectionHeading,
  TRACKING_TARGET,
  bothYesCountFormula,
  toCheckFormula,
  toCheckSummary,
  toCheckSummaryFormula,
  yesCountFormula,
  type SelectionColumnKey,
  type SelectionCounts,
  type SelectionRow,
} from "./selection";
import { headingWidth, type CellPlan, type ColumnPlan, type SheetPlan, type TableCell } from "./sheet-plan";
import { FOCUS_STYLE, TEXT_FORMAT, WHOLE_NUMBER_FORMAT } from "./workbook-conventions";
import { runToEnd, type Steps } from "./steps";

/** Rows below the last child that still get the Y drop-downs, for children added by hand. */
const SPARE_ROWS = 1000;
const WIDE: readonly SelectionColumnKey[] = [
  "lists",
  "neglectEvidence",
  "tenCaseLists",
  "conflicts",
  "toCheck",
  "notes",
];
const letter = (key: SelectionColumnKey) => columnLetter(SELECTION_COLUMNS.findIndex((column) => column.key === key));

export const SELECTION_TITLE =
  "Selection of children for tracking and joint evaluation (guidance paragraphs 17 and 18)";
export const SELECTION_LABELS = {
  tracking: selectionHeading("selected"),
  jointEvaluation: "Joint evaluation (of the selected)",
} as const;

const TO_CHECK_NOTE =
  "Written by the add-in: what to check about a child marked Y, from the lists and the Y typed beside it. " +
  `Rewritten on each refresh; write your own notes under ${selectionHeading("notes")}.`;

export function selectionSheetPlan(form: Form, rows: readonly SelectionRow[], counts: SelectionCounts): SheetPlan {
  return runToEnd(selectionSheetPlanInSteps(form, rows, counts));
}

/** Rows planned between giving way to the pane (issue 12). */
const ROWS_PER_STEP = 500;

/**
 * selectionSheetPlan in steps, for a caller that must pause between them (the task pane, which may
 * not block for long): yields the number of rows planned since the last step.
 */
export function* selectionSheetPlanInSteps(
  form: Form,
  rows: readonly SelectionRow[],
  counts: SelectionCounts,
): Steps<SheetPlan> {
  const first = SELECTION_HEADER_ROW + 1;
  const last = first + Math.max(rows.length, 1) - 1;
  // Counted over the rows that can hold a choice (the drop-downs' rows), not the whole column:
  // SUMPRODUCT with TRIM works cell by cell, and a refresh rewrites these formulas anyway.
  const countedLast = first + Math.max(rows.length, 1) + SPARE_ROWS - 1;
  const selected = `${letter("selected")}${first}:${letter("selected")}${countedLast}`;
  const joint = `${letter("jointEvaluation")}${first}:${letter("jointEvaluation")}${countedLast}`;
  const cells: CellPlan[] = [
    { address: "A1", value: SELECTION_TITLE, bold: true },
    { address: "A2", value: SELECTION_LABELS.tracking, bold: true },
    { address: "B2", value: counts.tracking.count, formula: yesCountFormula(selected) },
    {
      address: "C2",
      value: counts.tracking.state,
      formula: `IF(B2<${TRACKING_TARGET},"under",IF(B2>${TRACKING_TARGET},"over","met"))`,
    },
    { address: "D2", value: `the guidance asks for ${TRACKING_TARGET}` },
    { address: "A3", value: SELECTION_LABELS.jointEvaluation, bold: true },
    { address: "B3", value: counts.jointEvaluation.count, formula: bothYesCountFormula(selected, joint) },
    {
      address: "C3",
      value: counts.jointEvaluation.state,
      formula: `IF(B3<${JOINT_EVALUATION_MIN},"under",IF(B3>${JOINT_EVALUATION_MAX},"over","met"))`,
    },
    { address: "D3", value: `the guidance asks for ${JOINT_EVALUATION_MIN} to ${JOINT_EVALUATION_MAX}` },
    // One warning per child is on the child's own row (To check); here only how many there are.
    {
      address: "A4",
      value: toCheckSummary(counts.warnings.length),
      formula: toCheckSummaryFormula(`${letter("toCheck")}${first}:${letter("toCheck")}${last}`),
    },
  ];
  const toCheck = SELECTION_COLUMNS.findIndex((column) => column.key === "toCheck");
  const tableRows: TableCell[][] = [];
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ROWS_PER_STEP === 0) yield ROWS_PER_STEP;
    const cells: TableCell[] = selectionCells(form, row);
    const at = (key: SelectionColumnKey) => `${letter(key)}${first + index}`;
    // A formula over the row's own cells, so the warning follows the inspector's typing.
    cells[toCheck] = {
      formula: toCheckFormula({
        selected: at("selected"),
        jointEvaluation: at("jointEvaluation"),
        inFocus: at("inFocus"),
        multiAgency: at("multiAgency"),
        inLists: at("inLists"),
      }),
      value: cells[toCheck] as string,
    };
    tableRows.push(cells);
  }
  const labelWidth = Math.max(...Object.values(SELECTION_LABELS).map((label) => label.length)) + 2;
  const columns: ColumnPlan[] = SELECTION_COLUMNS.map((column, index) => ({
    heading: column.heading,
    width: WIDE.includes(column.key)
      ? 40
      : Math.max(headingWidth(column.heading, 10, 24), index === 0 ? labelWidth : 0),
    // Text as text: Excel would make "0123" a number and "=..." a formula. The To check
    // column holds formulas, which a cell formatted as text would show as text.
    numberFormat: column.key === "age" ? WHOLE_NUMBER_FORMAT : column.key === "toCheck" ? "General" : TEXT_FORMAT,
    ...(column.key === "toCheck" ? { note: TO_CHECK_NOTE } : {}),
    ...(WIDE.includes(column.key) ? { wrap: true } : {}),
    ...(column.key === "selected" || column.key === "jointEvaluation"
      ? {
          dropDown: {
            source: '"Y"',
            rows: Math.max(rows.length, 1) + SPARE_ROWS,
            errorTitle: "Y or blank",
            error: "Enter Y to choose the child, or leave the cell blank.",
          },
        }
      : {}),
  }));
  return {
    name: SELECTION_SHEET,
    role: "selection",
    cells,
    table: {
      name: SELECTION_TABLE,
      origin: { row: SELECTION_HEADER_ROW - 1, column: 0 },
      columns,
      rows: tableRows,
    },
    freezeRows: SELECTION_HEADER_ROW,
    conditionalFormats: [
      {
        range: `A${first}:${columnLetter(SELECTION_COLUMNS.length - 1)}${last}`,
        formula: `$${letter("inFocus")}${first}="Y"`,
        style: FOCUS_STYLE,
        description: "In focus: neglect flag Y and aged 7 to 15 on the reference date",
      },
    ],
  };
}

/**
 * What the 20 children's facts sheet becomes after the inspector's choices (guidance para 17): the
 * sheet follows the Selection sheet. Each child chosen and not yet there is added with nothing
 * against them; a child no longer chosen is removed if the council has typed no facts for them, and
 * kept otherwise (FACTS-NOT-SELECTED then says so). Every answer typed is kept.
 */
export interface FactsSheetPlan {
  readonly sheet: string;
  /** The sheet to create, headed, when the workbook has none; rendered by the one sheet-plan writer. */
  readonly create?: SheetPlan;
  /** Zero-based rows of children no longer chosen with nothing typed against them, bottom first: deleted whole. */
  readonly removals: readonly { readonly row: number; readonly childId: string }[];
  /** Children no longer chosen whose facts have been typed: kept. */
  readonly keptNotSelected: readonly string[];
  /** Zero-based rows (counted after the removals) and the child ID each gets in the first column, as text. */
  readonly additions: readonly { readonly row: number; readonly childId: string }[];
  /** The last row (zero-based) holding a child after the removals and additions. */
  readonly lastRow: number;
}

/** The name of the form's 20 children's facts sheet, or undefined when the form has none (Ofsted's template). */
export function factsSheetName(form: Form): string | undefined {
  return factsList(form)?.sheetName;
}

/** The form's own 20 children's facts list (not one kept beside it as optional). */
function factsList(form: Form): ListSpec | undefined {
  return form.lists.find((candidate) => hasRole(candidate, "selectedFacts") && !candidate.optional);
}

const isBlank = (value: unknown) => value === null || value === undefined || String(value).trim() === "";

/**
 * The facts sheet's changes for the inspector's choices in `rows`. `grid` is the sheet as it is, or
 * undefined when there is none. Undefined when the form has no facts sheet.
 */
export function factsSheetPlan(
  form: Form,
  grid: readonly (readonly unknown[])[] | undefined,
  rows: readonly SelectionRow[],
): FactsSheetPlan | undefined {
  const list = factsList(form);
  if (!list) return undefined;
  const sheet = list.sheetName;
  const chosen = new Set(rows.filter((row) => row.choice.selected).map((row) => row.child.childId));
  const present = new Set<string>();
  const removals: { row: number; childId: string }[] = [];
  const keptNotSelected: string[] = [];
  let lastRow = form.layout.headingRow;
  (grid ?? []).forEach((row, index) => {
    const id = index > form.layout.headingRow ? readChildId(row?.[0] as CellValue) : undefined;
    if (id === undefined) return;
    present.add(id);
    lastRow = index;
    if (chosen.has(id)) return;
    if ((row ?? []).slice(1).every(isBlank)) removals.push({ row: index, childId: id });
    else keptNotSelected.push(id);
  });
  removals.reverse();
  lastRow -= removals.length;
  const additions: { row: number; childId: string }[] = [];
  for (const childId of chosen) {
    if (present.has(childId)) continue;
    present.add(childId);
    lastRow += 1;
    additions.push({ row: lastRow, childId });
  }
  return {
    sheet,
    ...(grid === undefined ? { create: factsSheetCreation(sheet, list.columns) } : {}),
    removals,
    keptNotSelected,
    additions,
    lastRow,
  };
}

/** A new facts sheet: its headings in bold, frozen; the children are written by the plan's additions. */
function factsSheetCreation(sheet: string, columns: readonly { readonly heading: string }[]): SheetPlan {
  return {
    name: sheet,
    role: "list",
    cells: columns.map((column, index) => ({
      address: `${columnLetter(index)}1`,
      value: column.heading,
      numberFormat: TEXT_FORMAT,
      bold: true,
    })),
    freezeRows: 1,
    conditionalFormats: [],
  };
}

/** What following the Selection sheet did to the facts sheet, as the pane and the command line say it. */
export interface FactsChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** No longer chosen, kept because facts were typed for them. */
  readonly keptNotSelected: readonly string[];
}

export const NO_FACTS_CHANGE: FactsChange = { added: [], removed: [], keptNotSelected: [] };

export function factsChangeOf(plan: FactsSheetPlan): FactsChange {
  return {
    added: plan.additions.map((addition) => addition.childId),
    removed: plan.removals.map((removal) => removal.childId).reverse(),
    keptNotSelected: plan.keptNotSelected,
  };
}

/** The facts sheet's change in sentences: "Added to ‘20 children’: K1. Removed, as no longer selected: K2." */
export function factsChangeText(sheet: string, change: FactsChange): string[] {
  const ids = (list: readonly string[]) => list.join(", ");
  return [
    ...(change.added.length > 0 ? [`Added to ‘${sheet}’: ${ids(change.added)}.`] : []),
    ...(change.removed.length > 0
      ? [`Removed from ‘${sheet}’, as no longer selected and with no facts typed: ${ids(change.removed)}.`]
      : []),
    ...(change.keptNotSelected.length > 0
      ? [
          `Kept on ‘${sheet}’ though no longer selected, because facts have been typed for them: ${ids(change.keptNotSelected)}. The check marks them; delete their rows if the facts are not needed.`,
        ]
      : []),
  ];
}
