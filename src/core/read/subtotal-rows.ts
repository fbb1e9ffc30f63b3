// Step 5 of reading: rows the words took for units that the figures show are sums: a section's head or closing
// row equal to the sum of its units (a subtotal, whatever its words), and a row named after the area whose
// counts are the sum of all the units (the total).
import type { Finding, Measure } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { sectionHeads } from "./section-heads";
import { sectionFooters } from "./section-footers";
import { totalsByFigures } from "./area-totals";

export interface SumRows {
  units: RowInfo[];
  totals: RowInfo[];
  /** Each subtotal row found by its figures, with the units of its section. */
  sections: Map<RowInfo, RowInfo[]>;
}

export function separateSumRows(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null, diagnostics: Finding[]): SumRows {
  const footers = sectionFooters(units, totals, measures, read, numbered);
  const heads = sectionHeads(footers.units, totals, measures, read, numbered);
  diagnostics.push(...footers.findings, ...heads.findings);
  const byFigures = totalsByFigures(heads.units, totals, measures, read);
  diagnostics.push(...byFigures.findings);
  return { units: byFigures.units, totals: byFigures.totals, sections: new Map([...footers.heads, ...heads.heads]) };
}
