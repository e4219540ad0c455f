// The browser tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core; nothing
// downloads a browser of its own. This installs it with apt-get when it is missing and we can.
"use strict";
const { existsSync } = require("node:fs");
const { execSync } = require("node:child_process");

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) {
    process.stderr.write(`The browser tests need Debian's Chromium at ${CHROMIUM}: run "sudo apt-get install -y chromium" and try again.\n`);
    process.exit(1);
  }
  process.stdout.write("Installing Debian's Chromium for the browser tests (apt-get install chromium)...\n");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
}
