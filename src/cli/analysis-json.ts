// The fixed JSON shape of `quota-report analyze --json` (issue #3): scripts rely on these keys.
import type { Lang, Progress, TableAnalysis, UnitProgress } from "../core/types";
import { isoDate } from "../core/dates";
import { t } from "../core/messages";

function figures(p: Progress) {
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

function unitJson(u: UnitProgress) {
  const values: Record<string, ReturnType<typeof figures>> = {};
  for (const [id, p] of Object.entries(u.values)) values[id] = figures(p);
  return { name: u.name, row: u.row, values };
}

export function analysisJson(a: TableAnalysis, lang: Lang) {
  const iso = (s: number | null) => (s === null ? null : isoDate(s));
  return {
    sheet: a.table.sheet,
    period: { from: iso(a.campaign.from), to: iso(a.campaign.to), days: a.days, asOf: isoDate(a.asOf), elapsed: a.elapsed },
    /** "given" (--as-of), "sheet" (its own data date) or "default" (today). */
    asOfSource: a.asOfSource ?? null,
    phases: (a.campaign.phases ?? []).map((p) => ({ name: p.name, from: isoDate(p.from), to: isoDate(p.to) })),
    measures: a.table.measures.map((m) => ({ id: m.id, label: m.label })),
    units: a.units.map(unitJson),
    total: a.total ? unitJson(a.total) : null,
    warnings: a.warnings.map((w) => ({ code: w.code, message: t(lang, w.msg), cell: w.cell })),
    notes: (a.notes ?? []).map((n) => ({ code: n.code, message: t(lang, n.msg), cell: n.cell })),
  };
}
