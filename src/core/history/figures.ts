// Figures over time for one series (a unit's or the total's cumulative by day): today's results, the recent
// rate and the finish day at that rate, the days it stood still. Pure arithmetic on a sorted series.
import type { DaySerial } from "../types";
import { lastAtOrBefore } from "./series";
import type { DayPoint, HistoryFigures } from "./types";

/** Days of the recent window ("the last 7 days"). */
export const RECENT_DAYS = 7;

/** ceil that forgives floating dust: 12.000000001 days is 12 days. */
function ceilDays(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 ? r : Math.ceil(x);
}

/** The finish day at `rate` per day from `asOf` with `remaining` left; null when nothing is left or no rate. */
export function forecastAt(asOf: DaySerial, remaining: number | null, rate: number | null): DaySerial | null {
  if (remaining === null || remaining <= 0 || rate === null || !(rate > 0)) return null;
  return Math.floor(asOf) + ceilDays(remaining / rate);
}

/**
 * Results per day over the `window` days ending on `asOf`: from the last snapshot on or before asOf − window
 * (or the first one, when the history is shorter) to the as-of snapshot, divided by the days between them.
 */
export function recentRate(points: DayPoint[], asOf: DaySerial, window = RECENT_DAYS): number | null {
  const i = lastAtOrBefore(points, asOf);
  if (i < 0 || points[i].day !== asOf) return null;
  let b = lastAtOrBefore(points, asOf - window);
  if (b < 0) b = 0;
  const span = asOf - points[b].day;
  return span > 0 ? (points[i].done - points[b].done) / span : null;
}

/** Days since the cumulative last rose (0 when it rose on the last day); null with a single snapshot. */
export function stalledDays(points: DayPoint[], asOf: DaySerial): number | null {
  const i = lastAtOrBefore(points, asOf);
  if (i < 1) return null;
  for (let k = i; k >= 1; k--) if (points[k].done > points[k - 1].done) return asOf - points[k].day;
  return asOf - points[0].day;
}

/** The figures of one series at `asOf`, given the target and the engine's forecast since the start. */
export function seriesFigures(points: DayPoint[], asOf: DaySerial, target: number | null, forecastSinceStart: DaySerial | null): HistoryFigures {
  const i = lastAtOrBefore(points, asOf);
  const onAsOf = i >= 0 && points[i].day === asOf;
  const today = onAsOf && i >= 1 ? points[i].done - points[i - 1].done : null;
  const avg7 = recentRate(points, asOf);
  const remaining = target !== null && onAsOf ? target - points[i].done : null;
  return {
    today,
    previousDay: onAsOf && i >= 1 ? points[i - 1].day : null,
    todayTyped: null,
    avg7,
    forecastRecent: forecastAt(asOf, remaining, avg7),
    forecastSinceStart,
    rank: null,
    rankChange: null,
    stalledDays: stalledDays(points, asOf),
  };
}

/** Competition ranks (1, 2, 2, 4) of the values, highest first; null values get no rank. */
export function ranksOf(values: (number | null)[]): (number | null)[] {
  // Places sorted by value rather than an object per value (a province ranks 50,000 units per measure); ties
  // share the rank of the first of them, whatever order the sort leaves them in.
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) order.push(i);
  }
  order.sort((a, b) => (values[b] as number) - (values[a] as number));
  const out: (number | null)[] = new Array<number | null>(values.length).fill(null);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    out[i] = k > 0 && values[order[k - 1]] === values[i] ? out[order[k - 1]] : k + 1;
  }
  return out;
}
