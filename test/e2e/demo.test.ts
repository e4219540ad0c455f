// End to end in a real browser: Debian's Chromium, driven by playwright-core, runs the demo (the
// real task pane beside the in-memory workbook) through the main actions, by mouse and by keyboard,
// checks accessibility with axe-core, and fails if any request leaves this machine.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { gridDrawn, startDemo, templatesWithSample, type RunningDemo } from "../support/demo-build";
import { describeWithTools, newPage } from "../support/tools";

// Generous for a loaded 2-core machine: the tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

const ROOT = join(__dirname, "../..");
const SHOTS = join(ROOT, "test-output", "screenshots");

let demo: RunningDemo | undefined;
const requests: string[] = [];

/** Serves the demo build (shared by the browser tests) and starts Chromium, for the tests that need them. */
function startDemoAndBrowser(): void {
  beforeAll(async () => {
    demo = await startDemo();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(() => demo?.stop());
}

async function openDemo(): Promise<Page> {
  const page = await demo!.open(async (page) => page.on("request", (request) => requests.push(request.url())));
  await page.getByRole("button", { name: "Create Annex A templates" }).waitFor();
  return page;
}

/** Waits until the pane shows this many groups of findings (drawn a moment after a filter changes). */
const findingsShown = (page: Page, count: number) =>
  page.waitForFunction(
    (count) => document.querySelectorAll("section[aria-label=Findings] > ul > li").length === count,
    count,
  );

const cellColour = (page: Page, address: string) =>
  page
    .locator(`[data-testid=grid] td[data-cell=${address}]`)
    .evaluate((cell) => getComputedStyle(cell).backgroundColor);

describeWithTools(["chromium"], "the demo in Chromium", () => {
  startDemoAndBrowser();

  it("creates templates, takes pasted rows, checks them, goes to a finding, shows focus, clears marks", async () => {
    const page = await openDemo();
    await expect(page.locator('input[placeholder="dd/mm/yyyy"]').inputValue()).resolves.toMatch(
      /^\d{2}\/\d{2}\/\d{4}$/,
    );
    await page.screenshot({ path: join(SHOTS, "1-first-run.png") });
    await templatesWithSample(page);

    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    // Groups say their rule in plain English; the code is in small print. (The findings are drawn
    // just after the count, in React's slices.)
    await page
      .locator("section[aria-label=Findings]")
      .getByText(/A date names a day that does not exist/)
      .first()
      .waitFor();
    await expect(page.getByRole("heading", { name: "YN-ALIAS" }).count()).resolves.toBe(0);
    // Focus moves to the result; the first group's first cell is the next stop for Tab, not 17 away.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Check result");
    let tabs = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).startsWith("Go to ") &&
      tabs < 10
    ) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    // The stops between: the sheets not checked (a disclosure), every certain fix, the two filters.
    expect(tabs).toBeLessThanOrEqual(5);
    // What live re-checking does not see is said beside the count.
    await page.getByText(/^Edits are re-checked as you type, except cells merged or unmerged/).waitFor();
    // Empty lists are said to be empty, not clean.
    await expect(page.getByText(/^Empty, so not checked: .*‘Contacts’/).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SHOTS, "2-checked.png") });

    // The reason at the cell: selecting a marked cell shows its findings at the top of the pane.
    await page.locator("td[data-cell=D5]").click();
    await page.getByRole("region", { name: /Findings at Children in need D5/ }).waitFor();
    await gridDrawn(page);

    // The sample's fourth child, on row 5, has 38/04/2019 in column D; row 2 is the first child's.
    await expect(cellColour(page, "D5")).resolves.toBe("rgb(255, 199, 206)");
    await expect(page.locator("td[data-cell=D2]").textContent()).resolves.toBe("10/03/2015");
    await expect(page.getByText("ROW-BLANK").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Go to cell D5" }).click();
    // The click starts the action; the cell is selected when it ends.
    await page.waitForFunction(
      () =>
        (window as unknown as { annexADemo: { sim: { selectedCell?: { address: string } } } }).annexADemo.sim
          .selectedCell?.address === "D5",
    );
    await expect(
      page.evaluate(
        () => (window as unknown as { annexADemo: { sim: { selectedCell?: unknown } } }).annexADemo.sim.selectedCell,
      ),
    ).resolves.toEqual({
      sheet: "Children in need",
      address: "D5",
    });

    await expect(page.locator("tr[data-focus=true]").count()).resolves.toBeGreaterThan(0);
    const focusCell = page.locator("tr[data-focus=true] td").first();
    await expect(focusCell.evaluate((cell) => getComputedStyle(cell).fontWeight)).resolves.toBe("700");

    // Filters: one child's findings, then errors only.
    await page.getByLabel("Child unique ID").fill("DEMO004");
    await findingsShown(page, 3);
    await page.getByLabel("Show").selectOption("warning");
    await findingsShown(page, 1);
    await page.getByLabel("Show").selectOption("all");
    await page.getByLabel("Child unique ID").fill("");

    await page.getByRole("button", { name: "Clear marks" }).click();
    await page.getByText(/Marks cleared/).waitFor();
    await gridDrawn(page);
    await expect(cellColour(page, "D5")).resolves.not.toBe("rgb(255, 199, 206)");
    await expect(page.locator("td[data-cell=D5]").textContent()).resolves.toBe("38/04/2019");
    await expect(page.getByRole("button", { name: "Clear marks" }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, "3-cleared.png") });

    // An edit that brings a mark back: Clear marks works again and the banner goes.
    await page.evaluate(() =>
      (
        window as unknown as {
          annexADemo: { sim: { userEdit: (s: string, a: string, v: unknown[][]) => Promise<void> } };
        }
      ).annexADemo.sim.userEdit("Children in need", "D5", [["31/02/2019"]]),
    );
    // The edit is re-checked after it lands, and the pane hears of the new mark after that.
    await page.getByRole("button", { name: "Clear marks", disabled: false }).waitFor();
    await page.getByText(/Marks cleared/).waitFor({ state: "detached" });
    await expect(page.getByRole("button", { name: "Clear marks" }).isEnabled()).resolves.toBe(true);
    await expect(page.getByText(/Marks cleared/).count()).resolves.toBe(0);
    await page.close();
  });

  it("builds the lead inspector's selection sheet and counts against the limits", async () => {
    const page = await openDemo();
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Build or refresh the selection sheet" }).click();
    await page.getByText(/The Selection sheet lists 6 children/).waitFor();
    await page.getByText("Selected for tracking: 0 of 20").waitFor();
    // Counts follow the inspector's typing, "y" and "Yes " counted as Y.
    await page.evaluate(async () => {
      const sim = (
        window as unknown as {
          annexADemo: { sim: { userEdit: (s: string, a: string, v: unknown[][]) => Promise<void> } };
        }
      ).annexADemo.sim;
      await sim.userEdit("Selection", "R7:R8", [["y"], ["Yes "]]);
    });
    await page.getByText("Selected for tracking: 2 of 20").waitFor();
    // One warning per child, as on the child's row; each goes to that row's To check cell.
    const summary = "2 children to check: see the column \u2018To check\u2019.";
    await page.getByRole("main").getByText(summary).waitFor();
    await gridDrawn(page);
    await expect(page.locator("[data-testid=grid] td[data-cell=A4]").textContent()).resolves.toBe(summary);
    await page.getByRole("button", { name: "Go to DEMO001 on the Selection sheet" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { annexADemo: { sim: { selectedCell?: { address: string } } } }).annexADemo.sim
          .selectedCell?.address === "T8",
    );
    // The grid turns to the selected cell's sheet after it draws the selection.
    await page.getByRole("tab", { name: "Selection", selected: true }).waitFor();
    await expect(page.getByRole("tab", { name: "Selection" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.screenshot({ path: join(SHOTS, "4-selection.png") });
    await page.close();
  });

  it("runs the main actions from the keyboard alone", async () => {
    const page = await openDemo();
    const tabTo = async (name: RegExp) => {
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press("Tab");
        const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
        if (name.test(text)) return;
      }
      throw new Error(`Could not reach ${name} with the Tab key`);
    };
    await tabTo(/^Create Annex A templates$/);
    await page.keyboard.press("Enter");
    await page.getByText(/Created \d+ sheets/).waitFor();
    // Focus moves to the result, not back to the page (just after the result is drawn).
    await page.waitForFunction(() => /^Created \d+ sheets/.test(document.activeElement?.textContent ?? ""));
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toMatch(
      /^Created \d+ sheets/,
    );
    await tabTo(/^Check all lists$/);
    await page.keyboard.press("Enter");
    // Every list is empty: the result says nothing was checked, never "0 errors".
    await page
      .getByRole("status")
      .filter({ hasText: /^Nothing was checked/ })
      .waitFor();
    await expect(page.getByText(/0 errors/).count()).resolves.toBe(0);
    await page.close();
  });

  it("checks this list alone, refuses a sheet that is no list, fixes a US date, and imports into the template's list", async () => {
    const page = await openDemo();
    await templatesWithSample(page);
    type Demo = {
      annexADemo: {
        sim: { addSheet(name: string): unknown; userEdit(s: string, a: string, v: unknown[][]): Promise<void> };
      };
    };

    // Check this list on a sheet that is no list: said beside the button; nothing changes.
    await page.getByRole("tab", { name: "Inspection" }).click();
    await page.getByRole("button", { name: "Check this list" }).click();
    await page
      .getByText(/‘Inspection’ is not a list that can be checked: .* Nothing was checked or changed\./)
      .waitFor();
    await expect(page.getByRole("tab", { name: "Annex A findings" }).count()).resolves.toBe(0);

    // Check this list on the children in need sheet: that list alone.
    await page.getByRole("tab", { name: "Children in need" }).click();
    await page.getByRole("button", { name: "Check this list" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    // The findings are drawn a moment after the count (React's deferred value).
    await page.locator("section[aria-label=Findings] h3").first().waitFor();
    const lists = await page.locator("section[aria-label=Findings] h3").allTextContents();
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toMatch(/ in Children in need$/);

    // 04/23/2016 means 23/04/2016 for certain: one click.
    await page.getByRole("button", { name: "Fix: 23/04/2016" }).click();
    await page.getByText("1 fix applied.").waitFor();
    // The message is a status; the focus goes on down the list, to the next group (fix-focus.test.ts).
    await page.waitForFunction(() => document.activeElement?.hasAttribute("data-group"));
    // The grid is redrawn as a transition, which the pane's own update may hold back a moment.
    await gridDrawn(page);
    await page.waitForFunction(() => document.querySelector("td[data-cell=D4]")?.textContent === "23/04/2016");

    // An export pasted into a sheet of its own goes into the template's empty Referrals list.
    await page.evaluate(async () => {
      const sim = (window as unknown as Demo).annexADemo.sim;
      sim.addSheet("Export");
      await sim.userEdit("Export", "A1:C3", [
        ["Person ID", "Referral date", "Sex"],
        ["R100", "03/04/2026", "Male"],
        ["0123", "05/04/2026", "F"],
      ]);
    });
    await page.getByRole("button", { name: "Import an export…" }).click();
    await page.getByLabel("Sheet holding the export").selectOption("Export");
    await page.getByLabel("The list it holds").selectOption({ label: "Referrals" });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Import into the ‘Referrals’ list" }).click();
    await page.getByText(/^Imported 2 rows into the ‘Referrals’ list, under its headings/).waitFor();
    await page.waitForFunction(() => /^Imported 2 rows/.test(document.activeElement?.textContent ?? ""));
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toMatch(/^Imported 2 rows/);
    await page.getByRole("tab", { name: "Referrals" }).click();
    await gridDrawn(page);
    await expect(page.locator("td[data-cell=A3]").textContent()).resolves.toBe("0123");
    await page.close();
  });

  it("shows progress while checking, and a cancel changes nothing", async () => {
    const page = await openDemo();
    await templatesWithSample(page);
    await page.evaluate(() => {
      const sim = (
        window as unknown as {
          annexADemo: { sim: { sheet(name: string): { cellForWrite(r: number, c: number): { value: unknown } } } };
        }
      ).annexADemo.sim;
      const sheet = sim.sheet("Contacts");
      for (let row = 1; row <= 20_000; row++)
        ["C" + row, "a) Male", "a) WBRI", 43000 + (row % 2000), 9, 46300, "6 Police"].forEach(
          (value, column) => (sheet.cellForWrite(row, column).value = value),
        );
    });
    // Every progress text the pane draws, to see it drawn more than once while the check runs.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { progress: Set<string> }).progress = seen;
      new MutationObserver(() => {
        const text = /[\d,]+ of [\d,]+ rows (read|checked)/.exec(document.body.textContent ?? "")?.[0];
        if (text) seen.add(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page.waitForFunction(() => (window as unknown as { progress: Set<string> }).progress.size >= 2);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("The check was cancelled before anything was marked.").waitFor();
    await expect(page.getByRole("tab", { name: "Annex A findings" }).count()).resolves.toBe(0);
    await page.close();
  });

  it("explains an impossible notification date instead of reverting it", async () => {
    const page = await openDemo();
    const date = page.getByLabel(/Notification date/);
    await date.fill("31/02/2026");
    await date.blur();
    await page.getByText("31/02/2026 is not a real date: February 2026 has 28 days, not 31.").waitFor();
    await expect(date.inputValue()).resolves.toBe("31/02/2026");
    await expect(page.getByRole("button", { name: "Create Annex A templates" }).isDisabled()).resolves.toBe(true);
    await page.close();
  });

  it("has no accessibility problems axe-core finds on the whole page, and fits 320 px at 200% zoom without sideways scroll", async () => {
    const page = await openDemo();
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    // Colours are measured at rest: Fluent's buttons fade between colours after a click.
    await page.addStyleTag({
      content: "*, *::before, *::after { transition: none !important; animation: none !important; }",
    });
    const axeViolations = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (context: Element) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document.body);
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ") + " " + (node as unknown as { html: string }).html.slice(0, 120)).join(", ")}`,
        );
      });
    await expect(axeViolations()).resolves.toEqual([]);
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    await page.getByRole("button", { name: "Import an export…" }).click();
    // The import controls are drawn once the sheets are read.
    await page.getByRole("button", { name: "Import an export…" }).waitFor({ state: "detached" });
    await expect(axeViolations()).resolves.toEqual([]);
    await page.close();

    // The pane alone in a 320 CSS px wide frame at 200% zoom: a 160 px viewport at scale 2.
    const narrow = await newPage(demo!.browser, { viewport: { width: 160, height: 600 }, deviceScaleFactor: 2 });
    narrow.on("request", (request) => requests.push(request.url()));
    await narrow.goto(`${demo!.origin}/?pane-only`);
    await narrow.getByRole("button", { name: "Create Annex A templates" }).waitFor();
    const overflow = () =>
      narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await narrow.getByRole("button", { name: "Create Annex A templates" }).click();
    await narrow.getByText(/Created \d+ sheets/).waitFor();
    await narrow.evaluate(() =>
      (
        window as unknown as {
          annexADemo: { sim: { userEdit: (s: string, a: string, v: unknown[][]) => Promise<void> } };
        }
      ).annexADemo.sim.userEdit("Contacts", "A2:G2", [
        ["A-VERY-LONG-CHILD-IDENTIFIER-0000000001", "Martian", "zz", "04/23/2016", 3, "31/02/2026", "nobody"],
      ]),
    );
    await narrow.getByRole("button", { name: "Check all lists" }).click();
    await narrow
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    // The findings are drawn a moment after the count: measured with them.
    await narrow.locator("section[aria-label=Findings] h3").first().waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await narrow.getByRole("button", { name: "Import an export…" }).click();
    await narrow.getByRole("button", { name: "Import an export…" }).waitFor({ state: "detached" });
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it("made no request that left this machine", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(demo!.origin) && !url.startsWith("data:"))).toEqual([]);
  });
});
