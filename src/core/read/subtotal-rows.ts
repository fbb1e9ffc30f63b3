// Step 5 of reading: rows the words took for units that the figures show are sums: a section's head or closing
// row equal to the sum of its units (a subtotal, whatever its words), and a row named after the area whose
// counts are the sum of all the units (the total).
import type { Finding, Measure, Role } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { sectionHeads } from "./section-heads";
import { sectionFooters } from "./section-footers";
import { totalsByFigures } from "./area-totals";

const COUNT_ROLES: Role[] = ["target", "done", "remaining"];

export interface SumRows {
  units: RowInfo[];
  totals: RowInfo[];
  /** Each subtotal row found by its figures, with the units of its section. */
  sections: Map<RowInfo, RowInfo[]>;
}

/** The total row's counts equal the units' sums in every column with figures (and in one at least). */
function totalConfirmed(total: RowInfo, units: RowInfo[], cols: number[], read: ReadNumber): boolean {
  let checked = 0;
  for (const col of cols) {
    const own = read(total.row, col);
    if (own === null) continue;
    let sum = 0;
    for (const u of units) sum += read(u.row, col) ?? 0;
    if (Math.abs(sum - own) > 0.5) return false;
    checked++;
  }
  return checked > 0;
}

export function separateSumRows(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null, diagnostics: Finding[]): SumRows {
  let footers = sectionFooters(units, totals, measures, read, numbered);
  // A subtotal numbered like the units escapes the rule above. When the bottom total disagrees with the units
  // but agrees once the rows equal to their section's sums are out, the figures confirm the clerk's total: those
  // rows are subtotals, and no warning offers to "fix" a correct total.
  const cols = measures.flatMap((m) => COUNT_ROLES.map((r) => m.columns[r]).filter((c): c is number => c !== undefined));
  const grand = totals.length === 1 ? totals[0] : null;
  if (grand !== null && numbered !== null && !totalConfirmed(grand, footers.units, cols, read)) {
    const loose = sectionFooters(units, totals.filter((t) => t !== grand), measures, read, null);
    if (loose.heads.size > 0 && totalConfirmed(grand, loose.units, cols, read)) footers = loose;
  }
  const heads = sectionHeads(footers.units, totals, measures, read, numbered);
  diagnostics.push(...footers.findings, ...heads.findings);
  const byFigures = totalsByFigures(heads.units, totals, measures, read);
  diagnostics.push(...byFigures.findings);
  return { units: byFigures.units, totals: byFigures.totals, sections: new Map([...footers.heads, ...heads.heads]) };
}
