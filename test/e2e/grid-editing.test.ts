// Issue 21 point 5, in a real browser (Debian's Chromium, as demo.test.ts): the demo's grid is
// typed in as Excel is, and both people the add-in is for finish their work there by keyboard,
// with no console. The analyst checks the return, goes to a finding, types the correction, pastes
// two rows from the clipboard and undoes; the lead inspector builds the Selection sheet and marks
// the chosen children in it. Each edit goes through the in-memory Excel as a person's, so the pane
// hears it as it would hear Excel.
import type { Page } from "playwright-core";
import { startDemo, templatesWithSample, type RunningDemo } from "../support/demo-build";
import { describeWithTools } from "../support/tools";

// Generous for a loaded 2-core machine: the tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

/** The marks' error fill, as the demo draws a cell whose conditional format is the error style. */
const RED = "rgb(255, 199, 206)";

const cell = (page: Page, address: string) => page.locator(`[data-testid=grid] td[data-cell=${address}]`);

/** Waits until the cell shows `text`. */
const shows = (page: Page, address: string, text: string) =>
  page.waitForFunction(
    ([address, text]) => document.querySelector(`[data-testid=grid] td[data-cell=${address}]`)?.textContent === text,
    [address, text] as const,
  );

/** Waits until the cell is drawn with the error fill (`red`) or without it. */
const marked = (page: Page, address: string, red: boolean) =>
  page.waitForFunction(
    ([address, red, fill]) => {
      const found = document.querySelector(`[data-testid=grid] td[data-cell=${address}]`);
      return Boolean(found) && (getComputedStyle(found!).backgroundColor === fill) === red;
    },
    [address, red, RED] as const,
  );

/** The address of the cell that has the keyboard's focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? "");

/** Waits for the add-in to finish handling the grid's edits (the grid is busy until then). */
const settled = (page: Page) => page.locator("[data-testid=grid][aria-busy=false]").waitFor();

/** The value the in-memory workbook holds at a cell (zero-based row and column). */
const stored = (page: Page, sheet: string, row: number, column: number) =>
  page.evaluate(
    ([sheet, row, column]) =>
      (
        window as unknown as {
          annexADemo: { sim: { sheet(name: string): { cell(r: number, c: number): { value: unknown } | undefined } } };
        }
      ).annexADemo.sim
        .sheet(sheet)
        .cell(row, column)?.value,
    [sheet, row, column] as const,
  );

