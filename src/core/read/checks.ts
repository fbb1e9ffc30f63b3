// Checks across rows: duplicated unit names, and total rows that disagree with the sum of the units.
import { isSubtotalLabel } from "./row-kinds";
import type { Finding, MergeArea, Measure, Role, UnitRow } from "../types";
import { cellAddress } from "../address";
import { warning } from "./findings";
import { BARE_SUBTOTAL_OR_TOTAL, normalizeLabel } from "../vocabulary";
import { unitBareFullKey, unitFullKey, unitIsMarkFree } from "../units/unit-key";

const SUMMED_ROLES: Role[] = ["target", "done", "remaining"];

/**
 * A name typed twice (case, spacing and tone placement aside), or once with marks and once without ("An Bình",
 * "An Binh"). Names one tone mark apart ("Tân Hòa", "Tân Hóa") are two communes, never a duplicate to delete.
 * One pass, each name's keys worked out once (and kept for the later steps that ask again). The bare keys are
 * needed only once a name typed without marks has been met (most sheets carry their marks throughout): the names
 * kept before it are indexed then, in their order, so each bare key's first name is the same as if indexed from
 * the start.
 */
export function duplicateUnitWarnings(units: UnitRow[], unitCol: number): Finding[] {
  const byFull = new Map<string, UnitRow>();
  let byBare: Map<string, AlikeNames> | null = null;
  const out: Finding[] = [];
  for (const unit of units) {
    const markFree = unitIsMarkFree(unit.name);
    const full = unitFullKey(unit.name);
    let first = byFull.get(full);
    if (!first && markFree && !byBare) byBare = bareIndex(byFull.values());
    if (!first && byBare) {
      const alike = byBare.get(unitBareFullKey(unit.name));
      // A name without marks repeats the first of its bare key; a marked one only the first typed without marks.
      first = markFree ? alike?.first : alike?.firstMarkFree;
    }
    if (first) {
      out.push(warning("duplicate-unit", "reader.duplicate-unit", { unit: unit.name, first: String(first.row), row: String(unit.row), cell: cellAddress(unit.row, unitCol) }, unit.row, unitCol));
      continue;
    }
    byFull.set(full, unit);
    if (byBare) addBare(byBare, unit);
  }
  return out;
}

/** The names kept under one bare key: the first, and the first typed without marks. */
interface AlikeNames {
  first: UnitRow;
  firstMarkFree: UnitRow | undefined;
}

function addBare(byBare: Map<string, AlikeNames>, unit: UnitRow): void {
  const markFree = unitIsMarkFree(unit.name);
  const bare = unitBareFullKey(unit.name);
  const alike = byBare.get(bare);
  if (!alike) byBare.set(bare, { first: unit, firstMarkFree: markFree ? unit : undefined });
  else if (markFree && !alike.firstMarkFree) alike.firstMarkFree = unit;
}

function bareIndex(kept: Iterable<UnitRow>): Map<string, AlikeNames> {
  const byBare = new Map<string, AlikeNames>();
  for (const unit of kept) addBare(byBare, unit);
  return byBare;
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

/**
 * Which total rows are the grand total and which are a section's subtotal, and what each must add up:
 * "Cộng khối xã" adds the units since the previous total row; "Tổng cộng", "Toàn huyện" add every unit; a bare
 * "Cộng" is a subtotal only when it closes a section of a table with several (otherwise it is the total).
 */
export function sectionTotals(units: UnitRow[], totals: UnitRow[]): { grand: UnitRow[]; subtotals: UnitRow[]; sections: Map<UnitRow, UnitRow[]> } {
  const grand: UnitRow[] = [];
  const subtotals: UnitRow[] = [];
  const sections = new Map<UnitRow, UnitRow[]>();
  let previous = -Infinity;
  for (const total of [...totals].sort((a, b) => a.row - b.row)) {
    const section = units.filter((u) => u.row > previous && u.row < total.row);
    const above = units.filter((u) => u.row < total.row);
    const bare = BARE_SUBTOTAL_OR_TOTAL.test(normalizeLabel(total.name));
    const isSubtotal = isSubtotalLabel(total.name) || (bare && section.length > 0 && section.length < above.length);
    if (isSubtotal) {
      subtotals.push(total);
      sections.set(total, section);
    } else {
      grand.push(total);
      sections.set(total, units);
    }
    previous = total.row;
  }
  return { grand, subtotals, sections };
}

export function totalMismatchWarnings(sections: Map<UnitRow, UnitRow[]>, measures: Measure[]): Finding[] {
  const out: Finding[] = [];
  for (const [total, units] of sections) {
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

/** A merged area over two or more unit (or total) rows in the unit or figure columns: only its first row has the value. */
export function mergedDataWarnings(merges: MergeArea[], dataRows: number[], columns: number[]): Finding[] {
  // Only an area over two rows or more can hide a figure: without one, the rows need no index.
  if (!merges.some((m) => m.bottom !== m.top)) return [];
  const rows = new Set(dataRows);
  const cols = new Set(columns);
  const out: Finding[] = [];
  for (const m of merges) {
    if (m.bottom === m.top) continue;
    let dataRowsCovered = 0;
    for (let r = m.top; r <= m.bottom && dataRowsCovered < 2; r++) if (rows.has(r)) dataRowsCovered++;
    let touchesColumn = false;
    for (let c = m.left; c <= m.right && !touchesColumn; c++) touchesColumn = cols.has(c);
    if (dataRowsCovered < 2 || !touchesColumn) continue;
    const range = `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`;
    out.push(warning("merged-data", "reader.merged-data", { range, cell: cellAddress(m.top, m.left) }, m.top, m.left));
  }
  return out;
}
