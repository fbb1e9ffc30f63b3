// Which of today's units a name of the history stands for, as consolidation matches names (units/unit-index.ts):
// as typed, or without marks when exactly one unit fits; never one of two, so "Tân Hòa" and "Tân Hóa" keep a
// series each. A name that stands for no unit keeps a key of its own: it is listed as unmatched, never added to
// another unit's figures.
import { unitIndex } from "../units/unit-index";
import { unitFullKey } from "../units/unit-key";

export interface HistoryUnitKeys {
  /** The key of a name met in the history (a day sheet, the history table, today's table). */
  keyOf(name: string): string;
  /** The key of one of today's units, by its name in today's table. */
  ofUnit(name: string): string;
  /** keyOf without remembering the name, for a caller that remembers each name's key itself (the merge). */
  keyFor(name: string): string;
}

/** The last table's keys: gathering and analysing one run ask for the same units twice. */
let last: { names: string[]; keys: HistoryUnitKeys } | null = null;

/** Name by name: the same table's names are the same strings, compared without a joined copy of 50,000 names. */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Lets the last table's keys go (a province's are several MB of maps): a run calls it once its history is
 * analysed, so they are not kept while the copy is written.
 */
export function forgetHistoryUnitKeys(): void {
  last = null;
}

export function historyUnitKeys(todayNames: string[]): HistoryUnitKeys {
  if (last && sameNames(last.names, todayNames)) return last.keys;
  const keys = buildKeys(todayNames);
  // A copy: the caller's list may change after (the keys were made from these names).
  last = { names: [...todayNames], keys };
  return keys;
}

function buildKeys(todayNames: string[]): HistoryUnitKeys {
  const index = unitIndex(todayNames);
  // A province's history repeats each name once a day: each is matched once.
  const known = new Map<string, string>();
  // A unit of today's is keyed by its name as today's table writes it: no key string is made for each of a
  // province's 50,000 units. A name that stands for none is keyed by its full key behind a NUL, a character no
  // cell holds, so it is never taken for one of today's names.
  const ofUnit = (name: string) => name;
  const keyFor = (name: string) => {
    const match = index.find(name);
    return match && "name" in match ? ofUnit(match.name) : `\u0000${unitFullKey(name)}`;
  };
  const keyOf = (name: string) => {
    let key = known.get(name);
    if (key === undefined) known.set(name, (key = keyFor(name)));
    return key;
  };
  return { keyOf, ofUnit, keyFor };
}