describeWithTools(["chromium"], "typing in the demo's grid (issue 21 point 5)", () => {
  let demo: RunningDemo | undefined;

  beforeAll(async () => {
    demo = await startDemo();
  });

  afterAll(() => demo?.stop());

  /** The demo, allowed to read and write the clipboard as a person's Ctrl+C and Ctrl+V do. */
  const open = () => demo!.open((page) => page.context().grantPermissions(["clipboard-read", "clipboard-write"]));

  it("lets the analyst correct a finding, paste rows and undo, all from the keyboard", async () => {
    const page = await open();
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .waitFor();

    // The fourth child, on row 5, was born on 38/04/2019: a day that does not exist.
    const goToD5 = page.getByRole("button", { name: "Go to cell D5" });
    await goToD5.first().click();
    await page.locator("[data-testid=grid] td[data-cell=D5][aria-selected=true]").waitFor();
    await expect(cell(page, "D5").evaluate((found) => getComputedStyle(found).backgroundColor)).resolves.toBe(RED);

    // Typing on the cell starts an edit that replaces it; Enter keeps it and moves down.
    await cell(page, "D5").click();
    await page.keyboard.type("03/04/2019");
    await expect(page.getByRole("textbox", { name: "Edit Children in need D5" }).inputValue()).resolves.toBe(
      "03/04/2019",
    );
    await page.keyboard.press("Enter");
    await expect(focused(page)).resolves.toBe("D6");
    await shows(page, "D5", "03/04/2019");
    await marked(page, "D5", false);
    await goToD5.first().waitFor({ state: "detached" });
    // Typed, the date is a date, as Excel set to English (UK) stores it: 3 April 2019's serial.
    await expect(stored(page, "Children in need", 4, 3)).resolves.toBe(43558);

    // Escape drops an edit; F2 edits in place, the cell's text kept.
    await page.keyboard.type("x");
    await page.keyboard.press("Escape");
    await expect(focused(page)).resolves.toBe("D6");
    await shows(page, "D6", "01/12/2010");
    await page.keyboard.press("F2");
    await expect(page.getByRole("textbox", { name: "Edit Children in need D6" }).inputValue()).resolves.toBe(
      "01/12/2010",
    );
    await page.keyboard.press("Escape");

    // Two rows pasted from the clipboard below the last child, one with an impossible date.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(focused(page)).resolves.toBe("A8");
    await page.evaluate(() =>
      navigator.clipboard.writeText(
        "DEMO009\ta) Male\ta) WBRI\t31/02/2019\r\nDEMO010\tb) Female\ta) WBRI\t05/06/2018\r\n",
      ),
    );
    await page.keyboard.press("Control+V");
    await shows(page, "A8", "DEMO009");
    await shows(page, "D9", "05/06/2018");
    await expect(page.locator("[data-testid=grid] td[aria-selected=true]").count()).resolves.toBe(8);
    // The pasted rows are checked as they land: the impossible date is marked and listed.
    await marked(page, "D8", true);
    await page.getByRole("button", { name: "Go to cell D8" }).first().waitFor();
    await expect(stored(page, "Children in need", 8, 3)).resolves.toBe(43256);
    await settled(page);

    // Ctrl+Z takes the paste back, and then the correction.
    await page.keyboard.press("Control+Z");
    await shows(page, "A8", "");
    await shows(page, "A9", "");
    await page.getByRole("button", { name: "Go to cell D8" }).first().waitFor({ state: "detached" });
    await settled(page);
    await page.keyboard.press("Control+Z");
    await shows(page, "D5", "38/04/2019");
    await marked(page, "D5", true);
    await goToD5.first().waitFor();
    await page.close();
  });

  it("lets the lead inspector mark chosen children on the Selection sheet by typing, and the pane counts them", async () => {
    const page = await open();
    await templatesWithSample(page);
    await page.getByRole("button", { name: "Build or refresh the selection sheet" }).click();
    await page.getByText(/The Selection sheet lists 6 children/).waitFor();
    await page.getByText("Selected for tracking: 0 of 20").waitFor();
    await expect(page.getByRole("tab", { name: "Selection" }).getAttribute("aria-selected")).resolves.toBe("true");

    // The choice columns, found by their headings (the last cell so named: the counts above the
    // table name them too); DEMO001's row, by its ID.
    const address = (text: string) =>
      page
        .locator("[data-testid=grid] td")
        .filter({ hasText: new RegExp(`^${text}$`) })
        .last()
        .getAttribute("data-cell");
    const tracking = (await address("Selected for tracking"))!.replace(/\d+$/, "");
    const joint = (await address("Joint evaluation"))!.replace(/\d+$/, "");
    const row = Number((await address("DEMO001"))!.replace(/^[A-Z]+/, ""));

    // Y for DEMO001 and the child below, "yes" read as Y as the sheet reads it.
    await cell(page, `${tracking}${row}`).click();
    await page.keyboard.type("Y");
    await page.keyboard.press("Enter");
    await page.keyboard.type("yes");
    await page.keyboard.press("Enter");
    await page.getByText("Selected for tracking: 2 of 20").waitFor();
    await shows(page, `${tracking}${row}`, "Y ▾");

    // Back up to DEMO001 and across to joint evaluation; Tab keeps the edit and moves right.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    await expect(focused(page)).resolves.toBe(`${joint}${row}`);
    await page.keyboard.type("Y");
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.not.toBe(`${joint}${row}`);
    await page.getByText("Joint evaluation: 1 of the selected (5 to 7)").waitFor();
    await settled(page);

    // Both tracking choices selected with Shift+Down and cleared with Delete; Ctrl+Z brings them back.
    await cell(page, `${tracking}${row}`).click();
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Delete");
    await page.getByText("Selected for tracking: 0 of 20").waitFor();
    await shows(page, `${tracking}${row}`, " ▾");
    await settled(page);
    await page.keyboard.press("Control+Z");
    await page.getByText("Selected for tracking: 2 of 20").waitFor();
    await page.close();
  });
});
