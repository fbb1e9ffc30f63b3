// =CT.ALLOCATE(total, weights, [minimum]): the total given out over a range of weights by largest remainder,
// spilled in the weights' shape, so the parts add up exactly. Blank weight cells stay blank and take nothing.
import { allocateLargestRemainder } from "../core/allocation";
import type { AllocationProblem } from "../core/allocation";
import { ArgumentProblem, toFunctionError } from "./errors";
import { ArgCell, ArgMatrix, isEmptyCell, readCount, ResultCell } from "./args";

const PROBLEM: Record<AllocationProblem, [string, "total" | "weights" | "minimum"]> = {
  "total-not-whole": ["alloc.arg.notWhole", "total"],
  "bad-weight": ["maths.arg.negative", "weights"],
  "no-weight": ["alloc.arg.noWeight", "weights"],
  "minimum-too-high": ["alloc.arg.minimumTooHigh", "minimum"],
};

function cells(v: ArgMatrix): ArgCell[][] {
  if (Array.isArray(v)) return v.length === 0 ? [[null]] : v.map((row) => (Array.isArray(row) ? row : [row]));
  return [[v ?? null]];
}

function oneCell(v: ArgMatrix, arg: "total" | "minimum"): ArgCell {
  const m = cells(v);
  if (m.length !== 1 || m[0].length !== 1) throw new ArgumentProblem("alloc.arg.oneCell", arg);
  return m[0][0];
}

function whole(v: ArgCell, arg: "total" | "minimum"): number {
  const n = readCount(v, arg);
  if (!Number.isSafeInteger(n)) throw new ArgumentProblem("alloc.arg.notWhole", arg, { value: n });
  return n;
}

export function allocateSpill(total: ArgMatrix, weights: ArgMatrix, minimum?: ArgMatrix): ResultCell[][] {
  try {
    const t = whole(oneCell(total, "total"), "total");
    const minCell = minimum === undefined || minimum === null ? null : oneCell(minimum, "minimum");
    const min = isEmptyCell(minCell) ? 0 : whole(minCell, "minimum");
    const grid = cells(weights);
    const filled: { r: number; c: number; w: number }[] = [];
    grid.forEach((row, r) => row.forEach((cell, c) => {
      if (!isEmptyCell(cell)) filled.push({ r, c, w: readCount(cell, "weights") });
    }));
    const given = allocateLargestRemainder(t, filled.map((x) => x.w), { minimum: min });
    if (!given.ok) {
      const [key, arg] = PROBLEM[given.problem];
      throw new ArgumentProblem(key, arg, { total: t, minimum: min });
    }
    const out: ResultCell[][] = grid.map((row) => row.map(() => ""));
    filled.forEach((x, i) => { out[x.r][x.c] = given.parts[i]; });
    return out;
  } catch (e) {
    throw toFunctionError(e);
  }
}
