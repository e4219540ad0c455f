// The check's result as text: each sentence its own, with a space between (issue 21, point 6), so a
// screen reader or a copy reads "8 warnings. Edits are…", never "8 warnings.Edits are…". Drawn
// with React's server renderer: the text is the same as the browser's textContent.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { summariseCheck } from "../../src/domain/check-summary";
import type { Finding } from "../../src/domain/findings";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { CheckSection } from "../../src/taskpane/components/CheckSection";

const finding = (row: number, fix?: boolean): Finding => ({
  list: "childrenInNeed",
  sheet: "Children in need",
  row,
  column: 5,
  heading: "Does the child have a disability? (Y/N)",
  severity: "warning",
  code: "YN-ALIAS",
  message: "‘yes’ means Y.",
  ...(fix ? { fix: { value: "Y", display: "Y" } } : {}),
});

/** The text of some HTML, as textContent reads it: tags (and React's text separators) dropped. */
function textOf(html: string): string {
  return html
    .replace(/<style[^>]*>[^<]*<\/style>/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function drawn(findings: Finding[]): string {
  const result = { form: JTAI_NEGLECT_2017, lists: [], skipped: [], findings };
  const summary = summariseCheck(result, { kind: "workbook", serial: 46_000 }, 46_000);
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <CheckSection
        busy={false}
        findings={findings}
        summary={{ ...summary, checkedAnything: true }}
        formChoice={{ form: JTAI_NEGLECT_2017, reason: "named by the test" }}
        checks={1}
        notes={["A note from the check."]}
        marksShown
        message={undefined}
        onCheck={() => undefined}
        onClear={() => undefined}
        onAddMissing={() => undefined}
        onGoTo={() => undefined}
        onFix={async () => undefined}
      />
    </FluentProvider>,
  );
}

describe("the check's result", () => {
  it("reads as separate sentences, a space after each full stop", () => {
    const text = textOf(drawn([finding(1), finding(2)]));
    expect(text).toMatch(/0 errors, 0 warnings\. Not ready to send\./);
    expect(text).toMatch(/named by the test\. \d+ children are in focus/);
    expect(text).toMatch(/on the reference date\. Edits are re-checked/);
    expect(text).toMatch(/covers those\. A note from the check\./);
  });

  it("offers Apply every certain fix only when a finding has a fix, with their count", () => {
    expect(textOf(drawn([finding(1), finding(2)]))).not.toMatch(/Apply every certain fix/);
    expect(textOf(drawn([finding(1, true), finding(2), finding(3, true)]))).toMatch(/Apply every certain fix \(2\)/);
  });
});
