// The demo (`webpack --env demo`) for a browser test file: built into a folder of its own (so
// files running side by side never build over each other's pages), served, and opened in Debian's
// Chromium; with the one set-up most browser tests start from.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { serveFolder } from "./static-server";
import { launchChromium } from "./tools";

const ROOT = join(__dirname, "../..");

export interface RunningDemo {
  /** A new page at the demo, after `beforeLoad` (e.g. an init script) has run on it. */
  open(beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page>;
  stop(): Promise<void>;
}

/** Builds the demo into a new folder and returns the folder. */
export function buildDemo(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `annex-a-${name}-`));
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--env", "demo", "--output-path", folder],
    { cwd: ROOT, stdio: "ignore" },
  );
  return folder;
}

/** Builds, serves (with `htmlHeaders` on its pages) and opens Chromium for the demo. */
export async function startDemo(name: string, htmlHeaders: Record<string, string> = {}): Promise<RunningDemo> {
  const folder = buildDemo(name);
  const server = await serveFolder(folder, {}, htmlHeaders);
  const browser = await launchChromium();
  return {
    open: async (beforeLoad) => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await beforeLoad?.(page);
      await page.goto(server.origin);
      return page;
    },
    stop: async () => {
      await browser.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Creates the templates from the pane and pastes the sample rows into the children in need list. */
export async function templatesWithSample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Create Annex A templates" }).click();
  await page.getByText(/Created \d+ sheets/).waitFor();
  await page.getByRole("tab", { name: "Children in need" }).click();
  await page.getByTestId("paste-sample").click();
  await page.locator("[data-testid=grid] td", { hasText: "DEMO001" }).waitFor();
}
