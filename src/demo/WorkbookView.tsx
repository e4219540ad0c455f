// A rendering of the in-memory workbook beside the real task pane: sheet tabs, and the active
// sheet as a grid showing values, the add-in's marks, the focus highlight and drop-downs, as
// Excel would draw them from the workbook's own conditional formats and validation. The grid is
// edited as Excel's is (typing, F2, Enter, Tab, Escape, Delete, Ctrl+V, Ctrl+Z), each edit made
// through the in-memory Excel as a person's, so the add-in hears it as it would in Excel.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { formatUkDate } from "../domain/dates";
import { validateList } from "../domain/engine";
import { blockAddress, cellAddress, columnLetter, parseAddress, type CellBlock, type CellValue } from "../domain/grid";
import { identifyList } from "../domain/headers";
import type { SimSheet, SimWorkbook } from "../sim/excel-sim";
import { userSelectsCell } from "../sim/selected-cell-events";
import { isUsed } from "../sim/sheet";
import { recordBefore, userClear, userUndo, type EditRecord } from "../sim/user-edits";
import { rowsOfText, textOfRows } from "./clipboard";
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
  // Over the cell's own fill, so a marked cell in a selected block still shows its mark.
  inBlock: { boxShadow: `inset 0 0 0 999px ${tokens.colorBrandBackground2}`, mixBlendMode: "multiply" },
  editor: {
    font: "inherit",
    width: "100%",
    minWidth: "8em",
    boxSizing: "border-box",
    border: "none",
    padding: 0,
    outline: "none",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

interface Place {
  readonly row: number;
  readonly column: number;
}

/** The block between two corners, in either order. */
function between(a: Place, b: Place): CellBlock {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
}

const inside = (block: CellBlock, row: number, column: number) =>
  row >= block.row &&
  row < block.row + block.rowCount &&
  column >= block.column &&
  column < block.column + block.columnCount;

/** Where a key moves the active cell, when it moves it. */
const MOVES: Record<string, Place> = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { row: 0, column: -1 },
  ArrowRight: { row: 0, column: 1 },
};

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

/** What editing a cell in place starts from (F2, a double-click): its formula, or its value as shown. */
function textToEdit(sheet: SimSheet, row: number, column: number): string {
  const cell = sheet.cell(row, column);
  return cell?.formula ?? display(cell?.value ?? "", cell?.numberFormat);
}

const clamp = (value: number, top: number) => Math.min(Math.max(value, 0), top);

