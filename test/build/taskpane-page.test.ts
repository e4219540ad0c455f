// The built task pane as Office loads it: office.js copied byte for byte, a Content-Security-Policy
// that lets nothing leave for another origin, and a message instead of a blank pane in webviews
// that cannot run it. One production build (`webpack --mode production`, ~15 s) serves every test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { serveFolder, type StaticServer } from "../support/static-server";
import { describeWithTools, launchChromium, newPage } from "../support/tools";

// Generous for a loaded 2-core machine, where the production build alone can take minutes: the
// tests wait for events; this stops only a hang.
jest.setTimeout(600_000);

const ROOT = join(__dirname, "../..");
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "annex-a-dist-"));
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--output-path", dist],
    { cwd: ROOT, stdio: "ignore" },
  );
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("the production build", () => {
  it("copies office.js and every Excel host script byte for byte, not re-minified", () => {
    const copied = filesUnder(join(dist, "office-js"));
    expect(copied.length).toBeGreaterThan(50);
    expect(readFileSync(join(dist, "office-js/office.js")).equals(readFileSync(join(OFFICE_JS, "office.js")))).toBe(
      true,
    );
    const changed = copied.filter(
      (file) => !readFileSync(file).equals(readFileSync(join(OFFICE_JS, relative(join(dist, "office-js"), file)))),
    );
    expect(changed).toEqual([]);
  });

  it("copies the webview check as written (ES5, never transpiled)", () => {
    expect(readFileSync(join(dist, "webview-check.js"), "utf8")).toBe(
      readFileSync(join(ROOT, "src/taskpane/webview-check.js"), "utf8"),
    );
  });
});

interface Violation {
  directive: string;
  blocked: string;
}

// A page with no policy, making the same requests: shows the test below can fail.
const CONTROL_PAGE = "<!doctype html><title>control</title><p>No policy here.</p>";

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

describeWithTools(["chromium"], "the task pane page in Chromium", () => {
  let browser: Browser;
  let pane: StaticServer;
  let elsewhere: StaticServer;

  beforeAll(async () => {
    pane = await serveFolder(dist, { "/control.html": CONTROL_PAGE });
    elsewhere = await serveFolder(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([pane?.close(), elsewhere?.close()]);
  });

  /** Opens a page of the pane's server, recording every request and every CSP violation. */
  async function open(
    path: string,
    options: { userAgent?: string; before?: string } = {},
  ): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await newPage(browser, options.userAgent ? { userAgent: options.userAgent } : {});
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const record = window as unknown as { violations: Violation[] };
      record.violations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        record.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
      );
    });
    if (options.before) await page.addInitScript(options.before);
    await page.goto(`${pane.origin}${path}`);
    return { page, requests, errors };
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);

  /** From inside the page: a fetch, an image and a script, each to the other server. */
  const reachElsewhere = (page: Page) =>
    page.evaluate(async (target) => {
      const outcomes: string[] = [];
      try {
        await fetch(`${target}/fetch`, { mode: "no-cors" });
        outcomes.push("fetch arrived");
      } catch {
        outcomes.push("fetch blocked");
      }
      const load = (element: HTMLImageElement | HTMLScriptElement, url: string, kind: string) =>
        new Promise<void>((resolve) => {
          element.onload = () => resolve(void outcomes.push(`${kind} arrived`));
          element.onerror = () => resolve(void outcomes.push(`${kind} failed`));
          element.src = url;
          document.body.appendChild(element);
        });
      await load(document.createElement("img"), `${target}/image.png`, "image");
      await load(document.createElement("script"), `${target}/webview-check.js`, "script");
      return outcomes;
    }, elsewhere.origin);

  it("loads and works under its Content-Security-Policy, with no eval and no request leaving", async () => {
    const { page, requests, errors } = await open("/taskpane.html");
    await page.getByRole("heading", { name: "Deadlines" }).waitFor();
    await expect(page.getByText("Annex A cannot run in this version of Excel").isVisible()).resolves.toBe(false);
    // Outside Office, office.js frames Microsoft's telemetry page 3 s after loading (OSF.Logger in
    // o15apptofilemappingtable.js): the policy refuses it before any request is made. (Three seconds
    // quiet, longer on a loaded machine: the page's own limit applies.)
    await page.waitForFunction(() =>
      (window as unknown as { violations: Violation[] }).violations.some((item) => item.directive === "frame-src"),
    );
    const seen = await violations(page);
    // (Chromium reports a cross-origin frame by its origin alone.)
    expect(seen).toEqual([{ directive: "frame-src", blocked: "https://telemetryservice.firstpartyapps.oaspapps.com" }]);
    expect(requests.filter((url) => !url.startsWith(pane.origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("blocks a fetch, an image and a script to any other origin", async () => {
    const before = elsewhere.hits.length;
    const control = await open("/control.html");
    await expect(reachElsewhere(control.page)).resolves.toEqual(["fetch arrived", "image failed", "script arrived"]);
    expect(elsewhere.hits.slice(before)).toEqual(["/fetch", "/image.png", "/webview-check.js"]);
    await control.page.close();

    const { page } = await open("/taskpane.html");
    await page.getByRole("heading", { name: "Deadlines" }).waitFor();
    const hitsBefore = elsewhere.hits.length;
    await expect(reachElsewhere(page)).resolves.toEqual(["fetch blocked", "image failed", "script failed"]);
    expect(elsewhere.hits.length).toBe(hitsBefore);
    const directives = (await violations(page))
      .filter((item) => item.blocked.startsWith(elsewhere.origin))
      .map((item) => item.directive);
    expect(directives.sort()).toEqual(["connect-src", "img-src", "script-src-elem"]);
    await page.close();
  });

  it.each([
    ["Internet Explorer 11's engine (Office 2019 volume-licensed)", TRIDENT, /Internet Explorer 11's engine/],
    ["Microsoft Edge Legacy (Office 2019 retail without WebView2)", EDGE_HTML, /Microsoft Edge Legacy/],
  ])("says what Excel it needs instead of a blank pane in %s", async (_name, userAgent, reason) => {
    const { page } = await open("/taskpane.html", { userAgent });
    const message = page.getByRole("alert");
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(reason);
    await expect(message.textContent()).resolves.toMatch(/Excel 2021 or later/);
    await expect(page.locator("#container").count()).resolves.toBe(0);
    await expect(page.getByRole("heading", { name: "Deadlines" }).count()).resolves.toBe(0);
    await page.close();
  });

  it("says so too where the engine lacks what the pane is built for (ES2022)", async () => {
    const { page } = await open("/taskpane.html", { before: "delete Array.prototype.at;" });
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/too old to run this add-in/);
    await page.close();
  });

  it("runs the pane as usual in WebView2 (Chromium-based Edge)", async () => {
    const { page } = await open("/taskpane.html", { userAgent: WEBVIEW2 });
    await page.getByRole("heading", { name: "Deadlines" }).waitFor();
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await page.close();
  });
});
