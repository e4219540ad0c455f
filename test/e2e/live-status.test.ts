// The pane's status follows live re-checks (issue 12, points 1 and 3), in Chromium on the demo:
// after rows are deleted or pasted, and after the Inspection sheet's dates are typed, the check's
// result (count, each list's status, the reference date's warning) reads as a fresh "Check all"'s.
import type { Page } from "playwright-core";
import { startDemo, templatesWithSample, type RunningDemo } from "../support/demo-build";
import { describeWithTools } from "../support/tools";

// Generous for a loaded 2-core machine: the tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

const CIN = "Children in need";
const CP = "Child protection plans";

let demo: RunningDemo | undefined;

/** Calls the demo's in-memory workbook as a person at Excel would act on it. */
const sim = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(
    ([method, args]) =>
      (window as unknown as { annexADemo: { sim: Record<string, (...a: unknown[]) => Promise<void>> } }).annexADemo.sim[
        method as string
      ](...(args as unknown[])),
    [method, args] as const,
  );

const result = (page: Page) => page.locator("[aria-label='Check result']");

/** Runs "Check all lists" and waits for its result to take the focus (a live edit never does). */
async function checkAll(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Check all lists" }).click();
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Check result");
  return result(page).innerText();
}

/** Waits for the live result to say `text`, and returns it whole. */
async function liveResult(page: Page, text: RegExp): Promise<string> {
  await result(page).filter({ hasText: text }).waitFor();
  return result(page).innerText();
}

async function demoWithSample(): Promise<Page> {
  const page = await demo!.open();
  await templatesWithSample(page);
  // The first check adds the add-in's own sheets (marks, findings), which later checks list as
  // not checked: check twice, so the live result is compared with a check that saw the same sheets.
  await checkAll(page);
  await checkAll(page);
  return page;
}

describeWithTools(["chromium"], "the pane's status after live edits, in Chromium", () => {
  beforeAll(async () => {
    demo = await startDemo();
  });

  afterAll(() => demo?.stop());

  it("after rows are deleted and pasted, says what a fresh Check all says, never 0 errors of nothing", async () => {
    const page = await demoWithSample();
    await expect(result(page).innerText()).resolves.toMatch(/Empty, so not checked: .*‘Child protection plans’/);

    // Break A: every sample row deleted.
    await sim(page, "userDeleteRows", CIN, 1, 6);
    const emptied = await liveResult(page, /^Nothing was checked/);
    expect(emptied).not.toMatch(/0 errors/);
    expect(emptied).toMatch(/‘Children in need’/);
    await expect(checkAll(page)).resolves.toBe(emptied);

    // Rows pasted into the empty child protection list: checked live, no longer "Empty".
    await sim(page, "userEdit", CP, "A2:A3", [["CP001"], ["CP002"]]);
    const pasted = await liveResult(page, /\d+ errors?, \d+ warnings?\./);
    expect(pasted).toMatch(/\(‘Child protection plans’\): 2 rows: /);
    expect(pasted).not.toMatch(/Empty, so not checked: [^\n]*‘Child protection plans’/);
    await expect(checkAll(page)).resolves.toBe(pasted);
    await page.close();
  });

  it("warns live of a notification or reference date that is no date, naming its cell, and drops it once mended", async () => {
    const page = await demoWithSample();
    const clean = await result(page).innerText();
    expect(clean).not.toMatch(/date on the Inspection sheet/);

    // Break C: text typed into the notification date (B4), which the reference date (B5) follows.
    await sim(page, "userType", "Inspection", "B4", [["next week"]]);
    const typed = await liveResult(page, /The notification date on the Inspection sheet \(‘next week’\) is not a date/);
    await expect(checkAll(page)).resolves.toBe(typed);

    // Mended: the warning goes without another check.
    await sim(page, "userEdit", "Inspection", "B4", [[46350]]);
    await page.waitForFunction(
      () =>
        !(document.querySelector("[aria-label='Check result']") as HTMLElement | null)?.innerText.includes(
          "date on the Inspection sheet",
        ),
    );
    const mended = await result(page).innerText();
    await expect(checkAll(page)).resolves.toBe(mended);

    // Text typed over the reference date's formula: that cell is named, not the notification date.
    await sim(page, "userType", "Inspection", "B5", [["soon"]]);
    const overTyped = await liveResult(page, /The reference date on the Inspection sheet \(‘soon’\) is not a date/);
    await expect(checkAll(page)).resolves.toBe(overTyped);
    await page.close();
  });

  it("Prepare to send asks first while errors remain, then says plainly that this Excel gives no file", async () => {
    const page = await demoWithSample();
    await page.getByRole("button", { name: "Prepare to send" }).click();
    const dialog = page.getByRole("dialog", { name: "Errors remain" });
    await expect(dialog.innerText()).resolves.toMatch(
      /\d+ errors? remains? in Children in need\. Prepare the copy anyway\?/,
    );
    await dialog.getByRole("button", { name: "Prepare the copy anyway" }).click();
    // The demo's in-memory Excel holds cells, not a file: the pane says so in the section.
    await page.getByText(/cannot give the add-in its workbook's file/).waitFor();
    await dialog.waitFor({ state: "detached" });
    await page.close();
  });
});
