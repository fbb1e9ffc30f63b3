// The fixed JSON shape of `quota-report analyze --json`: scripts rely on these keys, so they only ever grow.
import type { Lang, Progress, TableAnalysis, UnitProgress } from "../core/types";
import { isoDate } from "../core/dates";
import { t } from "../core/messages";
import type { HistoryFigures } from "../core/history/types";

/** A rate measure's unit: the share's figures first (base, done, rate, targetRate, completion, gap, status). */
function rateFigures(p: Progress) {
  const r = p.rate;
  return {
    base: r?.base ?? null,
    done: p.done,
    rate: r?.rate ?? null,
    targetRate: r?.targetRate ?? null,
    completion: p.completion,
    gap: r?.gap ?? null,
    status: p.status,
    target: p.target,
    remaining: p.remaining,
    dailyTarget: null,
    expected: null,
    pace: null,
    lag: null,
    requiredDaily: null,
    overdue: false,
  };
}

function figures(p: Progress) {
  if (p.rate) return rateFigures(p);
  return {
    target: p.target,
    done: p.done,
    remaining: p.remaining,
    completion: p.completion,
    dailyTarget: p.dailyTarget,
    expected: p.expected,
    pace: p.pace,
    lag: p.lag,
    requiredDaily: p.requiredDaily,
    status: p.status,
    overdue: p.overdue,
  };
}

/** The campaign-over-days keys, per unit (or the total) and measure, when the workbook keeps a history. */
function historyJson(f: HistoryFigures | undefined) {
  return {
    today: f?.today ?? null,
    avg7: f?.avg7 ?? null,
    forecastRecent: f?.forecastRecent == null ? null : isoDate(f.forecastRecent),
    rank: f?.rank ?? null,
    rankChange: f?.rankChange ?? null,
    stalledDays: f?.stalledDays ?? null,
  };
}

function unitJson(u: UnitProgress, history?: Record<string, HistoryFigures>) {
  const values: Record<string, ReturnType<typeof figures> & Partial<ReturnType<typeof historyJson>>> = {};
  for (const [id, p] of Object.entries(u.values)) values[id] = history ? { ...figures(p), ...historyJson(history[id]) } : figures(p);
  return { name: u.name, row: u.row, values };
}

export function analysisJson(a: TableAnalysis, lang: Lang) {
  const iso = (s: number | null) => (s === null ? null : isoDate(s));
  const h = a.history;
  return {
    sheet: a.table.sheet,
    period: {
      from: iso(a.campaign.from), to: iso(a.campaign.to), days: a.days, asOf: isoDate(a.asOf), elapsed: a.elapsed,
      ...(h ? { historyDays: h.days.length } : {}),
    },
    /** "given" (--as-of), "sheet" (its own data date) or "default" (today). */
    asOfSource: a.asOfSource ?? null,
    phases: (a.campaign.phases ?? []).map((p) => ({ name: p.name, from: isoDate(p.from), to: isoDate(p.to) })),
    measures: a.table.measures.map((m) => ({ id: m.id, label: m.label, kind: m.kind ?? "count" })),
    units: a.units.map((u) => unitJson(u, h ? h.units.get(u.row as number) ?? {} : undefined)),
    total: a.total ? unitJson(a.total, h?.total) : null,
    ...(h ? { unmatchedNames: h.unmatched } : {}),
    warnings: a.warnings.map((w) => ({ code: w.code, message: t(lang, w.msg), cell: w.cell })),
    notes: (a.notes ?? []).map((n) => ({ code: n.code, message: t(lang, n.msg), cell: n.cell })),
  };
}
