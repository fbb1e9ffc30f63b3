// The chat text's lines about the day: "Trong ngày: +312", the recent rate and the finish day at it, and the
// units that stood still (longest first).
import { formatDate } from "../dates";
import { t } from "../messages";
import { formatNumber } from "../numbers";
import type { Lang, Measure, TableAnalysis } from "../types";

/** "+312", "−5", "0". */
export function signedNumber(n: number, lang: Lang): string {
  const text = formatNumber(Math.abs(n), lang);
  return n > 0 ? `+${text}` : n < 0 ? `-${text}` : text;
}

export function historyChatLines(analysis: TableAnalysis, measure: Measure, lang: Lang): string[] {
  const h = analysis.history;
  const total = h?.total[measure.id];
  if (!h || !total) return [];
  const lines: string[] = [];
  if (total.today !== null) {
    const avg7 = total.avg7 === null ? "–" : formatNumber(total.avg7, lang, total.avg7 % 1 === 0 ? 0 : 1);
    lines.push(t(lang, "history.chat.today", { today: signedNumber(total.today, lang), avg7 }));
  }
  const remaining = analysis.total?.values[measure.id]?.remaining;
  if (typeof remaining === "number" && remaining > 0) {
    lines.push(total.forecastRecent !== null ? t(lang, "history.chat.forecast", { date: formatDate(total.forecastRecent, lang) }) : t(lang, "history.chat.forecastNever"));
  }
  const stalled = analysis.units
    .map((u) => ({ name: u.name, days: h.units.get(u.row as number)?.[measure.id]?.stalledDays ?? null, done: u.values[measure.id]?.remaining }))
    .filter((x): x is { name: string; days: number; done: number | null } => x.days !== null && x.days >= 1 && x.done !== 0)
    .sort((a, b) => b.days - a.days);
  if (stalled.length > 0) {
    lines.push(t(lang, "history.chat.stalled", { list: stalled.map((s) => t(lang, "history.chat.stalledUnit", { unit: s.name, days: String(s.days) })).join("; ") }));
  }
  return lines;
}
