// The demo (`webpack --env demo`) built for one test file, into a folder of its own, so browser
// test files running side by side never build over each other's pages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

export interface DemoBuild {
  readonly folder: string;
  remove(): void;
}

export function buildDemo(name: string): DemoBuild {
  const folder = mkdtempSync(join(tmpdir(), `annex-a-${name}-`));
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--env", "demo", "--output-path", folder],
    { cwd: ROOT, stdio: "ignore" },
  );
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
