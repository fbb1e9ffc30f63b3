// Lists the exported values of src that no other file uses (a re-export alone is no use), and those only tests
// use: dead code to remove, or production code kept for tests. `node scripts/unused-exports.mjs [--tests-only]`.
// Text search, not a type checker: a name is "used" when another file mentions it as a word outside a re-export.
import * as fs from "fs";
import process from "process";
import * as path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function filesUnder(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

// Values only: an exported type that a signature names is part of that signature, not dead code.
const DECLARED = /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|enum)\s+([A-Za-z_$][\w$]*)/gm;
const LISTED = /^export\s+(?:type\s+)?\{([^}]*)\}\s*(?:from\s+["'][^"']+["'])?/gm;
const REEXPORT_LINE = /^export\s+(?:type\s+)?(?:\{[^}]*\}|\*)\s+from\s+["'][^"']+["'];?$/gm;

/** Names a file exports itself (not those it only passes on from another file). */
function exportsOf(text) {
  const names = new Set();
  for (const m of text.matchAll(DECLARED)) names.add(m[1]);
  for (const m of text.matchAll(LISTED)) {
    if (/\bfrom\s/.test(m[0]) || /^export\s+type\b/.test(m[0])) continue;
    for (const part of m[1].split(",")) {
      if (/^\s*type\s/.test(part)) continue;
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return names;
}

const src = filesUnder(path.join(root, "src"));
const tests = fs.existsSync(path.join(root, "test")) ? filesUnder(path.join(root, "test")) : [];
const texts = new Map([...src, ...tests].map((f) => [f, fs.readFileSync(f, "utf8").replace(REEXPORT_LINE, "")]));
const word = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`);

const unused = [];
const testOnly = [];
for (const file of src) {
  for (const name of exportsOf(fs.readFileSync(file, "utf8"))) {
    const re = word(name);
    const inSrc = src.some((f) => f !== file && re.test(texts.get(f)));
    if (inSrc) continue;
    const inTests = tests.some((f) => re.test(texts.get(f)));
    (inTests ? testOnly : unused).push(`${path.relative(root, file)}: ${name}`);
  }
}
const list = process.argv.includes("--tests-only") ? testOnly : unused;
for (const line of list) process.stdout.write(line + "\n");
process.stdout.write(`${list.length} ${process.argv.includes("--tests-only") ? "exports used only by tests" : "exports used nowhere else"}\n`);
