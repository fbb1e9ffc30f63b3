// The weekly report and the phase report: each unit's results within the period against the period's share of
// its target, best first, with the total; the same look as the daily report.
import { cellAddress } from "../address";
import { formatDate } from "../dates";
import type { PeriodAnalysis, PeriodFigures } from "../history/period";
import { t } from "../messages";
import type { Lang, TableAnalysis } from "../types";
import { pickMeasures } from "./measures";
import type { CellRange, ReportCell, ReportModel } from "./model";
import { reportSheetName } from "./sheet-name";
import { reportStyles } from "./styles";
import { forDisplay } from "./display";
import { displayText } from "../text";

const HEADERS = ["report.col.rank", "report.col.unit", "history.period.col.target", "history.period.col.done", "history.period.col.completion", "history.period.col.perDay", "report.col.done", "report.col.completion"] as const;
const LAST = HEADERS.length;

export interface PeriodReportOptions {
  lang: Lang;
  measureId?: string;
  existingSheetNames: string[];
}

function num(row: number, col: number, v: number | null, style: string): ReportCell {
  return v === null || !Number.isFinite(v) ? { row, col, kind: "empty", style } : { row, col, kind: "number", value: Math.round(v * 100) / 100, style };
}

function figureRow(row: number, f: PeriodFigures | undefined, target: number | null | undefined, total: boolean): ReportCell[] {
  const s = (name: string) => (total ? `total${name}` : name.charAt(0).toLowerCase() + name.slice(1));
  const a = (col: number) => cellAddress(row, col);
  const completion = f?.done !== null && f?.done !== undefined && f.target ? f.done / f.target : 0;
  const overall = typeof target === "number" && target > 0 && f?.cumulative != null ? f.cumulative / target : 0;
  return [
    num(row, 3, f?.target ?? null, s("Count")),
    num(row, 4, f?.done ?? null, s("Count")),
    { row, col: 5, kind: "formula", formula: `IF(N(${a(3)})>0,N(${a(4)})/${a(3)},0)`, value: completion, style: s("Percent") },
    num(row, 6, f?.perDay ?? null, s("Count")),
    num(row, 7, f?.cumulative ?? null, s("Count")),
    { row, col: 8, kind: "number", value: overall, style: s("Percent") },
  ];
}

export function buildPeriodReport(input: TableAnalysis, pa: PeriodAnalysis, opts: PeriodReportOptions): ReportModel {
  const { lang } = opts;
  const analysis = forDisplay(input);
  const measure = pickMeasures(analysis, opts.measureId)[0] ?? analysis.table.measures[0];
  const p = pa.period;
  const isWeek = p.kind === "week";
  const full = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right: LAST });
  const periodLine = isWeek
    ? t(lang, "history.week.period", { from: formatDate(p.from, lang), to: formatDate(p.to, lang), days: pa.days })
    : t(lang, "history.phase.period", { phase: p.name, from: formatDate(p.from, lang), to: formatDate(p.to, lang), days: pa.days, asOf: formatDate(Math.min(analysis.asOf, p.to), lang) });
  const title = isWeek ? t(lang, "history.week.title", { measure: measure.label.toLocaleUpperCase("vi") }) : t(lang, "history.phase.title", { phase: p.name.toLocaleUpperCase("vi"), measure: measure.label.toLocaleUpperCase("vi") });
  const cells: ReportCell[] = [
    { row: 1, col: 1, kind: "text", value: title, style: "title" },
    { row: 2, col: 1, kind: "text", value: periodLine, style: "subtitle" },
  ];
  const headerRow = 4;
  HEADERS.forEach((key, i) => cells.push({ row: headerRow, col: i + 1, kind: "text", value: t(lang, key), style: "header" }));
  const ranked = [...pa.units].sort((a, b) => (b.values[measure.id]?.completion ?? -Infinity) - (a.values[measure.id]?.completion ?? -Infinity));
  ranked.forEach((u, i) => {
    const row = headerRow + 1 + i;
    cells.push({ row, col: 1, kind: "number", value: i + 1, style: "rank" }, { row, col: 2, kind: "text", value: displayText(u.name), style: "unit" });
    const target = analysis.units.find((x) => x.row === u.row)?.values[measure.id]?.target;
    for (const c of figureRow(row, u.values[measure.id], target, false)) cells.push(c);
  });
  const totalRow = headerRow + 1 + ranked.length;
  cells.push({ row: totalRow, col: 1, kind: "empty", style: "totalLabel" }, { row: totalRow, col: 2, kind: "text", value: t(lang, "report.totalRow"), style: "totalLabel" });
  for (const c of figureRow(totalRow, pa.total[measure.id], analysis.total?.values[measure.id]?.target, true)) cells.push(c);
  const base = t(lang, isWeek ? "history.period.sheetWeek" : "history.period.sheetPhase");
  return {
    sheetName: reportSheetName(analysis.asOf, opts.existingSheetNames, base),
    cells,
    styles: reportStyles(lang),
    merges: [full(1), full(2)],
    columnWidths: [{ col: 1, width: 9 }, { col: 2, width: 26 }, ...[3, 4, 5, 6, 7, 8].map((col) => ({ col, width: 14 }))],
    rowHeights: [{ row: 1, height: 24 }, { row: headerRow, height: 45 }],
    rules: [],
    freeze: { rows: headerRow, cols: 2 },
    print: { paperSize: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: { first: headerRow, last: headerRow }, printArea: { top: 1, left: 1, bottom: totalRow, right: LAST }, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: true },
    charts: [],
    font: { name: "Times New Roman", size: 12 },
    chatText: "",
  };
}
