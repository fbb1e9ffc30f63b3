// Records grouped into one series per unit and measure, oldest day first, so every figure is a walk down a
// sorted array (no search per day).
import { unitFullKey } from "../units/unit-key";
import { measureIdentityKey } from "../vocabulary/measure-identity";
import type { DaySerial } from "../types";
import type { DayPoint, HistoryRecord } from "./types";

export interface Series {
  unitKey: string;
  measureKey: string;
  /** Every name the unit was written with, first seen first. */
  names: string[];
  points: DayPoint[];
}

/** Series by measure key, then unit key; and every series in the order first met (what lists and sums follow). */
export interface SeriesIndex {
  byMeasure: Map<string, Map<string, Series>>;
  all: Series[];
}

/**
 * Series keyed by `${unitKey}\u0000${measureKey}`; a day's later record replaces an earlier one of that day. The unit
 * key is the caller's (which of today's units a name stands for), else the name as typed.
 */
export function groupSeries(records: HistoryRecord[], unitKeyOf: (name: string) => string = unitFullKey): Map<string, Series> {
  const out = new Map<string, Series>();
  for (const s of indexSeries(records, unitKeyOf).all) out.set(`${s.unitKey}\u0000${s.measureKey}`, s);
  return out;
}

/**
 * The series of groupSeries found by measure key then unit key: a record costs two map look-ups and no key
 * string (a province's history is 150,000 records a day), and no string is made per series either.
 */
export function indexSeries(records: HistoryRecord[], unitKeyOf: (name: string) => string = unitFullKey): SeriesIndex {
  const byMeasure = new Map<string, Map<string, Series>>();
  const all: Series[] = [];
  // By meaning, not wording: "Đã cấp CCCD" one day and "Cấp CCCD › Đã cấp" the next continue one series.
  // Worked out again only when the label changes (records come a measure at a time).
  const measureKeys = new Map<string, string>();
  let label: string | null = null;
  let mk = "";
  let byUnit = new Map<string, Series>();
  for (const r of records) {
    if (r.done === null) continue;
    if (r.measure !== label) {
      label = r.measure;
      let key = measureKeys.get(label);
      if (key === undefined) measureKeys.set(label, (key = measureIdentityKey(label)));
      mk = key;
      let known = byMeasure.get(mk);
      if (!known) byMeasure.set(mk, (known = new Map()));
      byUnit = known;
    }
    const uk = unitKeyOf(r.unit);
    let s = byUnit.get(uk);
    if (!s) {
      s = { unitKey: uk, measureKey: mk, names: [], points: [] };
      byUnit.set(uk, s);
      all.push(s);
    }
    if (!s.names.includes(r.unit)) s.names.push(r.unit);
    s.points.push({ day: r.day, done: r.done, target: r.target });
  }
  for (const s of all) s.points = onePerDay(s.points);
  return { byMeasure, all };
}

function onePerDay(points: DayPoint[]): DayPoint[] {
  // Merged records come sorted by day, one per day: then there is nothing to drop or sort.
  let ordered = true;
  for (let i = 1; i < points.length && ordered; i++) ordered = points[i].day > points[i - 1].day;
  if (ordered) return points;
  const byDay = new Map<DaySerial, DayPoint>();
  for (const p of points) byDay.set(p.day, p);
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** Index of the last point on or before `day`, or -1 (points sorted by day). */
export function lastAtOrBefore(points: DayPoint[], day: DaySerial): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].day <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The cumulative at the end of `day` (the last snapshot on or before it), or null before the first one. */
export function cumulativeAt(points: DayPoint[], day: DaySerial): number | null {
  const i = lastAtOrBefore(points, day);
  return i < 0 ? null : points[i].done;
}
