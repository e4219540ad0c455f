// The pane's smaller promises, in Chromium through the demo (issue 21, point 6): the Selection
// section says how many children are in focus, the verdict names the lists that stop the return and
// changes once they are put right, no date splits across lines at 320 px and 200% zoom, and axe
// leaves nothing to review by hand.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { startDemo, templatesWithSample, type RunningDemo } from "../support/demo-build";
import { describeWithTools, newPage } from "../support/tools";

// Generous for a loaded 2-core machine: the tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

type Demo = {
  annexADemo: {
    sim: {
      userEdit(sheet: string, address: string, values: unknown[][]): Promise<void>;
      sheet(name: string): {
        usedBlock(values: boolean): { row: number; column: number; rowCount: number; columnCount: number };
        values(block: { row: number; column: number; rowCount: number; columnCount: number }): unknown[][];
      };
    };
  };
};

/** A Monday: the notification date the pane offers is the next day, so the deadlines are the same on any day the test runs. */
const MONDAY = new Date("2026-12-07T10:00:00");

let demo: RunningDemo | undefined;

async function openDemo(): Promise<Page> {
  const page = await demo!.open((page) => page.clock.setFixedTime(MONDAY));
  await page.getByRole("button", { name: "Create Annex A templates" }).waitFor();
  return page;
}

/** Each date (dd/mm/yyyy) in the page drawn across more than one line, with the text it is in. */
const splitDates = (page: Page) =>
  page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/\d{1,2}\/\d{1,2}\/\d{4}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size !== 1) split.push(`${match[0]} in “${text}”`);
      }
    }
    return split;
  });

/** How many dates the page draws, to show the test above looked at some. */
const datesShown = (page: Page) =>
  page.evaluate(() => (document.body.innerText.match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? []).length);

describeWithTools(["chromium"], "the pane's details in Chromium", () => {
  beforeAll(async () => {
    demo = await startDemo();
  });

  afterAll(() => demo?.stop());

  it("says how many children are in focus, from the last check and then from the selection", async () => {
    const page = await openDemo();
    await templatesWithSample(page);
    const section = page.getByRole("region", { name: "Selection (lead inspector)" });
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    // The sample's children in need: three flagged for neglect and aged 7 to 15.
    await section.getByText("The last check found 3 children in focus (neglect, aged 7 to 15).").waitFor();
    await page.getByRole("button", { name: "Build or refresh the selection sheet" }).click();
    await page.getByText(/The Selection sheet lists 6 children/).waitFor();
    await section.getByText("3 children are in focus (neglect, aged 7 to 15).").waitFor();
    await expect(section.getByText(/^The last check found/).count()).resolves.toBe(0);
    await page.close();
  });

  it("names the list that stops the return, and says it is ready once that list is put right", async () => {
    const page = await openDemo();
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Check all lists" }).click();
    const verdict = page.getByRole("group", { name: /ready to send/i });
    await verdict.getByText("Not ready to send.").waitFor();
    await expect(verdict.textContent()).resolves.toContain(
      "Children in need needs attention (lists due by today, 07/12/2026, counted from the notification date, 08/12/2026).",
    );
    await expect(verdict.getByRole("listitem").allTextContents()).resolves.toEqual([
      "Children in need has 7 errors (due Tuesday 08/12/2026, end of day).",
    ]);

    // Put right: the four children whose rows have errors are taken out (the first and last stay).
    await page.evaluate(async () => {
      const sim = (window as unknown as Demo).annexADemo.sim;
      const sheet = "Children in need";
      const block = sim.sheet(sheet).usedBlock(true);
      const rows = sim.sheet(sheet).values({ row: 1, column: 0, rowCount: 6, columnCount: block.columnCount });
      const blank = rows[0].map(() => "");
      await sim.userEdit(sheet, `A2`, [rows[0], rows[5], blank, blank, blank, blank]);
    });
    await page.getByRole("button", { name: "Check all lists" }).click();
    await verdict.getByText("Ready to send.").waitFor();
    await expect(verdict.textContent()).resolves.toContain("every list due so far is checked with no errors");
    await expect(verdict.getByText("Not ready to send.").count()).resolves.toBe(0);
    await page.close();
  });

  it("keeps every date on one line in a 320 px pane at 200% zoom", async () => {
    // 320 CSS px at 200% zoom: a 160 px viewport at scale 2, the pane alone.
    const narrow = await newPage(demo!.browser, { viewport: { width: 160, height: 600 }, deviceScaleFactor: 2 });
    await narrow.clock.setFixedTime(MONDAY);
    await narrow.goto(`${demo!.origin}/?pane-only`);
    await narrow.getByRole("button", { name: "Create Annex A templates" }).waitFor();
    // The first run: the deadlines from the date offered.
    await narrow.getByText("Tuesday 08/12/2026, end of day").waitFor();
    await expect(datesShown(narrow)).resolves.toBeGreaterThan(5);
    await expect(splitDates(narrow)).resolves.toEqual([]);
    await narrow.getByRole("button", { name: "Create Annex A templates" }).click();
    await narrow.getByText(/Created \d+ sheets/).waitFor();
    await narrow.evaluate(() =>
      (window as unknown as Demo).annexADemo.sim.userEdit("Contacts", "A2:G2", [
        ["A-VERY-LONG-CHILD-IDENTIFIER-0000000001", "Martian", "zz", "04/23/2016", 3, "31/02/2026", "nobody"],
      ]),
    );
    await narrow.getByRole("button", { name: "Check all lists" }).click();
    // The verdict, its reasons and the findings (drawn a moment after the count) are all measured.
    await narrow.getByRole("group", { name: "Not ready to send." }).waitFor();
    await narrow.locator("section[aria-label=Findings] h3").first().waitFor();
    await expect(datesShown(narrow)).resolves.toBeGreaterThan(20);
    await expect(splitDates(narrow)).resolves.toEqual([]);
    await expect(
      narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it("leaves axe no label without a role, and no label pointing nowhere, to review by hand", async () => {
    const page = await openDemo();
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    /** What axe could not decide for these two rules, which a person would have to review. */
    const toReview = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Element,
                options: object,
              ) => Promise<{ incomplete: { id: string; nodes: { html: string }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document.body, {
          runOnly: { type: "rule", values: ["aria-prohibited-attr", "aria-valid-attr-value"] },
        });
        return result.incomplete.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.html.slice(0, 160)}`));
      });
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    // The check result (a labelled div), and a section's message (a Fluent bar with no title).
    await page.locator("[aria-label='Check result']").waitFor();
    await page.getByRole("button", { name: "Build or refresh the selection sheet" }).click();
    await page.getByText(/The Selection sheet lists 6 children/).waitFor();
    await expect(toReview()).resolves.toEqual([]);
    await page.close();
  });
});
