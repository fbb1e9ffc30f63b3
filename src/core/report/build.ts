// The report sheet as a model: title lines, then one block per measure (summary band, ranked table, totals),
// then the colour legend. Writers (exceljs, Office.js) render it as is.
import { daysLeft } from "../campaign";
import { formatDate, todaySerial } from "../dates";
import { t } from "../messages";
import type { Lang, Measure, TableAnalysis } from "../types";
import { chatSummary } from "./chat-text";
import { LEGEND_ROWS, legendCells } from "./legend";
import { isAllocation, pickMeasures, scopeName } from "./measures";
import { ALLOCATION_COL, ALLOCATION_LAST_COL, allocationBlock } from "./allocation-table";
import { keepCloseWithTable, placeCharts } from "./page-fit";
import { COL, LAST_COL, measureBlock } from "./measure-table";
import { rateBlock } from "./rate-table";
import type { CellRange, ReportModel, RowRun } from "./model";
import { reportSheetName } from "./sheet-name";
import { SIGNATURE_ROWS, signatureBlock } from "./signatures";
import { reportStyles } from "./styles";
import { burnUp, CHART_BLOCK_ROWS } from "./burn-up";
import { HISTORY_COLS, HISTORY_LAST_COL, historyColumns, historyStyles } from "./history-columns";
import { forDisplay } from "./display";
import { unitChartLeftOut } from "./table-walk";

export interface ReportOptions {
  lang: Lang;
  measureId?: string;
  /** When the report is made (the clerk's clock). */
  now: Date;
  existingSheetNames: string[];
  /** The unit (its sheet row) drawn beside the total in the burn-up chart, when there is history. */
  chartUnitRow?: number | null;
}

