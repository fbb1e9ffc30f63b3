// The lines of the chat text that name units by status, shared by count and rate measures: the units behind
// (or "nobody is behind") and those at risk, worst first. Each measure lists a unit its own way.
import { t } from "../messages";
import type { Lang, UnitProgress } from "../types";

/** Units named as the best ("leading", "reached"). */
export const BEST_COUNT = 3;

/** "Behind: …" or "nobody behind", then "At risk: …" when any; `worstFirst` in the order they are listed. */
export function behindAndAtRiskLines(worstFirst: UnitProgress[], measureId: string, lang: Lang, list: (units: UnitProgress[]) => string): string[] {
  const lines: string[] = [];
  const behind = worstFirst.filter((u) => u.values[measureId]?.status === "behind");
  const atRisk = worstFirst.filter((u) => u.values[measureId]?.status === "at-risk");
  if (behind.length > 0) lines.push(t(lang, "report.chat.lagging", { count: behind.length, list: list(behind) }));
  else lines.push(t(lang, "report.chat.noLagging"));
  if (atRisk.length > 0) lines.push(t(lang, "report.chat.atRisk", { count: atRisk.length, list: list(atRisk) }));
  return lines;
}
