// npm run test:quick: the tests without a browser or LibreOffice, for the inner loop. The browser
// and build tests are left out by path; those that need LibreOffice skip, saying so
// (test/support/tools.ts). `npm test` still runs everything, and is what CI runs.
"use strict";
process.env.ANNEX_A_QUICK = "1";
require("jest")
  .run(["--testPathIgnorePatterns", "/test/(e2e|build)/", ...process.argv.slice(2)])
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
