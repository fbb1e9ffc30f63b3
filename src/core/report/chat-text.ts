// The report in words, for a chat message read on a phone: short lines, the total first, then who leads
// and who lags with their rates.
import { t } from "../messages";
import { formatDate } from "../dates";
import { formatNumber, formatPercent } from "../numbers";
import { statusLabel } from "../progress";
import type { Lang, Measure, TableAnalysis, UnitProgress } from "../types";
import { isAllocation, pickMeasures, scopeName } from "./measures";
import { rankedUnits } from "./rank";
import { BEST_COUNT, behindAndAtRiskLines, countWhere, firstWhere, lastWhere, type Listed } from "./chat-lists";
import { historyChatLines } from "./history-chat";
import { rateChatLines } from "./rate-chat";
import { forDisplay } from "./display";


function rateList(units: UnitProgress[], measureId: string, lang: Lang): string {
  return units
    .map((u) => {
      const c = u.values[measureId]?.completion;
      return typeof c === "number" ? `${u.name} ${formatPercent(c, lang, 1)}` : u.name;
    })
    .join("; ");
}

function measureLines(analysis: TableAnalysis, measure: Measure, lang: Lang): string[] {
  if (measure.kind === "rate") return rateChatLines(analysis, measure, lang, scopeName(analysis, lang));
  const lines = [t(lang, "report.chat.header", { measure: measure.label, date: formatDate(analysis.asOf, lang) })];
  const total = analysis.total?.values[measure.id];
  if (!total || typeof total.done !== "number" || typeof total.target !== "number") {
    lines.push(t(lang, "report.chat.noData"));
    return lines;
  }
  lines.push(t(lang, "report.chat.total", {
    scope: scopeName(analysis, lang),
    rate: formatPercent(total.completion ?? 0, lang, 1),
    done: formatNumber(total.done, lang),
    target: formatNumber(total.target, lang),
  }));
  for (const line of historyChatLines(analysis, measure, lang)) lines.push(line);
  if (typeof total.pace === "number") {
    lines.push(t(lang, "report.chat.pace", { pace: formatPercent(total.pace, lang, 1), status: statusLabel(total.status, lang) }));
  }
  if (typeof total.requiredDaily === "number" && typeof total.daysLeft === "number" && total.daysLeft > 0) {
    lines.push(t(lang, "report.chat.required", { n: formatNumber(total.requiredDaily, lang), left: total.daysLeft }));
  }
  if (total.overdue && typeof total.remaining === "number") lines.push(t(lang, "maths.overdue", { remaining: total.remaining }));
  const id = measure.id;
  const ranked = rankedUnits(analysis, id);
  const listed: Listed = (p) => typeof p?.completion === "number";
  const list = (units: UnitProgress[]) => rateList(units, id, lang);
  // Without dates there is no pace, so nobody can be called behind: the rates alone, highest and lowest.
  if (typeof total.pace !== "number") {
    const count = countWhere(ranked, id, listed);
    if (count > 0 && count <= BEST_COUNT) lines.push(t(lang, "report.chat.ranking", { list: list(firstWhere(ranked, id, count, listed)) }));
    else if (count > BEST_COUNT) {
      lines.push(t(lang, "report.chat.best", { list: list(firstWhere(ranked, id, BEST_COUNT, listed)) }));
      // Worst first: the leader reads the names that matter most before the message is cut.
      lines.push(t(lang, "report.chat.lowest", { list: list(lastWhere(ranked, id, Math.min(BEST_COUNT, count - BEST_COUNT), listed)) }));
    }
    return lines;
  }
  // A unit behind or at risk is never "leading", however few units there are.
  const leading = firstWhere(ranked, id, BEST_COUNT, (p) => listed(p) && (p?.status === "complete" || p?.status === "on-track"));
  if (leading.length > 0) lines.push(t(lang, "report.chat.best", { list: list(leading) }));
  for (const line of behindAndAtRiskLines(ranked, id, lang, listed, list)) lines.push(line);
  return lines;
}

/** Units listed in an allocation message before "and N more". */
const ALLOCATION_LIST_MAX = 20;

/** An allocation table in words: the total target, its daily figure, and each unit's share of the work. */
function allocationLines(analysis: TableAnalysis, measure: Measure, lang: Lang): string[] {
  const lines = [t(lang, "report.allocation.chat.header", { measure: measure.label })];
  const total = analysis.total?.values[measure.id];
  const scope = scopeName(analysis, lang);
  if (total && typeof total.target === "number") {
    lines.push(typeof total.dailyTarget === "number" && analysis.days !== null
      ? t(lang, "report.allocation.chat.total", { scope, target: formatNumber(total.target, lang), days: analysis.days, daily: formatNumber(total.dailyTarget, lang) })
      : t(lang, "report.allocation.chat.totalNoDays", { scope, target: formatNumber(total.target, lang) }));
  }
  const withTarget = analysis.units.filter((u) => typeof u.values[measure.id]?.target === "number");
  const items = withTarget.slice(0, ALLOCATION_LIST_MAX).map((u) => {
    const p = u.values[measure.id];
    const daily = typeof p.dailyTarget === "number" ? ` (${formatNumber(p.dailyTarget, lang)})` : "";
    return `${u.name} ${formatNumber(p.target as number, lang)}${daily}`;
  });
  if (withTarget.length > ALLOCATION_LIST_MAX) items.push(t(lang, "report.allocation.chat.more", { count: withTarget.length - ALLOCATION_LIST_MAX }));
  if (items.length > 0) lines.push(t(lang, "report.allocation.chat.units", { list: items.join("; ") }));
  return lines;
}

/** The summary text of one measure, or of every reported measure (blocks separated by a blank line). */
export function chatSummary(input: TableAnalysis, lang: Lang, measureId?: string): string {
  // Names as shown: a chat line never carries a 32,767-character name.
  const analysis = forDisplay(input);
  const measures = pickMeasures(analysis, measureId);
  // A table whose units have no figure at all still answers, rather than an empty message.
  if (measures.length === 0) return t(lang, "report.chat.noData");
  const lines = isAllocation(analysis, measures) ? allocationLines : measureLines;
  return measures.map((m) => lines(analysis, m, lang).join("\n")).join("\n\n");
}
