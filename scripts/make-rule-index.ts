// Writes src/domain/rules/all.ts and src/domain/forms/all.ts: one import per rule file and per
// form file, so the registries find every rule and every form in their folders without a list kept
// by hand (TypeScript has no glob import that both webpack and Jest follow). Run by
// `npm run build:cli` (and so by `prepare`):   npx tsx scripts/make-rule-index.ts
// rules.test.ts and forms.test.ts fail while either all.ts is not what this script would write.
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

export const FORMS_DIR = join(__dirname, "../src/domain/forms");

/**
 * The forms folder's form files: each exports one Form named after the file in capitals
 * (`ilacs-2019.ts` exports `ILACS_2019`). Files ending "-codes.ts" hold a form's code lists.
 */
export function formFileNames(dir = FORMS_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && file !== "all.ts" && !file.endsWith("-codes.ts"))
    .map((file) => file.slice(0, -".ts".length))
    .sort();
}

export const formExportName = (name: string): string => name.replace(/-/g, "_").toUpperCase();

export function formIndexSource(names: readonly string[]): string {
  return [
    "// Written by scripts/make-rule-index.ts from the files of this folder: do not edit. Every form,",
    "// by the name of its file; a form is handed to whatever needs it, never reached for here.",
    ...names.map((name) => `import { ${formExportName(name)} } from "./${name}";`),
    'import type { Form } from "../catalogue";',
    "",
    "export const FORMS_BY_FILE: Readonly<Record<string, Form>> = {",
    ...names.map((name) => `  "${name}": ${formExportName(name)},`),
    "};",
    "",
  ].join("\n");
}

if (require.main === module) {
  const names = ruleFileNames();
  writeFileSync(join(RULES_DIR, "all.ts"), ruleIndexSource(names));
  console.log(`src/domain/rules/all.ts: ${names.length} rules.`);
  const forms = formFileNames();
  writeFileSync(join(FORMS_DIR, "all.ts"), formIndexSource(forms));
  console.log(`src/domain/forms/all.ts: ${forms.length} forms.`);
}
