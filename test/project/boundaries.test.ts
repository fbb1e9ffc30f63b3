// The layers of shared/architecture.md, checked on the source: the engine runs anywhere, and only src/excel
// talks to Office.js.
import * as fs from "fs";
import * as path from "path";

const src = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const IMPORT_PATTERNS = [
  /^\s*(?:import|export)\b[^;=]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g,
];
const imports = (code: string) => IMPORT_PATTERNS.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
/** Code with the contents of string literals blanked, so a message mentioning "Excel (…)" is not a call. */
const stripStrings = (code: string) => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

test("src/core imports nothing from Office, React, exceljs, the DOM or Node", () => {
  for (const f of files(path.join(src, "core"))) {
    const code = stripComments(fs.readFileSync(f, "utf8"));
    for (const i of imports(code)) expect({ file: f, import: i }).toEqual({ file: f, import: expect.stringMatching(/^\.\.?\//) });
    const uses = /\b(Office|Excel|document|window|process|require)\s*[.(]/.test(stripStrings(code));
    expect({ file: f, uses }).toEqual({ file: f, uses: false });
  }
});

test("only src/excel (and the commands' Office entry points) call Excel.run", () => {
  for (const f of files(src)) {
    if (f.includes(`${path.sep}excel${path.sep}`)) continue;
    const code = stripStrings(stripComments(fs.readFileSync(f, "utf8")));
    expect({ file: f, excelRun: /\bExcel\.run\b/.test(code) }).toEqual({ file: f, excelRun: false });
  }
});

test("no source file is much over 300 lines", () => {
  for (const f of files(src)) {
    const lines = fs.readFileSync(f, "utf8").split("\n").length;
    expect({ file: f, long: lines > 350 }).toEqual({ file: f, long: false });
  }
});
