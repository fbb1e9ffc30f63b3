// The one normaliser of the reader. Header and row words are compared after it, so that "Đơn vị", "Don vi",
// "ĐƠN  VỊ" and the OCR-damaged "Pon vi" compare equal. Two explicit choices:
// - diacritics "drop" (normalizeText): header words, typed with or without accents, mangled by OCR;
// - diacritics "keep" (normalizeLabel): row labels, where "Tổng" (total) and "Tông Lạnh" (a commune) differ.
// Unit names are never rewritten with it: see cleanName in ../text.

export type Diacritics = "keep" | "drop";

export interface NormalizeOptions {
  diacritics: Diacritics;
  /** Letters of other scripts (Khmer, emoji…) kept as they are, for comparing unit names; default false. */
  keepOtherLetters?: boolean;
  /** Repair OCR-damaged header words ("Pon vi" → "don vi"); default true. Never for place names ("Pú Nhung"). */
  repairOcr?: boolean;
}

/** Tokens that OCR or hurried typing produce in place of common header words (after diacritics are gone). */
const OCR_TOKEN_FIXES: Record<string, string> = {
  pon: "don",
  d0n: "don",
  dvi: "don vi",
  vj: "vi",
  tleu: "tieu",
  tlnh: "tinh",
  t0ng: "tong",
  "5o": "so",
  chl: "chi",
  cbi: "chi",
};

/**
 * Letters OCR reads in place of another at the start of a word: a scanned "Đ" often comes out "P" ("Pon vi",
 * "Pa cap", "Pia ban"). Vietnamese words never start with "p" and a vowel, so the repair is safe for header words.
 */
const OCR_LEADING_LETTERS: [RegExp, string][] = [[/^p(?=[aeiouy])/, "d"]];

/** Spellings that are both correct ("tỉ lệ" / "tỷ lệ", "lũy kế" / "luỹ kế" give the same ascii already). */
const PAIR_FIXES: [string, string, string][] = [["ti", "le", "ty"]];
/** The pairs as they appear in a text ("ti le"): a text without any needs no word-by-word look. */
const PAIR_TEXTS = PAIR_FIXES.map(([first, second]) => `${first} ${second}`);

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Whitespace other than the plain space, as JavaScript's \s has it (tabs, line ends, no-break and wide spaces):
 * below 32, U+00A0, U+1680 and from U+2000 on, so a Vietnamese letter (U+00C0–U+1EFF) is never looked up.
 */
const OTHER_SPACES = new Set([..."\t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"].map((ch) => ch.charCodeAt(0)));

/**
 * True when `replace(/\s+/g, " ").trim()` would change the text: a space at an end or before another, or any
 * other whitespace. One scan of char codes instead of a regex, as every unit name of a sheet is checked.
 */
export function hasUntidySpaces(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return true;
    } else if ((c < 32 || c === 0xa0 || c === 0x1680 || c >= 0x2000) && OTHER_SPACES.has(c)) return true;
  }
  return false;
}

/**
 * The base letter of each precomposed Latin letter (Latin-1, Extended-A/B, Extended Additional: every Vietnamese
 * letter), built once from NFD, so a name is folded in one pass instead of NFD plus a regex (a province's table
 * folds hundreds of thousands of names). Đ/đ and the look-alike Ð/ð (Icelandic eth, common in old fonts) do not
 * decompose: they are mapped to "d" here.
 */
const LATIN_RANGES: [number, number][] = [[0xc0, 0x24f], [0x1e00, 0x1eff]];
const BASE_LETTER = new Map<number, string>();
for (const [from, to] of LATIN_RANGES) {
  for (let c = from; c <= to; c++) {
    const base = String.fromCharCode(c).normalize("NFD").replace(COMBINING_MARKS, "");
    if (base.length === 1 && base.charCodeAt(0) < 0x80) BASE_LETTER.set(c, base);
  }
}
for (const ch of "ĐđÐð") BASE_LETTER.set(ch.charCodeAt(0), "d");

