// A clerk who types `quota-report --help` gets the commands and options in their language, and exit 0.
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "quota-report.js");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });

test("--help prints both commands and every campaign option, in Vietnamese by default", () => {
  const r = run("--help");
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("quota-report analyze TỆP.xlsx");
  expect(r.stdout).toContain("quota-report report TỆP.xlsx [-o KẾT-QUẢ.xlsx]");
  for (const option of ["--sheet", "--from", "--to", "--days", "--as-of", "--working-days", "--holidays", "--rounding", "--lang"]) {
    expect(r.stdout).toContain(option);
  }
  expect(r.stdout).toContain("tệp gốc không bị sửa");
});

test("--help --lang en is in English; no command at all is a one-line usage on stderr with exit 2", () => {
  expect(run("--help", "--lang", "en").stdout).toContain("the input is never changed");
  const bare = run();
  expect(bare.status).toBe(2);
  expect(bare.stderr.trim().split("\n")).toHaveLength(1);
  expect(bare.stderr).toContain("analyze, report");
});
