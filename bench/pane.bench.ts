// The task pane in Chromium (the demo: the real pane on the in-memory workbook) checking 50,000
// children-in-need rows x 15 columns, 2% of cells spoiled: how long the check takes, and the
// longest stretch the pane's thread was blocked (Long Tasks API), which issue 12 keeps under
// 100 ms. Prints one JSON line. Needs Debian's Chromium: npx tsx bench/pane.bench.ts
// VIEW=1: the whole demo (the pane beside the drawn workbook); PROBE=1: what each long task spent
// its time in, from a Chromium trace (PROBE=development: the same on a development build, with names).
// SCENARIO=selection: building the Selection sheet from the same rows instead of checking them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { listOf } from "../src/domain/catalogue";
import { serialFromIso } from "../src/domain/dates";
import { childrenInNeedGrid } from "./generate";
import { JTAI_NEGLECT_2017 } from "../src/domain/forms/jtai-neglect-2017";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist-demo");
const ROWS = Number(process.env.ROWS ?? 50_000);
const selection = process.env.SCENARIO === "selection";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };

async function main(): Promise<void> {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack/bin/webpack.js"),
      "--env",
      "demo",
      "--mode",
      process.env.PROBE === "development" ? "development" : "production",
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
    // VIEW=1: the whole demo, the pane beside the drawn workbook showing the list being checked.
    const whole = Boolean(process.env.VIEW);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${whole ? "" : "?pane-only"}`);
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
      {
        sheetName: listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName,
        rows: grid,
        process_env_probe: Boolean(process.env.PROBE),
      },
    );
    if (whole) await page.getByRole("tab", { name: listOf(JTAI_NEGLECT_2017, "childrenInNeed").sheetName }).click();
    // PROBE=1: a Chromium trace of the check, to say what each long task spent its time in.
    if (process.env.PROBE)
      await browser.startTracing(page, {
        categories: [
          "devtools.timeline",
          "disabled-by-default-devtools.timeline",
          "disabled-by-default-v8.cpu_profiler",
        ],
      });
    await page.evaluate(() => {
      // Only the check's (or the selection's): not the setting up, nor drawing the tab opened for VIEW=1.
      (window as unknown as { annexADemo: { syncMs: number[] } }).annexADemo.syncMs.length = 0;
      (window as unknown as { longTasks: number[] }).longTasks.length = 0;
    });
    const start = Date.now();
    if (selection) {
      await page.getByRole("button", { name: "Build or refresh the selection sheet" }).click();
      await page.getByText(/The Selection sheet lists [\d,]+ child/).waitFor({ timeout: 300_000 });
    } else {
      await page.getByRole("button", { name: "Check all lists" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: /\d+ errors?, \d+ warnings?/ })
        .waitFor({ timeout: 300_000 });
    }
    const ms = Date.now() - start;
    if (process.env.PROBE) console.log(longTasksNamed(JSON.parse((await browser.stopTracing()).toString()), 50));
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
        scenario: `pane ${selection ? "building the selection" : "check"} in Chromium, ${ROWS} rows${whole ? ", beside the drawn workbook" : ""}`,
        ms,
        longestTaskMs: Math.round(Math.max(0, ...tasks)),
        tasksOver100ms: tasks.filter((duration) => duration > 100).length,
        // The in-memory Excel's syncs, from start to end: each gives way every 20 ms (src/sim/sync-steps.ts),
        // so this is how long the pane waited on the workbook, not how long its thread was held.
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

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args: {
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/**
 * Each task of the page's main thread over `overMs`, with the functions its samples were in
 * (inclusive milliseconds) and its garbage collection: enough to name what blocked the pane.
 */
function longTasksNamed(trace: { traceEvents: TraceEvent[] }, overMs: number): string {
  const events = trace.traceEvents;
  const frames = new Map<number, { name: string; parent?: number }>();
  const samples: { ts: number; node: number; tid: number }[] = [];
  let clock = 0;
  let tid = 0;
  for (const event of events) {
    if (event.name === "Profile") {
      clock = event.args.data?.startTime ?? 0;
      tid = event.tid;
    }
    if (event.name !== "ProfileChunk") continue;
    const profile = event.args.data?.cpuProfile;
    for (const node of profile?.nodes ?? [])
      frames.set(node.id, {
        name: `${node.callFrame.functionName || "(anon)"}${node.callFrame.url ? `@${node.callFrame.url.split("/").pop()}` : ""}`,
        parent: node.parent,
      });
    (profile?.samples ?? []).forEach((node, index) => {
      clock += event.args.data?.timeDeltas?.[index] ?? 0;
      samples.push({ ts: clock, node, tid: tid || event.tid });
    });
  }
  const lines: string[] = [];
  for (const task of events.filter(
    (event) => event.name === "RunTask" && event.ph === "X" && (event.dur ?? 0) > overMs * 1000,
  )) {
    const end = task.ts + task.dur!;
    const inclusive = new Map<string, number>();
    let previous = task.ts;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts > end) continue;
      const ms = (sample.ts - previous) / 1000;
      previous = sample.ts;
      const seen = new Set<string>();
      for (let node: number | undefined = sample.node; node !== undefined; node = frames.get(node)?.parent) {
        const name = frames.get(node)?.name ?? "?";
        if (seen.has(name) || name === "(root)") continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
    const gc = events
      .filter(
        (event) =>
          event.tid === task.tid && /^(MinorGC|MajorGC)$/.test(event.name) && event.ts >= task.ts && event.ts < end,
      )
      .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
    lines.push(
      `task +${Math.round(task.dur! / 1000)} ms (gc ${Math.round(gc)}): ` +
        [...inclusive]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 18)
          .map(([name, ms]) => `${Math.round(ms)} ${name}`)
          .join(" | "),
    );
  }
  return lines.join("\n");
}

void main();
