// Keys of a unit's name, so that "Xã Tân Hòa", "XÃ  TÂN HOÀ" and "Tân Hòa" are one commune while "Tân Hóa" (one
// tone mark apart) stays another:
// - unitNameKey: the name as typed, marks kept: NFC, case, spaces, punctuation, the kind words in front ("Xã",
//   "Phường", "TT.", "Công an xã", from vocabulary/unit-name-words.ts) and the old/new tone placement aside;
// - unitBareKey: the same without any mark ("tan hoa"), for a name typed without marks, which may stand for a
//   unit only when exactly one unit has that bare key (the caller decides: see units/unit-index.ts).
import { TONE_PLACEMENT_PAIRS, UNIT_NAME_PREFIXES } from "../vocabulary/unit-name-words";
import { nameWords } from "../vocabulary/normalize";

const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

/** "hoà" and "hòa" written one way (the mark on the second vowel of oa/oe/uy), in NFC. */
const TONE_PLACEMENT = TONE_PLACEMENT_PAIRS.map((pair) => ({
  pattern: new RegExp(`${pair[0]}([${TONE_MARKS}])${pair[1]}(?![\\u0300-\\u036f])`, "g"),
  into: `${pair[0]}${pair[1]}$1`,
}));

/** Any of the pairs with a mark on its first vowel: most names have none, and are spared the replacements. */
const TONE_ON_FIRST = new RegExp(TONE_PLACEMENT_PAIRS.map((pair) => `${pair[0]}[${TONE_MARKS}]${pair[1]}`).join("|"));

function placeTones(lower: string): string {
  let s = lower.normalize("NFD");
  if (TONE_ON_FIRST.test(s)) for (const { pattern, into } of TONE_PLACEMENT) s = s.replace(pattern, into);
  return s.normalize("NFC");
}

/** Lowercase NFC words, marks kept, tone placement unified, punctuation and runs of spaces as one space. */
function typedWords(name: string): string {
  const lower = String(name).toLowerCase();
  return isTypedWords(lower) ? lower : typedWordsGeneral(lower);
}

/** The general way: NFD and NFC around the tone placement, then a Unicode regex over the text. */
export function typedWordsGeneral(lower: string): string {
  return placeTones(lower).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Precomposed o/u carrying one tone mark (NFD: the vowel, then the mark): "ò" before "a" is the old placement. */
const TONED_O_U = new Set([..."òóõỏọùúũủụ"].map((ch) => ch.charCodeAt(0)));

/**
 * True when typedWordsGeneral would give the text back unchanged, decided on its characters (most names of a
 * sheet: "xã số 12", "phường bến nghé"): ASCII letters and digits, single spaces inside, precomposed Latin
 * letters (NFC already: no two of them compose) and no toned o/u before another vowel. Anything else (marks
 * typed apart, punctuation, other scripts, "hòa") goes the general way.
 */
function isTypedWords(lower: string): boolean {
  const last = lower.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c === 0x20) {
      if (i === 0 || i === last || lower.charCodeAt(i + 1) === 0x20) return false;
      continue;
    }
    const latin = (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
    if (!latin) return false;
    if (TONED_O_U.has(c) && i < last) {
      const next = lower.charCodeAt(i + 1);
      if (next >= 0x80 || next === 0x61 || next === 0x65 || next === 0x79) return false;
    }
  }
  return true;
}

/** True when the name carries no Vietnamese mark at all ("Tan Hoa", "Dong Thai"): the clerk's shortcut. */
export function isMarkFree(name: string): boolean {
  const s = String(name);
  // Decided on the characters alone for most names, without NFC's copy: printable ASCII has no mark, and a
  // precomposed Latin letter ("ã", "Đ", "ệ") is one NFC keeps, whatever follows it. Anything else (a combining
  // mark, a tab, a no-break space, a sign NFC turns into ASCII such as the Kelvin sign) goes the general way.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return false;
    return isMarkFreeByNfc(s);
  }
  return true;
}

/** The general rule: after NFC, every character is printable ASCII or whitespace. */
export function isMarkFreeByNfc(name: string): boolean {
  return !/[^ -~]/.test(String(name).normalize("NFC").replace(/\s/g, " "));
}

