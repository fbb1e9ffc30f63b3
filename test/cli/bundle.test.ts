// The command line ships as one compiled file (built by jest's global setup when stale): run directly or
// through bin/, it runs its command once, and needs no TypeScript loader.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BUNDLE = path.join(ROOT, "dist-cli", "quota-report.js");

test.each([["the bundle itself", BUNDLE], ["bin/quota-report.js", path.join(ROOT, "bin", "quota-report.js")]])(
  "%s prints the help once", (_name, file) => {
    const r = spawnSync(process.execPath, [file, "--help", "--lang", "en"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    expect(r.status).toBe(0);
    expect(r.stdout.split("quota-report analyze FILE.xlsx")).toHaveLength(2);
  });

test("the bundle loads no TypeScript at run time", () => {
  const text = fs.readFileSync(BUNDLE, "utf8");
  expect(text).not.toMatch(/require\("tsx/);
  expect(text).not.toMatch(/\.ts"\)/);
  // HyperFormula is GPLv3: benchmarks and tests only, never shipped.
  expect(text).not.toMatch(/hyperformula/i);
});
