// The platform's tools in the demo, in Chromium: "Undo the last fixes" puts back what a fix
// replaced, and "Test this Excel" runs the self-test on the in-memory workbook and shows each item.
// The demo is served under the task pane's own Content-Security-Policy (as a header), so checking,
// fixing and the self-test are seen to work with no eval (zod jitless) and Fluent's styles allowed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startDemo, templatesWithSample, type RunningDemo } from "../support/demo-build";
import { describeWithTools } from "../support/tools";

// Generous for a loaded 2-core machine (and the first browser test file builds the demo the others
// share): the tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

const ROOT = join(__dirname, "../..");
const POLICY = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8"),
)![1];

describeWithTools(["chromium"], "undo and the self-test in the demo", () => {
  let demo: RunningDemo | undefined;

  beforeAll(async () => {
    demo = await startDemo({ "Content-Security-Policy": POLICY });
  });

  afterAll(() => demo?.stop());

  async function checkedSample(): Promise<Page> {
    const page = await demo!.open((page) =>
      page.addInitScript(() => {
        const record = window as unknown as { violations: string[] };
        record.violations = [];
        document.addEventListener("securitypolicyviolation", (event) =>
          record.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
        );
      }),
    );
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();
    return page;
  }

  /** What the policy refused on the page: nothing, for the pane to work as it should. */
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  const cell = (page: Page, address: string) =>
    page.locator(`[data-testid=grid] td[data-cell=${address}]`).textContent();

  it("undoes the last fix, putting back the value it replaced", async () => {
    const page = await checkedSample();
    const undo = page.getByRole("button", { name: "Undo the last fixes" });
    await expect(undo.isDisabled()).resolves.toBe(true);
    // The sample's second child (row 3) has "yes" for disability, in column G.
    await expect(cell(page, "G3")).resolves.toMatch(/^yes/);
    await page.getByRole("button", { name: "Fix: Y" }).first().click();
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=grid] td[data-cell=G3]")?.textContent?.startsWith("Y"),
    );
    await undo.click();
    await page.getByText(/Put back 1 cell as it was before the fixes\./).waitFor();
    // The demo redraws its grid at low priority: wait for the redraw, then read the cell.
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=grid] td[data-cell=G3]")?.textContent?.startsWith("yes"),
    );
    await expect(cell(page, "G3")).resolves.toMatch(/^yes/);
    await expect(undo.isDisabled()).resolves.toBe(true);
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  it("runs the self-test and shows pass or fail for each item, with where it ran", async () => {
    const page = await checkedSample();
    await page.getByRole("button", { name: "Test this Excel" }).click();
    const results = page.getByLabel("Self-test results");
    await results.waitFor();
    await expect(results.getByRole("status").textContent()).resolves.toMatch(
      /Every check passed in the in-memory workbook on this browser/,
    );
    const items = await results.locator("li").allTextContents();
    expect(items).toHaveLength(10);
    // Every item passes on the in-memory workbook, as test/excel/self-test.test.ts requires.
    expect(items.filter((text) => !text.startsWith("Pass"))).toEqual([]);
    expect(items.find((text) => text.includes("About 4 MB"))).toMatch(/^Pass/);
    expect(items.find((text) => text.includes("focus highlight"))).toMatch(/^Pass/);
    await page.getByRole("tab", { name: "Children in need" }).waitFor();
    await expect(page.getByRole("tab", { name: /AnnexA_SelfTest/ }).count()).resolves.toBe(0);
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });
});
