// A week's or a phase's results: what each unit did between two days (from the history) against the period's
// share of its target (target × the period's days ÷ the campaign's days).
import { campaignDays, countDays } from "../campaign";
import { formatDate } from "../dates";
import type { DaySerial, Finding, TableAnalysis } from "../types";
import { cumulativeAt, lastAtOrBefore } from "./series";
import type { DayPoint } from "./types";

export interface Period {
  kind: "week" | "phase";
  /** "Đợt 2", or the week's label. */
  name: string;
  from: DaySerial;
  to: DaySerial;
}

export interface PeriodFigures {
  /** The period's share of the target. */
  target: number | null;
  /** Results within the period, up to the as-of day. */
  done: number | null;
  completion: number | null;
  perDay: number | null;
  /** Cumulative at the end of the period (or the as-of day). */
  cumulative: number | null;
}

export interface PeriodAnalysis {
  period: Period;
  /** Days of the period, and days of it elapsed at the as-of day. */
  days: number;
  elapsed: number;
  units: { name: string; row: number; values: Record<string, PeriodFigures> }[];
  total: Record<string, PeriodFigures>;
  findings: Finding[];
}

/** The week of 7 days ending on the as-of day. */
export function weekEndingOn(asOf: DaySerial, name = ""): Period {
  return { kind: "week", name, from: asOf - 6, to: asOf };
}

interface Baseline {
  value: number | null;
  firstDay: DaySerial | null;
}

/** The cumulative just before the period: the day before's snapshot; 0 when the period opens the campaign. */
function baseline(points: DayPoint[], from: DaySerial, campaignFrom: DaySerial | null): Baseline {
  const before = cumulativeAt(points, from - 1);
  if (before !== null) return { value: before, firstDay: null };
  if (campaignFrom !== null && from <= campaignFrom) return { value: 0, firstDay: null };
  const i = lastAtOrBefore(points, from - 1) + 1;
  return i < points.length ? { value: points[i].done, firstDay: points[i].day } : { value: null, firstDay: null };
}

/**
 * `today`: the table's own cumulative when the period's end is the as-of day: known even without any saved history
 * (a first report), so the cumulative is never left blank when the sheet itself gives it.
 */
function figures(points: DayPoint[], period: Period, end: DaySerial, share: number | null, elapsed: number, campaignFrom: DaySerial | null, today: number | null) {
  const base = baseline(points, period.from, campaignFrom);
  const cumulative = cumulativeAt(points, end) ?? today;
  const done = cumulative !== null && base.value !== null ? cumulative - base.value : null;
  const f: PeriodFigures = {
    target: share,
    done,
    completion: done !== null && share !== null && share > 0 ? done / share : null,
    perDay: done !== null && elapsed > 0 ? done / elapsed : null,
    cumulative,
  };
  return { f, firstDay: base.firstDay };
}

export function analyzePeriod(analysis: TableAnalysis, period: Period): PeriodAnalysis {
  const h = analysis.history;
  const c = analysis.campaign;
  const n = campaignDays(c);
  const days = countDays(c, period.from, period.to);
  const end = Math.min(analysis.asOf, period.to);
  const todayDone = (done: number | null | undefined) => (end === analysis.asOf && typeof done === "number" ? done : null);
  const elapsed = countDays(c, period.from, end);
  const findings: Finding[] = [];
  const share = (target: number | null | undefined) => (typeof target === "number" && n !== null && n > 0 ? (target * days) / n : null);
  let lateStart: DaySerial | null = null;
  const units = analysis.units.map((u) => {
    const values: Record<string, PeriodFigures> = {};
    for (const m of analysis.table.measures) {
      const points = h?.unitSeries.get(u.row as number)?.[m.id] ?? [];
      const r = figures(points, period, end, share(u.values[m.id]?.target), elapsed, c.from, todayDone(u.values[m.id]?.done));
      if (r.firstDay !== null) lateStart = lateStart === null ? r.firstDay : Math.max(lateStart, r.firstDay);
      values[m.id] = r.f;
    }
    return { name: u.name, row: u.row as number, values };
  });
  const total: Record<string, PeriodFigures> = {};
  for (const m of analysis.table.measures) {
    const p = analysis.total?.values[m.id];
    total[m.id] = figures(h?.totalSeries[m.id] ?? [], period, end, share(p?.target), elapsed, c.from, todayDone(p?.done)).f;
  }
  if (!h || h.days.length === 0) findings.push({ code: "period-no-history", severity: "warning", cell: null, msg: { key: "history.period.noHistory" } });
  else if (lateStart !== null) {
    findings.push({ code: "period-late-start", severity: "warning", cell: null, msg: { key: "history.period.noBaseline", params: { first: formatDate(lateStart, "vi"), from: formatDate(period.from, "vi") } } });
  }
  return { period, days, elapsed, units, total, findings };
}
