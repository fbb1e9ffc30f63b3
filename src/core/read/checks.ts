// Checks across rows: duplicated unit names, and total rows that disagree with the sum of the units.
import type { Finding, Measure, Role, UnitRow } from "../types";
import { normalizeText } from "../text";
import { cellAddress } from "../address";
import { warning } from "./findings";

const SUMMED_ROLES: Role[] = ["target", "done", "remaining"];

export function duplicateUnitWarnings(units: UnitRow[], unitCol: number): Finding[] {
  const seen = new Map<string, UnitRow>();
  const out: Finding[] = [];
  for (const unit of units) {
    const key = normalizeText(unit.name);
    const first = seen.get(key);
    if (first) {
      out.push(warning("duplicate-unit", "reader.duplicate-unit", { unit: unit.name, first: first.row, row: unit.row, cell: cellAddress(unit.row, unitCol) }, unit.row, unitCol));
    } else seen.set(key, unit);
  }
  return out;
}

/** Sum of a role over the units; null when no unit has a figure. */
export function sumOf(units: UnitRow[], measureId: string, role: Role): number | null {
  let sum: number | null = null;
  for (const u of units) {
    const v = u.values[measureId]?.[role];
    if (typeof v === "number") sum = (sum ?? 0) + v;
  }
  return sum;
}

export function totalMismatchWarnings(units: UnitRow[], totals: UnitRow[], measures: Measure[]): Finding[] {
  const out: Finding[] = [];
  for (const total of totals) {
    for (const m of measures) {
      for (const role of SUMMED_ROLES) {
        const col = m.columns[role];
        const typed = total.values[m.id]?.[role];
        if (col === undefined || typed === null || typed === undefined) continue;
        const sum = sumOf(units, m.id, role);
        if (sum === null || Math.abs(sum - typed) < 0.5) continue;
        out.push(
          warning("total-mismatch", "reader.total-mismatch",
            { cell: cellAddress(total.row, col), measure: m.label, typed, sum, difference: typed - sum },
            total.row, col),
        );
      }
    }
  }
  return out;
}
