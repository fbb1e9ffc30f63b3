// Each unit's figures for each planned measure, drawn so that they agree as a clerk's do: remaining =
// target − done (0 over target), a chained base is the previous measure's done, a group total is the sum of
// the groups, daily = target ÷ the plan's days rounded half up.
import type { ExpectedFigures } from "./case-types";
import type { Rng } from "./prng";
import type { TablePlan } from "./plan";
import { drawDone, drawTarget, halfUp } from "./figures";
import { GROUP_TOTALS } from "./wordings";

/** A unit's figures as the sheet shows them: the expectation plus the day's result (set aside by a reader). */
export interface TableFigures extends ExpectedFigures {
  today: number | null;
  /** The result cell (and the remaining and rate computed from it) shows "#REF!": a broken link in the clerk's file. */
  broken?: boolean;
}

/** What a clerk can know of a unit's figures: nothing of a result the sheet shows as an error. */
export function expectedOf(f: TableFigures): ExpectedFigures {
  return f.broken ? { target: f.target, done: null, remaining: null, daily: f.daily } : { target: f.target, done: f.done, remaining: f.remaining, daily: f.daily };
}

/**
 * Sometimes one unit's result is an Excel error (#REF!). Never in a chained measure (its base is done + remaining)
 * nor in one whose done is the next one's base.
 * Returns true when a cell was broken: the reader must then warn.
 */
export function breakOneResult(rng: Rng, plan: TablePlan, figures: TableFigures[][]): boolean {
  const breakable = plan.measures.map((_, i) => i).filter((i) => plan.measures[i].roles.includes("done") && !plan.measures[i].chained && !plan.measures[i + 1]?.chained);
  if (breakable.length === 0 || !rng.chance(0.08)) return false;
  const perUnit = figures[rng.pick(breakable)];
  perUnit[rng.int(0, perUnit.length - 1)].broken = true;
  return true;
}

/** The day's result: a small share of the cumulative done. */
const todayOf = (done: number | null) => (done === null ? null : Math.round(done / 17));

export function drawFigures(rng: Rng, plan: TablePlan, allocation: boolean, unitCount: number, scale: number, planDays: number): TableFigures[][] {
  const isGroupTotal = (i: number) => allocation && plan.measures.length > 1 && GROUP_TOTALS.includes(plan.measures[i].name);
  const out: TableFigures[][] = plan.measures.map(() => []);
  for (let u = 0; u < unitCount; u++) {
    plan.measures.forEach((m, i) => {
      const has = (role: "remaining" | "daily") => m.roles.includes(role);
      let target: number;
      let done: number | null = null;
      if (isGroupTotal(i)) {
        target = plan.measures.reduce((s, _, j) => (isGroupTotal(j) ? s : s + (out[j][u]?.target ?? 0)), 0);
      } else if (m.chained) {
        target = out[i - 1][u].done as number;
      } else {
        target = drawTarget(rng, scale);
      }
      if (!allocation) {
        done = m.chained ? Math.round(target * (0.3 + rng.next() * 0.7)) : drawDone(rng, target, true);
      }
      out[i][u] = {
        target,
        done,
        remaining: has("remaining") && done !== null ? Math.max(0, target - done) : null,
        daily: has("daily") ? halfUp(target / planDays) : null,
        today: todayOf(done),
      };
    });
    // A group total is drawn after its groups when it comes first (table 2): fill it now.
    plan.measures.forEach((m, i) => {
      if (!isGroupTotal(i)) return;
      const target = plan.measures.reduce((s, _, j) => (isGroupTotal(j) ? s : s + out[j][u].target!), 0);
      out[i][u] = { ...out[i][u], target, daily: m.roles.includes("daily") ? halfUp(target / planDays) : null };
    });
  }
  return out;
}
