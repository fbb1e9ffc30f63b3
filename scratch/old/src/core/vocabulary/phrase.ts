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

/** Compiles one phrase into a regular expression over space-separated words. */
export function compilePhrase(source: string): Phrase {
  let text = source.trim();
  const anchoredStart = text.startsWith("^");
  const anchoredEnd = text.endsWith("$");
  if (anchoredStart) text = text.slice(1).trim();
  if (anchoredEnd) text = text.slice(0, -1).trim();
  // Tokens: a group "(…)" or "[…]", the gap "…", or a word.
  const tokens = text.match(/\([^)]*\)|\[[^\]]*\]|…|[^\s()[\]…]+/g) ?? [];
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
  const re = new RegExp(`${anchoredStart ? "^" : ""}${pattern} ${anchoredEnd ? "$" : ""}`);
  return { source, test: (t: string) => re.test(` ${t} `) };
}

/** True when any of the phrases matches. */
export function anyPhrase(phrases: Phrase[], normalized: string): boolean {
  for (const p of phrases) if (p.test(normalized)) return true;
  return false;
}

export function compileAll(sources: string[]): Phrase[] {
  return sources.map(compilePhrase);
}
