// The allocation rules a clerk can check by hand, then the same rules over thousands of generated cases.
import fc from "fast-check";
import { allocateDaily, allocateLargestRemainder, allocateProportional } from "../../src/core/allocation";

function parts(total: number, weights: number[], minimum?: number): number[] {
  const r = allocateLargestRemainder(total, weights, { minimum });
  if (!r.ok) throw new Error(r.problem);
  return r.parts;
}

describe("largest remainder by hand", () => {
  test("the leftover unit goes to the largest fractional part", () => {
    // shares 2.5, 1.25, 1.25: whole parts 2, 1, 1; one left → the 0.5.
    expect(parts(5, [2, 1, 1])).toEqual([3, 1, 1]);
  });
  test("equal fractions: the larger weight first", () => {
    // shares 0.5 and 1.5: both fractions 0.5; the larger weight takes the unit.
    expect(parts(2, [1, 3])).toEqual([0, 2]);
  });
  test("equal fractions and weights: the unit higher on the sheet first", () => {
    expect(parts(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
  test("weight 0 gets 0, even with a minimum", () => {
    expect(parts(10, [0, 5, 5], 2)).toEqual([0, 5, 5]);
  });
  test("a minimum raises small units and the rest is shared over the others", () => {
    // shares 0.1, 4.95, 4.95: the first is raised to 2; 8 is shared over 99:99 → 4, 4.
    expect(parts(10, [2, 99, 99], 2)).toEqual([2, 4, 4]);
  });
  test("problems are named, never a wrong figure", () => {
    expect(allocateLargestRemainder(10.5, [1, 2])).toEqual({ ok: false, problem: "total-not-whole" });
    expect(allocateLargestRemainder(10, [1, -2])).toEqual({ ok: false, problem: "bad-weight" });
    expect(allocateLargestRemainder(10, [0, 0])).toEqual({ ok: false, problem: "no-weight" });
    expect(allocateLargestRemainder(5, [1, 1, 1], { minimum: 2 })).toEqual({ ok: false, problem: "minimum-too-high" });
  });
  test("plain proportional rounding stays available and may not add up", () => {
    expect(allocateProportional(10, [1, 1, 1])).toEqual([3, 3, 3]);
  });
});

describe("daily targets that add up", () => {
  test("table 1 of domain.md: 13,176 over 90 days → 146, and the units' daily targets sum to 146", () => {
    const targets = [497, 3903, 1294, 2107, 1485, 2513, 1377];
    const d = allocateDaily(targets, 90)!;
    expect(d.totalDaily).toBe(146);
    expect(d.parts.reduce((s, p) => s + p, 0)).toBe(146);
    // The plan's own column: 6, 43, 14, 23, 17, 28, 15 → 146 as well.
    expect(d.plain).toEqual([6, 43, 14, 23, 17, 28, 15]);
  });
});

const weightsArb = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 60 });

describe("properties over generated cases", () => {
  test("parts sum to the total, each within 1 of its exact share, weight 0 gets 0", () => {
    fc.assert(
      fc.property(fc.nat({ max: 5_000_000 }), weightsArb, (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const p = parts(total, weights);
        const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
        expect(p.reduce((s, x) => s + x, 0)).toBe(total);
        p.forEach((x, i) => {
          // |x − total·w/W| < 1, in exact integers: |x·W − total·w| < W.
          const gap = BigInt(x) * sum - BigInt(total) * BigInt(weights[i]);
          expect(gap < sum && -gap < sum).toBe(true);
          if (weights[i] === 0) expect(x).toBe(0);
        });
      }),
      { numRuns: 3000 },
    );
  });

  test("monotone in the weight: a larger weight never gets less", () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), weightsArb, (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const p = parts(total, weights);
        for (let i = 0; i < weights.length; i++) {
          for (let j = 0; j < weights.length; j++) if (weights[i] > weights[j]) expect(p[i]).toBeGreaterThanOrEqual(p[j]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("with a minimum: parts still sum to the total and every weighted unit has at least the minimum", () => {
    fc.assert(
      fc.property(fc.nat({ max: 50_000 }), weightsArb, fc.integer({ min: 1, max: 50 }), (total, weights, minimum) => {
        const positive = weights.filter((w) => w > 0).length;
        fc.pre(positive > 0 && positive * minimum <= total);
        const p = parts(total, weights, minimum);
        expect(p.reduce((s, x) => s + x, 0)).toBe(total);
        p.forEach((x, i) => expect(weights[i] > 0 ? x >= minimum : x === 0).toBe(true));
      }),
      { numRuns: 2000 },
    );
  });

  test("fractional weights: parts still sum exactly", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        expect(parts(total, weights).reduce((s, x) => s + x, 0)).toBe(total);
      }),
      { numRuns: 2000 },
    );
  });

  test("daily targets sum to the total's daily target, each within 1 of its share", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20_000 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 120 }), (targets, days) => {
        const d = allocateDaily(targets, days)!;
        const total = targets.reduce((s, x) => s + x, 0);
        expect(d.totalDaily).toBe(Math.floor(total / days + 0.5 + 1e-9));
        expect(d.parts.reduce((s, x) => s + x, 0)).toBe(d.totalDaily);
        d.parts.forEach((x, i) => expect(Math.abs(x - d.shares[i])).toBeLessThan(1));
      }),
      { numRuns: 2000 },
    );
  });
});
