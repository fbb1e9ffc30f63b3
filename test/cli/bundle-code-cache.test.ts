// The command line loads its bundle with V8's code cache (bin/load-bundle.js, the cache made by the build after a
// sample run): with the cache, without it, and with a cache that is garbage, cut short, damaged inside, of another
// bundle or of the same bundle elsewhere, it prints the same, fails with the same one line, and names the same
// lines in a stack trace. Each case runs a copy of bin/ and dist-cli/ in a folder of its own.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { tempDir } from "../support/temp-dirs";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample", "tien-do-cao-diem.xlsx");
const CSV = path.join(ROOT, "test", "fixtures", "office-11-table-utf8.csv");
const SAMPLE_ARGS = ["--sheet", "Tiến độ CCCD", "--as-of", "15/09/2024"];
const node = (args: string[], cwd = ROOT) => spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 60000 });

/** The command line copied into a new folder: bin/ and dist-cli/ without the cache. */
function copyOfCommandLine(): string {
  const dir = tempDir("quota-code-cache-");
  for (const sub of ["bin", "dist-cli"]) fs.mkdirSync(path.join(dir, sub));
  for (const file of ["bin/quota-report.js", "bin/load-bundle.js", "dist-cli/quota-report.js", "dist-cli/sheetjs.js"]) {
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  return dir;
}

const bundleIn = (dir: string) => path.join(dir, "dist-cli", "quota-report.js");
const cacheIn = (dir: string) => path.join(dir, "dist-cli", "quota-report.cache");

/** The cache made for the copy as the build makes it: an analysis of the sample workbook, then the cache. */
function makeCache(dir: string): void {
  const r = node([path.join(ROOT, "scripts", "build-cli-cache.cjs"), bundleIn(dir), "analyze", SAMPLE, ...SAMPLE_ARGS]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
}

/** What the loader finds in the copy: V8's data it would use, and whether this node's V8 takes it. */
function cacheState(dir: string): { valid: boolean; acceptedByV8: boolean | null } {
  const script = `
    const fs = require("fs");
    const { cachedDataFor, compileBundle } = require(${JSON.stringify(path.join(dir, "bin", "load-bundle.js"))});
    const bundle = ${JSON.stringify(bundleIn(dir))};
    const bytes = fs.readFileSync(bundle);
    const data = cachedDataFor(bundle, bytes);
    const acceptedByV8 = data ? !compileBundle(bundle, bytes, data).script.cachedDataRejected : null;
    process.stdout.write(JSON.stringify({ valid: data !== null, acceptedByV8 }));`;
  const r = node(["-e", script]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

/** Everything the command line prints for a few runs: help, an analysis, a conversion, a failure, a stack trace. */
function outputs(dir: string) {
  const bin = path.join(dir, "bin", "quota-report.js");
  const run = (...args: string[]) => {
    const r = node([bin, ...args], dir);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  // A stack trace from inside the bundle, loaded as bin/ loads it: the same file, lines and columns either way.
  const stack = node(["-e", `
    const { loadBundle } = require(${JSON.stringify(path.join(dir, "bin", "load-bundle.js"))});
    loadBundle(${JSON.stringify(bundleIn(dir))}).commands.analyze(null).catch((e) => process.stdout.write(e.stack));`]).stdout;
  return {
    help: run("--help", "--lang", "en"),
    analysis: run("analyze", SAMPLE, "--json", ...SAMPLE_ARGS),
    converted: run("analyze", CSV, "--json", "--as-of", "15/09/2024"),
    failure: run("analyze", "missing.xlsx"),
    stack: stack.split(dir).join("<copy>").split("\n").filter((line) => !line.includes("node:internal")),
  };
}

let plain: ReturnType<typeof outputs>;
beforeAll(() => {
  plain = outputs(copyOfCommandLine());
});

test("without a cache the runs are as expected: one line for a failure, the converted .csv read, a stack in the bundle", () => {
  expect(plain.help.status).toBe(0);
  expect(plain.help.stdout).toContain("quota-report analyze FILE.xlsx");
  expect(JSON.parse(plain.analysis.stdout).sheet).toBe("Tiến độ CCCD");
  expect(plain.converted.status).toBe(0);
  expect(JSON.parse(plain.converted.stdout).units.length).toBeGreaterThan(0);
  expect(plain.failure.status).toBe(2);
  expect(plain.failure.stderr.trim().split("\n")).toHaveLength(1);
  expect(plain.stack[1]).toMatch(/^ {4}at .*\(<copy>\/dist-cli\/quota-report\.js:\d+:\d+\)$/);
});

test("the cache the build makes is used, and taken by this node's V8", () => {
  const dir = copyOfCommandLine();
  makeCache(dir);
  expect(cacheState(dir)).toEqual({ valid: true, acceptedByV8: true });
  expect(outputs(dir)).toEqual(plain);
});

test("dist-cli's own cache, made by the build, is valid for dist-cli's bundle", () => {
  // Not a copy: the cache is of the bundle at the path the build made it at.
  expect(fs.existsSync(cacheIn(ROOT))).toBe(true);
  const script = `
    const fs = require("fs");
    const { cachedDataFor, compileBundle } = require("./bin/load-bundle.js");
    const bundle = require("path").resolve("dist-cli/quota-report.js");
    const data = cachedDataFor(bundle, fs.readFileSync(bundle));
    process.stdout.write(String(data !== null && !compileBundle(bundle, fs.readFileSync(bundle), data).script.cachedDataRejected));`;
  expect(node(["-e", script]).stdout).toBe("true");
});

/** Ways a cache file goes wrong: each must be set aside, the bundle then loaded as without a cache. */
const SPOILED: [string, (cache: Buffer) => Buffer][] = [
  ["garbage", () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) & 0xff))],
  ["empty", () => Buffer.alloc(0)],
  ["cut short", (cache) => cache.subarray(0, cache.length >> 1)],
  ["one byte of V8's data changed", (cache) => {
    const damaged = Buffer.from(cache);
    damaged[damaged.length >> 1] ^= 0x20;
    return damaged;
  }],
];

test.each(SPOILED)("a cache file %s is not used, and the output is the same", (_name, spoil) => {
  const dir = copyOfCommandLine();
  makeCache(dir);
  fs.writeFileSync(cacheIn(dir), spoil(fs.readFileSync(cacheIn(dir))));
  expect(cacheState(dir)).toEqual({ valid: false, acceptedByV8: null });
  expect(outputs(dir)).toEqual(plain);
});

test("the cache of the same bundle in another folder is not used (V8 would name that folder in stack traces)", () => {
  const made = copyOfCommandLine();
  makeCache(made);
  const moved = copyOfCommandLine();
  fs.copyFileSync(cacheIn(made), cacheIn(moved));
  expect(cacheState(moved)).toEqual({ valid: false, acceptedByV8: null });
  expect(outputs(moved)).toEqual(plain);
});

test("the cache of another bundle of the same length is not used (V8 itself checks only the length)", () => {
  const dir = copyOfCommandLine();
  makeCache(dir);
  const bundle = fs.readFileSync(bundleIn(dir), "utf8");
  expect(bundle).toContain("the input is never changed");
  fs.writeFileSync(bundleIn(dir), bundle.replace("the input is never changed", "the input is NEVER changed"));
  expect(cacheState(dir)).toEqual({ valid: false, acceptedByV8: null });
  const r = node([path.join(dir, "bin", "quota-report.js"), "--help", "--lang", "en"], dir);
  expect(r.stdout).toContain("the input is NEVER changed");
});
