// Which week or phase a report is about, decided once for every face: the command line's --week / --phase N /
// --phase-from --phase-to, the pane's phase picker and the ribbon's buttons all ask here, so "Đợt n" is named
// one way and a phase is chosen by the same rule everywhere.
import { formatDate } from "../dates";
import { t } from "../messages";
import type { DaySerial, Lang, Msg, Phase } from "../types";
import { weekEndingOn, type Period } from "../history/period";
import { phaseForDay } from "../history/phase-choice";

/** The phase a day falls in, else the last one ended: what a phase picker offers first. */
export { phaseForDay };

/**
 * A week or a phase, as a face asks for it. A week ends on the as-of day. A phase is the plan's phase `number`
 * (from 1), its days replaced by `from`/`to` when given; both days without a number make a phase of their own
 * ("Đợt 1"); neither a number nor days: the phase the as-of day falls in, else the last one ended.
 */
export type PeriodRequest = { kind: "week" } | { kind: "phase"; number?: number; from?: DaySerial; to?: DaySerial };

export type PeriodChoice = { ok: true; period: Period } | { ok: false; msg: Msg };

/** A phase's name as the plan writes it, else "Đợt n" ("Phase n"). */
export function phaseName(phase: Phase | null, number: number, lang: Lang): string {
  return phase?.name || t(lang, "history.phase.name", { n: String(number) });
}

/** The plan's phases as a face lists them (the pane's picker): number, name, days. */
export function namedPhases(phases: readonly Phase[], lang: Lang): { number: number; name: string; from: DaySerial; to: DaySerial }[] {
  return phases.map((p, i) => ({ number: i + 1, name: phaseName(p, i + 1, lang), from: p.from, to: p.to }));
}

/** The period asked for, from the as-of day decided for the run and the plan's phases; or why there is none. */
export function choosePeriod(request: PeriodRequest, asOf: DaySerial, phases: readonly Phase[], lang: Lang): PeriodChoice {
  if (request.kind === "week") return { ok: true, period: weekEndingOn(asOf, t(lang, "history.period.sheetWeek")) };
  const { from, to } = request;
  if (request.number === undefined && from === undefined && to === undefined) {
    const chosen = phaseForDay(phases, asOf);
    if (!chosen) return { ok: false, msg: { key: "phase.none", params: { asOf: formatDate(asOf, lang) } } };
    return { ok: true, period: { kind: "phase", name: phaseName(chosen.phase, chosen.number, lang), from: chosen.phase.from, to: chosen.phase.to } };
  }
  const number = request.number ?? 1;
  if (from !== undefined && to !== undefined) return { ok: true, period: { kind: "phase", name: phaseName(null, number, lang), from, to } };
  const phase = phases[number - 1];
  if (!phase) return { ok: false, msg: { key: "history.period.noPhase", params: { n: String(number) } } };
  return { ok: true, period: { kind: "phase", name: phaseName(phase, number, lang), from: from ?? phase.from, to: to ?? phase.to } };
}
