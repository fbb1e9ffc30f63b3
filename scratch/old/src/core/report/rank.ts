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

export function rankUnits(analysis: TableAnalysis, measureId: string): UnitProgress[] {
  const byPace = ranksByPace(analysis);
  return analysis.units
    .map((unit, index) => ({ unit, index, k: key(unit.values[measureId], byPace), c: unit.values[measureId]?.completion ?? null }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.index - b.index : a.k === null ? 1 : -1;
      if (b.k !== a.k) return b.k - a.k;
      if (a.c !== null && b.c !== null && b.c !== a.c) return b.c - a.c;
      return a.index - b.index;
    })
    .map((x) => x.unit);
}
