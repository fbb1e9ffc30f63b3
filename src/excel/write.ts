// ReportModel → a new sheet, through Office.js. The cells, merges, sizes and rules are queued for the caller's
// sync (a write is split, with a sync per slice, only when it would pass Excel on the web's 5 MB request limit);
// the cosmetic parts (frozen panes, print setup, chart) follow, each in a sync of its own that catches its own
// failure, so a host refusing one of them never costs the report.
import type { CellRange, CellStyle, ChartRequest, ConditionalRule, PrintSetup, ReportCell, ReportModel, TableRequest } from "../core/report/model";
import { allCells } from "../core/report/row-runs";
import type { Msg } from "../core/types";
import { msg, type MessageKey } from "../core/messages";
import { cellAddress, columnLetters, freshSheetName, rangeAddress } from "../core/address";
import { cellBlock, splitBlock, styleRuns } from "./cells";
import type { Capabilities } from "./requirements";
import { onSheet } from "./a1";

/** Leave room under 5 MB for the rest of the batch. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Excel's character-width units → points (Calibri 11: 8.43 characters = 48 pt). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Values, formulas and number formats as 2-D arrays, then formats by style rectangle. */
export async function writeCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: ReportCell[],
  styles: Record<string, CellStyle>,
  budget = REQUEST_BUDGET_BYTES,
): Promise<void> {
  const block = cellBlock(cells, styles);
  if (!block) return;
  const slices = splitBlock(block, budget);
  for (let i = 0; i < slices.length; i++) {
    const slice = slices[i];
    const range = sheet.getRange(rangeAddress(slice.area));
    range.numberFormat = slice.numberFormats;
    range.formulas = slice.formulas;
    if (i < slices.length - 1) await context.sync();
  }
  for (const run of styleRuns(cells)) {
    const style = styles[run.style];
    if (style) applyStyle(sheet.getRange(rangeAddress(run.area)), style);
  }
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/** Queue one native conditional format on a sheet. */
export function addRule(sheet: Excel.Worksheet, rule: ConditionalRule): void {
  const range = sheet.getRange(rangeAddress(rule.range));
  if (rule.kind === "dataBar") {
    const cf = range.conditionalFormats.add("DataBar");
    cf.dataBar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
    cf.dataBar.upperBoundRule = { type: "Number", formula: String(rule.max) };
    cf.dataBar.positiveFormat.fillColor = rule.color;
    cf.dataBar.positiveFormat.gradientFill = false;
    return;
  }
  const cf = range.conditionalFormats.add("Custom");
  cf.custom.rule.formula = "=" + rule.formula;
  if (rule.style.fill) cf.custom.format.fill.color = rule.style.fill;
  if (rule.style.fontColor) cf.custom.format.font.color = rule.style.fontColor;
  if (rule.style.bold !== undefined) cf.custom.format.font.bold = rule.style.bold;
}

function applyPrint(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // Pages wide as the model asks; pages tall as the model asks (one page when the table and its signatures fit),
  // else a whole number of pages (0, Excel's "automatic" in its own dialog, is not a documented value here).
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight ?? pagesTall(print) };
  layout.leftMargin = print.margins.left * 72;
  layout.rightMargin = print.margins.right * 72;
  layout.topMargin = print.margins.top * 72;
  layout.bottomMargin = print.margins.bottom * 72;
  layout.centerHorizontally = print.centerHorizontally;
  layout.setPrintArea(rangeAddress(print.printArea));
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  // A chart block starts a page of its own (ExcelApi 1.9, as the rest of the page layout).
  for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
}

/** A generous page count for the print area's rows (A4: about 40 rows a page in portrait, 25 in landscape). */
export function pagesTall(print: PrintSetup): number {
  const rows = print.printArea.bottom - print.printArea.top + 1;
  return Math.max(1, Math.ceil(rows / (print.orientation === "landscape" ? 25 : 40)));
}

