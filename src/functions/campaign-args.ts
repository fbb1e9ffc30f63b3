// Arguments the functions read together: a campaign from its first and last day, a target and done at a day, a
// target share's done and base. Each says which argument is wrong, in the UI language, through ArgumentProblem.
import type { Campaign, DaySerial } from "../core/types";
import { makeCampaign } from "../core/campaign";
import { computeProgress } from "../core/progress";
import { formatDate } from "../core/dates";
import { ArgumentProblem } from "./errors";
import { ArgCell, checkOrder, readCount, readDate, readOptionalDate, readOptionalDays } from "./args";

/** The campaign from its first and last day, and the plan's own number of days when given ("90 ngày đêm"). */
export function campaignBetween(start: ArgCell, end: ArgCell, days?: ArgCell): Campaign {
  const from = readDate(start, "start");
  const to = readDate(end, "end");
  checkOrder(from, to);
  return makeCampaign({ from, to, nominalDays: days === undefined ? null : readOptionalDays(days, "days") });
}

/** A campaign of the plan's own number of days; its dates, when given, must still be in order. */
export function campaignOfDays(start: ArgCell, end: ArgCell, nominalDays: number): Campaign {
  const from = readOptionalDate(start, "start");
  const to = readOptionalDate(end, "end");
  if (from !== null && to !== null) checkOrder(from, to);
  return makeCampaign({ from, to, nominalDays });
}

export function progressAt(doneCell: ArgCell, targetCell: ArgCell, campaign: Campaign, asOf: DaySerial) {
  const done = readCount(doneCell, "done");
  const target = readCount(targetCell, "target");
  return computeProgress({ target, done }, campaign, asOf);
}

export function notStartedProblem(asOf: DaySerial): ArgumentProblem {
  return new ArgumentProblem("maths.arg.notStarted", "as_of", { asOf: formatDate(asOf, "vi") });
}

/** done and base of a target share, checked: done cannot pass the base. */
export function shareFigures(doneCell: ArgCell, baseCell: ArgCell): { done: number; base: number } {
  const done = readCount(doneCell, "done");
  const base = readCount(baseCell, "base");
  if (done > base) throw new ArgumentProblem("maths.arg.doneOverBase", "done", { done, base });
  return { done, base };
}
