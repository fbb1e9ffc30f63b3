// One home for each small rule: the diacritic fold (src/core/vocabulary/normalize.ts), the A1 column decoder and
// the "sheet name not yet taken" (src/core/address.ts). The test finds every copy in src by the shape such code
// always has, so a new copy fails it. PENDING lists the copies still inside areas other branches were changing
// when the homes were made; switching a file to the home means deleting its line here (the test fails until then).
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** Files of src whose text matches, as paths from src. */
function filesMatching(pattern: RegExp): string[] {
  return filesUnder(SRC).filter((f) => pattern.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f).split(path.sep).join("/")).sort();
}

const RULES: { what: string; pattern: RegExp; home: string; pending: string[] }[] = [
  {
    // Dropping the combining marks after NFD is what every accent fold does.
    what: "diacritic folds",
    pattern: /\\u0300-\\u036f/,
    home: "core/vocabulary/normalize.ts",
    pending: [],
  },
  {
    // Letters to a column number: n = n * 26 + (letter − 64).
    what: "A1 column decoders",
    pattern: /\*\s*26\s*\+/,
    home: "core/address.ts",
    pending: [],
  },
  {
    // A taken name gets " (2)", " (3)"…
    what: "fresh sheet names",
    pattern: /` \(\$\{\w+\}\)`/,
    home: "core/address.ts",
    pending: [],
  },
];

describe.each(RULES.map((r) => [r.what, r] as const))("one home for %s", (_what, rule) => {
  it(`is ${rule.home}, and no other file of src writes its own`, () => {
    expect(filesMatching(rule.pattern)).toEqual([rule.home, ...rule.pending].sort());
  });
});
