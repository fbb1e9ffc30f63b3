// Which unit a name in a report stands for, by the rules a clerk can check (closest first, never a guess):
// 1. as typed: the same words with marks (case, spacing, punctuation, the kind words in front and the old/new
//    tone placement "Hoà"/"Hòa" aside: units/unit-key.ts);
// 2. a name typed without any mark ("Tan Hoa") stands for the one unit whose marks-free name it is, never for
//    one of two ("Tân Hòa" and "Tân Hóa");
// 3. loose, for a report's name only, and only towards the plan's units that no other name took as typed: a
//    name with other marks, an OCR look-alike ("An H0a", "Pồng Thái"), one letter swapped, or the lone town
//    named by its kind ("Thị trấn An Dương" for "Thị trấn"), when exactly one plan unit is that near.
import { isMarkFree, unitBareKey, unitFullKey, unitKindWords, unitNameKey } from "./unit-key";
import { OCR_NAME_FOLDS } from "../vocabulary/unit-name-words";
import { nameWords } from "../vocabulary/normalize";

/** The bare key with OCR look-alikes folded and spaces removed ("An H0a" → "anhoa"). */
export function unitSkeleton(name: string): string {
  let s = unitBareKey(name);
  for (const [re, to] of OCR_NAME_FOLDS) s = s.replace(re, to);
  return s.replace(/ /g, "");
}

/** Letters that differ at the same places (OCR swaps letters; a letter more or less is another name: Dương/Đông). */
function substitutions(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** How a name was matched: as typed, without marks, or loosely (each loose kind is shown for the clerk to confirm). */
export type MatchKind = "same" | "mark-free" | "other-marks" | "look-alike" | "one-letter" | "kind-only";
export const LOOSE_MATCHES: MatchKind[] = ["other-marks", "look-alike", "one-letter", "kind-only"];

export type UnitMatch = { name: string; how: MatchKind } | { ambiguous: string[] } | null;

export interface UnitIndex {
  /** The known unit a name stands for as typed or without marks; several when only the kind tells them apart. */
  find(name: string): UnitMatch;
  /** A loose match among the plan's units, leaving out those in `taken` (matched as typed by another name). */
  findLoose(name: string, taken: ReadonlySet<string>): UnitMatch;
  add(name: string): void;
}

/** The names of one key: most keys have one name, kept without an array (a province has 50,000 keys). */
type Names = string | string[];

function push(map: Map<string, Names>, key: string, name: string): void {
  const names = map.get(key);
  if (names === undefined) map.set(key, name);
  else if (typeof names === "string") {
    if (names !== name) map.set(key, [names, name]);
  } else if (!names.includes(name)) names.push(name);
}

const pick = (names: Names | undefined, how: MatchKind): UnitMatch =>
  names === undefined ? null : typeof names === "string" ? { name: names, how } : pickOf(names, how);

const pickOf = (list: string[], how: MatchKind): UnitMatch =>
  list.length === 0 ? null : list.length === 1 ? { name: list[0], how } : { ambiguous: [...list] };

/** The plan's names (loose matches may reach them), then each name added as the reports bring it. */
export function unitIndex(planNames: string[]): UnitIndex {
  const byFull = new Map<string, Names>();
  const plan = [...planNames];
  const names: string[] = [];
  const full = unitFullKey;
  // The mark-free keys, made when a name without marks first asks (most names carry their marks).
  let bareMaps: { byBare: Map<string, Names>; byBareFull: Map<string, Names> } | null = null;
  const addBare = (name: string) => {
    if (!bareMaps) return;
    push(bareMaps.byBare, unitBareKey(name), name);
    push(bareMaps.byBareFull, nameWords(full(name)), name);
  };
  const bare = () => {
    if (!bareMaps) {
      bareMaps = { byBare: new Map(), byBareFull: new Map() };
      names.forEach(addBare);
    }
    return bareMaps;
  };
  // The keys without the kind words, made when a name first misses as typed in full (a province's own names
  // all hit, and 50,000 keys are then never made).
  let byKeyMap: Map<string, Names> | null = null;
  const byKey = () => {
    if (!byKeyMap) {
      const map = new Map<string, Names>();
      names.forEach((n) => push(map, unitNameKey(n), n));
      byKeyMap = map;
    }
    return byKeyMap;
  };
  const add = (name: string) => {
    names.push(name);
    push(byFull, full(name), name);
    if (byKeyMap) push(byKeyMap, unitNameKey(name), name);
    addBare(name);
  };
  plan.forEach(add);
  return {
    add,
    find(name) {
      const same = byFull.get(full(name));
      if (typeof same === "string") return { name: same, how: "same" };
      const typed = pick(byKey().get(unitNameKey(name)), "same");
      if (typed) return typed;
      if (!isMarkFree(name)) return null;
      // Without marks, the kind still tells "Xa Thanh Ha" from "Thi tran Thanh Ha".
      const bareFull = bare().byBareFull.get(nameWords(full(name)));
      if (typeof bareFull === "string") return { name: bareFull, how: "mark-free" };
      return pick(bare().byBare.get(unitBareKey(name)), "mark-free");
    },
    findLoose(name, taken) {
      const open = plan.filter((n) => !taken.has(n));
      // Closest first: other marks or OCR look-alikes, then one letter swapped; the town named by its kind apart.
      const skeleton = unitSkeleton(name);
      const bare = unitBareKey(name);
      const near = open.filter((n) => unitBareKey(n) === bare || unitSkeleton(n) === skeleton);
      if (near.length > 0) return pickOf(near, near.every((n) => unitBareKey(n) === bare) ? "other-marks" : "look-alike");
      const kind = unitKindWords(name);
      if (kind !== "") {
        const only = open.filter((n) => unitNameKey(n) === kind);
        if (only.length > 0) return pickOf(only, "kind-only");
      }
      if (skeleton.length >= 6) {
        const swapped = open.filter((n) => substitutions(unitSkeleton(n), skeleton) === 1);
        if (swapped.length > 0) return pickOf(swapped, "one-letter");
      }
      return null;
    },
  };
}
