// LibreOffice Calc, headless, as a second spreadsheet application in the tests: it opens a
// workbook, recalculates every formula, and saves it again (xlsx, pdf, csv). One soffice run
// converts many files, since each start costs seconds.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { TOOL_PATHS } from "./tools";

/**
 * A private LibreOffice profile that recalculates formulas on load. By default LibreOffice keeps
 * the cached results of a file that says Excel wrote it (ExcelJS says so), which would test
 * nothing: OOXMLRecalcMode 0 is "always recalculate".
 */
function profileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "annex-a-lo-"));
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Opens each file in LibreOffice, recalculates, and saves it into outDir in `format` ("xlsx",
 * "pdf", "csv"...). Returns the written paths, in the order given. `infilter` says how to read
 * the files, as the import dialog would ("CSV:44,34,76": commas, double quotes, UTF-8).
 */
export function convertWithLibreOffice(
  files: readonly string[],
  outDir: string,
  format = "xlsx",
  options: { readonly infilter?: string } = {},
): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = profileDir();
  execFileSync(
    TOOL_PATHS.soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 },
  );
  const extension = format.split(":")[0];
  return files.map((file) => join(outDir, `${basename(file, extname(file))}.${extension}`));
}
