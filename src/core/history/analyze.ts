// A table analysed at its as-of day, plus its history: every unit's figures over time, the total's, the
// ranks and their change, and what a clerk must hear (a day that went backwards, names that match nothing).
import { formatDate } from "../dates";
import type { DaySerial, Finding, TableAnalysis } from "../types";
import { historyUnitKeys } from "./unit-keys";
import { measureIdentityKey } from "../vocabulary/measure-identity";
import { ranksOf, seriesFigures } from "./figures";
import { indexSeries, lastAtOrBefore, type Series } from "./series";
import type { DayPoint, HistoryAnalysis, HistoryFigures, HistoryRecord } from "./types";

/** The sheet's own "trong ngày" figures: unit row → measure id → the typed figure. */
export type TypedToday = Map<number, Record<string, number>>;

function warn(code: string, key: string, params: Record<string, string | number>): Finding {
  return { code, severity: "warning", msg: { key, params }, cell: null };
}

/** The history's measure key for each of the table's measures (by label; a lone measure matches a lone one). */
function measureKeys(analysis: TableAnalysis, byMeasure: Map<string, Map<string, Series>>): Record<string, string> {
  const inHistory = new Set(byMeasure.keys());
  const out: Record<string, string> = {};
  for (const m of analysis.table.measures) out[m.id] = measureIdentityKey(m.label);
  const measures = analysis.table.measures;
  if (measures.length === 1 && inHistory.size === 1 && !inHistory.has(out[measures[0].id])) out[measures[0].id] = [...inHistory][0];
  return out;
}

/** The total's series: what each day's figures add up to (every unit's series of the measure, matched or not). */
function totalSeries(series: Iterable<Series>): DayPoint[] {
  const byDay = new Map<DaySerial, { done: number; target: number | null }>();
  for (const s of series) {
    for (const p of s.points) {
      const d = byDay.get(p.day);
      if (d) {
        d.done += p.done;
        if (p.target !== null) d.target = (d.target ?? 0) + p.target;
      } else byDay.set(p.day, { done: p.done, target: p.target });
    }
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, v]) => ({ day, done: v.done, target: v.target }));
}

function negativeDays(s: Series, label: string, asOf: DaySerial): Finding[] {
  const out: Finding[] = [];
  for (let k = 1; k < s.points.length && s.points[k].day <= asOf; k++) {
    const [a, b] = [s.points[k - 1], s.points[k]];
    if (b.done < a.done) {
      out.push(warn("history-negative-day", "history.negative-day", {
        unit: s.names[s.names.length - 1], measure: label, before: formatDate(a.day, "vi"), after: formatDate(b.day, "vi"),
        from: a.done, to: b.done,
      }));
    }
  }
  return out;
}

