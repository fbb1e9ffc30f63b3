// The walk every per-measure block of the report sheet shares (progress, rate, allocation): its top (a heading
// when several measures share the sheet, the summary band, the header row), one row per unit (its number, its
// name, its figures), the total row (its label, native SUMs of the count columns, its figures), and for the
// blocks that measure completion, the status colours and the bar chart. Each block says only which figures go
// in its columns.
import { cellAddress } from "../address";
import { t } from "../messages";
import { statusLabel } from "../progress";
import type { Lang, UnitProgress } from "../types";
import type { CellRange, ChartRequest, ConditionalRule, ReportCell, RowRun } from "./model";
import { REPORT_LIMITS } from "../vocabulary/report-limits";
import { DATA_BAR_COLOR, LEGEND_STATUSES, STATUS_LOOK, formulaString } from "./styles";

/**
 * The block's heading (its measure's label, when asked) and its two-row summary band, merged over the number and
 * name columns; the table's header row follows the band after a blank row.
 */
export function blockTop(
  out: { cells: ReportCell[]; merges: CellRange[] }, top: number, heading: string | null, cols: { index: number; unit: number },
): { summaryTop: number; headerRow: number } {
  let row = top;
  if (heading !== null) {
    out.cells.push({ row, col: cols.index, kind: "text", value: heading, style: "section" });
    row += 1;
  }
  out.merges.push({ top: row, left: cols.index, bottom: row + 1, right: cols.unit });
  return { summaryTop: row, headerRow: row + 3 };
}

export interface UnitAndTotalRows {
  lang: Lang;
  firstUnitRow: number;
  units: UnitProgress[];
  cols: { index: number; unit: number };
  /** The last column of a unit's row (the run's `right`). */
  lastCol: number;
  /** The count columns the total row adds up with a native SUM, each with the total's own figure. */
  sums: { col: number; value: number }[];
  /** The cells of a unit's row after its name. */
  unitCells(row: number, unit: UnitProgress): ReportCell[];
  /** The cells of the total row after its SUMs. */
  totalCells(row: number): ReportCell[];
}

/**
 * One row per unit, in the given order, as one run in `out.runs` (a province's rows are made only when a writer
 * asks for them), then the total row ("Tổng cộng") in `out.cells`. Returns the total row.
 */
export function unitAndTotalRows(out: { cells: ReportCell[]; runs: RowRun[] }, w: UnitAndTotalRows): number {
  const { firstUnitRow, units, cols } = w;
  const { cells } = out;
  if (units.length > 0) {
    out.runs.push({
      top: firstUnitRow, count: units.length, right: Math.max(w.lastCol, cols.index, cols.unit),
      cellsAt(i: number): ReportCell[] {
        const r = firstUnitRow + i;
        const unit = units[i];
        const row: ReportCell[] = [
          { row: r, col: cols.index, kind: "number", value: i + 1, style: "rank" },
          // A unit name is always text, even "=1+1" or "+84 …": never a formula.
          { row: r, col: cols.unit, kind: "text", value: unit.name, style: "unit" },
        ];
        for (const c of w.unitCells(r, unit)) row.push(c);
        return row;
      },
    });
  }
  const totalRow = firstUnitRow + units.length;
  const sum = (col: number) => (units.length > 0 ? `SUM(${cellAddress(firstUnitRow, col)}:${cellAddress(totalRow - 1, col)})` : "0");
  cells.push({ row: totalRow, col: cols.index, kind: "empty", style: "totalLabel" });
  cells.push({ row: totalRow, col: cols.unit, kind: "text", value: t(w.lang, "report.totalRow"), style: "totalLabel" });
  for (const s of w.sums) cells.push({ row: totalRow, col: s.col, kind: "formula", formula: sum(s.col), value: s.value, style: "totalCount" });
  cells.push(...w.totalCells(totalRow));
  return totalRow;
}

/** A data bar over the units' completion and each status's colour on the status column (units and total). */
export function completionRules(firstUnitRow: number, totalRow: number, cols: { completion: number; status: number }, lang: Lang): ConditionalRule[] {
  const rules: ConditionalRule[] = [];
  const lastUnitRow = totalRow - 1;
  if (lastUnitRow >= firstUnitRow) {
    rules.push({ kind: "dataBar", range: { top: firstUnitRow, left: cols.completion, bottom: lastUnitRow, right: cols.completion }, color: DATA_BAR_COLOR, min: 0, max: 1 });
  }
  const statusRange = { top: firstUnitRow, left: cols.status, bottom: totalRow, right: cols.status };
  const statusCell = `$${cellAddress(firstUnitRow, cols.status)}`;
  for (const status of LEGEND_STATUSES) {
    rules.push({ kind: "expression", range: statusRange, formula: `${statusCell}=${formulaString(statusLabel(status, lang))}`, style: STATUS_LOOK[status] });
  }
  return rules;
}

/**
 * A bar per unit of one column's figures, beside the table from its summary down; null for more units than
 * REPORT_LIMITS.unitChartMaxUnits (the daily report then says so: see unitChartLeftOut).
 */
export function unitBarChart(title: string, firstUnitRow: number, totalRow: number, cols: { unit: number; value: number; afterTable: number }, summaryTop: number): ChartRequest | null {
  if (totalRow - firstUnitRow > REPORT_LIMITS.unitChartMaxUnits) return null;
  const bottom = Math.max(totalRow - 1, firstUnitRow);
  return {
    kind: "bar",
    title,
    categories: { top: firstUnitRow, left: cols.unit, bottom, right: cols.unit },
    values: { top: firstUnitRow, left: cols.value, bottom, right: cols.value },
    anchor: { top: summaryTop, left: cols.afterTable + 2, bottom: Math.max(totalRow, summaryTop + 15), right: cols.afterTable + 9 },
  };
}

/**
 * The line saying a block's per-unit chart was left out (too many units), or null when it was not. It goes on
 * the blank row above the table's header, which every block with such a chart has: so it moves no row of the
 * table, the page breaks or the print area, and stays in view with the frozen header. "legendText": the plain
 * style of the legend's lines, so no style is added for one line.
 */
export function unitChartLeftOut(lang: Lang, block: { headerRow: number; unitRows: readonly unknown[] }, col: number): ReportCell | null {
  const max = REPORT_LIMITS.unitChartMaxUnits;
  if (block.unitRows.length <= max) return null;
  return { row: block.headerRow - 1, col, kind: "text", value: t(lang, "report.chart.leftOut", { max, count: block.unitRows.length }), style: "legendText" };
}
