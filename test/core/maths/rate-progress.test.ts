// The maths of a target share, checked against whole-number arithmetic built from how each case is made: the
// share as p per cent (or p per ten thousand), so ⌈p × base ÷ 100⌉ is (p × base + 99) div 100, exactly.
import fc from "fast-check";
import { neededForShare, rateGap, rateProgress, rateStatus } from "../../../src/core/rate-progress";

const THRESHOLDS = { onTrack: 1, atRisk: 0.9 };
const SEED = { seed: Number(process.env.FC_SEED ?? 20261207), numRuns: 2000 };

/** ⌈a ÷ b⌉ on whole numbers with BigInt: no floating point anywhere. */
function ceilDivExact(a: number, b: number): number {
  const [x, y] = [BigInt(a), BigInt(b)];
  return Number((x + y - 1n) / y);
}

describe("a target share's gap and status", () => {
  test("the domain's examples: 30 % of 10 files needs 3, 7 % of 100 needs 7 (not 8); 30 % of 40 with 9 online misses 3", () => {
    expect(Math.ceil(0.07 * 100)).toBe(8); // the trap itself: 7.000000000000001
    expect(neededForShare(100, 0.07)).toBe(7);
    expect(rateGap(0, 50, 0.14)).toBe(7);
    expect(neededForShare(10, 0.3)).toBe(3);
    expect(rateGap(0, 10, 0.3)).toBe(3);
    expect(rateGap(9, 40, 0.3)).toBe(3);
    expect(rateGap(12, 40, 0.3)).toBe(0);
    expect(rateGap(69, 100, 0.7)).toBe(1);
    expect(rateGap(99, 100, 1)).toBe(1);
    expect(neededForShare(3, 0.5)).toBe(2);
  });

  test("gap = max(0, ⌈p% × base⌉ − done) exactly, for shares in whole per cent", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (p, base, done) => {
      const needed = ceilDivExact(p * base, 100);
      expect(neededForShare(base, p / 100)).toBe(needed);
      expect(rateGap(done, base, p / 100)).toBe(Math.max(0, needed - done));
    }), SEED);
  });

  test("and for shares with two decimals (30,25 %)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000 }), (pp, base) => {
      expect(neededForShare(base, pp / 10_000)).toBe(ceilDivExact(pp * base, 10_000));
    }), SEED);
  });

  test("status: complete from the exact share, at risk from 90 % of it, behind under; unknown without a base", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (p, base, rawDone) => {
      const done = rawDone % (base + 1);
      // done ÷ base ≥ p ÷ 100  ⇔  100·done ≥ p·base; at risk: 1000·done ≥ 9·p·base.
      const expected = 100 * done >= p * base ? "complete" : 1000 * done >= 9 * p * base ? "at-risk" : "behind";
      expect(rateStatus(done, base, p / 100)).toBe(expected);
      const progress = rateProgress(base, done, p / 100, THRESHOLDS);
      expect(progress.status).toBe(expected);
      // Complete exactly when nothing is missing.
      expect(progress.rate?.gap === 0).toBe(expected === "complete");
    }), SEED);
  });

  test("the figures a rate measure reports: rate, completion = rate ÷ share, no day-based figure", () => {
    const p = rateProgress(40, 9, 0.3, THRESHOLDS);
    expect(p.rate).toEqual({ base: 40, rate: 9 / 40, targetRate: 0.3, gap: 3 });
    expect(p.completion).toBeCloseTo(0.225 / 0.3, 12);
    expect(p.target).toBe(12);
    expect(p.remaining).toBe(3);
    expect([p.dailyTarget, p.expected, p.pace, p.requiredDaily, p.forecast]).toEqual([null, null, null, null, null]);
    expect(p.status).toBe("behind");
  });

  test("a base of 0 gives no rate and an unknown status; a missing share or done gives no gap", () => {
    const zero = rateProgress(0, 0, 0.3, THRESHOLDS);
    expect(zero.rate?.rate).toBeNull();
    expect(zero.status).toBe("unknown");
    expect(rateProgress(40, null, 0.3, THRESHOLDS).rate?.gap).toBeNull();
    expect(rateProgress(40, 9, null, THRESHOLDS).rate?.gap).toBeNull();
    expect(rateProgress(40, 9, null, THRESHOLDS).status).toBe("unknown");
    expect(rateProgress(-5, 9, 0.3, THRESHOLDS).status).toBe("unknown");
  });

  test("the pane's at-risk threshold is used when changed", () => {
    // 25 of 100 against 30 %: 83 % of the share.
    expect(rateStatus(25, 100, 0.3, 0.9)).toBe("behind");
    expect(rateStatus(25, 100, 0.3, 0.8)).toBe("at-risk");
  });
});
