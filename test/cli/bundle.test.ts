// The command line ships compiled (built by jest's global setup when stale): run directly or through bin/, its
// bundle runs its command once, and needs no TypeScript loader; SheetJS is a bundle of its own, loaded to convert.
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

test("SheetJS is bundled apart: the main bundle requires dist-cli/sheetjs.js, only where it converts", () => {
  const main = fs.readFileSync(BUNDLE, "utf8");
  const sheetjs = fs.readFileSync(path.join(ROOT, "dist-cli", "sheetjs.js"), "utf8");
  // SheetJS sets its version first thing: in its own bundle, not in the main one.
  expect(sheetjs).toContain('XLSX.version = "');
  expect(main).not.toContain('XLSX.version = "');
  expect(main.match(/require\("\.\/sheetjs\.js"\)/g)).toHaveLength(1);
});

test("the bundle has no import(): bin/load-bundle.js compiles it with vm.Script, which has no module loader", () => {
  expect(fs.readFileSync(BUNDLE, "utf8")).not.toMatch(/\bimport\(/);
});

test.each(["office-11-table-utf8.csv", "office-11-table.xls", "office-11-table.ods"])("%s is converted by the built command line", (file) => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "quota-report.js"), "analyze", path.join(ROOT, "test", "fixtures", file), "--json", "--as-of", "15/09/2024"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).units.length).toBeGreaterThan(0);
});
