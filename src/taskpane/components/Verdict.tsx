// Ready to send or not, as the check found it: the verdict's headline, then each list that stops it.
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Readiness } from "../../domain/readiness";
import { plural } from "../../domain/text";

/** Reasons shown before the rest are counted; every one is in `annex-a check` and the findings. */
const SHOWN = 6;

const useStyles = makeStyles({
  reasons: { margin: "4px 0 0", paddingLeft: "18px", overflowWrap: "anywhere" },
});

export function Verdict({ readiness }: { readiness: Readiness }) {
  const styles = useStyles();
  const [title, ...rest] = readiness.headline.split(": ");
  const more = readiness.reasons.length - SHOWN;
  return (
    <MessageBar intent={readiness.ready ? "success" : "warning"} aria-label="Ready to send">
      <MessageBarBody>
        <MessageBarTitle>{title}.</MessageBarTitle> {rest.join(": ")}
        {readiness.reasons.length > 0 && (
          <ul className={styles.reasons}>
            {readiness.reasons.slice(0, SHOWN).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
            {more > 0 && <li>and {plural(more, "list")} more.</li>}
          </ul>
        )}
        {readiness.dueLater.length > 0 && <Caption1 block>Due later: {readiness.dueLater.join(" ")}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}
