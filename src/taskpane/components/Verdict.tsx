// Ready to send or not, as the check found it: the verdict's headline, then each list that stops it.
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Readiness } from "../../domain/readiness";
import { plural } from "../../domain/text";
import { KeepWhole } from "./KeepWhole";
import { NARROW } from "./narrow";

/** Reasons shown before the rest are counted; every one is in `annex-a check` and the findings. */
const SHOWN = 6;

const useStyles = makeStyles({
  // In a narrow pane the text takes the icon's and the indents' room, so a date fits its line.
  bar: { [NARROW]: { paddingLeft: "8px", paddingRight: "8px" } },
  icon: { [NARROW]: { display: "none" } },
  reasons: { margin: "4px 0 0", paddingLeft: "18px", overflowWrap: "anywhere", [NARROW]: { paddingLeft: "12px" } },
});

export function Verdict({ readiness }: { readiness: Readiness }) {
  const styles = useStyles();
  const [title, ...rest] = readiness.headline.split(": ");
  const more = readiness.reasons.length - SHOWN;
  return (
    <MessageBar
      intent={readiness.ready ? "success" : "warning"}
      aria-label="Ready to send"
      className={styles.bar}
      icon={{ className: styles.icon }}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}.</MessageBarTitle> <KeepWhole text={rest.join(": ")} />
        {readiness.reasons.length > 0 && (
          <ul className={styles.reasons}>
            {readiness.reasons.slice(0, SHOWN).map((reason) => (
              <li key={reason}>
                <KeepWhole text={reason} />
              </li>
            ))}
            {more > 0 && <li>and {plural(more, "list")} more.</li>}
          </ul>
        )}
        {readiness.dueLater.length > 0 && (
          <Caption1 block>
            <KeepWhole text={`Due later: ${readiness.dueLater.join(" ")}`} />
          </Caption1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
