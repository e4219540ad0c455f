#!/usr/bin/env node
// The annex-a command: runs the compiled command line (npm install builds it into lib/).
"use strict";
const { run, processIo } = require("../lib/cli/main.js");

run(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`annex-a stopped on an unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
