// A rendering of the in-memory workbook beside the real task pane: sheet tabs, and the active
// sheet as a grid showing values, the add-in's marks, the focus highlight and drop-downs, as
// Excel would draw them from the workbook's own conditional formats and validation.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { startTransition, useEffect, useMemo, useState } from "react";
import { formatUkDate } from "../domain/dates";
import { validateList } from "../domain/engine";
import { cellAddress, columnLetter, type CellValue } from "../domain/grid";
import { identifyList } from "../domain/headers";
import type { SimSheet, SimWorkbook } from "../sim/excel-sim";
import { userSelect } from "../sim/selection-events";
import { isUsed } from "../sim/sheet";
import { SAMPLE_FORM, sampleGrid } from "./sample";

interface Props {
  sim: SimWorkbook;
  /** Used when the workbook has no ReferenceDate cell yet. */
  today: number;
}

const SHOWN_ROWS = 40;
/** Columns looked at for the drawn grid (A to AZ): a list has 20 at most. */
const SHOWN_COLUMNS = 52;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  scroller: { overflow: "auto", maxHeight: "78vh", border: `1px solid ${tokens.colorNeutralStroke1}` },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
    padding: "2px 6px",
    fontWeight: "normal",
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, padding: "2px 6px", textAlign: "right" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  error: { backgroundColor: "#FFC7CE", color: "#9C0006", outline: "1px solid #9C0006" },
  warning: { backgroundColor: "#FFEB9C", color: "#9C5700" },
  focus: {
    backgroundColor: "#DDEBF7",
    fontWeight: "bold",
    borderTop: "1px solid #1F3864",
    borderBottom: "1px solid #1F3864",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Which marks sheet and severity a marks conditional format reads: 'AnnexA_Marks_x'!A1=2. */
function marksOf(sheet: SimSheet, sim: SimWorkbook): { marks: SimSheet; level: number }[] {
  return sheet.conditionalFormats.flatMap((format) => {
    const match = /^'?([^'!]+)'?!A1=(\d)$/.exec(format.formula);
    const marks = match ? sim.sheet(match[1]) : undefined;
    return marks && match ? [{ marks, level: Number(match[2]) }] : [];
  });
}

function display(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === "number" && numberFormat?.includes("yy")) return formatUkDate(value);
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The rows and columns to draw: those used among the first rows, and two blank rows after them
 * (up to SHOWN_ROWS). Looked up cell by cell, not from the sheet's used range, which visits every
 * cell: 750,000 of them for a list of 50,000 rows, redrawn after every sync (issue 12).
 */
function shownSize(sheet: SimSheet): { rowCount: number; columnCount: number } {
  let lastRow = -1;
  let lastColumn = -1;
  for (let row = 0; row < SHOWN_ROWS; row++)
    for (let column = 0; column < SHOWN_COLUMNS; column++) {
      if (!isUsed(sheet.cell(row, column), false)) continue;
      lastRow = row;
      lastColumn = Math.max(lastColumn, column);
    }
  return { rowCount: Math.min(Math.max(lastRow + 1, 1) + 2, SHOWN_ROWS), columnCount: Math.max(lastColumn + 1, 1) };
}

/** The workbook's named reference date, as the focus highlight's formula reads it. */
function referenceDate(sim: SimWorkbook, today: number): number {
  const named = sim.names.get("referencedate");
  const value = named?.sheet.cell(named.block.row, named.block.column)?.value;
  return typeof value === "number" ? value : today;
}

