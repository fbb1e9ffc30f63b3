// One key per administrative unit, so "Xã Tân Phong", "xa tan phong", "Tân  Phong" and "TÂN PHONG" are the same
// unit across days (history), across the communes' files (consolidation) and in the command line's --chart-unit.
import { nameWords } from "../vocabulary/normalize";

/**
 * Words naming the kind of unit, dropped in front of a name (longest first, repeated: "Công an xã …"), with their
 * abbreviations ("TT.", "P.", "X.", "CA").
 */
const UNIT_PREFIXES = [
  "uy ban nhan dan", "to dan pho", "cong an", "thi tran", "thi xa", "thanh pho", "khu pho", "ubnd", "phuong", "huyen",
  "quan", "thon", "xom", "ban", "xa", "ap", "tp", "tt", "ca", "p", "x",
].sort((a, b) => b.length - a.length);

/** Lowercase ascii words, without the unit-kind words in front (unless nothing would be left: "Thị trấn"). */
function computeKey(name: string): string {
  let key = nameWords(name).replace(/%/g, "").trim();
  for (;;) {
    const prefix = UNIT_PREFIXES.find((p) => key.startsWith(`${p} `));
    if (!prefix) break;
    key = key.slice(prefix.length + 1);
  }
  return key;
}

/** The kind words alone ("thi tran"), for a unit a table names only by its kind. */
export function unitKind(name: string): string {
  const full = nameWords(name);
  const key = unitKey(name);
  return full.endsWith(key) ? full.slice(0, full.length - key.length).trim() : "";
}

/** The matching key of a unit name (see computeKey), remembered: history repeats every name once per day. */
export function unitKey(name: string): string {
  const known = KEY_CACHE.get(name);
  if (known !== undefined) return known;
  const key = computeKey(name);
  // Bounded, so a long session cannot grow it.
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(name, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;
