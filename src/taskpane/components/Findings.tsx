import { Badge, Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import { findList, type Form } from "../../domain/catalogue";
import type { Finding } from "../../domain/findings";
import { cellAddress } from "../../domain/grid";
import { ruleTitle } from "../../domain/rule-titles";

interface Props {
  findings: readonly Finding[];
  /** The form the findings were checked against: it names their lists. */
  form: Form | undefined;
  busy: boolean;
  onGoTo: (finding: Finding) => void;
  onFix: (findings: readonly Finding[]) => void;
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

/** Redrawn only when the findings change, not on every progress tick of a running check. */
/** The fix of one finding, where it has one: here and where a selected cell's findings show. */
export function FixOne({ item, busy, onFix }: { item: Finding; busy: boolean; onFix: Props["onFix"] }) {
  if (!item.fix) return null;
  return (
    <div>
      <Button size="small" disabled={busy} onClick={() => onFix([item])}>
        Fix: {item.fix.display}
      </Button>
    </div>
  );
}

export const Findings = memo(function Findings({ findings, form, busy, onGoTo, onFix }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  const groups = useMemo(
    () =>
      [...groupBy(findings, (item) => `${item.sheet ?? ""}\u0000${item.list}`)].map(
        ([key, inList]) => [key, inList, [...groupBy(inList, (item) => item.code)]] as const,
      ),
    [findings],
  );
  return (
    <section aria-label="Findings">
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
                    <Button size="small" disabled={busy} onClick={() => onFix(fixable)}>
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
                        >
                          {cellAddress(item.row, item.column)}
                        </Button>
                        <Caption1>{item.heading}</Caption1>
                      </div>
                      <Text className={styles.message}>{item.message}</Text>
                      <FixOne item={item} busy={busy} onFix={onFix} />
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
