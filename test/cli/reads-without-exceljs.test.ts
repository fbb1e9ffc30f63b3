// The command line reads with its own streaming reader: exceljs (a development dependency, the tests'
// independent reader) is not in the shipped bundle, and the runtime dependencies do not list it.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

test("the bundle holds no exceljs and no JSZip; package.json lists exceljs for development only", () => {
  const text = fs.readFileSync(path.join(ROOT, "dist-cli", "quota-report.js"), "utf8");
  // esbuild names each bundled module's path in a comment: "// node_modules/exceljs/…".
  expect(text).not.toMatch(/node_modules\/exceljs\//);
  expect(text).not.toMatch(/node_modules\/jszip\//);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string>>;
  expect(Object.keys(pkg.dependencies)).not.toContain("exceljs");
  expect(Object.keys(pkg.devDependencies)).toContain("exceljs");
});
