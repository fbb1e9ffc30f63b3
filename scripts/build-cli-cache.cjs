// Run by scripts/build-cli.mjs in a node of its own, with no flags (V8 refuses a cache made under other flags):
// runs the just-built bundle once, through bin/load-bundle.js as the command line does, with the arguments given
// (an analysis of the sample workbook), then writes the bundle's V8 code cache beside it. Made after the run, the
// cache holds every function the run compiled, not only the bundle's top level.
// Usage: node scripts/build-cli-cache.cjs BUNDLE ARGS…
const fs = require("fs");
const path = require("path");
const { compileBundle, cacheFileOf, cacheFileContents } = require("../bin/load-bundle");

async function makeCache(bundle, args) {
  const bytes = fs.readFileSync(bundle);
  const { script, run } = compileBundle(bundle, bytes, undefined);
  const code = await run().main(args);
  if (code !== 0) throw new Error(`the sample run of the bundle ended with ${code}`);
  fs.writeFileSync(cacheFileOf(bundle), cacheFileContents(bundle, bytes, script.createCachedData()));
}

const [file, ...args] = process.argv.slice(2);
const bundle = path.resolve(file);
makeCache(bundle, args).catch((e) => {
  process.stderr.write(`build-cli-cache: ${e && e.stack ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