function addChart(sheet: Excel.Worksheet, chart: ChartRequest, caps: Capabilities): void {
  if (chart.kind === "line") {
    // Line charts need ExcelApi 1.7 (series.add, setXAxisValues): a host without it gets the sheet without them.
    if (caps.setXAxisValues) addLineChart(sheet, chart);
    return;
  }
  const added = sheet.charts.add("BarClustered", sheet.getRange(rangeAddress(chart.values)), "Columns");
  added.title.text = chart.title;
  added.legend.visible = false;
  if (caps.setXAxisValues) added.series.getItemAt(0).setXAxisValues(sheet.getRange(rangeAddress(chart.categories)));
  // An API the host lacks fails the whole batch at sync, the report with it: only ask for what it has.
  if (caps.chartAxisFormat) added.axes.valueAxis.numberFormat = "0%";
  added.setPosition(cellAddress(chart.anchor.top, chart.anchor.left), cellAddress(chart.anchor.bottom, chart.anchor.right));
}

/** The burn-up: one native line per series over the day column, the days on the category axis (ExcelApi 1.7). */
function addLineChart(sheet: Excel.Worksheet, chart: ChartRequest): void {
  const series = chart.series ?? [{ name: chart.title, values: chart.values }];
  const added = sheet.charts.add("Line", sheet.getRange(rangeAddress(series[0].values)), "Columns");
  added.title.text = chart.title;
  series.forEach((s, i) => {
    const line = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
    line.name = s.name;
    if (i > 0) line.setValues(sheet.getRange(rangeAddress(s.values)));
    line.setXAxisValues(sheet.getRange(rangeAddress(chart.categories)));
  });
  added.setPosition(cellAddress(chart.anchor.top, chart.anchor.left), cellAddress(chart.anchor.bottom, chart.anchor.right));
}

/** An Excel table over a block already written: header row first; the address names its sheet, or Excel would use the active one. */
function addTable(sheet: Excel.Worksheet, sheetName: string, table: TableRequest): void {
  const added = sheet.tables.add(onSheet(sheetName, table.ref), true);
  added.name = table.name;
}

function freeze(sheet: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${cellAddress(rows, cols)}`));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}

/**
 * Queue the report's content as a new sheet (never an existing name). Returns the sheet's name.
 * No sync unless the cells pass the request budget.
 */
export async function queueReport(
  context: Excel.RequestContext,
  model: ReportModel,
  existingSheetNames: string[],
  caps: Capabilities,
): Promise<string> {
  const name = freshSheetName(model.sheetName, existingSheetNames);
  const sheet = context.workbook.worksheets.add(name);
  await writeCells(context, sheet, allCells(model), model.styles);
  for (const merge of model.merges) sheet.getRange(rangeAddress(merge)).merge(false);
  for (const { col, width } of model.columnWidths) {
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = widthToPoints(width);
  }
  for (const { row, height } of model.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  if (caps.conditionalFormats) for (const rule of model.rules) addRule(sheet, rule);
  if (model.table) addTable(sheet, name, model.table);
  // Activated by the caller in a batch of its own, once the sheet exists (activate.ts).
  return name;
}

/** The parts a report can live without, each with the message key naming it for the clerk. */
const COSMETICS: { skipped: MessageKey; wanted(model: ReportModel, caps: Capabilities): boolean; queue(sheet: Excel.Worksheet, model: ReportModel, caps: Capabilities): void }[] = [
  {
    skipped: "excel.skipped.freeze",
    wanted: (m, caps) => caps.freezePanes && (m.freeze.rows > 0 || m.freeze.cols > 0),
    queue: (sheet, m) => freeze(sheet, m.freeze.rows, m.freeze.cols),
  },
  { skipped: "excel.skipped.print", wanted: (_m, caps) => caps.pageLayout, queue: (sheet, m) => applyPrint(sheet, m.print) },
  {
    skipped: "excel.skipped.chart",
    wanted: (m) => m.charts.length > 0,
    queue: (sheet, m, caps) => m.charts.forEach((chart) => addChart(sheet, chart, caps)),
  },
];

/**
 * After the report's own sync: frozen panes, print setup and chart, each in its own sync; one the host refuses is
 * skipped and named in a message for the clerk (none when all went in).
 */
export async function writeCosmetics(
  context: Excel.RequestContext,
  sheetName: string,
  model: ReportModel,
  caps: Capabilities,
): Promise<Msg[]> {
  const skipped: Msg[] = [];
  for (const cosmetic of COSMETICS) {
    if (!cosmetic.wanted(model, caps)) continue;
    try {
      cosmetic.queue(context.workbook.worksheets.getItem(sheetName), model, caps);
      await context.sync();
    } catch {
      skipped.push(msg(cosmetic.skipped, { sheet: sheetName }));
    }
  }
  return skipped;
}

export type { CellRange };
