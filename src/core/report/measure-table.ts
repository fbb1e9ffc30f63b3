// One measure's block on the report sheet: a summary band, then the ranked table with native formulas
// (cached with the engine's values) and its totals row. Columns are fixed: see COL.
import { cellAddress, columnLetters } from "../address";
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

/** The letters of the columns a row's formulas name, made once (the columns are fixed). */
const AT = {
  target: columnLetters(COL.target), done: columnLetters(COL.done), remaining: columnLetters(COL.remaining), expected: columnLetters(COL.expected),
} as const;

/** What every row of one block shares, worked out once per block rather than once per row. */
interface RowContext {
  period: Period | null;
  /** "*14/90": the expected figure's formula after the target's address. */
  expectedTail: string;
  /** "/71,0)": the needed-per-day formula after the remaining figure's address. */
  requiredTail: string;
  overdue: string;
  statusText: Record<Status, string>;
}

const STATUSES: Status[] = ["complete", "on-track", "at-risk", "behind", "not-started", "unknown"];

function rowContext(period: Period | null, lang: Lang): RowContext {
  const statusText = {} as Record<Status, string>;
  for (const s of STATUSES) statusText[s] = statusLabel(s, lang);
  return {
    period, overdue: t(lang, "report.overdue"), statusText,
    expectedTail: period === null ? "" : `*${period.elapsed}/${period.days}`,
    requiredTail: period === null ? "" : `/${period.left},0)`,
  };
}

/**
 * The computed columns of one row (a unit or the totals), formulas over the row's own target and done, added to
 * `cells` (returned). The row's number is written once and the cells pushed directly (no closure per row, the
 * status words and the formulas' fixed tails looked up once per block): a province's report has 150,000 such rows.
 */
function figureCells(cells: ReportCell[], row: number, p: Progress | undefined, x: RowContext, total: boolean): ReportCell[] {
  const n = String(row);
  const targetAt = AT.target + n;
  const doneAt = AT.done + n;
  const countStyle = total ? "totalCount" : "count";
  const pctStyle = total ? "totalPercent" : "percent";
  const textStyle = total ? "totalText" : "text";
  const signedStyle = total ? "totalSigned" : "signed";
  const period = x.period;
  const target = p?.target ?? null;
  const done = p?.done ?? null;
  const both = num(target) && num(done);
  const remaining = both ? Math.max(target - done, 0) : null;
  if (both) {
    cells.push({ row, col: COL.remaining, kind: "formula", formula: "MAX(" + targetAt + "-" + doneAt + ",0)", value: remaining, style: countStyle });
    cells.push({ row, col: COL.completion, kind: "formula", formula: "IF(" + targetAt + ">0," + doneAt + "/" + targetAt + ",0)", value: target > 0 ? done / target : 0, style: pctStyle });
  } else {
    cells.push({ row, col: COL.remaining, kind: "empty", style: countStyle });
    cells.push({ row, col: COL.completion, kind: "empty", style: pctStyle });
  }
  const dated = period !== null && period.days > 0 && num(target);
  const expected = dated ? (target * period.elapsed) / period.days : null;
  if (dated) cells.push({ row, col: COL.expected, kind: "formula", formula: targetAt + x.expectedTail, value: expected, style: countStyle });
  else cells.push({ row, col: COL.expected, kind: "empty", style: countStyle });
  if (dated && both) cells.push({ row, col: COL.lag, kind: "formula", formula: doneAt + "-" + AT.expected + n, value: expected !== null && num(done) ? done - expected : null, style: signedStyle });
  else cells.push({ row, col: COL.lag, kind: "empty", style: signedStyle });
  if (period !== null && both && period.left > 0) {
    cells.push({ row, col: COL.required, kind: "formula", formula: "ROUNDUP(" + AT.remaining + n + x.requiredTail, value: p?.requiredDaily ?? Math.ceil((remaining as number) / period.left), style: countStyle });
  } else if (period !== null && remaining !== null && remaining > 0) {
    cells.push({ row, col: COL.required, kind: "text", value: x.overdue, style: textStyle });
  } else {
    cells.push({ row, col: COL.required, kind: "empty", style: countStyle });
  }
  cells.push({ row, col: COL.status, kind: "text", value: x.statusText[p?.status ?? "unknown"], style: textStyle });
  return cells;
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
  const x = rowContext(period, lang);
  const totalRow = unitAndTotalRows({ cells, runs }, {
    lang, firstUnitRow, units, cols, lastCol: LAST_COL,
    sums: [{ col: COL.target, value: total?.target ?? 0 }, { col: COL.done, value: total?.done ?? 0 }],
    unitCells: (r, unit) => {
      const p = unit.values[measure.id];
      return figureCells([valueCell(r, COL.target, p?.target, "count"), valueCell(r, COL.done, p?.done, "count")], r, p, x, false);
    },
    totalCells: (r) => figureCells([], r, totalForFormulas, x, true),
  });
  const rules = completionRules(firstUnitRow, totalRow, { completion: COL.completion, status: COL.status }, lang);
  const chart = unitBarChart(`${t(lang, "report.col.completion")}: ${measure.label}`, firstUnitRow, totalRow, { unit: COL.unit, value: COL.completion, afterTable: LAST_COL }, summaryTop);
  const unitRows = units.map((unit, i) => ({ row: firstUnitRow + i, unit }));
  return { cells, runs, merges, rules, rowHeights: [{ row: headerRow, height: 33 }, { row: summaryTop, height: 33 }], chart, headerRow, totalRow, unitRows, nextRow: totalRow + 2 };
}
