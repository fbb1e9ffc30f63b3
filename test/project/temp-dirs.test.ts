// Tests leave nothing behind: every temporary folder comes from test/support/temp-dirs (removed after each test
// file), or is removed by the file that made it.
import * as fs from "fs";
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
