// The lines of the chat text that name units by status, shared by count and rate measures: the units behind
// (or "nobody is behind") and those at risk, worst first. Each measure lists a unit its own way.
// The lists are picked from the ranking in one walk each, stopping as soon as they are full: a province's
// ranking has 50,000 units, and filtering, copying and reversing it per line was most of the chat's time.
import { t } from "../messages";
import type { Lang, Progress, UnitProgress } from "../types";

/** Units named as the best ("leading", "reached"). */
export const BEST_COUNT = 3;

/** Which units a measure's chat lines name at all (those with a rate to show), from their figures. */
export type Listed = (p: Progress | undefined) => boolean;

/** The first `max` units of `ranked` (best first) whose figures `keep` accepts, best first. */
export function firstWhere(ranked: readonly UnitProgress[], measureId: string, max: number, keep: Listed): UnitProgress[] {
  const out: UnitProgress[] = [];
  for (let i = 0; i < ranked.length && out.length < max; i++) if (keep(ranked[i].values[measureId])) out.push(ranked[i]);
  return out;
}

/** The last `max` units of `ranked` whose figures `keep` accepts, worst first. */
export function lastWhere(ranked: readonly UnitProgress[], measureId: string, max: number, keep: Listed): UnitProgress[] {
  const out: UnitProgress[] = [];
  for (let i = ranked.length - 1; i >= 0 && out.length < max; i--) if (keep(ranked[i].values[measureId])) out.push(ranked[i]);
  return out;
}

/** How many units of `ranked` `keep` accepts. */
export function countWhere(ranked: readonly UnitProgress[], measureId: string, keep: Listed): number {
  let n = 0;
  for (const u of ranked) if (keep(u.values[measureId])) n++;
  return n;
}

/**
 * "Behind: …" or "nobody behind", then "At risk: …" when any: the units of `ranked` (best first) that `listed`
 * accepts with that status, worst first.
 */
export function behindAndAtRiskLines(ranked: readonly UnitProgress[], measureId: string, lang: Lang, listed: Listed, list: (units: UnitProgress[]) => string): string[] {
  const lines: string[] = [];
  const behind: UnitProgress[] = [];
  const atRisk: UnitProgress[] = [];
  for (let i = ranked.length - 1; i >= 0; i--) {
    const p = ranked[i].values[measureId];
    if (p?.status === "behind" && listed(p)) behind.push(ranked[i]);
    else if (p?.status === "at-risk" && listed(p)) atRisk.push(ranked[i]);
  }
  if (behind.length > 0) lines.push(t(lang, "report.chat.lagging", { count: behind.length, list: list(behind) }));
  else lines.push(t(lang, "report.chat.noLagging"));
  if (atRisk.length > 0) lines.push(t(lang, "report.chat.atRisk", { count: atRisk.length, list: list(atRisk) }));
  return lines;
}
