// Each row of each source, placed on the unit it stands for: old names through the mapping (merger or rename),
// then the name as typed, then without marks; only then, for the rows still unplaced, a loose match towards the
// plan's units no row took as typed (units/unit-index.ts). A row nobody can place keeps a line of its own.
import type { MappingEntry, UnitMapping } from "./mapping";
import { isMarkFree, unitBareKey, unitNameKey } from "../units/unit-key";
import { unitIndex, type MatchKind, type UnitMatch } from "../units/unit-index";

export type SourceRole = "plan" | "report";

/** How near a loose match is: the lower, the nearer (a name with other marks or OCR damage before one letter swapped). */
const LOOSE_TIER: Record<MatchKind, number> = { same: 0, "mark-free": 0, "other-marks": 1, "look-alike": 1, "kind-only": 2, "one-letter": 3 };

export interface RowInput {
  source: number;
  role: SourceRole;
  name: string;
}

export interface PlacedRow {
  input: RowInput;
  /** The unit of the gathered table. */
  unit: string;
  /** "" for the unit itself (as typed, or renamed); the old unit's key for a merger's part. */
  origin: string;
  how: MatchKind | "mapped" | "own-line";
  mapped: MappingEntry | null;
  ambiguous: string[] | null;
}

export interface MappingUse {
  /** New unit (as the mapping writes it) → its old names, when several: a merger. */
  mergers: Map<string, MappingEntry[]>;
  lookup(name: string): MappingEntry | null;
  /** Old names mapped to two different units: the first line is used. */
  twice: { entry: MappingEntry; first: MappingEntry }[];
}

export function useMapping(mapping: UnitMapping | undefined): MappingUse {
  const byOld = new Map<string, MappingEntry>();
  const byBare = new Map<string, MappingEntry[]>();
  const twice: MappingUse["twice"] = [];
  const byNew = new Map<string, MappingEntry[]>();
  for (const e of mapping?.entries ?? []) {
    const key = unitNameKey(e.old);
    const first = byOld.get(key);
    if (first) {
      if (unitNameKey(first.new) !== unitNameKey(e.new)) twice.push({ entry: e, first });
      continue;
    }
    byOld.set(key, e);
    const bare = byBare.get(unitBareKey(e.old)) ?? [];
    bare.push(e);
    byBare.set(unitBareKey(e.old), bare);
    const olds = byNew.get(unitNameKey(e.new)) ?? [];
    olds.push(e);
    byNew.set(unitNameKey(e.new), olds);
  }
  const mergers = new Map<string, MappingEntry[]>();
  for (const olds of byNew.values()) if (olds.length >= 2) mergers.set(olds[0].new, olds);
  return {
    mergers,
    twice,
    lookup(name) {
      const typed = byOld.get(unitNameKey(name));
      if (typed) return typed;
      const bare = isMarkFree(name) ? byBare.get(unitBareKey(name)) : undefined;
      return bare?.length === 1 ? bare[0] : null;
    },
  };
}

/** The gathered table's units in the plan's order (old names of the plan already under their new unit). */
export function planUnits(names: string[], mapping: MappingUse): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const unit = mapping.lookup(name)?.new ?? name;
    const key = `${unitNameKey(unit)}\u0000${unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(unit);
  }
  return out;
}

export function placeRows(rows: RowInput[], plan: string[], mapping: MappingUse): { placed: PlacedRow[]; order: string[] } {
  const index = unitIndex(plan);
  const order = [...plan];
  const taken = new Set<string>();
  const isMerger = (e: MappingEntry) => [...mapping.mergers.values()].some((olds) => olds.includes(e));
  const placed: PlacedRow[] = rows.map((input) => {
    const mapped = mapping.lookup(input.name);
    const wanted = mapped ? mapped.new : input.name;
    // A merger's part adds up with the others; in the plan, a line naming the new unit itself is the whole.
    const itself = mapped !== null && input.role === "plan" && unitNameKey(mapped.old) === unitNameKey(mapped.new);
    const origin = mapped && isMerger(mapped) && !itself ? unitNameKey(mapped.old) : "";
    const hit: UnitMatch = index.find(wanted);
    if (hit && "name" in hit) {
      // Taken: a plan unit a report names as typed or through the mapping; a loose name then belongs elsewhere.
      if (input.role === "report" && plan.includes(hit.name)) taken.add(hit.name);
      return { input, unit: hit.name, origin, how: mapped ? "mapped" : hit.how, mapped, ambiguous: null };
    }
    return { input, unit: "", origin, how: "own-line", mapped, ambiguous: hit && "ambiguous" in hit ? hit.ambiguous : null };
  });
  // Loose matches: each plan unit goes to the closest of the names reaching it, and to none on a tie.
  const loose = new Map<PlacedRow, { name: string; how: MatchKind }>();
  for (const p of placed) {
    if (p.unit !== "" || p.ambiguous !== null || p.input.role !== "report" || plan.length === 0) continue;
    const hit = index.findLoose(p.mapped ? p.mapped.new : p.input.name, taken);
    if (hit && "name" in hit) loose.set(p, hit);
    else if (hit && "ambiguous" in hit) p.ambiguous = hit.ambiguous;
  }
  for (const [p, hit] of loose) {
    const rivals = [...loose.entries()].filter(([q, h]) => h.name === hit.name && unitNameKey(q.input.name) !== unitNameKey(p.input.name));
    const best = Math.min(...rivals.map(([, h]) => LOOSE_TIER[h.how]), LOOSE_TIER[hit.how]);
    const tied = rivals.filter(([, h]) => LOOSE_TIER[h.how] === best).length;
    if (LOOSE_TIER[hit.how] === best && (tied === 0)) {
      p.unit = hit.name;
      p.how = hit.how;
    }
  }
  for (const p of placed) {
    if (p.unit !== "") continue;
    const wanted = p.mapped ? p.mapped.new : p.input.name;
    // No plan unit: a line of its own, which later rows naming the same unit join, so a unit outside the plan is
    // still one line however many reports name it.
    const again = index.find(wanted);
    if (again && "name" in again && !plan.includes(again.name)) {
      p.unit = again.name;
      continue;
    }
    index.add(wanted);
    order.push(wanted);
    p.unit = wanted;
  }
  return { placed, order };
}
