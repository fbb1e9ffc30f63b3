// One measure of an allocation table (targets given out, no results yet) on the report sheet: each unit's
// target and daily target (computed by native formula; the sheet's typed one beside it where it differs), its
// share of the total, and a total row. No completion, no "0 %", no figure needed per day for work not yet due.
import { cellAddress } from "../address";
import { t } from "../messages";
import type { Lang, Measure, TableAnalysis } from "../types";
import type { CellRange, ReportCell, RowRun } from "./model";
import type { MeasureBlock } from "./measure-table";
import { blockTop, unitAndTotalRows } from "./table-walk";

/** Columns of an allocation block; the sheet is narrower than a progress report. */
export const ALLOCATION_COL = { index: 1, unit: 2, target: 3, daily: 4, typedDaily: 5, share: 6 } as const;
export const ALLOCATION_LAST_COL = ALLOCATION_COL.share;

const num = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** The office's rounding as a native formula: half up (ROUND, positive figures) or up. */
function dailyFormula(targetCell: string, days: number, rounding: "half-up" | "up"): string {
  return `${rounding === "up" ? "ROUNDUP" : "ROUND"}(${targetCell}/${days},0)`;
}

/** The daily figure typed on the clerk's sheet for a row (unit or total), by sheet row. */
function typedDailyByRow(analysis: TableAnalysis, measureId: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of [...analysis.table.units, ...analysis.table.totals]) {
    const d = row.values[measureId]?.daily;
    if (num(d)) out.set(row.row, d);
  }
  return out;
}

function summaryBand(top: number, totalRow: number, analysis: TableAnalysis, measure: Measure, lang: Lang, scope: string): ReportCell[] {
  const C = ALLOCATION_COL;
  const total = analysis.total?.values[measure.id];
  const labels = ["target", "daily", "days", "units"] as const;
  const cells: ReportCell[] = [
    { row: top, col: C.index, kind: "text", value: scope, style: "summaryHead" },
    { row: top, col: C.unit, kind: "empty", style: "summaryHead" },
    { row: top + 1, col: C.index, kind: "empty", style: "summaryHead" },
    { row: top + 1, col: C.unit, kind: "empty", style: "summaryHead" },
  ];
  labels.forEach((label, i) => cells.push({ row: top, col: C.target + i, kind: "text", value: t(lang, `report.allocation.sum.${label}`), style: "summaryLabel" }));
  const row = top + 1;
  cells.push({ row, col: C.target, kind: "formula", formula: cellAddress(totalRow, C.target), value: total?.target ?? 0, style: "summaryCount" });
  cells.push(num(total?.dailyTarget)
    ? { row, col: C.daily, kind: "formula", formula: cellAddress(totalRow, C.daily), value: total?.dailyTarget ?? 0, style: "summaryCount" }
    : { row, col: C.daily, kind: "text", value: t(lang, "report.none"), style: "summaryText" });
  cells.push(num(analysis.days)
    ? { row, col: C.typedDaily, kind: "number", value: analysis.days, style: "summaryCount" }
    : { row, col: C.typedDaily, kind: "text", value: t(lang, "report.none"), style: "summaryText" });
  cells.push({ row, col: C.share, kind: "number", value: analysis.units.length, style: "summaryCount" });
  return cells;
}

export function allocationBlock(
  analysis: TableAnalysis, measure: Measure, lang: Lang, top: number, withHeading: boolean, scope: string,
): MeasureBlock {
  const C = ALLOCATION_COL;
  const days = analysis.days !== null && analysis.days > 0 ? analysis.days : null;
  const rounding = analysis.campaign.rounding;
  const typed = typedDailyByRow(analysis, measure.id);
  const cells: ReportCell[] = [];
  const runs: RowRun[] = [];
  const merges: CellRange[] = [];
  const cols = { index: C.index, unit: C.unit };
  const { summaryTop, headerRow } = blockTop({ cells, merges }, top, withHeading ? measure.label : null, cols);
  const firstUnitRow = headerRow + 1;
  // The sheet's own order: an allocation ranks nobody.
  const units = analysis.units;
  const totalRow = firstUnitRow + units.length;
  cells.push(...summaryBand(summaryTop, totalRow, analysis, measure, lang, scope));

  const dailyHeader = days === null ? t(lang, "report.allocation.col.dailyNoDays") : t(lang, "report.allocation.col.daily", { days });
  const headers = [t(lang, "report.allocation.col.index"), t(lang, "report.col.unit"), t(lang, "report.col.target"), dailyHeader,
    t(lang, "report.allocation.col.typedDaily"), t(lang, "report.allocation.col.share")];
  headers.forEach((value, i) => cells.push({ row: headerRow, col: i + 1, kind: "text", value, style: "header" }));

  const totalTarget = analysis.total?.values[measure.id]?.target ?? 0;
  /** A row's cells after its target: the daily target, the typed daily figure where it differs, the share. */
  const figures = (r: number, target: number | null, daily: number | null, typedDaily: number | undefined, total: boolean): ReportCell[] => {
    const count = total ? "totalCount" : "count";
    const targetCell = cellAddress(r, C.target);
    const totalCell = cellAddress(totalRow, C.target);
    return [
      days !== null && num(target)
        ? { row: r, col: C.daily, kind: "formula", formula: dailyFormula(targetCell, days, rounding), value: daily, style: count }
        : { row: r, col: C.daily, kind: "empty", style: count },
      // The typed daily figure only where it differs from the computed one: the clerk's eye goes straight to it.
      typedDaily !== undefined && typedDaily !== daily
        ? { row: r, col: C.typedDaily, kind: "number", value: typedDaily, style: total ? "totalDiffers" : "differs" }
        : { row: r, col: C.typedDaily, kind: "empty", style: count },
      num(target)
        ? { row: r, col: C.share, kind: "formula", formula: `IF(${totalCell}>0,${targetCell}/${totalCell},0)`, value: totalTarget > 0 ? target / totalTarget : 0, style: total ? "totalPercent" : "percent" }
        : { row: r, col: C.share, kind: "empty", style: total ? "totalPercent" : "percent" },
    ];
  };

  const total = analysis.total?.values[measure.id];
  const sheetTotal = analysis.table.totals[0];
  unitAndTotalRows({ cells, runs }, {
    lang, firstUnitRow, units, cols, lastCol: ALLOCATION_LAST_COL,
    sums: [{ col: C.target, value: total?.target ?? 0 }],
    unitCells: (r, unit) => {
      const p = unit.values[measure.id];
      const target: ReportCell = num(p?.target) ? { row: r, col: C.target, kind: "number", value: p.target, style: "count" } : { row: r, col: C.target, kind: "empty", style: "count" };
      return [target, ...figures(r, p?.target ?? null, p?.dailyTarget ?? null, unit.row === null ? undefined : typed.get(unit.row), false)];
    },
    totalCells: (r) => figures(r, total?.target ?? 0, total?.dailyTarget ?? null, sheetTotal ? typed.get(sheetTotal.row) : undefined, true),
  });

  return {
    cells, runs, merges, rules: [],
    rowHeights: [{ row: headerRow, height: 48 }, { row: summaryTop, height: 33 }],
    // A completion chart would be all zeros; the writers' charts plot fractions, so none is asked for.
    chart: null,
    unitRows: units.map((unit, i) => ({ row: firstUnitRow + i, unit })),
    headerRow, totalRow, nextRow: totalRow + 2,
  };
}
