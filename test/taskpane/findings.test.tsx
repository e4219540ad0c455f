// The pane's findings in groups by what fixes them (issue 20, point 1): one row per group, with its
// count, its first cell, "Fix all N" and its cells a page at a time. Drawn with React's server
// renderer (there is no DOM here): an opened group is drawn as FindingGroupRow with its cells shown.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Finding } from "../../src/domain/findings";
import { JTAI_NEGLECT_2017 } from "../../src/domain/forms/jtai-neglect-2017";
import { FindingGroupRow, findingRows, Findings } from "../../src/taskpane/components/Findings";

const spelling = (row: number): Finding => ({
  list: "childrenInNeed",
  sheet: "Children in need",
  row,
  column: 1,
  heading: "Gender",
  severity: "warning",
  code: "CODE-ALIAS",
  message: "‘Male’ means ‘a) Male’.",
  fix: { value: "a) Male", display: "a) Male" },
});

const impossible = (row: number): Finding => ({
  list: "childrenInNeed",
  sheet: "Children in need",
  row,
  column: 3,
  heading: "Date of birth",
  severity: "error",
  code: "DATE-IMPOSSIBLE",
  message: `‘31/02/2019’ is not a day (row ${row + 1}).`,
});

/** The text of some HTML, as textContent reads it: tags dropped. */
const textOf = (html: string) =>
  html
    .replace(/<style[^>]*>[^<]*<\/style>/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&");

const draw = (element: ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

const drawFindings = (findings: Finding[]) =>
  draw(
    <Findings
      findings={findings}
      form={JTAI_NEGLECT_2017}
      busy={false}
      stale={false}
      onGoTo={() => undefined}
      onFix={async () => undefined}
      onNoneLeft={() => undefined}
    />,
  );

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;

describe("the pane's findings, in groups", () => {
  const many = Array.from({ length: 10_000 }, (_, index) => spelling(index + 1));

  it("draws 10,000 findings of one spelling as one row, with its count, first cell and Fix all", () => {
    const html = drawFindings(many);
    expect(count(html, /<li/)).toBe(1);
    const text = textOf(html);
    expect(text).toMatch(/10,000 cells/);
    expect(text).toMatch(/Fix all 10,000/);
    expect(text).toMatch(/Suggested fix: a\) Male/);
    expect(html).toMatch(/aria-label="Go to first cell, B2"/);
    expect(html).toMatch(/aria-expanded="false"[^>]*>Show cells</);
    // The cells are not drawn until asked for.
    expect(count(html, /aria-label="Go to cell /)).toBe(0);
  });

  it("draws an opened group's first page of cells, and offers the next", () => {
    const [row] = findingRows(many);
    const html = draw(
      <ul>
        <FindingGroupRow
          row={row}
          findings={many}
          form={JTAI_NEGLECT_2017}
          busy={false}
          open={50}
          cellsId="cells"
          onGoTo={() => undefined}
          onFix={() => undefined}
          onShowCells={() => undefined}
        />
      </ul>,
    );
    expect(html).toMatch(/aria-expanded="true" aria-controls="cells"[^>]*>Hide cells</);
    expect(html).toMatch(/id="cells"/);
    expect(count(html, /aria-label="Go to cell B\d+"/)).toBe(50);
    expect(html).toMatch(/aria-label="Go to cell B2"/);
    expect(html).toMatch(/aria-label="Go to cell B51"/);
    expect(html).not.toMatch(/aria-label="Go to cell B52"/);
    expect(textOf(html)).toMatch(/Show 50 more/);
    expect(textOf(html)).toMatch(/of 9,950 cells not shown/);
  });

  it("lists errors before warnings; a group of one cell is fixed and gone to by its cell", () => {
    const text = textOf(drawFindings([spelling(1), spelling(2), impossible(4), spelling(7)]));
    expect(text.indexOf("error")).toBeLessThan(text.indexOf("warning"));
    expect(text).toMatch(/Date of birth in Children in need/);
    expect(text).toMatch(/1 cell/);
    const one = drawFindings([spelling(1)]);
    expect(one).toMatch(/aria-label="Go to cell B2"/);
    expect(textOf(one)).toMatch(/Fix: a\) Male/);
    expect(one).not.toMatch(/Show cells/);
  });

  it("says a group whose cells say different things is given by example", () => {
    const rows = Array.from({ length: 60 }, (_, index) => impossible(index + 1));
    const html = drawFindings(rows);
    expect(count(html, /<li/)).toBe(1);
    expect(textOf(html)).toMatch(/For example: ‘31\/02\/2019’ is not a day \(row 2\)\./);
    expect(textOf(html)).toMatch(/60 cells/);
  });
});
