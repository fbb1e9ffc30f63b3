// Which phase a report made on a day is about: the phase the day falls in; between or after phases, the last one
// that has ended (its report is the one still due); before the first, none.
import type { DaySerial, Phase } from "../types";

export interface ChosenPhase {
  phase: Phase;
  /** Its place in the plan, from 1 ("Đợt 1"). */
  number: number;
}

/** The phase to report for `asOf`, or null when the plan names none that has begun. Phases may come in any order. */
export function phaseForDay(phases: readonly Phase[] | undefined, asOf: DaySerial): ChosenPhase | null {
  const numbered = (phases ?? []).map((phase, i) => ({ phase, number: i + 1 }));
  const containing = numbered.find(({ phase }) => phase.from <= asOf && asOf <= phase.to);
  if (containing) return containing;
  let ended: ChosenPhase | null = null;
  for (const c of numbered) if (c.phase.to < asOf && (ended === null || c.phase.to > ended.phase.to)) ended = c;
  return ended;
}