const PREFIXES = UNIT_NAME_PREFIXES.map((p) => ({ ...p, marked: typedWords(p.marked), bare: nameWords(p.marked) }))
  .sort((a, b) => b.marked.length - a.marked.length)
  // With the space that must follow them, made once (every unit name is tried against every prefix).
  .map((p) => ({ ...p, markedWord: `${p.marked} `, bareWord: `${p.bare} ` }));

type Prefix = (typeof PREFIXES)[number];

/**
 * The prefixes by their first character (marked or bare), longest first as above: most names ("số 12", "tân
 * hòa" once "xã" is taken off) start with a character no prefix starts with, and are tried against none; the
 * others against a few, with no string cut to look them up.
 */
const PREFIXES_BY_FIRST_CHAR = new Map<number, Prefix[]>();
for (const p of PREFIXES) {
  for (const code of new Set([p.markedWord.charCodeAt(0), p.bareWord.charCodeAt(0)])) {
    const list = PREFIXES_BY_FIRST_CHAR.get(code) ?? [];
    list.push(p);
    PREFIXES_BY_FIRST_CHAR.set(code, list);
  }
}

/** The typed words split into the kind words in front and the name itself (the name is never left empty). */
function split(words: string, bare: boolean): { kind: string; rest: string } {
  let rest = words;
  for (;;) {
    const candidates = PREFIXES_BY_FIRST_CHAR.get(rest.charCodeAt(0));
    const p = candidates?.find((x) => rest.startsWith(x.markedWord) || ((bare || x.abbreviation) && rest.startsWith(x.bareWord)));
    if (!p) break;
    rest = rest.slice((rest.startsWith(p.markedWord) ? p.marked : p.bare).length + 1);
  }
  return { kind: words.slice(0, words.length - rest.length).trim(), rest };
}

/**
 * Every key of one name, each worked out once, when first asked (history and consolidation ask for them per
 * name, per day; the reader's duplicate check needs only the full key and whether the name has marks).
 */
interface NameKeys {
  full: string;
  markFree: boolean;
  kind?: string;
  name?: string;
  bare?: string;
  bareFull?: string;
}

function keysOf(name: string): NameKeys {
  const known = KEYS.get(name);
  if (known !== undefined) return known;
  // The kind words, a space and the rest are the typed words themselves (single-spaced): the full key is the
  // typed words, with or without kind words in front.
  const keys: NameKeys = { full: typedWords(name), markFree: isMarkFree(name) };
  // Bounded, so a long session cannot grow it (history repeats every name once per day).
  if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
  KEYS.set(name, keys);
  return keys;
}

/** The keys with the kind words and the name apart (split when first asked). */
function partsOf(name: string): NameKeys & { kind: string; name: string } {
  const keys = keysOf(name);
  if (keys.name === undefined || keys.kind === undefined) {
    const { kind, rest } = split(keys.full, keys.markFree);
    keys.kind = kind;
    keys.name = rest;
  }
  return keys as NameKeys & { kind: string; name: string };
}

const KEYS = new Map<string, NameKeys>();
const KEYS_LIMIT = 100_000;

/** The name as typed without its kind words: "Xã Tân Hoà" → "tân hòa"; "Thị trấn" alone stays "thị trấn". */
export function unitNameKey(name: string): string {
  return partsOf(name).name;
}

/** The name key without marks ("tan hoa"): the same for "Tân Hòa" and "Tân Hóa", so never a match on its own. */
export function unitBareKey(name: string): string {
  const keys = partsOf(name);
  return (keys.bare ??= nameWords(keys.name));
}

/**
 * The kind words and the name as typed ("xã tân hòa"): "Xã Tân Hòa" and "Phường Tân Hòa" stay two units, as do
 * "Tân Hòa" and "Tân Hóa"; case, spacing and tone placement aside.
 */
export function unitFullKey(name: string): string {
  return keysOf(name).full;
}

/** The kind words and the name without marks ("xa tan hoa"): nameWords of unitFullKey, worked out once per name. */
export function unitBareFullKey(name: string): string {
  const keys = keysOf(name);
  return (keys.bareFull ??= nameWords(keys.full));
}

/** isMarkFree of the name, worked out once per name with its keys. */
export function unitIsMarkFree(name: string): boolean {
  return keysOf(name).markFree;
}

/** The kind words in front ("thị trấn"), for a unit a table names only by its kind. */
export function unitKindWords(name: string): string {
  return partsOf(name).kind;
}
