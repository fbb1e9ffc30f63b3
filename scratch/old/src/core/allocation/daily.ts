// Daily targets that add up: the total's daily target (its target ÷ days, rounded as the plan rounds) given out
// over the units in proportion to their targets by largest remainder. Plain rounding of each unit's own
// target ÷ days is kept beside it, since that is what most plans print, and the units where the two differ are
// named, so the clerk sees which units take the extra unit and why.
import type { Rounding } from "../types";
import { dailyTarget } from "../progress";
import { allocateLargestRemainder } from "./largest-remainder";

export interface DailyAllocation {
  /** round(total target ÷ days): what the units' daily targets must add up to. */
  totalDaily: number;
  /** Largest remainder of totalDaily over the units' targets: sums exactly to totalDaily. */
  parts: number[];
  /** Each unit's own target ÷ days rounded (the plan's usual column); its sum may differ from totalDaily. */
  plain: number[];
  plainSum: number;
  /** Each unit's exact share of totalDaily (totalDaily × target ÷ total target). */
  shares: number[];
  /** Units whose daily target differs from plain rounding, with both figures. */
  changed: { index: number; plain: number; allocated: number }[];
}

/** null when the days are not a positive number or a target is not a whole number ≥ 0. */
export function allocateDaily(targets: number[], days: number, rounding: Rounding = "half-up"): DailyAllocation | null {
  if (!Number.isFinite(days) || days <= 0) return null;
  if (targets.some((t) => !Number.isSafeInteger(t) || t < 0)) return null;
  const total = targets.reduce((s, t) => s + t, 0);
  const totalDaily = dailyTarget(total, days, rounding);
  if (totalDaily === null) return null;
  const given = total === 0 ? { ok: true as const, parts: targets.map(() => 0), shares: targets.map(() => 0) } : allocateLargestRemainder(totalDaily, targets);
  if (!given.ok) return null;
  const plain = targets.map((t) => dailyTarget(t, days, rounding) ?? 0);
  const changed = plain.flatMap((p, index) => (p === given.parts[index] ? [] : [{ index, plain: p, allocated: given.parts[index] }]));
  return { totalDaily, parts: given.parts, plain, plainSum: plain.reduce((s, p) => s + p, 0), shares: given.shares, changed };
}
