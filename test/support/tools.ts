// Tests that need a program from Debian (Chromium, LibreOffice, pdftoppm) run where it is
// installed (`npm test` installs it with apt-get where it can: scripts/ensure-test-tools.js).
// Elsewhere they skip with a message, unless ANNEX_A_REQUIRE_TOOLS=1 (set by .ci/run), where a
// missing tool fails the run instead of passing quietly.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const TOOL_PATHS = {
  chromium: "/usr/bin/chromium",
  soffice: "/usr/bin/soffice",
  pdftoppm: "/usr/bin/pdftoppm",
} as const;
export type Tool = keyof typeof TOOL_PATHS;

export const toolsRequired = process.env.ANNEX_A_REQUIRE_TOOLS === "1";
/** `npm run test:quick`, the inner loop: no browser and no LibreOffice, said so; `npm test` runs them. */
export const quickRun = process.env.ANNEX_A_QUICK === "1";

export function hasTool(tool: Tool): boolean {
  return existsSync(TOOL_PATHS[tool]);
}

/** `describe` when every tool is there; otherwise a skip with a message, or a failure where required. */
export function describeWithTools(tools: readonly Tool[], name: string, body: () => void): void {
  if (quickRun) {
    console.warn(`Skipping "${name}" in the quick run: npm test runs it.`);
    describe.skip(name, body);
    return;
  }
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const why = `${missing.map((tool) => TOOL_PATHS[tool]).join(" and ")} not installed`;
  if (toolsRequired) {
    describe(name, () => {
      test(`needs ${why} (ANNEX_A_REQUIRE_TOOLS=1)`, () => {
        throw new Error(`${name}: ${why}; ANNEX_A_REQUIRE_TOOLS=1 makes it required.`);
      });
    });
    return;
  }
  console.warn(
    `Skipping "${name}": ${why}. Install it (npm test does so with apt-get where it can) to run these tests.`,
  );
  describe.skip(name, body);
}

/** Debian's Chromium, headless, with the flags this machine needs (no background networking). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: TOOL_PATHS.chromium,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Playwright's limit for one wait or action on a page (30 s of its own): generous here for a loaded
 * 2-core machine. The tests wait for what the page shows, never for time; this stops only a hang.
 */
export const PAGE_TIMEOUT_MS = 180_000;

/** A new page in its own context, with the generous limit above. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  return page;
}
