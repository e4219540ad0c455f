import { Badge, Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { findList, type Form } from "../../domain/catalogue";
import type { Finding } from "../../domain/findings";
import { cellAddress } from "../../domain/grid";
import { ruleTitle } from "../../domain/rule-titles";
import { findingKey, focusAfterFix } from "../state";

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
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  rule: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  code: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
});

/** Shown at first per rule, so a pane with 10,000 findings draws quickly; more on request, all on the findings sheet. */
const SHOWN_PER_RULE = 10;
const MORE = 50;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

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

/** Redrawn only when the findings change, not on every progress tick of a running check. */
export const Findings = memo(function Findings({ findings, form, busy, stale, onGoTo, onFix, onNoneLeft }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  const section = useRef<HTMLElement>(null);
  const groups = useMemo(
    () =>
      [...groupBy(findings, (item) => `${item.sheet ?? ""}\u0000${item.list}`)].map(
        ([key, inList]) => [key, inList, [...groupBy(inList, (item) => item.code)]] as const,
      ),
    [findings],
  );

  // After a fix, the focus goes to the next finding still listed rather than to the top of the
  // pane (the fix button is disabled while it runs, and its finding is gone after): once the fix
  // is done, the pane idle and the findings after it drawn.
  useEffect(() => {
    if (!focusRequest?.done || busy || stale) return;
    setFocusRequest(undefined);
    const buttons = new Map<string, HTMLElement>();
    for (const button of section.current?.querySelectorAll<HTMLElement>("[data-finding]") ?? [])
      buttons.set(button.dataset.finding!, button);
    const target = focusRequest.candidates.find((key) => buttons.has(key));
    if (target) buttons.get(target)!.focus();
    else onNoneLeft();
  }, [focusRequest, busy, stale, findings, onNoneLeft]);

  const handleFix = (fixing: readonly Finding[]) => {
    // In the order listed, every finding (those not drawn yet may be drawn once others are fixed).
    const order = groups.flatMap(([, , byRule]) => byRule.flatMap(([, ofRule]) => ofRule.map(findingKey)));
    const request: FocusRequest = { candidates: focusAfterFix(order, new Set(fixing.map(findingKey))), done: false };
    setFocusRequest(request);
    const done = () => setFocusRequest((current) => (current === request ? { ...request, done: true } : current));
    onFix(fixing).then(done, done);
  };

  return (
    <section aria-label="Findings" ref={section}>
      {groups.map(([key, inList, byRule]) => (
        <div key={key} className={styles.group}>
          <Subtitle2 as="h3">
            {(form && findList(form, inList[0].list)?.title) ?? inList[0].list}{" "}
            <Caption1>(sheet ‘{inList[0].sheet}’)</Caption1>
          </Subtitle2>
          {byRule.map(([code, ofRule]) => {
            const fixable = ofRule.filter((item) => item.fix);
            const limit = shown.get(`${key}\u0000${code}`) ?? SHOWN_PER_RULE;
            return (
              <div key={code} className={styles.group}>
                <div className={styles.rule}>
                  <Badge appearance="tint" color={ofRule[0].severity === "error" ? "danger" : "warning"}>
                    {ofRule[0].severity}
                  </Badge>
                  <Text weight="semibold" as="h4" className={styles.title}>
                    {ruleTitle(code)} ({ofRule.length})
                  </Text>
                  <Caption1 className={styles.code}>{code}</Caption1>
                  {fixable.length > 1 && (
                    <Button size="small" disabled={busy} onClick={() => handleFix(fixable)}>
                      Fix all {fixable.length}
                    </Button>
                  )}
                </div>
                <ul className={styles.list}>
                  {ofRule.slice(0, limit).map((item) => (
                    <li
                      key={`${item.row},${item.column},${item.code}`}
                      className={`${styles.item} ${item.severity === "error" ? styles.error : styles.warning}`}
                    >
                      <div className={styles.row}>
                        <Button
                          size="small"
                          appearance="transparent"
                          onClick={() => onGoTo(item)}
                          aria-label={`Go to cell ${cellAddress(item.row, item.column)}`}
                          data-finding={findingKey(item)}
                        >
                          {cellAddress(item.row, item.column)}
                        </Button>
                        <Caption1>{item.heading}</Caption1>
                      </div>
                      <Text className={styles.message}>{item.message}</Text>
                      <FixOne item={item} busy={busy} onFix={handleFix} />
                    </li>
                  ))}
                </ul>
                {ofRule.length > limit && (
                  <div className={styles.row}>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => setShown(new Map(shown).set(`${key}\u0000${code}`, limit + MORE))}
                    >
                      Show {Math.min(MORE, ofRule.length - limit)} more
                    </Button>
                    <Caption1>of {ofRule.length - limit} not shown; all are on the ‘Annex A findings’ sheet.</Caption1>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
});
