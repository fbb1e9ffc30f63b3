// One measure's block on the report sheet: a summary band, then the ranked table with native formulas
// (cached with the engine's values) and its totals row. Columns are fixed: see COL.
import { cellAddress } from "../address";
import { daysLeft } from "../campaign";
import { t } from "../messages";
import { statusLabel } from "../progress";
import type { Lang, Measure, Progress, Status, TableAnalysis, UnitProgress } from "../types";
import type { CellRange, ChartRequest, ConditionalRule, ReportCell, RowRun } from "./model";
import { rankUnits } from "./rank";
import { blockTop, completionRules, unitAndTotalRows, unitBarChart } from "./table-walk";

export const COL = {
  rank: 1, unit: 2, target: 3, done: 4, remaining: 5, completion: 6, expected: 7, lag: 8, required: 9, status: 10,
} as const;
export const LAST_COL = COL.status;

export interface MeasureBlock {
  cells: ReportCell[];
  /** The unit rows, made on demand (see RowRun). */
  runs: RowRun[];
  merges: CellRange[];
  rules: ConditionalRule[];
  rowHeights: { row: number; height: number }[];
  /** null when a chart would say nothing (an allocation has no completion). */
  chart: ChartRequest | null;
  headerRow: number;
  totalRow: number;
  /** The unit on each table row, in the ranked order (history columns are added beside them). */
  unitRows: { row: number; unit: UnitProgress }[];
  /** First free row after the block. */
  nextRow: number;
}

const num = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** The period's day counts, when the dates are known. */
interface Period {
  days: number;
  elapsed: number;
  left: number;
}

function periodOf(analysis: TableAnalysis): Period | null {
  if (analysis.days === null || analysis.elapsed === null) return null;
  return { days: analysis.days, elapsed: analysis.elapsed, left: daysLeft(analysis.campaign, analysis.asOf) ?? 0 };
}

/**
 * The computed columns of one row (a unit or the totals), formulas over the row's own target and done, added to
 * `cells` (returned). The row's addresses are written once: a province's report has 150,000 such rows.
 */
function figureCells(cells: ReportCell[], row: number, p: Progress | undefined, period: Period | null, lang: Lang, total: boolean): ReportCell[] {
  const targetAt = cellAddress(row, COL.target);
  const doneAt = cellAddress(row, COL.done);
  const countStyle = total ? "totalCount" : "count";
  const pctStyle = total ? "totalPercent" : "percent";
  const textStyle = total ? "totalText" : "text";
  const put = (col: number, formula: string | null, value: number | string | null, style: string) =>
    cells.push(formula === null ? { row, col, kind: "empty", style } : { row, col, kind: "formula", formula, value, style });
  const target = p?.target ?? null;
  const done = p?.done ?? null;
  const both = num(target) && num(done);
  const remaining = both ? Math.max(target - done, 0) : null;
  put(COL.remaining, both ? `MAX(${targetAt}-${doneAt},0)` : null, remaining, countStyle);
  put(COL.completion, both ? `IF(${targetAt}>0,${doneAt}/${targetAt},0)` : null,
    both && target > 0 ? done / target : 0, pctStyle);
  const dated = period !== null && period.days > 0 && num(target);
  const expected = dated ? (target * period.elapsed) / period.days : null;
  put(COL.expected, dated ? `${targetAt}*${period.elapsed}/${period.days}` : null, expected, countStyle);
  put(COL.lag, dated && both ? `${doneAt}-${cellAddress(row, COL.expected)}` : null, expected !== null && num(done) ? done - expected : null, total ? "totalSigned" : "signed");
  if (period !== null && both && period.left > 0) {
    put(COL.required, `ROUNDUP(${cellAddress(row, COL.remaining)}/${period.left},0)`, p?.requiredDaily ?? Math.ceil((remaining as number) / period.left), countStyle);
  } else if (period !== null && remaining !== null && remaining > 0) {
    cells.push({ row, col: COL.required, kind: "text", value: t(lang, "report.overdue"), style: textStyle });
  } else {
    put(COL.required, null, null, countStyle);
  }
  const status: Status = p?.status ?? "unknown";
  cells.push({ row, col: COL.status, kind: "text", value: statusText(status, lang), style: textStyle });
  return cells;
}

/** A status's words, looked up once per language (every row of a province's table shows one of five). */
const STATUS_TEXT = new Map<string, string>();
function statusText(status: Status, lang: Lang): string {
  const key = `${lang}\u0000${status}`;
  let text = STATUS_TEXT.get(key);
  if (text === undefined) STATUS_TEXT.set(key, (text = statusLabel(status, lang)));
  return text;
}

function valueCell(row: number, col: number, v: number | null | undefined, style: string): ReportCell {
  return num(v) ? { row, col, kind: "number", value: v, style } : { row, col, kind: "empty", style };
}

