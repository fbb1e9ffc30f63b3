#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so no build step is needed.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`quota-report: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
