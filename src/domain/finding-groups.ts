// Findings grouped by what fixes them: one group per list, column, rule and message (and fix, and
// the value it replaces; messages that each name their own row make one group, with an example), so that a return with a local spelling on every row reads as a few lines
// ("Gender: ‘Male’ means ‘a) Male’ — 48,112 cells") rather than 235,000. Pure, and linear in the
// number of findings: a real return's findings are counted in hundreds of thousands.
import type { ListId } from "./catalogue";
import type { Finding, Fix, Severity } from "./findings";
import { cellAddress, type CellValue } from "./grid";

export interface FindingGroup {
  readonly list: ListId;
  /** The sheet the list was read from, where known. */
  readonly sheet?: string;
  /** The zero-based column of every cell in the group. */
  readonly column: number;
  /** The catalogue heading of the column (or the sheet's own text for an unknown column). */
  readonly heading: string;
  readonly severity: Severity;
  readonly code: string;
  /**
   * What the group's findings say: all of them, unless `forExample`. A message that quotes the cell
   * (‘Male’ means ...) makes a group of one value.
   */
  readonly message: string;
  /**
   * The findings say more than MESSAGES_PER_GROUP different things (each names its row's own
   * facts: a child's two dates of birth), so they are one group and `message` is the first of them.
   */
  readonly forExample?: true;
  readonly fix?: Fix;
  /** The value the fix would replace, the same in every cell: given only where there is a fix and valueOf was. */
  readonly value?: CellValue;
  readonly count: number;
  /**
   * The zero-based rows of the cells, in the findings' order. Every cell is in `column`, so a row
   * number is the whole address: 235,000 cells take 235,000 numbers, not 235,000 strings.
   */
  readonly rows: readonly number[];
}

interface Growing {
  readonly first: Finding;
  readonly value: CellValue;
  readonly listIndex: number;
  readonly rows: number[];
}

/**
 * Groups of one list, column, rule and fix that differ only in what they say are kept apart up to
 * this many ("‘Monkey’ is not one of the gender codes", "‘Dog’ is not ..."); beyond it each message
 * names a row's own facts, and one group with an example reads better than thousands of one cell.
 */
export const MESSAGES_PER_GROUP = 50;

/** Where a group belongs before its message, as one string (NUL between parts: no heading holds one). */
function placeOf(item: Finding, value: string): string {
  const fix = item.fix ? `${typeof item.fix.value}:${item.fix.value}\u0000${item.fix.display}` : "";
  return `${item.list}\u0000${item.sheet ?? ""}\u0000${item.column}\u0000${item.heading}\u0000${item.code}\u0000${item.severity}\u0000${fix}\u0000${value}`;
}

/**
 * The findings in groups: errors before warnings; within a severity the largest groups first,
 * then in the order of their lists, then as first found. `valueOf` reads a finding's cell, so
 * that a group with a fix is also one value (the engine's findings do not carry the value).
 * Every finding is in exactly one group: the counts add up to findings.length.
 */
export function groupFindings(findings: readonly Finding[], valueOf?: (item: Finding) => CellValue): FindingGroup[] {
  // By place, then by message within it: a place's messages are few unless each names its row.
  const places = new Map<string, Map<string, Growing>>();
  const listIndex = new Map<ListId, number>();
  for (const item of findings) {
    const value = item.fix && valueOf ? valueOf(item) : undefined;
    const place = placeOf(item, value === undefined ? "" : `${typeof value}:${value}`);
    let byMessage = places.get(place);
    if (!byMessage) places.set(place, (byMessage = new Map()));
    const group = byMessage.get(item.message);
    if (group) {
      group.rows.push(item.row);
      continue;
    }
    let index = listIndex.get(item.list);
    if (index === undefined) listIndex.set(item.list, (index = listIndex.size));
    byMessage.set(item.message, { first: item, value, listIndex: index, rows: [item.row] });
  }
  const growing: (Growing & { forExample?: true })[] = [];
  for (const byMessage of places.values()) {
    if (byMessage.size <= MESSAGES_PER_GROUP) growing.push(...byMessage.values());
    else {
      const [first] = byMessage.values();
      const rows = [...byMessage.values()].flatMap((group) => group.rows).sort((a, b) => a - b);
      growing.push({ ...first, rows, forExample: true });
    }
  }
  // First-found order is kept and sort is stable, so ties keep it.
  const sorted = growing.sort(
    (a, b) =>
      severityRank(a.first.severity) - severityRank(b.first.severity) ||
      b.rows.length - a.rows.length ||
      a.listIndex - b.listIndex,
  );
  return sorted.map(({ first, value, rows, forExample }) => ({
    list: first.list,
    ...(first.sheet !== undefined ? { sheet: first.sheet } : {}),
    column: first.column,
    heading: first.heading,
    severity: first.severity,
    code: first.code,
    message: first.message,
    ...(forExample ? { forExample } : {}),
    ...(first.fix ? { fix: first.fix } : {}),
    ...(value !== undefined && value !== null ? { value } : {}),
    count: rows.length,
    rows,
  }));
}

function severityRank(severity: Severity): number {
  return severity === "error" ? 0 : 1;
}

/** A group's cells as A1 addresses, the first `limit` of them. */
export function groupCells(group: FindingGroup, limit = group.rows.length): string[] {
  const cells: string[] = [];
  for (let index = 0; index < Math.min(limit, group.rows.length); index++)
    cells.push(cellAddress(group.rows[index], group.column));
  return cells;
}

/**
 * A group's findings, in the order of `rows` (all the group's rows unless some are given), so that
 * the pane can fix and go to them. A finding is one rule at one cell, so a row of the group is one
 * finding. One pass over the findings: done for a click, not for every group drawn.
 */
export function findingsOfGroup(
  findings: readonly Finding[],
  group: FindingGroup,
  rows: readonly number[] = group.rows,
): Finding[] {
  const wanted = new Set(rows);
  const atRow = new Map<number, Finding>();
  for (const item of findings)
    if (
      item.column === group.column &&
      item.code === group.code &&
      item.list === group.list &&
      item.sheet === group.sheet &&
      wanted.has(item.row)
    )
      atRow.set(item.row, item);
  const found: Finding[] = [];
  for (const row of rows) {
    const item = atRow.get(row);
    if (item) found.push(item);
  }
  return found;
}
