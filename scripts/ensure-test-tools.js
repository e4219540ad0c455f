// The browser and spreadsheet tests use Debian's packages: Chromium (/usr/bin/chromium, driven by
// playwright-core), LibreOffice Calc (soffice, headless) and pdftoppm. Nothing downloads a
// browser of its own. This installs what is missing with apt-get when it can. Where it cannot,
// those tests skip with a message, unless ANNEX_A_REQUIRE_TOOLS=1 (set by .ci/run), which makes
// a missing tool a failure.
"use strict";
const { existsSync } = require("node:fs");
const { execSync } = require("node:child_process");

const TOOLS = [
  { path: "/usr/bin/chromium", pkg: "chromium", for: "the browser tests" },
  { path: "/usr/bin/soffice", pkg: "libreoffice-calc-nogui", for: "the LibreOffice tests" },
  { path: "/usr/bin/pdftoppm", pkg: "poppler-utils", for: "the PNG renderings" },
];
const required = process.env.ANNEX_A_REQUIRE_TOOLS === "1";
const missing = TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === "function" && process.getuid() === 0;
const packages = missing.map((tool) => tool.pkg).join(" ");
if (root && existsSync("/usr/bin/apt-get")) {
  process.stdout.write(`Installing Debian's ${packages} for the tests (apt-get install)...\n`);
  try {
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`,
      {
        stdio: "inherit",
        stdin: "ignore",
      },
    );
  } catch (error) {
    process.stderr.write(`apt-get could not install ${packages}: ${error.message}\n`);
  }
}
const still = TOOLS.filter((tool) => !existsSync(tool.path));
for (const tool of still) {
  process.stderr.write(
    `${tool.path} is missing, so ${tool.for} will be skipped: run "sudo apt-get install -y ${tool.pkg}".\n`,
  );
}
if (still.length > 0 && required) {
  process.stderr.write("ANNEX_A_REQUIRE_TOOLS=1: these tools are required here.\n");
  process.exit(1);
}