export function WorkbookView({ sim, today }: Props) {
  const styles = useStyles();
  // The count of the workbook's changes drawn (SimWorkbook.changes): data-changes on the grid.
  const [version, setVersion] = useState(sim.changes);
  const [active, setActive] = useState(sim.activeSheet?.name ?? "");
  // The selected block runs from its anchor (where the selection started) to the active cell
  // (where typing goes), as in Excel.
  const [anchor, setAnchor] = useState<Place>({ row: 0, column: 0 });
  const [cursor, setCursor] = useState<Place>({ row: 0, column: 0 });
  const [editing, setEditing] = useState<{ text: string } | undefined>();
  // Edits handed to the in-memory Excel whose events the add-in has not yet finished handling.
  const [pending, setPending] = useState(0);
  const [problem, setProblem] = useState("");
  const undoList = useRef<EditRecord[]>([]);
  /** The selection the grid itself last made ("Sheet!B2"), told apart from one the pane made. */
  const selectedHere = useRef("");
  /** Whether the active cell should take the focus at the next drawing (after a move, an edit). */
  const refocus = useRef(false);
  /** Set while an edit is open; blur and Enter may both end it, and only the first counts. */
  const editOpen = useRef(false);
  const gridRef = useRef<HTMLTableElement>(null);

  // Redrawn after a change as a transition: a burst of syncs is drawn once, after the pane's own updates.
  useEffect(() => {
    const stop = sim.subscribe(() => startTransition(() => setVersion(sim.changes)));
    // A change made before this subscription is drawn too.
    setVersion(sim.changes);
    return stop;
  }, [sim]);
  useEffect(() => {
    if (sim.selectedCell) setActive(sim.selectedCell.sheet);
    else if (sim.activeSheet) setActive(sim.activeSheet.name);
    // A selection made elsewhere (the pane's "Go to cell"): the grid's selection follows it.
    const selection = sim.selectedCell;
    const block = selection && parseAddress(selection.address);
    if (!selection || !block) return;
    const made = `${selection.sheet}!${blockAddress(block)}`;
    if (made === selectedHere.current) return;
    selectedHere.current = made;
    editOpen.current = false;
    setEditing(undefined);
    setCursor({ row: block.row, column: block.column });
    setAnchor({ row: block.row + block.rowCount - 1, column: block.column + block.columnCount - 1 });
  }, [sim, version]);

  const sheet = sim.sheet(active) ?? sim.sheets[0];
  const used = useMemo(() => (sheet ? shownSize(sheet) : { rowCount: 1, columnCount: 1 }), [sheet, version]);
  // Drawn as far as the selection reaches too, so it can move past the last used cell, as in Excel.
  const rowCount = Math.min(Math.max(used.rowCount, cursor.row + 1, anchor.row + 1), SHOWN_ROWS);
  const columnCount = Math.min(Math.max(used.columnCount, cursor.column + 1, anchor.column + 1), SHOWN_COLUMNS);
  const grid = useMemo(
    () => (sheet ? sheet.values({ row: 0, column: 0, rowCount, columnCount }) : []),
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
  const block = between(anchor, cursor);

  // After a move or an edit the active cell takes the focus, as Excel's cursor does; never when the
  // focus is elsewhere (the pane's "Go to cell" moves the selection, not the focus).
  useLayoutEffect(() => {
    const table = gridRef.current;
    if (!table || editing || (!refocus.current && !table.contains(document.activeElement))) return;
    refocus.current = false;
    const cell = table.querySelector<HTMLElement>(`td[data-cell="${cellAddress(cursor.row, cursor.column)}"]`);
    if (cell && document.activeElement !== cell) cell.focus();
  });

  const handlePaste = async () => {
    if (!sheet || !sample) return;
    // Below the last row with a value: an empty template's first table row is filled first.
    const withValues = sheet.usedBlock(true);
    const firstBlank = Math.max(withValues ? withValues.row + withValues.rowCount : 1, 1);
    sim.activeSheet = sheet;
    await sim.userEdit(sheet.name, `A${firstBlank + 1}`, sample);
  };

  /** Selects from `from` to `to` (one cell when `from` is left out), as a person's click or key does. */
  const select = (to: Place, from?: Place, on: string | undefined = sheet?.name) => {
    if (!on) return;
    const next = { row: clamp(to.row, SHOWN_ROWS - 1), column: clamp(to.column, SHOWN_COLUMNS - 1) };
    const start = from ?? next;
    setCursor(next);
    setAnchor(start);
    refocus.current = true;
    const address = blockAddress(between(start, next));
    selectedHere.current = `${sim.sheet(on)?.name ?? on}!${address}`;
    void userSelectsCell(sim, on, address);
  };
  const moveBy = (step: Place, extend = false) =>
    select({ row: cursor.row + step.row, column: cursor.column + step.column }, extend ? anchor : undefined);

  /** Hands an edit to the in-memory Excel, remembering what it replaced for Ctrl+Z. */
  const send = (record: EditRecord | undefined, edit: Promise<void>) => {
    if (record) undoList.current.push(record);
    setPending((count) => count + 1);
    setProblem("");
    edit
      .catch((error: unknown) => setProblem(`That edit could not be made: ${(error as Error).message}`))
      .finally(() => setPending((count) => count - 1));
  };

  const startEditing = (text: string) => {
    editOpen.current = true;
    setEditing({ text });
  };

  /** Ends the open edit: `keep` types the text into the active cell, as Enter does in Excel. */
  const endEditing = (text: string, keep: boolean, step?: Place) => {
    if (!editOpen.current || !sheet) return;
    editOpen.current = false;
    setEditing(undefined);
    refocus.current = Boolean(step) || !keep;
    if (keep) {
      const address = cellAddress(cursor.row, cursor.column);
      send(recordBefore(sim, sheet.name, address), sim.userType(sheet.name, address, [[text]]));
    }
    if (step) moveBy(step);
  };

  const handleUndo = () => {
    const record = undoList.current.pop();
    if (!record) return;
    send(undefined, userUndo(sim, record));
    // Excel shows what it undid: that sheet, that block.
    const { row, column, rowCount, columnCount } = record.block;
    select({ row, column }, { row: row + rowCount - 1, column: column + columnCount - 1 }, record.sheet);
  };

  /** Tab's step: within the drawn columns; past them Tab leaves the grid, so it never traps the keyboard. */
  const tabStep = (backwards: boolean): Place | undefined => {
    const column = cursor.column + (backwards ? -1 : 1);
    return column < 0 || column >= columnCount ? undefined : { row: 0, column: backwards ? -1 : 1 };
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !sheet) return;
    const { key, shiftKey, altKey } = event;
    const ctrl = event.ctrlKey || event.metaKey;
    const step = MOVES[key];
    let handled = true;
    if (step && !ctrl && !altKey) moveBy(step, shiftKey);
    else if (key === "Enter" && !ctrl && !altKey) moveBy({ row: shiftKey ? -1 : 1, column: 0 });
    else if (key === "Tab" && !ctrl && !altKey && tabStep(shiftKey)) moveBy(tabStep(shiftKey)!);
    else if (key === "F2") startEditing(textToEdit(sheet, cursor.row, cursor.column));
    else if (key === "Delete" || key === "Backspace") {
      const address = blockAddress(block);
      send(recordBefore(sim, sheet.name, address), userClear(sim, sheet.name, address));
    } else if (ctrl && !altKey && key.toLowerCase() === "z") handleUndo();
    // A character typed on a selected cell starts an edit that replaces what the cell holds.
    else if (key.length === 1 && !ctrl && !altKey) startEditing(key);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const handleEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const text = event.currentTarget.value;
    if (event.key === "Enter" && !event.altKey) {
      event.preventDefault();
      endEditing(text, true, { row: event.shiftKey ? -1 : 1, column: 0 });
    } else if (event.key === "Tab") {
      const step = tabStep(event.shiftKey);
      if (step) event.preventDefault();
      endEditing(text, true, step);
    } else if (event.key === "Escape") {
      event.preventDefault();
      endEditing(text, false);
    }
  };

  // The clipboard's events go to the page, not to a cell (a cell is not editable), so they are
  // heard on the document and taken when the focus is on one of the grid's cells.
  const clipboard = useRef<{
    paste(event: globalThis.ClipboardEvent): void;
    copy(event: globalThis.ClipboardEvent): void;
  }>(undefined);
  clipboard.current = {
    // Excel reads pasted text as typed: dates, numbers and codes as the cell would take them.
    paste: (event) => {
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (!sheet || text === "") return;
      event.preventDefault();
      const rows = rowsOfText(text);
      const pasted = { row: cursor.row, column: cursor.column, rowCount: rows.length, columnCount: rows[0].length };
      const address = blockAddress(pasted);
      send(recordBefore(sim, sheet.name, address), sim.userType(sheet.name, address, rows));
      // Excel selects what it pasted.
      select(cursor, { row: pasted.row + pasted.rowCount - 1, column: pasted.column + pasted.columnCount - 1 });
    },
    copy: (event) => {
      if (!sheet) return;
      event.preventDefault();
      const rows = Array.from({ length: block.rowCount }, (_, r) =>
        Array.from({ length: block.columnCount }, (_, c) => {
          const cell = sheet.cell(block.row + r, block.column + c);
          return display(cell?.value ?? "", cell?.numberFormat);
        }),
      );
      event.clipboardData?.setData("text/plain", textOfRows(rows));
    },
  };
  useEffect(() => {
    const onCell = () =>
      document.activeElement instanceof HTMLTableCellElement &&
      Boolean(gridRef.current?.contains(document.activeElement));
    const paste = (event: globalThis.ClipboardEvent) => onCell() && clipboard.current?.paste(event);
    const copy = (event: globalThis.ClipboardEvent) => onCell() && clipboard.current?.copy(event);
    document.addEventListener("paste", paste);
    document.addEventListener("copy", copy);
    return () => {
      document.removeEventListener("paste", paste);
      document.removeEventListener("copy", copy);
    };
  }, []);

  const focusAtEnd = useCallback((input: HTMLInputElement | null) => {
    if (!input || document.activeElement === input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

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
    if (row === cursor.row && column === cursor.column) classes.push(styles.selected);
    else if (inside(block, row, column)) classes.push(styles.inBlock);
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
                sim.selectedCell = undefined;
                selectedHere.current = "";
                editOpen.current = false;
                setEditing(undefined);
                setCursor({ row: 0, column: 0 });
                setAnchor({ row: 0, column: 0 });
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
      <p className={styles.hint} id="grid-keys">
        Type in a cell to change it, as in Excel: Enter or Tab keeps it, Escape cancels, F2 edits in place, Delete
        clears, Ctrl+V pastes, Ctrl+Z undoes.
      </p>
      {problem && (
        <p className={styles.hint} role="alert">
          {problem}
        </p>
      )}
      <div className={styles.scroller} role="region" aria-label="Cells">
        <table
          ref={gridRef}
          className={styles.grid}
          data-testid="grid"
          data-changes={version}
          role="grid"
          aria-label={`Sheet ${sheet?.name ?? ""}`}
          aria-describedby="grid-keys"
          aria-busy={pending > 0}
          aria-multiselectable="true"
          onKeyDown={handleKeyDown}
        >
          <thead>
            <tr role="row">
              <th className={styles.head} scope="col" role="columnheader">
                Row
              </th>
              {Array.from({ length: columnCount }, (_, column) => (
                <th key={column} className={styles.head} scope="col" role="columnheader">
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, r) => (
              <tr key={r} role="row" data-focus={focusRows.has(r) ? "true" : undefined}>
                <th className={styles.rowHead} scope="row" role="rowheader">
                  {focusRows.has(r) ? "◆ " : ""}
                  {r + 1}
                </th>
                {row.map((value, c) => {
                  const address = cellAddress(r, c);
                  const isCursor = r === cursor.row && c === cursor.column;
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      tabIndex={isCursor ? 0 : -1}
                      aria-selected={inside(block, r, c)}
                      className={cellClass(r, c)}
                      data-cell={address}
                      title={dropDown(r, c) ? "Drop-down list" : undefined}
                      onClick={(event) => select({ row: r, column: c }, event.shiftKey ? anchor : undefined)}
                      onDoubleClick={() => sheet && startEditing(textToEdit(sheet, r, c))}
                    >
                      {editing && isCursor ? (
                        <input
                          ref={focusAtEnd}
                          className={styles.editor}
                          aria-label={`Edit ${sheet?.name ?? ""} ${address}`}
                          value={editing.text}
                          onChange={(event) => setEditing({ text: event.target.value })}
                          onKeyDown={handleEditorKeyDown}
                          onBlur={(event) => endEditing(event.currentTarget.value, true)}
                        />
                      ) : (
                        <>
                          {display(value, sheet?.cell(r, c)?.numberFormat)}
                          {dropDown(r, c) && r > 0 ? " ▾" : ""}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
