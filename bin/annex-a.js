#!/usr/bin/env node
// The annex-a command: runs the compiled command line (npm install builds it into lib/).
"use strict";
const { run, processIo } = require("../lib/cli/main.js");

// A reader that stops early (`annex-a check X --json | head -1`) closes the pipe: nothing more is
// wanted, so stop quietly rather than with a stack trace.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`annex-a stopped on an unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
