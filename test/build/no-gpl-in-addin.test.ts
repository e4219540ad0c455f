// HyperFormula is GPL-3.0. The in-memory Excel (src/sim) uses it, in the tests and the demo; the
// add-in and the command line, which councils run and may pass on, must never include it (README,
// "Licences"). This walks every import, from the add-in's webpack entries and from the command
// line's, and fails when one reaches hyperformula, directly or through other modules. Type-only
// imports count too: webpack drops them, but a module that names HyperFormula's types is one
// step from importing it, and being strict costs nothing.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "../..");
const FORBIDDEN = "hyperformula";

const { options } = ts.parseJsonConfigFileContent(
  ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config,
  ts.sys,
  ROOT,
);

/** "@fluentui/react-components/x" -> "@fluentui/react-components"; "zod/mini" -> "zod". */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** A chain of imports, the entry first, then each module it leads to. */
type Chain = readonly string[];

/**
 * Every package the entries import, directly or through the project's own modules, each with
 * the chain of imports that first reached it. Each module's imports are read as written
 * (import, import type, export from, import(), require), so nothing is skipped.
 */
function packagesReached(entries: readonly string[]): Map<string, Chain> {
  const packages = new Map<string, Chain>();
  const seen = new Set<string>();
  const queue: { file: string; chain: Chain }[] = entries.map((file) => ({
    file: join(ROOT, file),
    chain: [file],
  }));
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
      if (!specifier.startsWith(".") && !specifier.startsWith("/")) {
        const name = packageOf(specifier);
        if (!packages.has(name)) packages.set(name, [...chain, specifier]);
        continue;
      }
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
      // An import the walk cannot follow would hide what lies behind it.
      if (!resolved) throw new Error(`${relative(ROOT, file)} imports ${specifier}, which does not resolve`);
      const next = resolved.resolvedFileName;
      if (/\.tsx?$/.test(next) && !next.endsWith(".d.ts"))
        queue.push({ file: next, chain: [...chain, relative(ROOT, next)] });
    }
  }
  return packages;
}

/** What webpack bundles for the add-in: the entries of its production build. */
async function addinEntries(): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  return Object.values(config.entry as Record<string, string | string[]>).flat();
}

describe("HyperFormula (GPL-3.0) stays out of what is shipped", () => {
  it("is reached by the walk from the demo, which uses the in-memory Excel: the walk sees it", () => {
    expect(packagesReached(["src/demo/index.tsx"]).get(FORBIDDEN)).toEqual(
      expect.arrayContaining(["src/demo/index.tsx", FORBIDDEN]),
    );
  });

  it("is not imported by anything the add-in's webpack build bundles", async () => {
    const entries = await addinEntries();
    expect(entries).toContain("./src/taskpane/index.tsx");
    expect(packagesReached(entries).get(FORBIDDEN)).toBeUndefined();
  });

  it("is not imported by anything the command line runs", () => {
    expect(packagesReached(["src/cli/main.ts"]).get(FORBIDDEN)).toBeUndefined();
  });

  it("is a development dependency only, so installing the command line does not fetch it", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies)).not.toContain(FORBIDDEN);
  });
});
