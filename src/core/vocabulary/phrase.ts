// A small phrase language for the word tables, so that a table line reads like the words it matches:
//   "chi tieu [duoc|da] giao"   optional words in [ ], alternatives separated by |
//   "(can|phai) thuc hien"      required alternatives in ( )
//   "tong so … chua"            … stands for any words in between
//   "ngay #"                    # stands for a number
//   "^ty le" / "dat %$"         ^ and $ anchor the phrase at the start or end of the text
// Phrases are matched on normalizeText output (ascii words separated by single spaces), as whole words.

export interface Phrase {
  source: string;
  test(normalized: string): boolean;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function wordPattern(word: string): string {
  if (word === "#") return "\\d+";
  return escape(word);
}

function alternatives(body: string): string {
  return body.split("|").map((alt) => alt.trim().split(/\s+/).filter((w) => w !== "").map(wordPattern).join(" ")).join("|");
}

/**
 * The words a text must hold for the phrase to match it: each plain word of the phrase, and of each required
 * group one alternative's plain words ("#" and the gap aside). Every piece of the expression is a literal space
 * and its words, so a phrase word absent from the text as a whole word rules the match out without the
 * expression (most phrases meet texts without their words, and are then never compiled at all).
 */
type Needed = string[][];

function wordsOf(alternative: string): string[] {
  return alternative.trim().split(/\s+/).filter((w) => w !== "" && w !== "#");
}

/** Of each required piece, its alternatives' words; a piece an alternative without words can match needs none. */
function neededWords(tokens: string[]): Needed[] {
  const out: Needed[] = [];
  for (const token of tokens) {
    if (token === "…" || token === "#" || token.startsWith("[")) continue;
    const alternatives = token.startsWith("(") ? token.slice(1, -1).split("|").map(wordsOf) : [[token]];
    if (alternatives.some((words) => words.length === 0)) continue;
    out.push(alternatives);
  }
  return out;
}

/** True when `word` is one of the space-separated words of `text` (` ${text} ` holds ` ${word} `), without a copy. */
function holdsWord(text: string, word: string): boolean {
  const end = text.length - word.length;
  for (let at = text.indexOf(word); at !== -1; at = at < end ? text.indexOf(word, at + 1) : -1) {
    if ((at === 0 || text.charCodeAt(at - 1) === 32) && (at === end || text.charCodeAt(at + word.length) === 32)) return true;
  }
  return false;
}

function mayMatch(needed: Needed[], text: string): boolean {
  for (const alternatives of needed) {
    let some = false;
    for (let a = 0; a < alternatives.length && !some; a++) some = alternatives[a].every((w) => holdsWord(text, w));
    if (!some) return false;
  }
  return true;
}

/** A phrase read into its tokens: a group "(…)" or "[…]", the gap "…", or a word; and its anchors. */
interface ParsedPhrase {
  tokens: string[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

function parsePhrase(source: string): ParsedPhrase {
  let text = source.trim();
  const anchoredStart = text.startsWith("^");
  const anchoredEnd = text.endsWith("$");
  if (anchoredStart) text = text.slice(1).trim();
  if (anchoredEnd) text = text.slice(0, -1).trim();
  return { tokens: text.match(/\([^)]*\)|\[[^\]]*\]|…|[^\s()[\]…]+/g) ?? [], anchoredStart, anchoredEnd };
}

/** The phrase's regular expression over space-separated words (the text is wrapped in spaces). */
function expressionOf({ tokens, anchoredStart, anchoredEnd }: ParsedPhrase): string {
  let pattern = "";
  for (const token of tokens) {
    if (token === "…") {
      pattern += "(?: \\S+)*";
      continue;
    }
    if (token.startsWith("[")) {
      pattern += `(?: (?:${alternatives(token.slice(1, -1))}))?`;
      continue;
    }
    const body = token.startsWith("(") ? alternatives(token.slice(1, -1)) : wordPattern(token);
    pattern += ` (?:${body})`;
  }
  // Every piece starts with its own space; the text is wrapped in spaces, so whole words only.
  return `${anchoredStart ? "^" : ""}${pattern} ${anchoredEnd ? "$" : ""}`;
}

/** The phrase's whole expression, tried on every text (the general way; tests compare the word check with it). */
export function phraseRegExp(source: string): RegExp {
  return new RegExp(expressionOf(parsePhrase(source)));
}

/** Compiles one phrase: its words looked for first, its expression written and made when a text first holds them all. */
function compilePhrase(source: string): Phrase {
  const parsed = parsePhrase(source);
  const needed = neededWords(parsed.tokens);
  let re: RegExp | null = null;
  return {
    source,
    test: (t: string) => mayMatch(needed, t) && (re ??= new RegExp(expressionOf(parsed))).test(` ${t} `),
  };
}

/** True when any of the phrases matches. */
export function anyPhrase(phrases: Phrase[], normalized: string): boolean {
  for (const p of phrases) if (p.test(normalized)) return true;
  return false;
}

export function compileAll(sources: string[]): Phrase[] {
  return sources.map(compilePhrase);
}
