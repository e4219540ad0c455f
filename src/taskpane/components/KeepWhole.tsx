// Dates and times kept on one line. The pane lets a long word break anywhere (App's overflowWrap), so
// that a long ID never makes it scroll sideways; left at that, a narrow column splits a date as
// "10/12/2/026". Each date or time here is one unbreakable piece instead.
import { makeStyles } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";

/** A dd/mm/yyyy date (or one typed as d/m/yy) or a time such as 4pm or 5.30pm, with a comma or stop after it. */
const WHOLE = /(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}(?:\.\d{2})?(?:am|pm))[,.)]?/g;

const useStyles = makeStyles({
  whole: { whiteSpace: "nowrap" },
});

/** `text` with each date and time in it kept whole. */
export function KeepWhole({ text }: { text: string }) {
  const styles = useStyles();
  const parts: ReactNode[] = [];
  let end = 0;
  for (const match of text.matchAll(WHOLE)) {
    parts.push(text.slice(end, match.index));
    parts.push(
      <span key={match.index} className={styles.whole}>
        {match[0]}
      </span>,
    );
    end = match.index + match[0].length;
  }
  parts.push(text.slice(end));
  return <Fragment>{parts}</Fragment>;
}
