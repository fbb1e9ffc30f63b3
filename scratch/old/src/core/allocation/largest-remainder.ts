// Giving out a whole total over weights so that the parts add up exactly: the largest-remainder (Hamilton)
// method. Each unit first gets the whole part of its exact share (total × weight ÷ sum of weights); the units
// still to give go one each to the largest fractional parts; ties go to the larger weight, then to the unit
// higher on the sheet. Whole-number weights are computed exactly (BigInt), so no figure depends on rounding.

export type AllocationProblem =
  | "total-not-whole" // the total is not a whole number ≥ 0
  | "bad-weight" // a weight is negative, not a number or infinite
  | "no-weight" // a total above 0 and every weight 0
  | "minimum-too-high"; // the minimum for every unit with a weight exceeds the total

export interface Allocation {
  ok: true;
  parts: number[];
  /** Each unit's exact share (before any minimum), for showing the rule. */
  shares: number[];
  /** True for the units that took one of the units left over after the whole parts. */
  extra: boolean[];
  /** Units raised to the minimum (their share was below it). */
  raised: boolean[];
}
export type AllocationResult = Allocation | { ok: false; problem: AllocationProblem };

export interface AllocateOptions {
  /** Every unit with a weight above 0 gets at least this (whole number); weight-0 units still get 0. */
  minimum?: number;
}

const isWhole = (n: number) => Number.isSafeInteger(n) && n >= 0;

interface Split {
  floors: number[];
  /** Compared to rank the fractional parts: an exact integer numerator (BigInt) or a float. */
  remainders: (bigint | number)[];
}

/** Whole parts and remainders of total × w ÷ W, exact when every weight is a whole number. */
function split(total: number, weights: number[]): Split {
  if (weights.every(isWhole)) {
    const t = BigInt(total);
    const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
    const floors: number[] = [];
    const remainders: bigint[] = [];
    for (const w of weights) {
      const numerator = t * BigInt(w);
      floors.push(Number(numerator / sum));
      remainders.push(numerator % sum);
    }
    return { floors, remainders };
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  const floors: number[] = [];
  const remainders: number[] = [];
  for (const w of weights) {
    const share = (total * w) / sum;
    const floor = Math.floor(share);
    floors.push(floor);
    remainders.push(share - floor);
  }
  return { floors, remainders };
}

/** Hamilton over units with weights > 0 (the caller checks the inputs). */
function hamilton(total: number, weights: number[]): { parts: number[]; extra: boolean[] } {
  const { floors, remainders } = split(total, weights);
  let left = total - floors.reduce((s, f) => s + f, 0);
  const order = weights.map((_, i) => i).filter((i) => weights[i] > 0);
  order.sort((a, b) => {
    const ra = remainders[a];
    const rb = remainders[b];
    if (ra !== rb) return ra > rb ? -1 : 1;
    if (weights[a] !== weights[b]) return weights[b] - weights[a];
    return a - b;
  });
  const parts = [...floors];
  const extra = weights.map(() => false);
  // Floating-point weights can leave a shortfall as large as the number of units; loop to be safe.
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    parts[order[k]] += 1;
    extra[order[k]] = true;
  }
  return { parts, extra };
}

function shareOf(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
}

/**
 * Allocate a whole `total` over `weights`; with a minimum, units whose share falls below it get the minimum
 * and the rest is given out over the others the same way, until no share falls below it.
 */
export function allocateLargestRemainder(total: number, weights: number[], options: AllocateOptions = {}): AllocationResult {
  if (!isWhole(total)) return { ok: false, problem: "total-not-whole" };
  if (weights.some((w) => typeof w !== "number" || !Number.isFinite(w) || w < 0)) return { ok: false, problem: "bad-weight" };
  const positive = weights.filter((w) => w > 0).length;
  if (total > 0 && positive === 0) return { ok: false, problem: "no-weight" };
  const minimum = Math.max(0, Math.floor(options.minimum ?? 0));
  if (minimum * positive > total) return { ok: false, problem: "minimum-too-high" };

  const shares = shareOf(total, weights);
  const raised = weights.map(() => false);
  if (minimum > 0) {
    // Raise, then re-share the rest over the others: a unit raised stays raised (its share only falls).
    for (;;) {
      const fixed = raised.reduce((n, r) => n + (r ? 1 : 0), 0);
      const rest = weights.map((w, i) => (raised[i] ? 0 : w));
      const restShares = shareOf(total - fixed * minimum, rest);
      const below = rest.map((w, i) => w > 0 && restShares[i] < minimum);
      if (!below.some(Boolean)) break;
      below.forEach((b, i) => { if (b) raised[i] = true; });
    }
  }
  const fixedTotal = raised.reduce((n, r) => n + (r ? minimum : 0), 0);
  const free = weights.map((w, i) => (raised[i] ? 0 : w));
  const given = free.some((w) => w > 0) ? hamilton(total - fixedTotal, free) : { parts: weights.map(() => 0), extra: weights.map(() => false) };
  const parts = given.parts.map((p, i) => (raised[i] ? minimum : p));
  return { ok: true, parts, shares, extra: given.extra, raised };
}

/** Plain proportional rounding, as most plans print it: each part rounded half up on its own (may not add up). */
export function allocateProportional(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + (Number.isFinite(w) && w > 0 ? w : 0), 0);
  return weights.map((w) => (sum > 0 && w > 0 ? Math.floor((total * w) / sum + 0.5 + 1e-9) : 0));
}
