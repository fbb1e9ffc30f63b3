// Matching unit names across sources the way a clerk reads them: "Xã An Hòa", "AN HOÀ", "An  Hoa" and the
// OCR-damaged "An H0a" are one commune. Each step is a table of data; what was matched loosely is reported.
import { unitKey, unitKind } from "../units/unit-key";
import { nameWords } from "../vocabulary/normalize";

/** Letters OCR and hurried typing confuse, folded the same way on both sides (after diacritics are gone). */
const OCR_FOLDS: [RegExp, string][] = [
  [/0/g, "o"], [/1/g, "l"], [/\|/g, "l"], [/5/g, "s"], [/rn/g, "m"], [/cl/g, "d"], [/y/g, "i"],
  // "Đ" read as "P" at the start of a word ("Pồng Thái"), folded with "d" there only.
  [/(^| )p(?=[aeiou])/g, "$1d"],
];

/** The key with OCR look-alikes folded and spaces removed ("An H0a" → "anhoa"). */
export function unitSkeleton(name: string): string {
  let s = unitKey(name);
  for (const [re, to] of OCR_FOLDS) s = s.replace(re, to);
  return s.replace(/ /g, "");
}

/** Letters that differ at the same places (OCR swaps letters; a letter more or less is another name: Dương/Đông). */
function substitutions(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** How a name was matched: exactly (after case, accents, prefixes, spacing), by OCR look-alikes, by its kind, by one letter swapped. */
export type MatchKind = "same" | "look-alike" | "one-letter" | "kind-only";

export type UnitMatch = { name: string; how: MatchKind } | { ambiguous: string[] } | null;

export interface UnitIndex {
  /** The known unit a name stands for; several when only the kind tells them apart ("Xã Thanh Hà", "Thị trấn Thanh Hà"). */
  find(name: string): UnitMatch;
  add(name: string): void;
}

function push(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [name]);
  else if (!list.includes(name)) list.push(name);
}

/** Names known so far (the district table's, then each new one), looked up tier by tier. */
export function unitIndex(names: string[]): UnitIndex {
  const byFull = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const bySkeleton = new Map<string, string[]>();
  const all: string[] = [];
  const add = (name: string) => {
    push(byFull, nameWords(name), name);
    push(byKey, unitKey(name), name);
    push(bySkeleton, unitSkeleton(name), name);
    all.push(name);
  };
  names.forEach(add);
  /** One candidate is a match; several are said, never chosen between. */
  const pick = (list: string[] | undefined, how: MatchKind): UnitMatch =>
    !list || list.length === 0 ? null : list.length === 1 ? { name: list[0], how } : { ambiguous: list };
  return {
    add,
    find(name) {
      const full = byFull.get(nameWords(name));
      if (full?.length === 1) return { name: full[0], how: "same" };
      const exact = pick(byKey.get(unitKey(name)), "same");
      if (exact) return exact;
      const sk = unitSkeleton(name);
      const alike = pick(bySkeleton.get(sk), "look-alike");
      if (alike) return alike;
      // "Thị trấn An Dương" where the table has one unit named only "Thị trấn".
      const kind = unitKind(name);
      if (kind !== "") {
        const only = all.filter((n) => unitKey(n) === kind);
        if (only.length === 1) return { name: only[0], how: "kind-only" };
      }
      if (sk.length >= 6) {
        const near = all.filter((n) => substitutions(unitSkeleton(n), sk) === 1);
        if (near.length === 1) return { name: near[0], how: "one-letter" };
      }
      return null;
    },
  };
}
