// Offline manifest validation, in place of the online validator that cannot be reached here:
// the project's own structural checks always, and the Office XML schemas when they are present
// (../shared/office-manifest-schemas, or the folder named by ANNEX_A_MANIFEST_SCHEMAS).
//   npm run validate            (validates manifest.xml)
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = resolve(__dirname, "..");
/** What each page the manifest names is built from. */
const PAGE_SOURCES: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "help.html": "src/help.html",
};

export function structuralProblems(xml: string, root = ROOT): string[] {
  const problems: string[] = [];
  const one = (pattern: RegExp) => pattern.exec(xml)?.[1];

  const id = one(/<Id>\s*([^<]+?)\s*<\/Id>/);
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`<Id> must be a GUID; found ‘${id ?? ""}’.`);
  const version = one(/<Version>\s*([^<]+?)\s*<\/Version>/);
  if (!version || !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version))
    problems.push(`<Version> must look like 1.0.0.0; found ‘${version ?? ""}’.`);
  if (!/<DefaultLocale>\s*en-GB\s*<\/DefaultLocale>/.test(xml))
    problems.push("<DefaultLocale> should be en-GB for a UK add-in.");
  if (!/<Host\s+Name="Workbook"\s*\/>/.test(xml))
    problems.push('The manifest must declare <Host Name="Workbook"/> (Excel).');
  const excelApi = one(/<Set\s+Name="ExcelApi"\s+MinVersion="([^"]+)"/);
  if (!excelApi)
    problems.push('The manifest must declare the ExcelApi requirement set (<Set Name="ExcelApi" MinVersion="..."/>).');
  for (const element of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    if (!new RegExp(`<${element}\\s+DefaultValue="https://`).test(xml))
      problems.push(`<${element}> must have an https DefaultValue.`);
  }

  const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((match) => match[1]);
  const origins = new Set<string>();
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`‘${url}’ is not a valid URL.`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`‘${url}’ must use https.`);
    origins.add(parsed.origin);
    const path = parsed.pathname.replace(/^\//, "");
    const source = path.startsWith("assets/") ? path : PAGE_SOURCES[path];
    if (!source) problems.push(`‘${url}’ names a page the build does not produce.`);
    else if (!existsSync(join(root, source))) problems.push(`‘${url}’ needs ${source}, which does not exist.`);
  }
  if (origins.size > 1) problems.push(`Every URL should be served from one origin; found ${[...origins].join(", ")}.`);

  const ids = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!ids.has(resid)) problems.push(`resid ‘${resid}’ has no resource with that id.`);
  }
  return problems;
}

export function schemaFolder(): string | undefined {
  const folder = process.env.ANNEX_A_MANIFEST_SCHEMAS ?? join(ROOT, "..", "shared", "office-manifest-schemas");
  return existsSync(join(folder, "OfficeAppManifestV1_1.xsd")) ? folder : undefined;
}

export async function schemaProblems(xml: string, folder: string): Promise<string[]> {
  const main = "OfficeAppManifestV1_1.xsd";
  const preload = readdirSync(folder)
    .filter((name) => name.endsWith(".xsd") && name !== main)
    .map((name) => ({ fileName: name, contents: readFileSync(join(folder, name), "utf8") }));
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(folder, main), "utf8") }],
    preload,
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage ?? error.message);
}

async function main(): Promise<number> {
  const file = process.argv[2] ?? "manifest.xml";
  const xml = readFileSync(resolve(file), "utf8");
  const problems = structuralProblems(xml);
  const folder = schemaFolder();
  if (folder) problems.push(...(await schemaProblems(xml, folder)));
  for (const problem of problems) process.stderr.write(`${file}: ${problem}\n`);
  if (problems.length > 0) return 1;
  process.stdout.write(
    `${file} is valid: structural checks passed${folder ? `, and it matches the Office manifest schemas in ${folder}` : " (no schema folder found, so the XML schema check was not run)"}.\n`,
  );
  return 0;
}

if (require.main === module) {
  main().then((code) => (process.exitCode = code));
}