function dropDiacritics(s: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const base = BASE_LETTER.get(c);
    const mark = c >= 0x300 && c <= 0x36f;
    if (base === undefined && !mark) {
      // Another script or a letter outside the table: the general way, for the whole text.
      if (c > 0x24f && !(c >= 0x1e00 && c <= 0x1eff)) return slowDropDiacritics(s);
      continue;
    }
    out += s.slice(start, i) + (mark ? "" : (base as string));
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

/** Marks dropped, case kept ("Ệ" → "E"): for measuring a letter by its base; comparisons use foldText. */
export function withoutMarks(s: string): string {
  return dropDiacritics(s);
}

function slowDropDiacritics(s: string): string {
  return s.replace(/[ĐđÐð]/g, "d").normalize("NFD").replace(COMBINING_MARKS, "");
}

/**
 * Lowercase words separated by single spaces. With diacritics dropped, only a-z, 0-9 and "%" survive ("%" marks
 * rate columns), and OCR-damaged tokens are repaired; with diacritics kept, the text stays NFC and only
 * punctuation becomes space.
 */
export function normalize(value: unknown, options: NormalizeOptions): string {
  if (value === null || value === undefined) return "";
  // NFD follows when diacritics are dropped, so the NFC step is only needed to keep them.
  if (options.diacritics === "keep") return String(value).normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ").trim();
  let s = dropDiacritics(String(value).toLowerCase());
  // Unit names arrive clean (single spaces, trimmed): test before rewriting, so most names are not copied.
  if (options.keepOtherLetters) return hasUntidySpaces(s) ? s.replace(/\s+/g, " ").trim() : s;
  s = s.replace(/[^a-z0-9%]+/g, " ").trim();
  if (s === "") return "";
  // Place names need no repair: without a pair to fix, splitting and joining the single-spaced words would
  // give the same text back (a province's names are folded here once each).
  if (options.repairOcr === false && !PAIR_TEXTS.some((t) => s.includes(t))) return s;
  const words = options.repairOcr === false ? s.split(" ") : s.split(" ").map((w) => OCR_TOKEN_FIXES[w] ?? repairLeadingLetter(w));
  for (let i = 0; i + 1 < words.length; i++) {
    for (const [first, second, into] of PAIR_FIXES) if (words[i] === first && words[i + 1] === second) words[i] = into;
  }
  return words.join(" ");
}

function repairLeadingLetter(word: string): string {
  for (const [pattern, letter] of OCR_LEADING_LETTERS) if (pattern.test(word)) return word.replace(pattern, letter);
  return word;
}

/** Header words: lowercase ascii words, diacritics dropped, OCR damage repaired ("Chỉ tiêu" → "chi tieu"). */
export function normalizeText(value: unknown): string {
  return normalize(value, { diacritics: "drop" });
}

/** A place name's words: lowercase ascii, diacritics dropped, nothing repaired ("Xã Pồng Thái" stays "pong"). */
export function nameWords(value: unknown): string {
  return normalize(value, { diacritics: "drop", repairOcr: false });
}

/** Row labels: lowercase, diacritics kept, punctuation as spaces ("TỔNG CỘNG:" → "tổng cộng"). */
export function normalizeLabel(value: unknown): string {
  return normalize(value, { diacritics: "keep" });
}

/**
 * The one fold for diacritics, case and spaces: lower case, every Latin letter to its base (Đ/đ and the look-alike
 * Ð/ð to "d"), runs of any whitespace to one space, trimmed; punctuation, figures and letters of other scripts
 * kept ("Xã ស្រុក" and "Xã Hòa" stay two texts). Every comparison that ignores accents goes through here, so
 * a sheet named "Ðợt 2" (eth) and one typed "Đợt  2" are read alike.
 */
export function foldText(value: unknown): string {
  return normalize(value, { diacritics: "drop", keepOtherLetters: true });
}

/** True when the normalised text contains the phrase as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** True when the normalised text starts with the phrase as whole words. */
export function startsWithPhrase(normalized: string, phrase: string): boolean {
  return normalized === phrase || normalized.startsWith(`${phrase} `);
}
