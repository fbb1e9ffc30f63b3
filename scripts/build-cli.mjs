// Bundles the command line (src/cli/main.ts itself as the entry, so `require.main === module` holds once)
// into dist-cli/quota-report.js: no TypeScript at run time. `npm run build:cli`; demo.sh and test.sh run it
// when the bundle is missing or older than a source file.
import { build } from "esbuild";
import process from "process";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist-cli", "quota-report.js");

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const stale = !fs.existsSync(out) || fs.statSync(out).mtimeMs < Math.max(newest(path.join(root, "src")), fs.statSync(path.join(root, "package-lock.json")).mtimeMs);
if (process.argv.includes("--if-stale") && !stale) process.exit(0);

await build({
  entryPoints: [path.join(root, "src", "cli", "main.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: false,
  sourcemap: false,
  legalComments: "none",
  // A native module (the report picture's rasteriser): loaded from node_modules at run time, never bundled.
  external: ["@resvg/resvg-js"],
  logLevel: "warning",
});
process.stdout.write(`built ${path.relative(root, out)}\n`);
