#!/usr/bin/env node
// The command line runs the compiled bundle (dist-cli/quota-report.js, built by `npm run build`): no
// TypeScript at run time. It is loaded with its V8 code cache when a valid one is beside it (./load-bundle.js).
const fs = require("fs");
const path = require("path");
const { loadBundle } = require("./load-bundle");

const bundle = path.join(__dirname, "..", "dist-cli", "quota-report.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "quota-report: chưa dựng chương trình, hãy chạy `npm run build` (the command line is not built yet: run `npm run build`)\n",
  );
  process.exit(2);
}
// A reader that stops early (`quota-report … | head`) is not an error.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(0);
});
const { main } = loadBundle(bundle);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`quota-report: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
