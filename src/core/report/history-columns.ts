// What the daily report gains when the workbook keeps a history: beside each unit, today's results, the 7-day
// average, the rank change (↑ ↓) and the finish day at the recent rate.
import type { HistoryFigures } from "../history/types";
import { t } from "../messages";
import type { Lang, Measure, TableAnalysis } from "../types";
import { LAST_COL, type MeasureBlock } from "./measure-table";
import type { CellStyle, ReportCell, RowRun } from "./model";

export const HISTORY_COLS = { today: LAST_COL + 1, avg7: LAST_COL + 2, rankChange: LAST_COL + 3, forecastRecent: LAST_COL + 4 } as const;
export const HISTORY_LAST_COL = HISTORY_COLS.forecastRecent;

export function historyStyles(): Record<string, CellStyle> {
  const cell: CellStyle = { border: true, vAlign: "middle" };
  return {
    histSigned: { ...cell, numFmt: "+#,##0;-#,##0;0" },
    histAvg: { ...cell, numFmt: "#,##0.0" },
    histText: { ...cell, hAlign: "center" },
    histDate: { ...cell, hAlign: "center", numFmt: "dd/mm/yyyy" },
    histTotalSigned: { ...cell, bold: true, fill: "#F2F2F2", numFmt: "+#,##0;-#,##0;0" },
    histTotalAvg: { ...cell, bold: true, fill: "#F2F2F2", numFmt: "#,##0.0" },
    histTotalText: { ...cell, bold: true, fill: "#F2F2F2", hAlign: "center" },
    histTotalDate: { ...cell, bold: true, fill: "#F2F2F2", hAlign: "center", numFmt: "dd/mm/yyyy" },
  };
}

/** "↑2", "↓1", "=" (no change), "" (unknown). */
export function rankChangeText(change: number | null): string {
  if (change === null) return "";
  return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : "=";
}

function rowCells(row: number, f: HistoryFigures | undefined, total: boolean): ReportCell[] {
  const style = (s: string) => (total ? `histTotal${s}` : `hist${s}`);
  const num = (col: number, v: number | null | undefined, s: string): ReportCell =>
    typeof v === "number" && Number.isFinite(v) ? { row, col, kind: "number", value: v, style: style(s) } : { row, col, kind: "empty", style: style(s) };
  return [
    num(HISTORY_COLS.today, f?.today, "Signed"),
    num(HISTORY_COLS.avg7, f?.avg7, "Avg"),
    { row, col: HISTORY_COLS.rankChange, kind: "text", value: total ? "" : rankChangeText(f?.rankChange ?? null), style: style("Text") },
    typeof f?.forecastRecent === "number"
      ? { row, col: HISTORY_COLS.forecastRecent, kind: "date", value: f.forecastRecent, style: style("Date") }
      : { row, col: HISTORY_COLS.forecastRecent, kind: "empty", style: style("Text") },
  ];
}

/**
 * The four history columns of one measure block: header and total in `cells`, the units' rows as a run beside the
 * block's own (made on demand, as the block's are); nothing when there is no history.
 */
export function historyColumns(analysis: TableAnalysis, measure: Measure, block: MeasureBlock, lang: Lang): { cells: ReportCell[]; runs: RowRun[] } {
  const h = analysis.history;
  if (!h) return { cells: [], runs: [] };
  const cells: ReportCell[] = (["today", "avg7", "rankChange", "forecastRecent"] as const).map((k) => ({
    row: block.headerRow, col: HISTORY_COLS[k], kind: "text", value: t(lang, `history.col.${k}`), style: "header",
  }));
  const runs: RowRun[] = [];
  const rows = block.unitRows;
  const figures = (i: number) => rowCells(rows[i].row, h.units.get(rows[i].unit.row as number)?.[measure.id], false);
  // A block's unit rows follow one another: one run. Were they ever apart, each is held as cells, as before.
  if (rows.length > 0 && rows.every((r, i) => r.row === rows[0].row + i)) {
    runs.push({ top: rows[0].row, count: rows.length, right: HISTORY_LAST_COL, cellsAt: figures });
  } else {
    for (let i = 0; i < rows.length; i++) for (const c of figures(i)) cells.push(c);
  }
  for (const c of rowCells(block.totalRow, h.total[measure.id], true)) cells.push(c);
  return { cells, runs };
}