function summaryBand(top: number, totalRow: number, total: Progress | undefined, period: Period | null, lang: Lang, scope: string): ReportCell[] {
  const a = (col: number) => cellAddress(totalRow, col);
  const labels = ["target", "done", "completion", "expected", "pace", "daily", "required", "forecast"] as const;
  const cells: ReportCell[] = [
    { row: top, col: COL.rank, kind: "text", value: scope, style: "summaryHead" },
    { row: top, col: COL.unit, kind: "empty", style: "summaryHead" },
    { row: top + 1, col: COL.rank, kind: "empty", style: "summaryHead" },
    { row: top + 1, col: COL.unit, kind: "empty", style: "summaryHead" },
  ];
  labels.forEach((label, i) =>
    cells.push({ row: top, col: COL.target + i, kind: "text", value: t(lang, `report.sum.${label}`), style: "summaryLabel" }));
  const row = top + 1;
  const hasDone = num(total?.done);
  cells.push(
    { row, col: COL.target, kind: "formula", formula: a(COL.target), value: total?.target ?? 0, style: "summaryCount" },
    { row, col: COL.done, kind: "formula", formula: a(COL.done), value: total?.done ?? 0, style: "summaryCount" },
    hasDone
      ? { row, col: COL.done + 1, kind: "formula", formula: a(COL.completion), value: total?.completion ?? 0, style: "summaryPercent" } : { row, col: COL.done + 1, kind: "empty", style: "summaryPercent" },
  );
  const expectedCol = COL.target + 3;
  const paceCol = COL.target + 4;
  if (period !== null && num(total?.expected)) {
    cells.push({ row, col: expectedCol, kind: "formula", formula: a(COL.expected), value: total?.expected ?? 0, style: "summaryCount" });
    cells.push(hasDone
      ? { row, col: paceCol, kind: "formula", formula: `IF(${a(COL.expected)}>0,${a(COL.done)}/${a(COL.expected)},0)`,
          value: num(total?.expected) && (total?.expected ?? 0) > 0 ? (total?.done ?? 0) / (total?.expected as number) : 0, style: "summaryPercent" }
      : { row, col: paceCol, kind: "empty", style: "summaryPercent" });
  } else {
    cells.push({ row, col: expectedCol, kind: "empty", style: "summaryCount" }, { row, col: paceCol, kind: "empty", style: "summaryPercent" });
  }
  cells.push(valueCell(row, COL.target + 5, total?.dailyTarget, "summaryCount"));
  const required = total?.requiredDaily;
  if (total?.overdue) cells.push({ row, col: COL.target + 6, kind: "text", value: t(lang, "report.overdue"), style: "summaryText" });
  else cells.push(valueCell(row, COL.target + 6, required, "summaryCount"));
  const forecast = total?.forecast;
  cells.push(num(forecast) ? { row, col: COL.target + 7, kind: "date", value: forecast, style: "summaryDate" }
    : { row, col: COL.target + 7, kind: "text", value: t(lang, "report.none"), style: "summaryText" });
  return cells;
}

export function measureBlock(
  analysis: TableAnalysis, measure: Measure, lang: Lang, top: number, withHeading: boolean, scope: string,
): MeasureBlock {
  const period = periodOf(analysis);
  const cells: ReportCell[] = [];
  const runs: RowRun[] = [];
  const merges: CellRange[] = [];
  const cols = { index: COL.rank, unit: COL.unit };
  const { summaryTop, headerRow } = blockTop({ cells, merges }, top, withHeading ? measure.label : null, cols);
  const units: UnitProgress[] = rankUnits(analysis, measure.id);
  const firstUnitRow = headerRow + 1;
  const total = analysis.total?.values[measure.id];
  cells.push(...summaryBand(summaryTop, firstUnitRow + units.length, total, period, lang, scope));

  const headers = ["rank", "unit", "target", "done", "remaining", "completion", "expected", "lag", "required", "status"] as const;
  headers.forEach((h, i) => cells.push({ row: headerRow, col: i + 1, kind: "text", value: t(lang, `report.col.${h}`), style: "header" }));

  const totalForFormulas: Progress | undefined = total && { ...total, target: total.target ?? 0, done: total.done ?? 0 };
  const totalRow = unitAndTotalRows({ cells, runs }, {
    lang, firstUnitRow, units, cols, lastCol: LAST_COL,
    sums: [{ col: COL.target, value: total?.target ?? 0 }, { col: COL.done, value: total?.done ?? 0 }],
    unitCells: (r, unit) => {
      const p = unit.values[measure.id];
      return figureCells([valueCell(r, COL.target, p?.target, "count"), valueCell(r, COL.done, p?.done, "count")], r, p, period, lang, false);
    },
    totalCells: (r) => figureCells([], r, totalForFormulas, period, lang, true),
  });
  const rules = completionRules(firstUnitRow, totalRow, { completion: COL.completion, status: COL.status }, lang);
  const chart = unitBarChart(`${t(lang, "report.col.completion")}: ${measure.label}`, firstUnitRow, totalRow, { unit: COL.unit, value: COL.completion, afterTable: LAST_COL }, summaryTop);
  const unitRows = units.map((unit, i) => ({ row: firstUnitRow + i, unit }));
  return { cells, runs, merges, rules, rowHeights: [{ row: headerRow, height: 33 }, { row: summaryTop, height: 33 }], chart, headerRow, totalRow, unitRows, nextRow: totalRow + 2 };
}
