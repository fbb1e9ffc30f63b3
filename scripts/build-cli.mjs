// Bundles the command line (src/cli/main.ts itself as the entry, so `require.main === module` holds once)
// into dist-cli/quota-report.js: no TypeScript at run time. SheetJS, needed only to convert an .xls/.ods/.csv/HTML
// input or to read a damaged sheet leniently, is bundled apart into dist-cli/sheetjs.js, which the main bundle
// requires by path when it converts: a run that converts nothing never reads or compiles its ~1 MB. Then the
// main bundle analyses the sample workbook once and its V8 code cache is saved beside it (bin/load-bundle.js).
// `npm run build:cli`; demo.sh and test.sh run it with --if-stale: only when an output is missing or older than
// a source file.
import { build } from "esbuild";
import process from "process";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "dist-cli");
const bundle = path.join(outDir, "quota-report.js");
const sheetjsBundle = path.join(outDir, "sheetjs.js");
const cacheScript = path.join(root, "scripts", "build-cli-cache.cjs");
const loader = path.join(root, "bin", "load-bundle.js");
const cache = path.join(outDir, "quota-report.cache");
const SAMPLE = path.join(root, "assets", "sample", "tien-do-cao-diem.xlsx");

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function isStale() {
  const builders = [fileURLToPath(import.meta.url), cacheScript, loader, path.join(root, "package-lock.json")];
  const sources = Math.max(newest(path.join(root, "src")), ...builders.map((f) => fs.statSync(f).mtimeMs));
  return [bundle, sheetjsBundle, cache].some((f) => !fs.existsSync(f) || fs.statSync(f).mtimeMs < sources);
}

if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", minify: false, sourcemap: false, legalComments: "none", logLevel: "warning" };

/** The main bundle's imports of SheetJS become a require of the bundle beside it. */
const sheetjsApart = {
  name: "sheetjs-apart",
  setup(b) {
    b.onResolve({ filter: /^@e965\/xlsx$/ }, () => ({ path: `./${path.basename(sheetjsBundle)}`, external: true }));
  },
};

// Never a cache of an earlier bundle beside a new one, even when this build stops half way.
fs.rmSync(cache, { force: true });
await build({
  ...common,
  entryPoints: [path.join(root, "src", "cli", "main.ts")],
  outfile: bundle,
  // A native module (the report picture's rasteriser): loaded from node_modules at run time, never bundled.
  external: ["@resvg/resvg-js"],
  plugins: [sheetjsApart],
});
await build({
  ...common,
  stdin: { contents: 'export * from "@e965/xlsx";', resolveDir: root, sourcefile: "sheetjs.js" },
  outfile: sheetjsBundle,
});

// The sample run is an analysis, not a report: with the report writer's functions in the cache too, a
// 50,000-unit report ran ~0.3 s slower (its optimised cell writer spent the time in megamorphic property loads,
// seen with perf), more than the ~10 ms more of start-up they save.
const sampleRun = ["analyze", SAMPLE, "--sheet", "Tiến độ CCCD", "--as-of", "15/09/2024"];
// The cache is for a plain `node` (as a clerk runs it): V8 refuses one made under other flags.
const env = { ...process.env };
delete env.NODE_OPTIONS;
const r = spawnSync(process.execPath, [cacheScript, bundle, ...sampleRun], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
if (r.status !== 0) throw new Error(`the code cache was not made (${r.error ?? `exit ${r.status}`})`);
process.stdout.write(`built ${[bundle, sheetjsBundle, cache].map((f) => path.relative(root, f)).join(", ")}\n`);
