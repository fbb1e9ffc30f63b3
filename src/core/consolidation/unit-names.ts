// Matching unit names across sources the way a clerk reads them: "Xã An Hòa", "AN HOÀ", "An  Hoa" and the
// OCR-damaged "An H0a" are one commune. Each step is a table of data; what was matched loosely is reported.
import { normalizeText } from "../text";

/** Words naming the kind of unit, dropped in front of a name (longest first, repeated: "Công an xã …"). */
const UNIT_PREFIXES = [
  "uy ban nhan dan", "to dan pho", "cong an", "thi tran", "thi xa", "thanh pho", "khu pho", "ubnd", "phuong", "huyen",
  "quan", "thon", "xom", "ban", "xa", "ap", "tp", "tt", "ca",
].sort((a, b) => b.length - a.length);

/** Letters OCR and hurried typing confuse, folded the same way on both sides (after diacritics are gone). */
const OCR_FOLDS: [RegExp, string][] = [
  [/0/g, "o"], [/1/g, "l"], [/\|/g, "l"], [/5/g, "s"], [/rn/g, "m"], [/cl/g, "d"], [/y/g, "i"],
  // "Đ" read as "P" at the start of a word ("Pồng Thái"), folded with "d" there only.
  [/(^| )p(?=[aeiou])/g, "$1d"],
];

/** Lowercase ascii words, without the unit-kind words in front (unless nothing would be left: "Thị trấn"). */
export function unitKey(name: string): string {
  let key = normalizeText(name).replace(/%/g, "").trim();
  for (;;) {
    const prefix = UNIT_PREFIXES.find((p) => key.startsWith(`${p} `));
    if (!prefix) break;
    key = key.slice(prefix.length + 1);
  }
  return key;
}

/** The kind words alone ("thi tran"), for a unit a table names only by its kind. */
export function unitKind(name: string): string {
  const full = normalizeText(name);
  const key = unitKey(name);
  return full.endsWith(key) ? full.slice(0, full.length - key.length).trim() : "";
}

/** The key with OCR look-alikes folded and spaces removed ("An H0a" → "anhoa"). */
export function unitSkeleton(name: string): string {
  let s = unitKey(name);
  for (const [re, to] of OCR_FOLDS) s = s.replace(re, to);
  return s.replace(/ /g, "");
}

/** Levenshtein distance, stopping early once it passes `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** How a name was matched: exactly (after case, accents, prefixes, spacing), by OCR look-alikes, by one letter. */
export type MatchKind = "same" | "look-alike" | "one-letter" | "kind-only";

export interface UnitIndex {
  find(name: string): { name: string; how: MatchKind } | null;
  add(name: string): void;
}

/** Names known so far (the district table's, then each new one), looked up tier by tier. */
export function unitIndex(names: string[]): UnitIndex {
  const byKey = new Map<string, string>();
  const bySkeleton = new Map<string, string>();
  const all: string[] = [];
  const add = (name: string) => {
    const key = unitKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
    const sk = unitSkeleton(name);
    if (!bySkeleton.has(sk)) bySkeleton.set(sk, name);
    all.push(name);
  };
  names.forEach(add);
  return {
    add,
    find(name) {
      const key = unitKey(name);
      const exact = byKey.get(key);
      if (exact !== undefined) return { name: exact, how: "same" };
      const sk = unitSkeleton(name);
      const alike = bySkeleton.get(sk);
      if (alike !== undefined) return { name: alike, how: "look-alike" };
      if (sk.length >= 5) {
        const near = all.filter((n) => distance(unitSkeleton(n), sk, 1) <= 1);
        if (near.length === 1) return { name: near[0], how: "one-letter" };
      }
      // "Thị trấn An Dương" where the table has one unit named only "Thị trấn".
      const kind = unitKind(name);
      if (kind !== "") {
        const only = all.filter((n) => unitKey(n) === kind);
        if (only.length === 1) return { name: only[0], how: "kind-only" };
      }
      return null;
    },
  };
}
