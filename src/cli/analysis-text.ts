// The readable table `quota-report analyze` prints without --json, in the chosen language.
import type { Lang, Progress, TableAnalysis, UnitProgress } from "../core/types";
import { formatNumber, formatPercent } from "../core/numbers";
import { formatDate } from "../core/dates";
import { statusLabel } from "../core/progress";
import { t } from "../core/messages";
import { isAllocation } from "../core/report/measures";
import { historyChatLines } from "../core/report/history-chat";
import { gapText, shareText } from "../core/report/rate-words";

function cell(n: number | null, lang: Lang): string {
  return n === null ? "–" : formatNumber(n, lang);
}

function row(u: UnitProgress, id: string, lang: Lang): string[] {
  const p: Progress | undefined = u.values[id];
  if (!p) return [u.name];
  return [u.name, cell(p.target, lang), cell(p.done, lang), p.completion === null ? "–" : formatPercent(p.completion, lang, 1), cell(p.dailyTarget, lang), p.overdue ? t(lang, "report.overdue") : cell(p.requiredDaily, lang), statusLabel(p.status, lang)];
}

/** A rate measure's row: base, achieved, share, target share, what it still misses, status. */
function rateRow(u: UnitProgress, id: string, lang: Lang): string[] {
  const p: Progress | undefined = u.values[id];
  const r = p?.rate;
  if (!p || !r) return [u.name];
  return [u.name, cell(r.base, lang), cell(p.done, lang), r.rate === null ? "–" : formatPercent(r.rate, lang, 1), r.targetRate === null ? "–" : shareText(r.targetRate, lang),
    gapText(p, lang) || "–", statusLabel(p.status, lang)];
}

/** An allocation's row: the target, the daily target computed, and the one typed on the sheet where it differs. */
function allocationRow(u: UnitProgress, id: string, typed: number | null | undefined, lang: Lang): string[] {
  const p: Progress | undefined = u.values[id];
  if (!p) return [u.name];
  const differs = typeof typed === "number" && typed !== p.dailyTarget;
  return [u.name, cell(p.target, lang), cell(p.dailyTarget, lang), differs ? formatNumber(typed, lang) : ""];
}

function layout(lines: string[][]): string {
  // reduce, not Math.max(...): a province's 50,000+ lines must not go through a call's arguments.
  const widths = lines[0].map((_, i) => lines.reduce((w, l) => Math.max(w, (l[i] ?? "").length), 0));
  return lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd()).join("\n");
}

/** The campaign line: its dates and days when known, else what is missing and how to give it. */
function periodLine(a: TableAnalysis, lang: Lang, allocation: boolean): string {
  const { from, to } = a.campaign;
  const asOf = formatDate(a.asOf, lang);
  // An allocation is not measured against a day: its period only.
  if (allocation && from !== null && to !== null && a.days !== null) {
    return t(lang, "report.allocation.campaign", { name: t(lang, "report.campaignName"), from: formatDate(from, lang), to: formatDate(to, lang), days: a.days });
  }
  if (from !== null && a.days !== null && a.elapsed !== null) {
    return to !== null
      ? t(lang, "reader.cli.period-line", { from: formatDate(from, lang), to: formatDate(to, lang), days: a.days, asOf, elapsed: a.elapsed })
      : t(lang, "reader.cli.period-from", { from: formatDate(from, lang), days: a.days, asOf, elapsed: a.elapsed });
  }
  if (a.days !== null) return t(lang, "reader.cli.period-days-only", { days: a.days, asOf });
  return t(lang, "reader.cli.period-no-dates", { asOf });
}

export function analysisText(a: TableAnalysis, lang: Lang): string {
  const out: string[] = [];
  out.push(t(lang, "reader.cli.sheet-line", { sheet: a.table.sheet, units: a.units.length }));
  const allocation = isAllocation(a, a.table.measures);
  out.push(periodLine(a, lang, allocation));
  // What the sheet's own words gave (period, days, data date), so the clerk sees where each came from.
  for (const n of a.notes ?? []) out.push(`· ${t(lang, n.msg)}`);
  const head = allocation
    ? [...(["unit", "target", "daily"] as const).map((k) => t(lang, `reader.cli.col.${k}`)), t(lang, "report.allocation.col.typedDaily")]
    : (["unit", "target", "done", "completion", "daily", "required", "status"] as const).map((k) => t(lang, `reader.cli.col.${k}`));
  const typedByRow = new Map([...a.table.units, ...a.table.totals].map((r) => [r.row, r.values] as const));
  const rateHead = [t(lang, "reader.cli.col.unit"), ...(["base", "done", "rate", "target", "gap"] as const).map((k) => t(lang, `report.rate.col.${k}`)), t(lang, "reader.cli.col.status")];
  for (const m of a.table.measures) {
    out.push("", `== ${m.label} (${m.id})`);
    const line = (u: UnitProgress, typedRow: number | null) =>
      m.kind === "rate" ? rateRow(u, m.id, lang)
        : allocation ? allocationRow(u, m.id, typedRow === null ? null : typedByRow.get(typedRow)?.[m.id]?.daily, lang) : row(u, m.id, lang);
    const lines = [m.kind === "rate" ? rateHead : head, ...a.units.map((u) => line(u, u.row))];
    if (a.total) lines.push(line({ ...a.total, name: t(lang, "reader.cli.total") }, a.table.totals[0]?.row ?? null));
    out.push(layout(lines));
    // The day's results, the recent rate, the units that stood still (when the workbook keeps a history).
    for (const line of historyChatLines(a, m, lang)) out.push(line);
  }
  if (a.warnings.length > 0) {
    out.push("", t(lang, "reader.cli.warnings", { count: a.warnings.length }));
    for (const w of a.warnings) out.push(`- ${w.cell ? `[${w.cell}] ` : ""}${t(lang, w.msg)}`);
  }
  return out.join("\n");
}
