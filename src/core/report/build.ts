// The report sheet as a model: title lines, then one block per measure (summary band, ranked table, totals),
// then the colour legend. Writers (exceljs, Office.js) render it as is.
import { daysLeft } from "../campaign";
import { formatDate, todaySerial } from "../dates";
import { t } from "../messages";
import type { Lang, Measure, TableAnalysis } from "../types";
import { chatSummary } from "./chat-text";
import { LEGEND_ROWS, legendCells } from "./legend";
import { pickMeasures, scopeName } from "./measures";
import { COL, LAST_COL, measureBlock } from "./measure-table";
import type { CellRange, ReportModel } from "./model";
import { reportSheetName } from "./sheet-name";
import { SIGNATURE_ROWS, signatureBlock } from "./signatures";
import { reportStyles } from "./styles";
import { burnUp } from "./burn-up";
import { HISTORY_COLS, HISTORY_LAST_COL, historyColumns, historyStyles } from "./history-columns";

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

function campaignLine(analysis: TableAnalysis, lang: Lang): string {
  const c = analysis.campaign;
  const name = c.name || t(lang, "report.campaignName");
  if (c.from === null || c.to === null || analysis.days === null || analysis.elapsed === null) {
    return t(lang, "report.campaignNoDates", { name });
  }
  return t(lang, "report.campaign", {
    name,
    from: formatDate(c.from, lang),
    to: formatDate(c.to, lang),
    days: analysis.days,
    elapsed: analysis.elapsed,
    left: daysLeft(c, analysis.asOf) ?? 0,
  });
}

/** Width of the unit column: fits the longest name, within reason (long names wrap). */
function unitColumnWidth(analysis: TableAnalysis): number {
  const longest = Math.max(12, ...analysis.units.map((u) => u.name.length));
  return Math.min(longest + 3, 34);
}

function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

export function buildReport(analysis: TableAnalysis, opts: ReportOptions): ReportModel {
  const { lang } = opts;
  const measures = pickMeasures(analysis, opts.measureId);
  const single = measures.length === 1;
  const titleMeasure = single ? measures[0].label : measures.map((m) => m.label).join(", ");
  const full = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right: LAST_COL });
  const model: ReportModel = {
    sheetName: reportSheetName(analysis.asOf, opts.existingSheetNames, t(lang, "report.sheetBase")),
    cells: [
      { row: 1, col: 1, kind: "text", value: t(lang, "report.title", { measure: titleMeasure.toLocaleUpperCase("vi") }), style: "title" },
      { row: 2, col: 1, kind: "text", style: "subtitle", value: t(lang, "report.asOf", {
        date: formatDate(analysis.asOf, lang), time: clock(opts.now), today: formatDate(todaySerial(opts.now), lang) }) },
      { row: 3, col: 1, kind: "text", value: campaignLine(analysis, lang), style: "subtitle" },
    ],
    styles: reportStyles(lang),
    merges: [full(1), full(2), full(3)],
    columnWidths: [
      { col: COL.rank, width: 9 }, { col: COL.unit, width: unitColumnWidth(analysis) },
      ...[COL.target, COL.done, COL.remaining, COL.completion, COL.expected, COL.lag, COL.required].map((col) => ({ col, width: 13 })),
      { col: COL.status, width: 16 },
    ],
    rowHeights: [{ row: 1, height: 24 }],
    rules: [],
    freeze: { rows: 0, cols: 0 },
    print: {
      paperSize: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: null,
      printArea: { top: 1, left: 1, bottom: 1, right: LAST_COL },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: true,
    },
    charts: [],
    font: { name: "Times New Roman", size: 12 },
    chatText: chatSummary(analysis, lang, opts.measureId),
  };

  let row = 5;
  const scope = scopeName(analysis, lang);
  for (const measure of measures) {
    const block = measureBlock(analysis, measure, lang, row, !single, scope);
    // Loops, not push(...): a 50,000-unit block spread as arguments overflows the call stack.
    append(model.cells, block.cells);
    append(model.merges, block.merges);
    append(model.rules, block.rules);
    append(model.rowHeights, block.rowHeights);
    model.charts.push(block.chart);
    if (analysis.history) {
      append(model.cells, historyColumns(analysis, measure, block, lang));
      // The bar chart moves right of the history columns.
      if (block.chart.kind === "bar") block.chart.anchor = { ...block.chart.anchor, left: block.chart.anchor.left + 4, right: block.chart.anchor.right + 4 };
    }
    if (single) {
      // One table: keep its header in view and on every printed page.
      model.freeze = { rows: block.headerRow, cols: COL.unit };
      model.print.repeatRows = { first: block.headerRow, last: block.headerRow };
    }
    row = block.nextRow;
  }
  model.cells.push(...legendCells(lang, analysis.campaign.thresholds, row, COL.unit));
  const signatures = signatureBlock(lang, row + LEGEND_ROWS + 1, opts.now);
  append(model.cells, signatures.cells);
  append(model.merges, signatures.merges);
  model.print.printArea.bottom = row + LEGEND_ROWS + SIGNATURE_ROWS;
  if (analysis.history) addHistoryParts(model, analysis, measures[0], opts);
  return model;
}

/** History columns' widths and styles, and the burn-up chart under the signatures (inside the print area). */
function addHistoryParts(model: ReportModel, analysis: TableAnalysis, measure: Measure | undefined, opts: ReportOptions): void {
  Object.assign(model.styles, historyStyles());
  model.columnWidths.push(...Object.values(HISTORY_COLS).map((col) => ({ col, width: col === HISTORY_COLS.forecastRecent ? 14 : 11 })));
  model.print.printArea.right = HISTORY_LAST_COL;
  if (!measure) return;
  const chart = burnUp(analysis, measure, opts.lang, model.print.printArea.bottom + 2, opts.chartUnitRow ?? null);
  if (!chart) return;
  append(model.cells, chart.cells);
  model.charts.push(...chart.charts);
  model.print.printArea.bottom = chart.nextRow;
}
