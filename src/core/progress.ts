// Progress of one count target at a date (completion, expected, pace, lag, required daily, forecast, status), each
// null when it cannot be known. Targets that are shares are computed in rate-progress.ts.
// Nothing here returns NaN or Infinity: every division is guarded.
import type { Campaign, DaySerial, Lang, Progress, Rounding, Status } from "./types";
import { campaignDays, daysElapsed, daysLeft } from "./campaign";
import { t } from "./messages";

// Target ÷ days is a ratio of whole numbers in practice, but a little slack keeps 16.5 at 16.5 whatever the
// inputs' floating-point history.
function slack(x: number): number {
  return 1e-9 * Math.max(1, Math.abs(x));
}

/** Target ÷ days, rounded half up (the offices' own tables) or up. null for bad or missing input. */
export function dailyTarget(target: number | null, days: number | null, rounding: Rounding = "half-up"): number | null {
  if (target === null || days === null || !Number.isFinite(target) || !Number.isFinite(days)) return null;
  if (target < 0 || days <= 0) return null;
  const x = target / days;
  return rounding === "up" ? Math.ceil(x - slack(x)) : Math.floor(x + 0.5 + slack(x));
}

function isUsable(n: number | null): n is number {
  return n !== null && Number.isFinite(n) && n >= 0;
}

export function statusOf(
  target: number | null,
  done: number | null,
  pace: number | null,
  c: Campaign,
  asOf: DaySerial,
): Status {
  if (!isUsable(target) || !isUsable(done)) return "unknown";
  if (done >= target) return "complete";
  // Reversed dates are the clerk's typo (see validateCampaign): they do not make a running campaign "not started".
  if (c.from !== null && asOf < c.from && (c.to === null || c.to >= c.from)) return "not-started";
  if (pace === null) return "unknown";
  if (pace >= c.thresholds.onTrack) return "on-track";
  if (pace >= c.thresholds.atRisk) return "at-risk";
  return "behind";
}

interface DayCounts {
  days: number | null;
  elapsed: number | null;
  left: number | null;
}

// A table computes every unit and measure against the same campaign and day: count the days once, not per cell
// (working-day counts walk the calendar). The fields that decide the counts are compared, so a campaign object
// changed between calls is counted again.
interface DayCountKey {
  campaign: Campaign;
  asOf: DaySerial;
  from: DaySerial | null;
  to: DaySerial | null;
  nominalDays: number | null;
  dayCount: Campaign["dayCount"];
  weekend: number[];
  holidays: DaySerial[];
  counts: DayCounts;
}
let lastCounts: DayCountKey | null = null;

function dayCounts(c: Campaign, asOf: DaySerial): DayCounts {
  const k = lastCounts;
  if (k && k.campaign === c && k.asOf === asOf && k.from === c.from && k.to === c.to && k.nominalDays === c.nominalDays &&
    k.dayCount === c.dayCount && k.weekend === c.weekend && k.holidays === c.holidays && k.holidays.length === c.holidays.length) {
    return k.counts;
  }
  const counts = { days: campaignDays(c), elapsed: daysElapsed(c, asOf), left: daysLeft(c, asOf) };
  lastCounts = { campaign: c, asOf, from: c.from, to: c.to, nominalDays: c.nominalDays, dayCount: c.dayCount, weekend: c.weekend, holidays: c.holidays, counts };
  return counts;
}

export interface ProgressInput {
  target: number | null;
  done: number | null;
}

/**
 * Target T over N days from the campaign's start, done A at `asOf` (which counts as elapsed):
 * completion A/T, expected T·n/N, pace A/expected, lag A − expected, remaining max(T − A, 0),
 * required daily ceil(remaining ÷ days left), run rate A/n, forecast asOf + ceil(remaining ÷ run rate).
 * A negative or non-finite target or done counts as missing.
 */
export function computeProgress(input: ProgressInput, c: Campaign, asOf: DaySerial): Progress {
  return progressFromFigures(input.target, input.done, c, asOf);
}

/** computeProgress with the two figures as arguments: a table computes one per unit and measure, without an input object each. */
export function progressFromFigures(typedTarget: number | null, typedDone: number | null, c: Campaign, asOf: DaySerial): Progress {
  const target = isUsable(typedTarget) ? typedTarget : null;
  const done = isUsable(typedDone) ? typedDone : null;
  const { days, elapsed, left } = dayCounts(c, asOf);

  const remaining = target !== null && done !== null ? Math.max(target - done, 0) : null;
  const completion = target !== null && target > 0 && done !== null ? done / target : null;
  const expected = target !== null && days !== null && days > 0 && elapsed !== null ? (target * elapsed) / days : null;
  const pace = done !== null && expected !== null && expected > 0 ? done / expected : null;
  const lag = done !== null && expected !== null ? done - expected : null;

  const overdue = remaining !== null && remaining > 0 && left === 0;
  let requiredDaily: number | null = null;
  if (remaining === 0) requiredDaily = 0;
  else if (remaining !== null && left !== null && left > 0) requiredDaily = Math.ceil(remaining / left - slack(remaining / left));

  const runRate = done !== null && elapsed !== null && elapsed > 0 ? done / elapsed : null;
  let forecast: DaySerial | null = null;
  if (remaining === 0) forecast = Math.floor(asOf);
  else if (remaining !== null && runRate !== null && runRate > 0) {
    forecast = Math.floor(asOf) + Math.ceil(remaining / runRate - slack(remaining / runRate));
  }

  return {
    target,
    done,
    remaining,
    completion,
    dailyTarget: target !== null ? dailyTarget(target, days, c.rounding) : null,
    daysElapsed: elapsed,
    daysLeft: left,
    expected,
    pace,
    lag,
    requiredDaily,
    overdue,
    runRate,
    forecast,
    status: statusOf(target, done, pace, c, asOf),
  };
}

/** "Hoàn thành", "Đúng tiến độ", … / "Complete", "On track", …. */
export function statusLabel(status: Status, lang: Lang): string {
  return t(lang, `maths.status.${status}`);
}