function clock(now: Date): string {
  return `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
}

/** The campaign's own name, else the name of the phase its dates are ("Đợt 2"), else "Đợt cao điểm". */
function campaignName(analysis: TableAnalysis, lang: Lang): string {
  const c = analysis.campaign;
  const phase = c.phases?.find((p) => p.from === c.from && p.to === c.to);
  return c.name || phase?.name || t(lang, "report.campaignName");
}

function campaignLine(analysis: TableAnalysis, lang: Lang, allocation: boolean): string {
  const c = analysis.campaign;
  const name = campaignName(analysis, lang);
  if (allocation && analysis.days !== null && (c.from === null || c.to === null)) {
    return t(lang, "report.allocation.campaignDaysOnly", { name, days: analysis.days });
  }
  if (c.from === null || c.to === null || analysis.days === null || analysis.elapsed === null) {
    return t(lang, allocation ? "report.allocation.campaignNoDates" : "report.campaignNoDates", { name });
  }
  const period = { name, from: formatDate(c.from, lang), to: formatDate(c.to, lang), days: analysis.days };
  // An allocation is not measured against the calendar: no days elapsed or left.
  if (allocation) return t(lang, "report.allocation.campaign", period);
  return t(lang, "report.campaign", { ...period, elapsed: analysis.elapsed, left: daysLeft(c, analysis.asOf) ?? 0 });
}

/** Width of the unit column: fits the longest name, within reason (long names wrap). */
function unitColumnWidth(analysis: TableAnalysis): number {
  let longest = 12;
  for (const u of analysis.units) longest = Math.max(longest, u.name.length);
  return Math.min(longest + 3, 34);
}

function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

function columnWidths(analysis: TableAnalysis, allocation: boolean): { col: number; width: number }[] {
  if (allocation) {
    const A = ALLOCATION_COL;
    return [{ col: A.index, width: 7 }, { col: A.unit, width: unitColumnWidth(analysis) },
      ...[A.target, A.daily, A.typedDaily, A.share].map((col) => ({ col, width: 16 }))];
  }
  // A rate block writes its gap in words ("còn thiếu 12 hồ sơ để đạt 30%") where a count block has "needed per day".
  const gapInWords = analysis.table.measures.some((m) => m.kind === "rate");
  return [
    { col: COL.rank, width: 9 }, { col: COL.unit, width: unitColumnWidth(analysis) },
    ...[COL.target, COL.done, COL.remaining, COL.completion, COL.expected, COL.lag].map((col) => ({ col, width: 13 })),
    { col: COL.required, width: gapInWords ? 30 : 13 }, { col: COL.status, width: 16 },
  ];
}

/** The title and the line under it: a progress report's data date, or an allocation's "no results yet". */
function heading(analysis: TableAnalysis, opts: ReportOptions, measure: string, allocation: boolean): [string, string] {
  const { lang } = opts;
  const made = { time: clock(opts.now), today: formatDate(todaySerial(opts.now), lang) };
  const upper = measure.toLocaleUpperCase("vi");
  return allocation
    ? [t(lang, "report.allocation.title", { measure: upper }), t(lang, "report.allocation.subtitle", made)]
    : [t(lang, "report.title", { measure: upper }), t(lang, "report.asOf", { date: formatDate(analysis.asOf, lang), ...made })];
}

export function buildReport(input: TableAnalysis, opts: ReportOptions): ReportModel {
  const { lang } = opts;
  const analysis = forDisplay(input);
  const measures = pickMeasures(analysis, opts.measureId);
  const allocation = isAllocation(analysis, measures);
  const lastCol = allocation ? ALLOCATION_LAST_COL : LAST_COL;
  const single = measures.length === 1;
  const titleMeasure = single ? measures[0].label : measures.map((m) => m.label).join(", ");
  const [title, subtitle] = heading(analysis, opts, titleMeasure, allocation);
  const full = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right: lastCol });
  const model: ReportModel = {
    sheetName: reportSheetName(analysis.asOf, opts.existingSheetNames, t(lang, "report.sheetBase")),
    cells: [
      { row: 1, col: 1, kind: "text", value: title, style: "title" },
      { row: 2, col: 1, kind: "text", style: "subtitle", value: subtitle },
      { row: 3, col: 1, kind: "text", value: campaignLine(analysis, lang, allocation), style: "subtitle" },
    ],
    styles: reportStyles(lang),
    merges: [full(1), full(2), full(3)],
    columnWidths: columnWidths(analysis, allocation),
    rowHeights: [{ row: 1, height: 24 }],
    rules: [],
    freeze: { rows: 0, cols: 0 },
    print: {
      paperSize: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: null,
      printArea: { top: 1, left: 1, bottom: 1, right: lastCol },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: true,
    },
    charts: [],
    font: { name: "Times New Roman", size: 12 },
    chatText: chatSummary(analysis, lang, opts.measureId),
  };

  const runs: RowRun[] = (model.runs = []);
  let row = 5;
  const scope = scopeName(analysis, lang);
  for (const measure of measures) {
    const block = (allocation ? allocationBlock : measure.kind === "rate" ? rateBlock : measureBlock)(analysis, measure, lang, row, !single, scope);
    // Loops, not push(...): a 50,000-unit block spread as arguments overflows the call stack.
    append(model.cells, block.cells);
    append(runs, block.runs);
    append(model.merges, block.merges);
    append(model.rules, block.rules);
    append(model.rowHeights, block.rowHeights);
    if (block.chart) model.charts.push(block.chart);
    // Too many units for a legible per-unit chart: none, and a line saying so (an allocation draws none anyway).
    const leftOut = allocation ? null : unitChartLeftOut(lang, block, COL.rank);
    if (leftOut) model.cells.push(leftOut);
    if (analysis.history && !allocation) {
      const history = historyColumns(analysis, measure, block, lang);
      append(model.cells, history.cells);
      append(runs, history.runs);
      // The four history columns stand where the bar chart was: it moves right by as many, so it covers no figure.
      if (block.chart?.kind === "bar") block.chart.anchor = { ...block.chart.anchor, left: block.chart.anchor.left + 4, right: block.chart.anchor.right + 4 };
    }
    if (single) {
      // One table: keep its header in view and on every printed page.
      model.freeze = { rows: block.headerRow, cols: COL.unit };
      model.print.repeatRows = { first: block.headerRow, last: block.headerRow };
    }
    row = block.nextRow;
  }
  const tableBottom = row - 2;
  // An allocation has no statuses, so no colour legend.
  if (!allocation) {
    const sharesOnly = measures.every((m) => m.kind === "rate");
    model.cells.push(...legendCells(lang, analysis.campaign.thresholds, row, COL.unit, sharesOnly));
    row += LEGEND_ROWS + 1;
  }
  const signatures = signatureBlock(lang, row, opts.now, lastCol);
  append(model.cells, signatures.cells);
  append(model.merges, signatures.merges);
  model.print.printArea.bottom = row + SIGNATURE_ROWS - 1;
  if (analysis.history && !allocation) addHistoryParts(model, analysis, measures, opts, tableBottom);
  else keepCloseWithTable(model, tableBottom);
  return model;
}

/**
 * History columns' widths and styles, and the burn-up charts under the signatures, one block per measure, inside
 * the print area; their day-by-day figures under all the charts, outside it. Where the charts print: see page-fit.
 */
function addHistoryParts(model: ReportModel, analysis: TableAnalysis, measures: Measure[], opts: ReportOptions, tableBottom: number): void {
  Object.assign(model.styles, historyStyles());
  model.columnWidths.push(...Object.values(HISTORY_COLS).map((col) => ({ col, width: col === HISTORY_COLS.forecastRecent ? 14 : 11 })));
  model.print.printArea.right = HISTORY_LAST_COL;
  const signaturesBottom = model.print.printArea.bottom;
  const withSeries = measures.filter((m) => (analysis.history?.totalSeries[m.id] ?? []).length > 0);
  const chartTops = withSeries.map((_, k) => signaturesBottom + 2 + k * (CHART_BLOCK_ROWS + 1));
  let dataTop = signaturesBottom + 2 + withSeries.length * (CHART_BLOCK_ROWS + 1) + 1;
  const placed: number[] = [];
  withSeries.forEach((measure, k) => {
    const chart = burnUp(analysis, measure, opts.lang, chartTops[k], opts.chartUnitRow ?? null, dataTop);
    if (!chart) return;
    append(model.cells, chart.cells);
    model.charts.push(...chart.charts);
    placed.push(chartTops[k]);
    // The printout ends with the charts: their day-by-day figures stay on the sheet, under the report's own
    // repeated header they would read as units.
    model.print.printArea.bottom = chart.chartBottom;
    dataTop = chart.nextRow + 1;
  });
  placeCharts(model, tableBottom, placed);
}
