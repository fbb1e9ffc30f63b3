// The burn-up chart: for the total and for a unit the clerk picks, the cumulative results by day against the
// expected line (target × elapsed ÷ days) and the target. Its figures are written on the report sheet (a
// chart needs cells) and a native line chart is requested over them.
import { daysElapsed, campaignDays } from "../campaign";
import type { DayPoint } from "../history/types";
import { t } from "../messages";
import type { Lang, Measure, TableAnalysis } from "../types";
import type { ChartRequest, ReportCell } from "./model";

/** Rows a chart takes on the sheet. */
const CHART_ROWS = 18;

export interface BurnUp {
  cells: ReportCell[];
  charts: ChartRequest[];
  /** The last row of the charts: the day-by-day figures under them feed the charts but are not printed. */
  chartBottom: number;
  nextRow: number;
}

interface Line {
  name: string;
  points: DayPoint[];
  target: number | null;
}

function expectedAt(analysis: TableAnalysis, target: number | null, day: number): number | null {
  const days = campaignDays(analysis.campaign);
  const elapsed = daysElapsed(analysis.campaign, day);
  return target === null || days === null || days <= 0 || elapsed === null ? null : (target * elapsed) / days;
}

/**
 * The data block and the charts, from row `top`: a heading, the charts side by side, then one row per day
 * (date, then done / expected / target for the total and for the chosen unit). null without history.
 */
export function burnUp(analysis: TableAnalysis, measure: Measure, lang: Lang, top: number, unitRow: number | null): BurnUp | null {
  const h = analysis.history;
  if (!h) return null;
  const totalPoints = h.totalSeries[measure.id] ?? [];
  if (totalPoints.length === 0) return null;
  const lines: Line[] = [{ name: t(lang, "report.totalRow"), points: totalPoints, target: analysis.total?.values[measure.id]?.target ?? null }];
  const unit = unitRow === null ? undefined : analysis.units.find((u) => u.row === unitRow);
  if (unit) lines.push({ name: unit.name, points: h.unitSeries.get(unitRow as number)?.[measure.id] ?? [], target: unit.values[measure.id]?.target ?? null });

  const cells: ReportCell[] = [{ row: top, col: 1, kind: "text", value: t(lang, "history.chart.title", { unit: lines.map((l) => l.name).join(", ") }), style: "section" }];
  const dataTop = top + 1 + CHART_ROWS + 1;
  const days = totalPoints.map((p) => p.day);
  const first = dataTop + 1;
  const last = dataTop + days.length;
  cells.push({ row: dataTop, col: 2, kind: "text", value: t(lang, "history.col.day"), style: "header" });
  days.forEach((day, i) => cells.push({ row: first + i, col: 2, kind: "date", value: day, style: "histDate" }));
  const charts: ChartRequest[] = [];
  lines.forEach((line, k) => {
    const col = 3 + k * 3;
    const heads = (["actual", "expected", "target"] as const).map((w) => `${t(lang, `history.chart.${w}`)}${k > 0 ? ` (${line.name})` : ""}`);
    heads.forEach((value, j) => cells.push({ row: dataTop, col: col + j, kind: "text", value, style: "header" }));
    const byDay = new Map(line.points.map((p) => [p.day, p.done]));
    days.forEach((day, i) => {
      const row = first + i;
      const done = byDay.get(day);
      const expected = expectedAt(analysis, line.target, day);
      cells.push(done === undefined ? { row, col, kind: "empty", style: "count" } : { row, col, kind: "number", value: done, style: "count" });
      cells.push(expected === null ? { row, col: col + 1, kind: "empty", style: "count" } : { row, col: col + 1, kind: "number", value: Math.round(expected * 10) / 10, style: "count" });
      cells.push(line.target === null ? { row, col: col + 2, kind: "empty", style: "count" } : { row, col: col + 2, kind: "number", value: line.target, style: "count" });
    });
    const range = (c: number) => ({ top: first, left: c, bottom: last, right: c });
    charts.push({
      kind: "line",
      title: `${t(lang, "history.chart.title", { unit: line.name })} (${measure.label})`,
      categories: range(2),
      values: range(col),
      series: heads.map((name, j) => ({ name, values: range(col + j), dashed: j > 0 })),
      valueFormat: "#,##0",
      categoryFormat: "dd/mm",
      anchor: { top: top + 1, left: k === 0 ? 1 : 6, bottom: top + CHART_ROWS, right: k === 0 ? 5 : 10 },
    });
  });
  return { cells, charts, chartBottom: dataTop - 1, nextRow: last + 2 };
}