export function WorkbookView({ sim, today }: Props) {
  const styles = useStyles();
  // The count of the workbook's changes drawn (SimWorkbook.changes): data-changes on the grid.
  const [version, setVersion] = useState(sim.changes);
  const [active, setActive] = useState(sim.activeSheet?.name ?? "");
  // Redrawn after a change as a transition: a burst of syncs is drawn once, after the pane's own updates.
  useEffect(() => {
    const stop = sim.subscribe(() => startTransition(() => setVersion(sim.changes)));
    // A change made before this subscription is drawn too.
    setVersion(sim.changes);
    return stop;
  }, [sim]);
  useEffect(() => {
    if (sim.selection) setActive(sim.selection.sheet);
    else if (sim.activeSheet) setActive(sim.activeSheet.name);
  }, [sim, version]);

  const sheet = sim.sheet(active) ?? sim.sheets[0];
  const { rowCount, columnCount } = useMemo(
    () => (sheet ? shownSize(sheet) : { rowCount: 1, columnCount: 1 }),
    [sheet, version],
  );
  const grid = useMemo(
    () => (sheet ? sheet.values({ row: 0, column: 0, rowCount: Math.max(rowCount, 1), columnCount }) : []),
    [sheet, rowCount, columnCount, version],
  );
  const referenceSerial = referenceDate(sim, today);
  const identified = sheet ? identifyList(SAMPLE_FORM, sheet.name, grid) : { kind: "none" as const };
  const focusRows = useMemo(
    () =>
      new Set(
        identified.kind === "list"
          ? validateList(SAMPLE_FORM, identified.listId, grid, { referenceSerial }).focus.map((item) => item.row)
          : [],
      ),
    [identified.kind === "list" ? identified.listId : "", grid, referenceSerial],
  );
  const marks = sheet ? marksOf(sheet, sim) : [];
  const sample = identified.kind === "list" ? sampleGrid(identified.listId) : undefined;

  const handlePaste = async () => {
    if (!sheet || !sample) return;
    // Below the last row with a value: an empty template's first table row is filled first.
    const withValues = sheet.usedBlock(true);
    const firstBlank = Math.max(withValues ? withValues.row + withValues.rowCount : 1, 1);
    sim.activeSheet = sheet;
    await sim.userEdit(sheet.name, `A${firstBlank + 1}`, sample);
  };

  const cellClass = (row: number, column: number) => {
    const classes = [styles.cell];
    const level = Math.max(
      0,
      ...marks
        .filter(({ marks: twin, level: wanted }) => twin.cell(row, column)?.value === wanted)
        .map(({ level: found }) => found),
    );
    if (level === 2) classes.push(styles.error);
    else if (level === 1) classes.push(styles.warning);
    else if (focusRows.has(row)) classes.push(styles.focus);
    if (sim.selection?.sheet === sheet?.name && sim.selection.address === cellAddress(row, column))
      classes.push(styles.selected);
    return classes.join(" ");
  };
  const dropDown = (row: number, column: number) =>
    sheet?.validations.some(
      (validation) =>
        validation.rule &&
        row >= validation.block.row &&
        row < validation.block.row + validation.block.rowCount &&
        column >= validation.block.column &&
        column < validation.block.column + validation.block.columnCount,
    );

  return (
    <section className={styles.root} aria-label="Workbook">
      <div className={styles.tabs} role="tablist" aria-label="Sheets">
        {sim.sheets
          .filter((candidate) => candidate.visibility === "Visible")
          .map((candidate) => (
            <Button
              key={candidate.id}
              role="tab"
              size="small"
              aria-selected={candidate === sheet}
              appearance={candidate === sheet ? "primary" : "secondary"}
              onClick={() => {
                sim.activeSheet = candidate;
                sim.selection = undefined;
                setActive(candidate.name);
              }}
            >
              {candidate.name}
            </Button>
          ))}
      </div>
      <div>
        <Button size="small" disabled={!sample} onClick={() => void handlePaste()} data-testid="paste-sample">
          Paste sample rows into this sheet
        </Button>
      </div>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label="Cells">
        <table
          className={styles.grid}
          data-testid="grid"
          data-changes={version}
          aria-label={`Sheet ${sheet?.name ?? ""}`}
        >
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                Row
              </th>
              {Array.from({ length: columnCount }, (_, column) => (
                <th key={column} className={styles.head} scope="col">
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, r) => (
              <tr key={r} data-focus={focusRows.has(r) ? "true" : undefined}>
                <th className={styles.rowHead} scope="row">
                  {focusRows.has(r) ? "◆ " : ""}
                  {r + 1}
                </th>
                {row.map((value, c) => (
                  <td
                    key={c}
                    className={cellClass(r, c)}
                    data-cell={cellAddress(r, c)}
                    title={dropDown(r, c) ? "Drop-down list" : undefined}
                    onClick={() => sheet && void userSelect(sim, sheet.name, cellAddress(r, c))}
                  >
                    {display(value, sheet?.cell(r, c)?.numberFormat)}
                    {dropDown(r, c) && r > 0 ? " ▾" : ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
