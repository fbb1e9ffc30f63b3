// Step 6 of reading: each unit's and total's figures from its row, the target shares of rate measures, and the
// checks across rows (duplicated units, totals and subtotals that do not add up, merged data cells, measures
// without a usable target or result).
import type { Finding, Measure, UnitRow } from "../types";
import type { RowInfo } from "./row-kinds";
import { rowValuesReader } from "./values";
import { duplicateUnitWarnings, mergedDataWarnings, sectionTotals, totalMismatchWarnings } from "./checks";
import { completenessFindings } from "./completeness";
import { readShares } from "./rate-measures";
import type { SheetView } from "./sheet-view";

export interface TableFigures {
  units: UnitRow[];
  totals: UnitRow[];
  subtotals: UnitRow[];
  /** The sheet rows of units, totals and subtotals. */
  dataRows: number[];
}

export function readFigures(
  view: SheetView, rows: { units: RowInfo[]; totals: RowInfo[]; sections: Map<RowInfo, RowInfo[]> },
  measures: Measure[], unitCol: number, headerBottom: number, warnings: Finding[], diagnostics: Finding[],
): TableFigures {
  const readValues = rowValuesReader(view, measures);
  const toUnitRow = (x: RowInfo): UnitRow => ({ name: x.name, row: x.row, values: readValues(x.row, x.name, warnings, x.kind === "total") });
  const units = rows.units.map(toUnitRow);
  const { grand: totals, subtotals, sections } = sectionTotals(units, rows.totals.map(toUnitRow));
  // Built only when the figures found subtotals (most sheets have none): a map of every unit costs a 10,000-unit read.
  const unitOfRow = rows.sections.size > 0 ? new Map(units.map((u) => [u.row, u])) : new Map<number, UnitRow>();
  for (const [head, members] of rows.sections) {
    const subtotal = toUnitRow(head);
    subtotals.push(subtotal);
    sections.set(subtotal, members.map((m) => unitOfRow.get(m.row)).filter((u): u is UnitRow => u !== undefined));
  }
  subtotals.sort((a, b) => a.row - b.row);
  if (measures.some((m) => m.kind === "rate")) readShares(view, [...units, ...totals, ...subtotals], measures);
  const dataRows = [...rows.units, ...rows.totals, ...rows.sections.keys()].map((x) => x.row);
  const dataCols = [unitCol, ...measures.flatMap((m) => Object.values(m.columns) as number[])];
  const completeness = completenessFindings(measures, units, unitCol, headerBottom);
  for (const d of completeness.diagnostics) diagnostics.push(d);
  // A loop, not push(...list): one warning per unit of a 200,000-row sheet would overflow the call's arguments.
  for (const list of [completeness.warnings, duplicateUnitWarnings(units, unitCol), totalMismatchWarnings(sections, measures), mergedDataWarnings(view.grid.merges, dataRows, dataCols)]) for (const w of list) warnings.push(w);
  return { units, totals, subtotals, dataRows };
}
