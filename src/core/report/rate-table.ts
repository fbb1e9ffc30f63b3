// A rate measure's block on the report sheet: the whole's share against its target share and what it still
// misses ("còn thiếu 9 hồ sơ để đạt 30%"), then the ranked table: base, achieved, share, target share, still
// needed, share ÷ target share, the gap in words, status. No daily target, expected or pace: a share needs no
// campaign days. Native formulas, cached with the engine's values; the gap's formula rounds the product to 9
// decimals before rounding up, so Excel's 0.07 × 100 = 7.000000000000001 still needs 7, as the engine counts.
import { cellAddress } from "../address";
import { t, type MessageKey } from "../messages";
import { statusLabel } from "../progress";
import type { Lang, Measure, Progress, TableAnalysis, UnitProgress } from "../types";
import type { CellRange, ReportCell, RowRun } from "./model";
import type { MeasureBlock } from "./measure-table";
import { rankUnits } from "./rank";
import { completionRules, unitAndTotalRows, unitBarChart } from "./table-walk";
import { gapText, wholeRateLine } from "./rate-words";

export const RATE_COL = { rank: 1, unit: 2, base: 3, done: 4, rate: 5, share: 6, gap: 7, completion: 8, note: 9, status: 10 } as const;

const num = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

function rowCells(row: number, p: Progress | undefined, lang: Lang, total: boolean): ReportCell[] {
  const a = (col: number) => cellAddress(row, col);
  const [countStyle, pctStyle, textStyle] = total ? ["totalCount", "totalPercent", "totalText"] : ["count", "percent", "text"];
  const r = p?.rate;
  const base = r?.base ?? null;
  const done = p?.done ?? null;
  const share = r?.targetRate ?? null;
  const cells: ReportCell[] = [];
  const put = (col: number, formula: string | null, value: number | null, style: string) =>
    cells.push(formula === null || value === null ? { row, col, kind: "empty", style } : { row, col, kind: "formula", formula, value, style });
  const both = num(base) && num(done);
  put(RATE_COL.rate, both && base > 0 ? `IF(${a(RATE_COL.base)}>0,${a(RATE_COL.done)}/${a(RATE_COL.base)},0)` : null, r?.rate ?? null, pctStyle);
  cells.push(num(share) ? { row, col: RATE_COL.share, kind: "number", value: share, style: pctStyle } : { row, col: RATE_COL.share, kind: "empty", style: pctStyle });
  put(RATE_COL.gap, both && num(share) ? `MAX(ROUNDUP(ROUND(${a(RATE_COL.share)}*${a(RATE_COL.base)},9),0)-${a(RATE_COL.done)},0)` : null, r?.gap ?? null, countStyle);
  put(RATE_COL.completion, num(p?.completion) ? `IF(${a(RATE_COL.share)}>0,${a(RATE_COL.rate)}/${a(RATE_COL.share)},0)` : null, p?.completion ?? null, pctStyle);
  cells.push({ row, col: RATE_COL.note, kind: "text", value: gapText(p, lang), style: textStyle });
  cells.push({ row, col: RATE_COL.status, kind: "text", value: statusLabel(p?.status ?? "unknown", lang), style: textStyle });
  return cells;
}

function count(row: number, col: number, v: number | null | undefined, style: string): ReportCell {
  return num(v) ? { row, col, kind: "number", value: v, style } : { row, col, kind: "empty", style };
}

export function rateBlock(analysis: TableAnalysis, measure: Measure, lang: Lang, top: number, withHeading: boolean, scope: string): MeasureBlock {
  const cells: ReportCell[] = [];
  const runs: RowRun[] = [];
  const merges: CellRange[] = [];
  let row = top;
  if (withHeading) cells.push({ row: row++, col: RATE_COL.rank, kind: "text", value: measure.label, style: "section" });
  const total = analysis.total?.values[measure.id];
  const summaryRow = row;
  cells.push({ row: summaryRow, col: RATE_COL.rank, kind: "text", value: wholeRateLine(total, lang, scope) ?? t(lang, "report.chat.noData"), style: "summaryText" });
  merges.push({ top: summaryRow, left: RATE_COL.rank, bottom: summaryRow, right: RATE_COL.status });
  const headerRow = summaryRow + 2;
  const headers: [number, MessageKey][] = [
    [RATE_COL.rank, "report.col.rank"], [RATE_COL.unit, "report.col.unit"], [RATE_COL.base, "report.rate.col.base"], [RATE_COL.done, "report.rate.col.done"],
    [RATE_COL.rate, "report.rate.col.rate"], [RATE_COL.share, "report.rate.col.target"], [RATE_COL.gap, "report.rate.col.gap"],
    [RATE_COL.completion, "report.col.completion"], [RATE_COL.note, "report.rate.col.note"], [RATE_COL.status, "report.col.status"],
  ];
  for (const [col, key] of headers) cells.push({ row: headerRow, col, kind: "text", value: t(lang, key), style: "header" });
  const units: UnitProgress[] = rankUnits(analysis, measure.id);
  const firstUnitRow = headerRow + 1;
  const totalRow = unitAndTotalRows({ cells, runs }, {
    lang, firstUnitRow, units, cols: { index: RATE_COL.rank, unit: RATE_COL.unit }, lastCol: RATE_COL.status,
    sums: [{ col: RATE_COL.base, value: total?.rate?.base ?? 0 }, { col: RATE_COL.done, value: total?.done ?? 0 }],
    unitCells: (r, unit) => {
      const p = unit.values[measure.id];
      return [count(r, RATE_COL.base, p?.rate?.base, "count"), count(r, RATE_COL.done, p?.done, "count"), ...rowCells(r, p, lang, false)];
    },
    totalCells: (r) => rowCells(r, total, lang, true),
  });
  const rules = completionRules(firstUnitRow, totalRow, { completion: RATE_COL.completion, status: RATE_COL.status }, lang);
  const chart = unitBarChart(`${t(lang, "report.rate.col.rate")}: ${measure.label}`, firstUnitRow, totalRow, { unit: RATE_COL.unit, value: RATE_COL.rate, afterTable: RATE_COL.status }, summaryRow);
  return {
    cells, runs, merges, rules, rowHeights: [{ row: headerRow, height: 33 }], chart, headerRow, totalRow,
    unitRows: units.map((unit, i) => ({ row: firstUnitRow + i, unit })), nextRow: totalRow + 2,
  };
}
