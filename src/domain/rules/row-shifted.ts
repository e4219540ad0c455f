import type { ColumnSpec, ListId, ListSpec } from "../catalogue";
import { isBlank, type CellValue } from "../grid";
import { cellAcceptance } from "../schemas";
import { gridOf, validRow, type ExampleSheet, type RowByKey } from "./examples";
import type { ListProblem, ListRule, TypedRow } from "./rule";

// SPEC "What real returns look like": rows pasted one column out of place. Each of their values
// then fails its own column ("‘N1 Abuse or neglect’ is not a date"), a wall of findings that does
// not say the cause; the values fit the headings one column over, so that is said, once a block.

/** The kinds whose values a column checks: text and IDs accept almost anything, so prove nothing. */
const CHECKED_KINDS: ReadonlySet<ColumnSpec["kind"]> = new Set(["date", "code", "yesNo", "count", "age"]);
/** At least this many of a row's values must fail their own column and fit the one beside it. */
const LEAST_EVIDENCE = 3;

/** Whether each checked column accepts a cell, built once per column (a zod schema each). */
const acceptance = new WeakMap<ColumnSpec, (cell: string | number | boolean) => boolean>();
function acceptsOf(column: ColumnSpec): (cell: string | number | boolean) => boolean {
  let accepts = acceptance.get(column);
  if (!accepts) acceptance.set(column, (accepts = cellAcceptance(column)));
  return accepts;
}

interface Checked {
  readonly column: ColumnSpec;
  readonly index: number;
}

/**
 * Which way a row's values are out of place: +1 when they sit one column to the right of their
 * headings, -1 to the left; undefined unless certain. Certain means: at least LEAST_EVIDENCE of
 * its checked cells are not recognised in their own column, and the values one column over fit
 * the checked headings for most (three in four) of them and for LEAST_EVIDENCE more than fit their
 * own. A clean row costs one look at each checked cell's recognised value.
 */
function shiftOf(row: TypedRow, checked: readonly Checked[]): 1 | -1 | undefined {
  let own = 0;
  let ownFit = 0;
  for (const { column, index } of checked) {
    // A recognised value is never of a blank cell: only a cell not recognised is asked if blank.
    if (row.value[column.key] !== undefined) ownFit++;
    else if (isBlank(row.cells[index])) continue;
    own++;
  }
  if (own - ownFit < LEAST_EVIDENCE) return undefined;
  for (const shift of [1, -1] as const) {
    let given = 0;
    let fit = 0;
    for (const { column, index } of checked) {
      const cell: CellValue = row.cells[index + shift];
      if (isBlank(cell)) continue;
      given++;
      if (acceptsOf(column)(cell as string | number | boolean)) fit++;
    }
    if (fit >= LEAST_EVIDENCE && fit * 4 >= given * 3 && fit >= ownFit + LEAST_EVIDENCE) return shift;
  }
  return undefined;
}

/** "Row 5 looks" or "Rows 5 to 40 look", in sheet row numbers. */
function rowsInWords(first: number, last: number): { rows: string; look: string; them: string; their: string } {
  return first === last
    ? { rows: `Row ${first + 1}`, look: "looks", them: "it", their: "its" }
    : { rows: `Rows ${first + 1} to ${last + 1}`, look: "look", them: "them", their: "their" };
}

function message(first: number, last: number, shift: 1 | -1): string {
  const words = rowsInWords(first, last);
  const side = shift === 1 ? "right" : "left";
  const back = shift === 1 ? "left" : "right";
  return `${words.rows} ${words.look} shifted one column to the ${side}: ${words.their} values fit the headings one column to the ${back}. Paste ${words.them} again one column to the ${back}.`;
}

/** A sheet of the list whose rows are moved `shift` columns (a blank cell where they left). */
function shifted(list: ListId, shift: number, count: number, overrides: RowByKey = {}): ExampleSheet {
  const [headings, ...data] = gridOf(
    list,
    Array.from({ length: count }, () => validRow(list, overrides)),
  );
  const move = (cells: readonly CellValue[]) =>
    shift > 0 ? [...Array<CellValue>(shift).fill(null), ...cells] : cells.slice(-shift);
  return { list, grid: [headings, ...data.map(move)] };
}

export const rowShifted: ListRule = {
  code: "ROW-SHIFTED",
  severity: "error",
  summary: "Rows were pasted one column to the left or right: their values fit the headings beside their own.",
  stage: "list",
  // Reads every column by its place in the sheet, and reports at the block's first cell.
  columns: [],
  examples: {
    fails: [
      {
        name: "rows shifted right",
        sheets: [shifted("childrenInNeed", 1, 3)],
        at: { list: "childrenInNeed", row: 1, column: 0 },
        message:
          "Rows 2 to 4 look shifted one column to the right: their values fit the headings one column to the left. Paste them again one column to the left.",
      },
      {
        name: "a row shifted left",
        sheets: [shifted("childProtection", -1, 1)],
        at: { list: "childProtection", row: 1, column: 0 },
        message:
          "Row 2 looks shifted one column to the left: its values fit the headings one column to the right. Paste it again one column to the right.",
      },
    ],
    passes: [
      { name: "a row in place", sheets: [shifted("childrenInNeed", 0, 2)] },
      {
        name: "many errors that fit neither neighbour",
        sheets: [
          shifted("childrenInNeed", 0, 1, {
            gender: "Boy",
            ethnicity: "White",
            dateOfBirth: "unknown",
            age: "eleven",
            disability: "Maybe",
            cinStartDate: "soon",
            primaryNeed: "Neglect",
          }),
        ],
      },
    ],
  },
  check: (rows, context) => {
    const checked = checkedColumns(context.list, rows[0]);
    if (checked.length < LEAST_EVIDENCE) return [];
    const firstColumn = Math.min(...Object.values(rows[0]?.columnAt ?? {}).filter((at) => at !== undefined));
    const problems: ListProblem[] = [];
    let block: { first: number; last: number; shift: 1 | -1 } | undefined;
    const close = () => {
      if (block)
        problems.push({
          rowIndex: block.first,
          columnIndex: firstColumn,
          message: message(block.first, block.last, block.shift),
        });
      block = undefined;
    };
    for (const row of rows) {
      const shift = shiftOf(row, checked);
      if (shift !== undefined && block?.shift === shift) block.last = row.rowIndex;
      else {
        close();
        if (shift !== undefined) block = { first: row.rowIndex, last: row.rowIndex, shift };
      }
    }
    close();
    return problems;
  },
};

/** The list's checked columns the sheet has, with where each is. */
function checkedColumns(list: ListSpec, row: TypedRow | undefined): Checked[] {
  if (!row) return [];
  return list.columns.flatMap((column) => {
    const index = row.columnAt[column.key];
    return index !== undefined && CHECKED_KINDS.has(column.kind) ? [{ column, index }] : [];
  });
}
