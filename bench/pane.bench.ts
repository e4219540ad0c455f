// The task pane in Chromium (the demo: the real pane on the in-memory workbook) checking 50,000
// children-in-need rows x 15 columns, 2% of cells spoiled: how long the check takes, and the
// longest stretch the pane's thread was blocked (Long Tasks API), which issue 12 keeps under
// 100 ms. Prints one JSON line. Needs Debian's Chromium: npx tsx bench/pane.bench.ts
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { listSpec } from "../src/domain/catalogue";
import { serialFromIso } from "../src/domain/dates";
import { childrenInNeedGrid } from "./generate";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist-demo");
const ROWS = Number(process.env.ROWS ?? 50_000);
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };

async function main(): Promise<void> {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack/bin/webpack.js"),
      "--env",
      "demo",
      "--mode",
      process.env.PROBE === "profile" ? "development" : "production",
    ],
    { cwd: ROOT, stdio: "ignore" },
  );
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    const file = join(DIST, path === "/" ? "index.html" : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?pane-only`);
    await page.getByRole("button", { name: "Create Annex A templates" }).click();
    await page.getByText(/Created \d+ sheets/).waitFor();
    const grid = childrenInNeedGrid(ROWS, 0.02, serialFromIso("2026-11-24")!);
    await page.evaluate(
      ({ sheetName, rows, process_env_probe }) => {
        const sim = (
          window as unknown as {
            annexADemo: { sim: { sheet(name: string): { cellForWrite(r: number, c: number): { value: unknown } } } };
          }
        ).annexADemo.sim;
        const sheet = sim.sheet(sheetName);
        rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.cellForWrite(r, c).value = value)));
        const longest: number[] = [];
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => longest.push(entry.duration))).observe({
          type: "longtask",
        });
        if (process_env_probe) {
          const log: string[] = [];
          (window as unknown as { probe: string[] }).probe = log;
          new PerformanceObserver((list) =>
            list
              .getEntries()
              .forEach((entry) => log.push(`long ${Math.round(entry.startTime)} +${Math.round(entry.duration)}`)),
          ).observe({ type: "longtask" });
          new MutationObserver(() =>
            log.push(
              `dom ${Math.round(performance.now())} ${document.querySelector("[role=status]")?.textContent?.slice(0, 60)}`,
            ),
          ).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        (window as unknown as { longTasks: number[] }).longTasks = longest;
      },
      { sheetName: listSpec("childrenInNeed").sheetName, rows: grid, process_env_probe: Boolean(process.env.PROBE) },
    );
    const cdp = process.env.PROBE ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
    }
    await page.evaluate(
      () => ((window as unknown as { annexADemo: { syncMs: number[] } }).annexADemo.syncMs.length = 0),
    );
    const start = Date.now();
    await page.getByRole("button", { name: "Check all lists" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ errors?, \d+ warnings?/ })
      .waitFor({ timeout: 300_000 });
    const ms = Date.now() - start;
    if (cdp) {
      const { profile } = (await cdp.send("Profiler.stop")) as {
        profile: {
          nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const name = (frame: { functionName: string; url: string; lineNumber: number }) =>
        `${frame.functionName || "(anon)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
      profile.samples.forEach((id, index) => {
        const key = name(byId.get(id)!.callFrame);
        self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[index] / 1000);
      });
      console.log(
        [...self]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([key, ms]) => `${Math.round(ms)} ms ${key}`)
          .join("\n"),
      );
      // Each stretch of over 50 ms without an idle sample, with the functions it spent its time
      // in (inclusive), so a long task can be named.
      const parent = new Map<number, number>();
      for (const node of profile.nodes as { id: number; children?: number[] }[])
        for (const child of node.children ?? []) parent.set(child, node.id);
      let stretch: { ms: number; at: number; inclusive: Map<string, number> } | undefined;
      let clock = 0;
      const report = () => {
        if (stretch && stretch.ms > 50)
          console.log(
            `stretch at ${Math.round(stretch.at)} ms, ${Math.round(stretch.ms)} ms: ` +
              [...stretch.inclusive]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 30)
                .map(([key, ms]) => `${Math.round(ms)} ${key}`)
                .join(" | "),
          );
        stretch = undefined;
      };
      profile.samples.forEach((id, index) => {
        const ms = profile.timeDeltas[index] / 1000;
        clock += ms;
        const idle = byId.get(id)!.callFrame.functionName === "(idle)";
        if (idle) return report();
        stretch ??= { ms: 0, at: clock, inclusive: new Map() };
        stretch.ms += ms;
        const seen = new Set<string>();
        for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
          const key = name(byId.get(node)!.callFrame);
          if (seen.has(key)) continue;
          seen.add(key);
          stretch.inclusive.set(key, (stretch.inclusive.get(key) ?? 0) + ms);
        }
      });
      report();
    }
    if (process.env.PROBE)
      console.log(
        (
          await page.evaluate(() => [
            ...(window as unknown as { probe: string[] }).probe,
            ...performance.getEntriesByType("mark").map((mark) => `mark ${Math.round(mark.startTime)} ${mark.name}`),
          ])
        ).join("\n"),
      );
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const syncs = await page.evaluate(
      () => (window as unknown as { annexADemo: { syncMs: number[] } }).annexADemo.syncMs,
    );
    console.log(
      JSON.stringify({
        scenario: `pane check in Chromium, ${ROWS} rows`,
        ms,
        longestTaskMs: Math.round(Math.max(0, ...tasks)),
        tasksOver100ms: tasks.filter((duration) => duration > 100).length,
        // The in-memory Excel's share: work that in Excel runs in Excel, off the pane's thread.
        syncs: syncs.length,
        longestSyncMs: Math.round(Math.max(0, ...syncs)),
        syncsOver100ms: syncs.filter((duration) => duration > 100).length,
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
