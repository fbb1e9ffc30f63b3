// The figures of a case and how a cell shows them: numbers, "46.743", "46 743"; rates ×100 with 0–2
// decimals, as a fraction in a percent format, or as text with a decimal comma.
import type { CellValue } from "../../src/core/types";
import type { Rng } from "./prng";

/** The office's own rounding of a daily target: half up. */
export function halfUp(n: number): number {
  return Math.floor(n + 0.5);
}

export type NumberStyle = "number" | "dotted" | "spaced" | "mixed";
export const NUMBER_STYLES: readonly NumberStyle[] = ["number", "dotted", "spaced", "mixed"];

function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, sep);
}

/** A count as a cell holds it. Text forms only matter from a thousand up, and "mixed" varies per cell. */
export function countCell(n: number, style: NumberStyle, rng: Rng): CellValue {
  const s = style === "mixed" ? rng.pick(["number", "dotted", "spaced"] as const) : style;
  if (s === "number") return n;
  if (n < 1000 && rng.chance(0.5)) return n;
  return grouped(n, s === "dotted" ? "." : " ");
}

export type RateStyle = "x100-0" | "x100-1" | "x100-2" | "fraction" | "text-comma";
export const RATE_STYLES: readonly RateStyle[] = ["x100-0", "x100-1", "x100-2", "fraction", "text-comma"];

/** A rate cell and its number format (a fraction shows as a percent). */
export function rateCell(done: number, target: number, style: RateStyle): { value: CellValue; format: string } {
  const fraction = target > 0 ? done / target : 0;
  const fixed = (d: number) => Number((fraction * 100).toFixed(d));
  switch (style) {
    case "x100-0": return { value: fixed(0), format: "0" };
    case "x100-1": return { value: fixed(1), format: "0.0" };
    case "x100-2": return { value: fixed(2), format: "0.00" };
    case "fraction": return { value: fraction, format: "0.00%" };
    case "text-comma": return { value: (fraction * 100).toFixed(2).replace(".", ","), format: "@" };
  }
}

/** A unit's target: a commune has hundreds to a few thousand, a district tens of thousands. */
export function drawTarget(rng: Rng, scale: number): number {
  return Math.max(5, Math.round(scale * (0.2 + rng.next() * 1.8)));
}

/** Done: most units behind, some on target, a few over it (their remaining is then 0). */
export function drawDone(rng: Rng, target: number, allowOver: boolean): number {
  const share = rng.weighted([[0.05 + rng.next() * 0.9, 8], [1, 1], [allowOver ? 1 + rng.next() * 0.15 : 1, 1]] as const);
  return Math.round(target * share);
}
