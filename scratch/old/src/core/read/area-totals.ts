// The total row ≈ the sum of the units: a row named after the area itself ("Huyện Mường Tè", "TP. Lai Châu") at
// the top or the bottom of the units, whose every count is the sum of the other units, is the total row, not one
// more unit (counted twice it would double the district's figures). Only used when no row is labelled a total.
import type { Finding, Measure, Role } from "../types";
import type { RowInfo } from "./row-kinds";
import { info } from "./findings";
import { cellAddress } from "../address";

const COUNT_ROLES: Role[] = ["target", "done", "remaining"];
/** Fewer units than this and a sum proves nothing. */
const MIN_OTHER_UNITS = 2;

export type ReadNumber = (row: number, col: number) => number | null;

/** A quick look first: a total is at least as large as the units sampled, and larger than two of them. */
function couldBeTotal(candidate: RowInfo, others: RowInfo[], col: number, read: ReadNumber): boolean {
  const own = read(candidate.row, col);
  if (own === null) return true;
  const step = Math.max(1, Math.floor(others.length / 60));
  let below = 0;
  for (let i = 0; i < others.length; i += step) {
    const v = read(others[i].row, col);
    if (v === null) continue;
    if (v > own + 0.5) return false;
    if (v < own) below++;
  }
  return below >= 2;
}

function sumsTo(candidate: RowInfo, others: RowInfo[], cols: number[], read: ReadNumber): boolean {
  if (!couldBeTotal(candidate, others, cols[0], read)) return false;
  let checked = 0;
  for (const col of cols) {
    const own = read(candidate.row, col);
    if (own === null) continue;
    let sum = 0;
    let any = false;
    for (const u of others) {
      const v = read(u.row, col);
      if (v !== null) {
        sum += v;
        any = true;
      }
    }
    if (!any || Math.abs(sum - own) > 0.5) return false;
    if (sum > 0) checked++;
  }
  return checked >= Math.min(2, cols.length);
}

/** The unit rows, with the first or last one moved to the totals when its figures are the others' sum. */
export function totalsByFigures(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber): { units: RowInfo[]; totals: RowInfo[]; findings: Finding[] } {
  if (totals.length > 0 || units.length < MIN_OTHER_UNITS + 1) return { units, totals, findings: [] };
  const cols = measures.flatMap((m) => COUNT_ROLES.map((r) => m.columns[r]).filter((c): c is number => c !== undefined));
  if (cols.length === 0) return { units, totals, findings: [] };
  for (const candidate of [units[0], units[units.length - 1]]) {
    // The candidate is the first or the last row: the others are one slice, not a filter over every unit.
    const others = candidate === units[0] ? units.slice(1) : units.slice(0, -1);
    if (!sumsTo(candidate, others, cols, read)) continue;
    const total: RowInfo = { ...candidate, kind: "total" };
    const finding = info("total-by-figures", "reader.diag.total-by-figures", { row: String(candidate.row), name: candidate.name }, cellAddress(candidate.row, candidate.nameCol));
    return { units: others, totals: [total], findings: [finding] };
  }
  return { units, totals, findings: [] };
}
