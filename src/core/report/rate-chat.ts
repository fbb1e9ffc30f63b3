// A rate measure in the chat text: the whole's share against the target share and the gap, then the units that
// reached it, those close to it (at risk) and those behind, each with its share and what it still misses.
import { t } from "../messages";
import { formatDate } from "../dates";
import { formatPercent } from "../numbers";
import type { Lang, Measure, TableAnalysis, UnitProgress } from "../types";
import { rankedUnits } from "./rank";
import { BEST_COUNT, behindAndAtRiskLines, firstWhere, type Listed } from "./chat-lists";
import { gapText, wholeRateLine } from "./rate-words";


function unitList(units: UnitProgress[], measureId: string, lang: Lang): string {
  return units.map((u) => {
    const p = u.values[measureId];
    const rate = p?.rate?.rate;
    return typeof rate === "number" ? t(lang, "report.rate.unit", { name: u.name, rate: formatPercent(rate, lang, 1), gapText: gapText(p, lang) }) : u.name;
  }).join("; ");
}

export function rateChatLines(analysis: TableAnalysis, measure: Measure, lang: Lang, scope: string): string[] {
  const lines = [t(lang, "report.chat.header", { measure: measure.label, date: formatDate(analysis.asOf, lang) })];
  const whole = wholeRateLine(analysis.total?.values[measure.id], lang, scope);
  if (whole === null) return [...lines, t(lang, "report.chat.noData")];
  lines.push(whole);
  const id = measure.id;
  const ranked = rankedUnits(analysis, id);
  const listed: Listed = (p) => typeof p?.rate?.rate === "number";
  const reached = firstWhere(ranked, id, BEST_COUNT, (p) => listed(p) && p?.status === "complete");
  if (reached.length > 0) lines.push(t(lang, "report.chat.best", { list: unitList(reached, id, lang) }));
  for (const line of behindAndAtRiskLines(ranked, id, lang, listed, (units) => unitList(units, id, lang))) lines.push(line);
  return lines;
}
