// The relations a quota table's figures keep, each measured on the sampled rows of a few columns:
//   remaining = max(0, target − done),  rate = done ÷ target (a fraction or × 100),  daily ≈ target ÷ days.
// Each returns how many rows agree, of how many, and how far off the rest are; null when it does not hold.

/** Share of the sampled units on which a relation must hold. */
const AGREEMENT = 0.8;
const MIN_DAYS = 5;
const MAX_DAYS = 120;

function holds(matches: number, rows: number): boolean {
  return rows >= 1 && matches >= AGREEMENT * rows;
}

/** doneBelow: the share of rows where done ≤ target (most units are behind; a tie-breaker, never a veto). */
export type Fit = { matches: number; rows: number; error: number; doneBelow?: number };

/** remaining = max(0, target − done) on most rows, with some work done and something left somewhere. */
export function difference(t: (number | null)[], d: (number | null)[], r: (number | null)[]): Fit | null {
  let rows = 0;
  let matches = 0;
  let someDone = false;
  let doneBelow = 0;
  let error = 0;
  let someLeft = false;
  for (let i = 0; i < t.length; i++) {
    const [a, b, c] = [t[i], d[i], r[i]];
    if (a === null || b === null || c === null) continue;
    rows++;
    const off = Math.abs(Math.max(0, a - b) - c);
    error += off;
    if (off < 0.5) matches++;
    if (b > 0 && b < a) someDone = true;
    if (c > 0) someLeft = true;
    if (b <= a) doneBelow++;
  }
  return someDone && someLeft && holds(matches, rows) ? { matches, rows, error: error / rows, doneBelow: doneBelow / rows } : null;
}

/**
 * How far a typed figure may be from the exact one: one unit of its last decimal (rounded or cut by the office);
 * a figure with more than 6 decimals was computed by a formula and must be exact.
 */
function roundingTolerance(typed: number): number {
  for (let d = 0; d <= 6; d++) if (Math.abs(typed * 10 ** d - Math.round(typed * 10 ** d)) < 1e-9) return 10 ** -d;
  return 1e-6;
}

/** rate = done ÷ target, as a fraction or × 100 (one scale for the whole column), with done below target mostly. */
export function ratio(t: (number | null)[], d: (number | null)[], q: (number | null)[]): Fit | null {
  let rows = 0;
  let asFraction = 0;
  let asPercent = 0;
  let errFraction = 0;
  let errPercent = 0;
  let partial = false;
  let doneBelow = 0;
  for (let i = 0; i < t.length; i++) {
    const [a, b, c] = [t[i], d[i], q[i]];
    if (a === null || b === null || c === null || a <= 0) continue;
    rows++;
    const share = b / a;
    errFraction += Math.abs(c - share);
    errPercent += Math.abs(c / 100 - share);
    // A whole number is no fraction of a rate: at most a hundredth off as a fraction, a point as a percentage.
    const tolerance = roundingTolerance(c) + 1e-9;
    if (Math.abs(c - share) <= Math.min(tolerance, 0.01)) asFraction++;
    if (Math.abs(c - share * 100) <= Math.min(tolerance, 1 + 1e-9)) asPercent++;
    if (share > 0.001 && share < 0.999) partial = true;
    if (b <= a) doneBelow++;
  }
  const matches = Math.max(asFraction, asPercent);
  const error = (asFraction >= asPercent ? errFraction : errPercent) / Math.max(1, rows);
  return partial && holds(matches, rows) ? { matches, rows, error, doneBelow: doneBelow / Math.max(1, rows) } : null;
}

/**
 * daily = target ÷ days, rounded (half up, or up), for one number of days shared by the rows: every day count
 * from 5 to 120 is tried (a median of quotients misleads when daily figures are small and rounded).
 */
export function daily(t: (number | null)[], y: (number | null)[]): (Fit & { days: number }) | null {
  const pairs: [number, number][] = [];
  for (let i = 0; i < t.length; i++) {
    const [a, b] = [t[i], y[i]];
    if (a !== null && b !== null && a > 0 && b >= 0 && b < a) pairs.push([a, b]);
  }
  if (pairs.length === 0 || pairs.every(([, b]) => b === 0)) return null;
  let best: (Fit & { days: number }) | null = null;
  for (let days = MIN_DAYS; days <= MAX_DAYS; days++) {
    // One rounding for the whole table (half up, or up), never a mix row by row: a mix fits almost any figures.
    let halfUp = 0;
    let up = 0;
    let error = 0;
    for (const [a, b] of pairs) {
      const off = b - a / days;
      error += Math.abs(off);
      if (Math.abs(off) <= 0.5 + 1e-9) halfUp++;
      if (off >= -1e-9 && off < 1) up++;
    }
    const matches = Math.max(halfUp, up);
    if (!best || matches > best.matches || (matches === best.matches && error < best.error * pairs.length)) {
      best = { matches, rows: pairs.length, days, error: error / pairs.length };
    }
  }
  if (!best || !holds(best.matches, best.rows)) return null;
  // Small figures prove nothing: 0 or 1 beside any target fits some number of days once rounded. Two units at
  // least whose daily figure is 2 or more.
  const telling = pairs.filter(([, b]) => b >= 2).length;
  return telling >= 2 ? best : null;
}


/** Without a target column: rate = done ÷ (done + remaining), the target being what was done plus what remains. */
export function derivedRatio(d: (number | null)[], r: (number | null)[], q: (number | null)[]): Fit | null {
  const target = d.map((x, i) => (x === null || r[i] === null ? null : x + (r[i] as number)));
  return ratio(target, d, q);
}
