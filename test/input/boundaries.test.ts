// SheetJS (@e965/xlsx) is for the command line only: the pane bundle and the engine never import it, and the
// engine's input code (src/core/input, src/core/formula) touches no file system or workbook library.
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test("only src/cli imports @e965/xlsx", () => {
  const importing = files(SRC).filter((f) => /from ["']@e965\/xlsx["']|require\(["']@e965\/xlsx["']\)/.test(fs.readFileSync(f, "utf8")));
  expect(importing.length).toBeGreaterThan(0);
  expect(importing.map((f) => path.relative(SRC, f)).filter((f) => !f.startsWith(`cli${path.sep}`))).toEqual([]);
});

test("the engine's input and formula code imports no fs, exceljs, jszip or SheetJS", () => {
  const core = [...files(path.join(SRC, "core", "input")), ...files(path.join(SRC, "core", "formula"))];
  expect(core.length).toBeGreaterThan(4);
  const bad = core.filter((f) => /from ["'](fs|path|exceljs|jszip|@e965\/xlsx|zlib)["']/.test(fs.readFileSync(f, "utf8")));
  expect(bad).toEqual([]);
});
