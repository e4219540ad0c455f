// Fixing from the pane (issue 21, point 6), in Chromium on the demo: after a fix the focus goes to
// the next group of findings, not the top of the pane; "Apply every certain fix" fixes every offered fix in
// one command, and one "Undo the last fixes" puts them all back.
import type { Page } from "playwright-core";
import { startDemo, templatesWithSample, type RunningDemo } from "../support/demo-build";
import { describeWithTools } from "../support/tools";

// Generous for a loaded 2-core machine: the tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

let demo: RunningDemo | undefined;

/** The children in need sheet's cells, as the demo's in-memory workbook holds them. */
const cinValues = (page: Page) =>
  page.evaluate(() => {
    type Sheet = { values(block: unknown): unknown[][]; usedBlock(valuesOnly: boolean): unknown };
    const sim = (window as unknown as { annexADemo: { sim: { sheet(name: string): Sheet } } }).annexADemo.sim;
    const sheet = sim.sheet("Children in need");
    return JSON.stringify(sheet.values(sheet.usedBlock(true)));
  });

/** The pane's groups of findings, one row each. */
const groups = (page: Page) => page.locator("section[aria-label=Findings] > ul > li");
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-group") ?? document.activeElement?.ariaLabel);
/** A group's fix: "Fix: 23/04/2016" for one cell, "Fix all 3" for more. */
const FIX = /^Fix(: | all \d)/;

describeWithTools(["chromium"], "fixing from the pane, in Chromium", () => {
  beforeAll(async () => {
    demo = await startDemo();
  });

  afterAll(() => demo?.stop());

  it("moves the focus to the next group after a fix; every certain fix is applied and undone in one step", async () => {
    const page = await demo!.open();
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Check result");
    await groups(page).first().waitFor();

    // The first group with a fix that has another listed after it, and that next group.
    const plan = await groups(page).evaluateAll((items, fix) => {
      const key = (item: Element) => item.querySelector("[data-group]")!.getAttribute("data-group")!;
      const at = items.findIndex(
        (item, index) =>
          index < items.length - 1 &&
          [...item.querySelectorAll("button")].some((button) => new RegExp(fix).test(button.textContent ?? "")),
      );
      return { at, fixed: key(items[at]), next: key(items[at + 1]) };
    }, FIX.source);
    expect(plan.at).toBeGreaterThanOrEqual(0);
    await groups(page).nth(plan.at).getByRole("button", { name: FIX }).click();
    await page.getByText(/^(1 fix|\d+ fixes) applied\./).waitFor();
    await page.waitForFunction((next) => document.activeElement?.getAttribute("data-group") === next, plan.next);
    await expect(focused(page)).resolves.toBe(plan.next);
    await expect(
      page.evaluate(
        (fixed) =>
          [...document.querySelectorAll("[data-group]")].filter((button) => button.getAttribute("data-group") === fixed)
            .length,
        plan.fixed,
      ),
    ).resolves.toBe(0);

    // Every fix still offered, in one command: none is offered after it, and the result has the focus.
    const every = page.getByRole("button", { name: /^Apply every certain fix \(\d+\)$/ });
    const label = (await every.textContent())!;
    const count = Number(/\((\d+)\)/.exec(label)![1]);
    expect(count).toBeGreaterThan(1);
    const before = await cinValues(page);
    await every.click();
    await page.getByText(`${count} fixes applied.`).waitFor();
    await every.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Check result");
    await expect(page.getByRole("button", { name: FIX }).count()).resolves.toBe(0);

    expect(await cinValues(page)).not.toBe(before);

    // One undo puts every one back, and the pane offers the same fixes again, with no check asked for:
    // the rows put back are checked again (the add-in's own writes are not re-checked as edits).
    await page.getByRole("button", { name: "Undo the last fixes" }).click();
    await page.getByText(`Put back ${count} cells as they were before the fixes.`).waitFor();
    expect(await cinValues(page)).toBe(before);
    await page.getByRole("button", { name: label }).waitFor();
    await page.close();
  });
});
