// A phrase looks for its words before it tries its expression (vocabulary/phrase.ts): it must answer exactly as
// the whole expression does on every text. Compared on the vocabulary's own phrases and on generated phrases
// (groups, optional words, empty alternatives, gaps, numbers, anchors, brackets left open, signs the expression
// escapes), over texts made from their words: normalised ones and untidy ones (runs of spaces, tabs, spaces at
// the ends), with words glued to each other or cut short so that a word is held only inside another.
import { compileAll, phraseRegExp } from "../../src/core/vocabulary/phrase";
import { ROLE_RULES } from "../../src/core/vocabulary/roles";
import * as vocabulary from "../../src/core/vocabulary";
import { MEASURE_KINDS, MEASURE_SUBJECTS } from "../../src/core/vocabulary/measure-subjects";
import { makeRng, type Rng } from "../../scripts/corpus/prng";

function vocabularyPhrases(): string[] {
  const out: string[] = [];
  for (const rule of ROLE_RULES) out.push(...rule.phrases, ...(rule.unless ?? []));
  for (const table of [...MEASURE_SUBJECTS, ...MEASURE_KINDS]) out.push(...table.phrases);
  for (const value of Object.values(vocabulary)) {
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === "object" && value[0] !== null && "source" in value[0]) {
      for (const p of value as { source: string }[]) out.push(p.source);
    }
  }
  return [...new Set(out)];
}

const WORDS = ["a", "b", "ab", "ba", "12", "7", "%", "c.d", "x+", "da", "cap", "chua", "ty", "le"];

function generatedPhrase(rng: Rng): string {
  const pieces: string[] = [];
  const alternatives = () => Array.from({ length: rng.int(1, 3) }, () => (rng.chance(0.15) ? "" : Array.from({ length: rng.int(1, 2) }, () => rng.pick([...WORDS, "#"])).join(" "))).join("|");
  for (let n = rng.int(1, 4); n > 0; n--) {
    const kind = rng.next();
    pieces.push(
      kind < 0.45 ? rng.pick(WORDS)
      : kind < 0.6 ? `(${alternatives()})`
      : kind < 0.75 ? `[${alternatives()}]`
      : kind < 0.83 ? "…"
      : kind < 0.9 ? "#"
      : kind < 0.95 ? `(${rng.pick(WORDS)}` // a bracket left open: its words are read as plain words
      : `${rng.pick(WORDS)}${rng.pick(["?", "*", "$", "^", "|"])}`,
    );
  }
  return `${rng.chance(0.3) ? "^" : ""}${pieces.join(rng.chance(0.1) ? "  " : " ")}${rng.chance(0.3) ? "$" : ""}`;
}

/** A text of the phrase's words and others, sometimes untidy or with a word glued to or cut from another. */
function textFor(rng: Rng, phrase: string): string {
  const own = phrase.replace(/[()[\]|^$…]/g, " ").split(/\s+/).filter((w) => w !== "").map((w) => (w === "#" ? String(rng.int(0, 99)) : w));
  const pool = [...own, ...own, ...WORDS];
  const words = Array.from({ length: rng.int(0, 6) }, () => {
    const w = rng.pick(pool);
    if (rng.chance(0.1)) return w + rng.pick(pool);
    if (rng.chance(0.05) && w.length > 1) return w.slice(1);
    return w;
  });
  if (!rng.chance(0.2)) return words.join(" ");
  return `${rng.pick(["", " ", "  "])}${words.join(rng.pick([" ", "  ", "\t", " \t "]))}${rng.pick(["", " ", "\t"])}`;
}

function expectSameAnswers(sources: string[], rng: Rng, textsPerPhrase: number): number {
  let matches = 0;
  for (const source of sources) {
    const [phrase] = compileAll([source]);
    const whole = phraseRegExp(source);
    for (let i = 0; i < textsPerPhrase; i++) {
      const text = textFor(rng, source);
      const expected = whole.test(` ${text} `);
      if (phrase.test(text) !== expected) throw new Error(`phrase "${source}" on "${text}": expected ${expected}`);
      if (expected) matches++;
    }
  }
  return matches;
}

describe("a phrase's word check answers as its whole expression", () => {
  test("the vocabulary's phrases, on texts of their own words", () => {
    const sources = vocabularyPhrases();
    expect(sources.length).toBeGreaterThan(150);
    const matches = expectSameAnswers(sources, makeRng(11), 40);
    // Texts made of a phrase's own words match it often enough for the comparison to mean something.
    expect(matches).toBeGreaterThan(sources.length);
  });

  test("generated phrases, on texts of their words", () => {
    const rng = makeRng(12);
    const sources = Array.from({ length: 600 }, () => generatedPhrase(rng));
    const matches = expectSameAnswers(sources, rng, 30);
    expect(matches).toBeGreaterThan(1000);
  });

  test("a word held only inside another, at either end or in the middle, is not held", () => {
    const [phrase] = compileAll(["da cap"]);
    for (const text of ["dacap", "xda cap", "da capx", "da", "cap da", "xda xcap", "da  cap"]) expect(phrase.test(text)).toBe(phraseRegExp("da cap").test(` ${text} `));
    expect(phrase.test("x da cap y")).toBe(true);
  });
});
