// The demo (`webpack --env demo`) for the browser tests: built once and shared by every test file,
// served, and opened in Debian's Chromium; with the one set-up most browser tests start from.
//
// The build (about 20 s quiet, a minute or more on a loaded machine) goes into
// test-output/demo-build/<hash>, the hash taken of everything it is made from (src/, the webpack
// and TypeScript configuration, the installed packages). A test file finds it there when the
// sources have not changed since; otherwise the first file to need it builds it, under a lock, and
// files running beside it wait for that build rather than making their own.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { serveFolder } from "./static-server";
import { launchChromium, newPage } from "./tools";

const ROOT = join(__dirname, "../..");
const BUILDS = join(ROOT, "test-output", "demo-build");
/** What the demo is built from, besides src/. */
const INPUTS = ["webpack.config.js", "tsconfig.json", "package-lock.json", "node_modules/.package-lock.json"];
/** A build no test has used for this long is removed when another is made. */
const UNUSED_MS = 60 * 60 * 1000;
/** How often a file waiting for another's build looks whether it is done. */
const LOOK_MS = 250;

export interface RunningDemo {
  /** The address the demo is served at, and the browser its pages open in. */
  readonly origin: string;
  readonly browser: Browser;
  /** A new page at the demo, after `beforeLoad` (e.g. an init script) has run on it. */
  open(beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page>;
  stop(): Promise<void>;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]))
    .sort();
}

/** A hash of every file the demo is built from: a change to any of them makes a new build. */
function inputsHash(): string {
  const hash = createHash("sha256");
  const files = [...filesUnder(join(ROOT, "src")), ...INPUTS.map((name) => join(ROOT, name)).filter(existsSync)];
  for (const file of files) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Whether the process that holds a lock is still running (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes other builds no test has used for an hour, so edits do not fill the disk, and what a
 * build left half made when its process was stopped.
 */
function removeUnused(keep: string): void {
  for (const name of readdirSync(BUILDS)) {
    const path = join(BUILDS, name);
    const [built, suffix] = name.split(".");
    if (suffix === "lock" || built === keep) continue;
    if (suffix !== undefined ? !alive(Number(suffix)) : Date.now() - statSync(path).mtimeMs > UNUSED_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The folder holding the demo built from the sources as they are now: an earlier build when one is
 * up to date, else a new one (one at a time, however many test files ask at once).
 */
export async function demoBuild(): Promise<string> {
  const hash = inputsHash();
  const folder = join(BUILDS, hash);
  const lock = `${folder}.lock`;
  mkdirSync(BUILDS, { recursive: true });
  for (;;) {
    if (existsSync(join(folder, "index.html"))) {
      const now = new Date();
      utimesSync(folder, now, now); // used now: not removed as unused
      return folder;
    }
    try {
      mkdirSync(lock); // fails when another process holds it
    } catch {
      // Another file is building it: wait for its end (or take over the lock of one that died).
      let holder = 0;
      try {
        holder = Number(readFileSync(join(lock, "pid"), "utf8"));
      } catch {
        // Not written yet, or the lock was just let go: look again.
      }
      if (holder > 0 && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, LOOK_MS));
      continue;
    }
    try {
      writeFileSync(join(lock, "pid"), String(process.pid));
      if (existsSync(join(folder, "index.html"))) continue; // built while this took the lock
      const building = `${folder}.${process.pid}`;
      rmSync(building, { recursive: true, force: true });
      execFileSync(
        process.execPath,
        [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--env", "demo", "--output-path", building],
        { cwd: ROOT, stdio: "ignore" },
      );
      rmSync(folder, { recursive: true, force: true });
      renameSync(building, folder); // whole or not at all, for the files waiting
      removeUnused(hash);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Serves the shared build (with `htmlHeaders` on its pages) and opens Chromium for the demo. */
export async function startDemo(htmlHeaders: Record<string, string> = {}): Promise<RunningDemo> {
  const server = await serveFolder(await demoBuild(), {}, htmlHeaders);
  const browser = await launchChromium();
  return {
    origin: server.origin,
    browser,
    open: async (beforeLoad) => {
      const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
      await beforeLoad?.(page);
      await page.goto(server.origin);
      return page;
    },
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until the demo's grid has drawn every change made to its workbook so far, on the sheet it
 * shows after them. The grid redraws at low priority (a React transition), after the pane's own
 * updates: a test that reads a cell after the pane says what changed waits for this first.
 */
export async function gridDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const sim = (
      window as unknown as {
        annexADemo: { sim: { changes: number; selection?: { sheet: string }; activeSheet?: { name: string } } };
      }
    ).annexADemo.sim;
    const grid = document.querySelector("[data-testid=grid]");
    const shown = sim.selection?.sheet ?? sim.activeSheet?.name;
    return (
      grid?.getAttribute("data-changes") === String(sim.changes) && grid.getAttribute("aria-label") === `Sheet ${shown}`
    );
  });
}

/** Creates the templates from the pane and pastes the sample rows into the children in need list. */
export async function templatesWithSample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Create Annex A templates" }).click();
  await page.getByText(/Created \d+ sheets/).waitFor();
  await page.getByRole("tab", { name: "Children in need" }).click();
  await page.getByTestId("paste-sample").click();
  await page.locator("[data-testid=grid] td", { hasText: "DEMO001" }).waitFor();
}
