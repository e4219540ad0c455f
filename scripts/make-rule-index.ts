// Writes src/domain/rules/all.ts: one import per rule file, so the registry finds every rule in
// the folder without a list kept by hand (TypeScript has no glob import that both webpack and
// Jest follow). Run by `npm run build:cli` (and so by `prepare`):   npx tsx scripts/make-rule-index.ts
// rules.test.ts fails while all.ts is not what this script would write.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const RULES_DIR = join(__dirname, "../src/domain/rules");

/** The folder's files that are not rules; every other .ts file there is one rule, named after its code. */
export const SUPPORT_FILES: readonly string[] = ["all.ts", "examples.ts", "helpers.ts", "index.ts", "rule.ts"];

/** A rule file's export: its name in camel case (`age-over-17.ts` exports `ageOver17`). */
export const exportName = (name: string): string => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

export function ruleFileNames(dir = RULES_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && !SUPPORT_FILES.includes(file))
    .map((file) => file.slice(0, -".ts".length))
    .sort();
}

export function ruleIndexSource(names: readonly string[]): string {
  return [
    "// Written by scripts/make-rule-index.ts from the files of this folder: do not edit. Every rule,",
    "// by the name of its file (which is its code in lower case); index.ts puts them in order.",
    ...names.map((name) => `import { ${exportName(name)} } from "./${name}";`),
    'import type { Rule } from "./rule";',
    "",
    "export const RULES_BY_FILE: Readonly<Record<string, Rule>> = {",
    ...names.map((name) => `  "${name}": ${exportName(name)},`),
    "};",
    "",
  ].join("\n");
}

if (require.main === module) {
  const names = ruleFileNames();
  writeFileSync(join(RULES_DIR, "all.ts"), ruleIndexSource(names));
  console.log(`src/domain/rules/all.ts: ${names.length} rules.`);
}
