import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import { findList, type Form } from "../../domain/catalogue";
import { findingsOfGroup, groupCells, groupFindings, type FindingGroup } from "../../domain/finding-groups";
import type { Finding } from "../../domain/findings";
import { countOf } from "../../domain/text";
import { ruleTitle } from "../../domain/rule-titles";
import { focusAfterFix, groupKey } from "../state";

interface Props {
  findings: readonly Finding[];
  /** The form the findings were checked against: it names their lists. */
  form: Form | undefined;
  busy: boolean;
  /** The findings drawn lag behind the latest (their deferred redraw is still to come). */
  stale: boolean;
  onGoTo: (finding: Finding) => void;
  /** Applies the fixes; settles once the pane holds the findings after them. */
  onFix: (findings: readonly Finding[]) => Promise<void>;
  /** A fix left no finding in the list to move the focus to. */
  onNoneLeft: () => void;
}

/** Where the focus goes once a fix is done (`done`): the first of `candidates` still listed. */
interface FocusRequest {
  readonly candidates: readonly string[];
  readonly done: boolean;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  code: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/**
 * Groups drawn at first, and cells drawn per page of a group opened: a group of 48,000 cells is
 * one row, and opening it draws 50 buttons, not 48,000. Every cell is marked in its list; the findings sheet names a group's first cells.
 */
const GROUPS_SHOWN = 100;
const CELLS_PAGE = 50;

/** One group as the pane draws it, and its key. */
export interface Row {
  readonly group: FindingGroup;
  readonly key: string;
}

/** The findings as the pane lists them: in groups, each with its key. Linear. */
export function findingRows(findings: readonly Finding[]): Row[] {
  return groupFindings(findings).map((group) => ({ group, key: groupKey(group) }));
}

const cells = (count: number) => countOf(count, "cell");

/** The fix of one finding, where it has one: here and where a selected cell's findings show. */
export function FixOne({
  item,
  busy,
  onFix,
}: {
  item: Finding;
  busy: boolean;
  onFix: (findings: readonly Finding[]) => void;
}) {
  if (!item.fix) return null;
  return (
    <div>
      <Button size="small" disabled={busy} onClick={() => onFix([item])}>
        Fix: {item.fix.display}
      </Button>
    </div>
  );
}

interface RowProps {
  readonly row: Row;
  /** Every finding listed: a group's own are found in them when a cell is gone to or fixed. */
  readonly findings: readonly Finding[];
  readonly form: Form | undefined;
  readonly busy: boolean;
  /** How many of the group's cells are drawn, or undefined while they are hidden. */
  readonly open: number | undefined;
  /** The id of the drawn cells, for the disclosure that shows them. */
  readonly cellsId: string;
  readonly onGoTo: (finding: Finding) => void;
  readonly onFix: (findings: readonly Finding[], key: string) => void;
  /** Shows this many of the group's cells, or hides them (undefined). */
  readonly onShowCells: (key: string, count: number | undefined) => void;
}

/**
 * One group of findings as one row: what it says, how many cells, its first cell, its fix for all
 * of them, and its cells a page at a time on request.
 */
export function FindingGroupRow({ row, findings, form, busy, open, cellsId, onGoTo, onFix, onShowCells }: RowProps) {
  const styles = useStyles();
  const { group, key } = row;
  // Found on a click, not for every group drawn: a pass over 400,000 findings takes milliseconds.
  const goTo = (at: number) => onGoTo(findingsOfGroup(findings, group, [group.rows[at]])[0]);
  const addresses = groupCells(group, open ?? 1);
  const list = (form && findList(form, group.list)?.title) ?? group.list;
  return (
    <li className={`${styles.item} ${group.severity === "error" ? styles.error : styles.warning}`}>
      <div className={styles.row}>
        <Badge appearance="tint" color={group.severity === "error" ? "danger" : "warning"}>
          {group.severity}
        </Badge>
        <Text weight="semibold" as="h3" className={styles.title}>
          {group.heading}{" "}
          <Caption1>
            in {list}
            {group.sheet !== undefined && group.sheet !== list ? ` (sheet ‘${group.sheet}’)` : ""}
          </Caption1>
        </Text>
      </div>
      <Caption1 className={styles.code}>
        {ruleTitle(group.code)} ({group.code})
      </Caption1>
      <Text className={styles.message}>{group.forExample ? `For example: ${group.message}` : group.message}</Text>
      {group.fix && group.count > 1 && <Caption1>Suggested fix: {group.fix.display}</Caption1>}
      <div className={styles.row}>
        <Text>{cells(group.count)}</Text>
        <Button
          size="small"
          appearance="transparent"
          onClick={() => goTo(0)}
          aria-label={group.count === 1 ? `Go to cell ${addresses[0]}` : `Go to first cell, ${addresses[0]}`}
          data-group={key}
        >
          {group.count === 1 ? addresses[0] : `Go to first cell, ${addresses[0]}`}
        </Button>
        {group.fix && (
          <Button size="small" disabled={busy} onClick={() => onFix(findingsOfGroup(findings, group), key)}>
            {group.count === 1 ? `Fix: ${group.fix.display}` : `Fix all ${group.count.toLocaleString("en-GB")}`}
          </Button>
        )}
        {group.count > 1 && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={open !== undefined}
            aria-controls={open !== undefined ? cellsId : undefined}
            onClick={() => onShowCells(key, open === undefined ? CELLS_PAGE : undefined)}
          >
            {open === undefined ? "Show cells" : "Hide cells"}
          </Button>
        )}
      </div>
      {open !== undefined && (
        <div id={cellsId} role="group" aria-label={`Cells: ${group.heading}`} className={styles.cells}>
          {addresses.map((address, at) => (
            <Button
              key={address}
              size="small"
              appearance="transparent"
              aria-label={`Go to cell ${address}`}
              onClick={() => goTo(at)}
            >
              {address}
            </Button>
          ))}
          {group.count > open && (
            <div className={styles.row}>
              <Button size="small" appearance="subtle" onClick={() => onShowCells(key, open + CELLS_PAGE)}>
                Show {Math.min(CELLS_PAGE, group.count - open)} more
              </Button>
              <Caption1>of {cells(group.count - open)} not shown yet; each is marked in its list.</Caption1>
            </div>
          )}
        </div>
      )}
    </li>
  );
}