function analyzeHistory(analysis: TableAnalysis, records: HistoryRecord[], typed: TypedToday = new Map()): HistoryAnalysis {
  const asOf = analysis.asOf;
  // Usually every record is at or before the as-of day: then the records are used as they are, not copied.
  const upToAsOf = records.every((r) => r.day <= asOf) ? records : records.filter((r) => r.day <= asOf);
  const { keyOf, ofUnit } = historyUnitKeys(analysis.units.map((u) => u.name));
  const { byMeasure, all } = indexSeries(upToAsOf, keyOf);
  const seen = new Set<DaySerial>();
  for (const r of upToAsOf) seen.add(r.day);
  const days = [...seen].sort((a, b) => a - b);
  const previousDay = days.length >= 2 && days[days.length - 1] === asOf ? days[days.length - 2] : null;
  const keys = measureKeys(analysis, byMeasure);
  const unitKeys = analysis.units.map((u) => ofUnit(u.name));
  /** Per unit (its place in the table): whether any of its measures has a series. */
  const withSeries = analysis.units.map(() => false);
  const units = new Map<number, Record<string, HistoryFigures>>();
  const unitSeries = new Map<number, Record<string, DayPoint[]>>();
  const warnings: Finding[] = [];
  const tableKeys = new Set(unitKeys);

  for (const m of analysis.table.measures) {
    const rows: { row: number; f: HistoryFigures; now: number | null; before: number | null }[] = [];
    const ofMeasure = byMeasure.get(keys[m.id]);
    for (let k = 0; k < analysis.units.length; k++) {
      const u = analysis.units[k];
      const s = ofMeasure?.get(unitKeys[k]);
      const p = u.values[m.id];
      const points = s?.points ?? [];
      if (s) withSeries[k] = true;
      const f = seriesFigures(points, asOf, p?.target ?? null, p?.forecast ?? null);
      const typedToday = typed.get(u.row as number)?.[m.id];
      if (typedToday !== undefined) {
        f.todayTyped = typedToday;
        if (f.today !== null && f.today !== typedToday) {
          warnings.push(warn("history-today-mismatch", "history.today-mismatch", { unit: u.name, measure: m.label, typed: typedToday, computed: f.today }));
        }
        if (f.today === null) f.today = typedToday;
      }
      if (s) negativeDays(s, m.label, asOf).forEach((w) => warnings.push(w));
      // Completion the day before, on that day's target (a target may change during a campaign).
      let before: number | null = null;
      if (previousDay !== null) {
        const j = lastAtOrBefore(points, previousDay);
        const t = j >= 0 ? points[j].target ?? p?.target ?? null : null;
        if (j >= 0 && points[j].day === previousDay && t !== null && t > 0) before = points[j].done / t;
      }
      rows.push({ row: u.row as number, f, now: p?.completion ?? null, before });
      const perUnit = unitSeries.get(u.row as number) ?? {};
      perUnit[m.id] = points;
      unitSeries.set(u.row as number, perUnit);
    }
    const now = ranksOf(rows.map((r) => r.now));
    const before = ranksOf(rows.map((r) => r.before));
    rows.forEach((r, i) => {
      r.f.rank = now[i];
      r.f.rankChange = now[i] !== null && before[i] !== null ? (before[i] as number) - (now[i] as number) : null;
      const perUnit = units.get(r.row) ?? {};
      perUnit[m.id] = r.f;
      units.set(r.row, perUnit);
    });
  }

  const total: Record<string, HistoryFigures> = {};
  const totals: Record<string, DayPoint[]> = {};
  for (const m of analysis.table.measures) {
    const points = totalSeries(byMeasure.get(keys[m.id])?.values() ?? []);
    totals[m.id] = points;
    const p = analysis.total?.values[m.id];
    total[m.id] = seriesFigures(points, asOf, p?.target ?? null, p?.forecast ?? null);
  }

  // Names that match no unit of today's table: listed, never dropped.
  const unmatchedNames = new Set<string>();
  for (const s of all) if (!tableKeys.has(s.unitKey)) s.names.forEach((n) => unmatchedNames.add(n));
  const unmatched = [...unmatchedNames];
  if (unmatched.length > 0) warnings.push(warn("history-unmatched", "history.unmatched", { count: unmatched.length, names: unmatched.join("; ") }));
  const noHistory = days.length >= 2 ? analysis.units.filter((_, k) => !withSeries[k]) : [];
  if (noHistory.length > 0) warnings.push(warn("history-new-units", "history.new-units", { count: noHistory.length, names: noHistory.map((u) => u.name).join("; ") }));
  return { days, units, total, totalSeries: totals, unitSeries, unmatched, warnings };
}

/** The analysis with its history attached, and the history's warnings added to the ones a clerk reads. */
export function withHistory(analysis: TableAnalysis, records: HistoryRecord[], typed?: TypedToday): TableAnalysis {
  if (records.length === 0) return analysis;
  const history = analyzeHistory(analysis, records, typed);
  return { ...analysis, history, warnings: [...analysis.warnings, ...history.warnings] };
}
