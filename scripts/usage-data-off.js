// Records "usage data off" for the office-addin-* tools before any of them runs, so none asks a
// question about it (the setting lives in ~/office-addin-usage-data.json). No data is ever sent
// by this project; recent versions of the tools send none either.
"use strict";
try {
  require("office-addin-usage-data/lib/command").turnUsageDataOff();
} catch (error) {
  process.stderr.write(`Could not record the usage-data opt-out: ${error.message}\n`);
}
