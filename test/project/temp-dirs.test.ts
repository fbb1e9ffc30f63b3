// Tests leave nothing behind: every temporary folder comes from test/support/temp-dirs (removed after each test
// file), or is removed by the file that made it; the test environment fails a file that leaves anything.
import * as fs from "fs";
import { spawnSync } from "child_process";
import * as path from "path";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx|js)$/.test(e.name) ? [p] : [];
  });
}

test("a folder from tempDir is gone once the file's folders are removed", () => {
  const dir = tempDir("temp-dirs-check-");
  fs.writeFileSync(path.join(dir, "a.txt"), "x");
  expect(fs.existsSync(dir)).toBe(true);
  removeTempDirs();
  expect(fs.existsSync(dir)).toBe(false);
});

test("every other mkdtemp in the tests is removed by its own file", () => {
  const root = path.join(__dirname, "..");
  const helper = path.join(root, "support", "temp-dirs.ts");
  const offenders = filesUnder(root)
    .filter((f) => f !== helper && f !== __filename)
    .filter((f) => {
      const text = fs.readFileSync(f, "utf8");
      return /mkdtemp(Sync)?\(/.test(text) && !/\brmSync\(/.test(text);
    })
    .map((f) => path.relative(root, f));
  expect(offenders).toEqual([]);
});

describe("the test environment (test/support/temp-environment.js) fails a file that leaves something in the temp folder", () => {
  /** Runs jest on one test file of this body, in a project of its own, with this repository's environment. */
  function runOne(body: string): { status: number | null; output: string } {
    const dir = tempDir("temp-env-check-");
    fs.writeFileSync(path.join(dir, "case.test.js"), body);
    const config = {
      rootDir: dir,
      testEnvironment: path.join(__dirname, "..", "support", "temp-environment.js"),
      transform: {},
      cacheDirectory: path.join(dir, "cache"),
    };
    const jest = require.resolve("jest/bin/jest");
    const r = spawnSync(process.execPath, [jest, "--config", JSON.stringify(config), "--ci", "--runInBand", "--no-watchman"], { cwd: dir, encoding: "utf8", timeout: 60000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  }

  const MAKES = `const fs = require("fs"); const os = require("os"); const path = require("path");`;

  test("a folder made and left: the file fails, naming it", () => {
    const r = runOne(`${MAKES}\ntest("makes", () => { fs.mkdtempSync(path.join(os.tmpdir(), "left-behind-")); });\n`);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/case\.test\.js left left-behind-\w+ in the temp folder/);
  }, 60000);

  test("a folder made and removed: the file passes", () => {
    const r = runOne(`${MAKES}\ntest("makes and removes", () => { const d = fs.mkdtempSync(path.join(os.tmpdir(), "tidy-")); fs.rmSync(d, { recursive: true }); });\n`);
    expect(r.output).not.toMatch(/in the temp folder/);
    expect(r.status).toBe(0);
  }, 60000);
});
