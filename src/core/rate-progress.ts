// Progress of a target that is a share ("tối thiểu 30% hồ sơ đăng ký thường trú qua dịch vụ công trực tuyến"):
// base B (all files), done A (those online), target share p. rate = A ÷ B; completion = rate ÷ p; gap =
// max(0, ⌈p × B⌉ − A), the files still missing ("còn thiếu 12 hồ sơ để đạt 30%"). A share needs no campaign days:
// no daily target, expected or pace. The gap and the status are decided in whole numbers: 0.3 × 10 is
// 3.0000000000000004 in floating point, and a gap of 4 where 3 files suffice is a silent wrong figure.
import type { Progress, Status, Thresholds } from "./types";

/** Decimal places a share is taken to at most (30,125 % = 0.30125 has five). */
const MAX_SHARE_DECIMALS = 9;

/** A share as a whole number over a power of ten (0.3 → 3/10, 0.305 → 305/1000), or null past 9 decimals. */
export function shareAsDecimal(share: number): { num: number; den: number } | null {
  if (!Number.isFinite(share) || share < 0) return null;
  for (let k = 0, den = 1; k <= MAX_SHARE_DECIMALS; k++, den *= 10) {
    const num = Math.round(share * den);
    // The product's rounding error stays far below 1e-6 for shares up to a few hundred per cent.
    if (Math.abs(num - share * den) < 1e-6 && Number.isSafeInteger(num * 1000)) return { num, den };
  }
  return null;
}

/** A share that is no short decimal (1/3): compared in floating point with a little slack. */
function nearlyCeil(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

/** ⌈a ÷ b⌉ for whole a ≥ 0 and b > 0, without a floating-point quotient. */
function ceilDiv(a: number, b: number): number {
  const r = a % b;
  return (a - r) / b + (r > 0 ? 1 : 0);
}

/** The count a share of a base needs: ⌈share × base⌉, exact for whole bases (null when it cannot be known). */
export function neededForShare(base: number | null, share: number | null): number | null {
  if (base === null || share === null || !Number.isFinite(base) || base < 0) return null;
  if (!Number.isFinite(share) || share < 0) return null;
  const d = shareAsDecimal(share);
  const product = d === null ? NaN : d.num * base;
  if (d !== null && Number.isSafeInteger(base) && Number.isSafeInteger(product)) return ceilDiv(product, d.den);
  // A share that is no short decimal, a base with decimals (no campaign has one) or past 2^53.
  return nearlyCeil(share * base);
}

/** max(0, ⌈share × base⌉ − done): what is still missing to reach the share. */
export function rateGap(done: number | null, base: number | null, share: number | null): number | null {
  const needed = neededForShare(base, share);
  if (needed === null || done === null || !Number.isFinite(done) || done < 0) return null;
  return Math.max(0, needed - done);
}

/**
 * complete when done ÷ base ≥ share, at-risk when it is at least `atRisk` × share (the pane's threshold, 0.9 by
 * default), else behind; unknown without a base (0 or missing), a done or a share. Compared as
 * done × den ≥ num × base, so a share reached exactly is complete.
 */
export function rateStatus(done: number | null, base: number | null, share: number | null, atRisk = 0.9): Status {
  if (done === null || base === null || share === null || !Number.isFinite(done) || done < 0 || !(base > 0)) return "unknown";
  if (!Number.isFinite(share) || share < 0) return "unknown";
  const d = shareAsDecimal(share) ?? { num: share, den: 1 };
  const lhs = done * d.den;
  const rhs = d.num * base;
  if (lhs >= rhs) return "complete";
  return lhs >= atRisk * rhs - 1e-9 * Math.max(1, rhs) ? "at-risk" : "behind";
}

/** Everything a report shows for one unit of a rate measure; the day-based figures are null. */
export function rateProgress(base: number | null, done: number | null, share: number | null, thresholds: Thresholds): Progress {
  const usableBase = base !== null && Number.isFinite(base) && base >= 0 ? base : null;
  const usableDone = done !== null && Number.isFinite(done) && done >= 0 ? done : null;
  const usableShare = share !== null && Number.isFinite(share) && share >= 0 ? share : null;
  const rate = usableBase !== null && usableBase > 0 && usableDone !== null ? usableDone / usableBase : null;
  const needed = neededForShare(usableBase, usableShare);
  const gap = rateGap(usableDone, usableBase, usableShare);
  const completion = rate !== null && usableShare !== null && usableShare > 0 ? rate / usableShare : null;
  return {
    target: needed,
    done: usableDone,
    remaining: gap,
    completion,
    dailyTarget: null,
    daysElapsed: null,
    daysLeft: null,
    expected: null,
    pace: null,
    lag: null,
    requiredDaily: null,
    overdue: false,
    runRate: null,
    forecast: null,
    status: rateStatus(usableDone, usableBase, usableShare, thresholds.atRisk),
    rate: { base: usableBase, rate, targetRate: usableShare, gap },
  };
}
