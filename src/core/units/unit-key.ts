// One key per administrative unit, so "Xã Tân Phong", "xa tan phong", "Tân  Phong" and "TÂN PHONG" are the same
// unit across days and across the workbooks gathered from the units (history and consolidation use it).

/** Words naming the kind of unit, written before the name; dropped from the key. Folded (no diacritics). */
export const UNIT_KIND_PREFIXES: readonly string[] = [
  "thi tran", "phuong", "xa", "tt", "p", "x", "cong an xa", "cong an phuong", "cong an thi tran", "ca xa", "ca phuong",
];

// Longest first, so "cong an xa" wins over "xa" and "thi tran" over "tt".
const PREFIXES = [...UNIT_KIND_PREFIXES].sort((a, b) => b.length - a.length);

/** Lower case, no diacritics, đ → d, punctuation as spaces, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐÐð]/g, "d")
    .toLowerCase()
    .replace(/[.,;:()\-_/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The matching key of a unit name: folded, the kind prefix dropped ("Xã", "Phường", "Thị trấn", "TT.", "Công
 * an xã"). A name that is only a kind ("Thị trấn", a unit in real tables) keeps it, so it never becomes empty.
 */
export function unitKey(name: string): string {
  const known = KEY_CACHE.get(name);
  if (known !== undefined) return known;
  const key = computeKey(name);
  // History repeats every name once per day: remember the keys (bounded, so a long session cannot grow it).
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(name, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

function computeKey(name: string): string {
  const folded = foldName(name);
  for (const prefix of PREFIXES) {
    if (folded.startsWith(`${prefix} `)) return folded.slice(prefix.length + 1);
  }
  return folded;
}