/** Redrawn only when the findings change, not on every progress tick of a running check. */
export const Findings = memo(function Findings({ findings, form, busy, stale, onGoTo, onFix, onNoneLeft }: Props) {
  const styles = useStyles();
  const id = useId();
  // How many cells each opened group shows, by its key; a closed group is not in the map.
  const [opened, setOpened] = useState<ReadonlyMap<string, number>>(new Map());
  const [groupsShown, setGroupsShown] = useState(GROUPS_SHOWN);
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  const section = useRef<HTMLElement>(null);
  // Grouped once per list of findings, not on every draw: grouping is linear, and 400,000 findings
  // make a few groups. The pane has no cell values, so groups are not split by the value replaced.
  const rows = useMemo(() => findingRows(findings), [findings]);

  // After a fix, the focus goes to the next group still listed rather than to the top of the pane
  // (the fix button is disabled while it runs, and its group is gone after): once the fix is
  // done, the pane idle and the findings after it drawn.
  useEffect(() => {
    if (!focusRequest?.done || busy || stale) return;
    setFocusRequest(undefined);
    const buttons = new Map<string, HTMLElement>();
    for (const button of section.current?.querySelectorAll<HTMLElement>("[data-group]") ?? [])
      buttons.set(button.dataset.group!, button);
    const target = focusRequest.candidates.find((key) => buttons.has(key));
    if (target) buttons.get(target)!.focus();
    else onNoneLeft();
  }, [focusRequest, busy, stale, rows, onNoneLeft]);

  const handleFix = (fixing: readonly Finding[], key: string) => {
    // In the order listed, every group (those not drawn yet may be drawn once others are fixed).
    const order = rows.map((row) => row.key);
    const request: FocusRequest = { candidates: focusAfterFix(order, new Set([key])), done: false };
    setFocusRequest(request);
    const done = () => setFocusRequest((current) => (current === request ? { ...request, done: true } : current));
    onFix(fixing).then(done, done);
  };

  const showCells = (key: string, count: number | undefined) => {
    const next = new Map(opened);
    if (count === undefined) next.delete(key);
    else next.set(key, count);
    setOpened(next);
  };

  if (rows.length === 0) return <section aria-label="Findings" ref={section} />;
  return (
    <section aria-label="Findings" ref={section}>
      <ul className={styles.list}>
        {rows.slice(0, groupsShown).map((row, index) => (
          <FindingGroupRow
            key={row.key}
            row={row}
            findings={findings}
            form={form}
            busy={busy}
            open={opened.get(row.key)}
            cellsId={`${id}-cells-${index}`}
            onGoTo={onGoTo}
            onFix={handleFix}
            onShowCells={showCells}
          />
        ))}
      </ul>
      {rows.length > groupsShown && (
        <div className={styles.row}>
          <Button size="small" appearance="subtle" onClick={() => setGroupsShown(groupsShown + GROUPS_SHOWN)}>
            Show {Math.min(GROUPS_SHOWN, rows.length - groupsShown)} more groups
          </Button>
          <Caption1>of {(rows.length - groupsShown).toLocaleString("en-GB")} not shown.</Caption1>
        </div>
      )}
    </section>
  );
});
