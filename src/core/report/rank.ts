// Who leads and who lags: by pace when the campaign dates are known (fair to units with big targets early in
// a campaign), by completion otherwise. Units without figures come last; ties keep the sheet's order.
import type { Progress, TableAnalysis, UnitProgress } from "../types";

/** True when pace can be computed: dates known and at least one day elapsed. */
export function ranksByPace(analysis: TableAnalysis): boolean {
  return analysis.days !== null && analysis.elapsed !== null && analysis.elapsed > 0;
}

function key(p: Progress | undefined, byPace: boolean): number | null {
  if (!p) return null;
  const k = byPace ? p.pace ?? p.completion : p.completion;
  return k === null || Number.isNaN(k) ? null : k;
}

/**
 * Rankings already made, per table of units (the report's block and its chat text rank the same units by the same
 * measure): kept while the units are, and handed out as copies so no caller can reorder another's.
 */
const RANKED = new WeakMap<readonly UnitProgress[], Map<string, UnitProgress[]>>();

export function rankUnits(analysis: TableAnalysis, measureId: string): UnitProgress[] {
  return rankedUnits(analysis, measureId).slice();
}

/** The ranking itself, shared and read-only: for callers that only read it (the chat text walks 50,000 units). */
export function rankedUnits(analysis: TableAnalysis, measureId: string): readonly UnitProgress[] {
  const byPace = ranksByPace(analysis);
  const memo = RANKED.get(analysis.units) ?? new Map<string, UnitProgress[]>();
  RANKED.set(analysis.units, memo);
  const memoKey = `${byPace}\u0000${measureId}`;
  const known = memo.get(memoKey) ?? sortUnits(analysis.units, measureId, byPace);
  memo.set(memoKey, known);
  return known;
}

function sortUnits(units: readonly UnitProgress[], measureId: string, byPace: boolean): UnitProgress[] {
  // Each unit's keys read once into flat arrays and the sheet's indices sorted: a province's table ranks 50,000
  // units per measure, twice (report and chat). The comparisons are the ones the order has always had, in the
  // same sort, so ties and missing figures come out exactly as before. NaN stands for "no key" (key() never
  // gives NaN); the completion keeps its own "missing" flag, as a NaN completion compares as itself.
  const k = new Float64Array(units.length);
  const c = new Float64Array(units.length);
  const noC = new Uint8Array(units.length);
  const order: number[] = new Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const p = units[i].values[measureId];
    k[i] = key(p, byPace) ?? Number.NaN;
    const completion = p?.completion ?? null;
    if (completion === null) noC[i] = 1;
    else c[i] = completion;
    order[i] = i;
  }
  order.sort((a, b) => {
    const ka = k[a];
    const kb = k[b];
    if (Number.isNaN(ka) || Number.isNaN(kb)) return Number.isNaN(ka) && Number.isNaN(kb) ? a - b : Number.isNaN(ka) ? 1 : -1;
    if (kb !== ka) return kb - ka;
    if (noC[a] === 0 && noC[b] === 0 && c[b] !== c[a]) return c[b] - c[a];
    return a - b;
  });
  return order.map((i) => units[i]);
}
