// Renders a ReportModel and a ColourPlan with exceljs: a new report sheet, and the colour rules on the
// clerk's sheet (the add-in's previous rules replaced, the clerk's own kept, no value touched).
import type ExcelJS from "exceljs";
import { isAddinRule } from "../core/colour/marker";
import { rangeAddress } from "../core/address";
import type { CellStyle, ColourPlan, ConditionalRule, ReportCell, ReportModel, RuleStyle } from "../core/report/model";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function font(style: CellStyle, base?: { name: string; size: number }): Partial<ExcelJS.Font> {
  const f: Partial<ExcelJS.Font> = {};
  if (base) {
    f.name = base.name;
    f.size = base.size;
  }
  if (style.fontSize) f.size = style.fontSize;
  if (style.bold) f.bold = true;
  if (style.italic) f.italic = true;
  if (style.fontColor) f.color = { argb: argb(style.fontColor) };
  return f;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, base?: { name: string; size: number }): void {
  if (!style) {
    if (base) cell.font = font({}, base);
    return;
  }
  cell.font = font(style, base);
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap) {
    cell.alignment = { horizontal: style.hAlign, vertical: style.vAlign, wrapText: style.wrap || undefined };
  }
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
}

/** Writes one cell by its kind: a text is set as a string, so exceljs never takes "=1+1" for a formula. */
function writeCell(ws: ExcelJS.Worksheet, c: ReportCell, styles: Record<string, CellStyle>, base?: { name: string; size: number }): void {
  const cell = ws.getCell(c.row, c.col);
  switch (c.kind) {
    case "text":
      cell.value = c.value;
      break;
    case "number":
    case "date":
      cell.value = c.value;
      break;
    case "formula":
      cell.value = { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
      break;
    case "empty":
      break;
  }
  applyStyle(cell, c.style ? styles[c.style] : undefined, base);
}

function ruleStyle(s: RuleStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } };
  if (s.fontColor || s.bold) style.font = { color: s.fontColor ? { argb: argb(s.fontColor) } : undefined, bold: s.bold || undefined };
  return style;
}

function toExcelRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  if (rule.kind === "dataBar") {
    return {
      type: "dataBar", priority, gradient: false,
      cfvo: [{ type: "num", value: rule.min }, { type: "num", value: rule.max }],
      color: { argb: argb(rule.color) },
    } as unknown as ExcelJS.ConditionalFormattingRule;
  }
  return { type: "expression", priority, formulae: [rule.formula], style: ruleStyle(rule.style) };
}

function addRules(ws: ExcelJS.Worksheet, rules: ConditionalRule[], firstPriority: number): void {
  rules.forEach((rule, i) => {
    ws.addConditionalFormatting({ ref: rangeAddress(rule.range), rules: [toExcelRule(rule, firstPriority + i)] });
  });
}

/** Adds the report sheet; the model's sheet name is used as is (it was chosen to be free). */
export function writeReportSheet(wb: ExcelJS.Workbook, model: ReportModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(model.sheetName, {
    views: [{ state: model.freeze.rows || model.freeze.cols ? "frozen" : "normal", xSplit: model.freeze.cols, ySplit: model.freeze.rows, showGridLines: false }],
  });
  for (const { col, width } of model.columnWidths) ws.getColumn(col).width = width;
  for (const { row, height } of model.rowHeights) ws.getRow(row).height = height;
  for (const c of model.cells) writeCell(ws, c, model.styles, model.font);
  for (const m of model.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  addRules(ws, model.rules, 1);
  const p = model.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight ?? 0,
    horizontalCentered: p.centerHorizontally,
    printArea: rangeAddress(p.printArea),
    printTitlesRow: p.repeatRows ? `${p.repeatRows.first}:${p.repeatRows.last}` : undefined,
    margins: { ...p.margins, header: 0.3, footer: 0.3 },
  };
  return ws;
}

export interface ColourResult {
  removed: number;
  added: number;
  legendWritten: boolean;
}

/** Rules of a sheet as exceljs holds them after reading a file. */
type SheetWithRules = ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

/** Removes the add-in's previous rules (recognised by the marker), then adds the plan's; others stay. */
export function applyColourPlan(ws: ExcelJS.Worksheet, plan: ColourPlan): ColourResult {
  const sheet = ws as SheetWithRules;
  const existing = sheet.conditionalFormattings ?? [];
  let removed = 0;
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const cf of existing) {
    const rules = cf.rules.filter((r) => {
      const formulae = (r as { formulae?: unknown[] }).formulae ?? [];
      const ours = formulae.some((f) => typeof f === "string" && isAddinRule(f));
      if (ours) removed += 1;
      return !ours;
    });
    if (rules.length > 0) kept.push({ ...cf, rules });
  }
  sheet.conditionalFormattings = kept;
  const top = Math.max(0, ...kept.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  addRules(ws, plan.rules, top + 1);

  let legendWritten = false;
  if (plan.legend) {
    // The plan checked these cells were free; check again on the file itself, and never overwrite.
    const free = plan.legend.cells.every((c) => {
      const v = ws.getCell(c.row, c.col).value;
      return v === null || v === undefined || v === "" || (c.kind === "text" && v === c.value);
    });
    if (free) {
      for (const c of plan.legend.cells) writeCell(ws, c, plan.legend.styles);
      const widen = plan.legend.swatchColumnWidth;
      if (widen) ws.getColumn(widen.col).width = Math.max(ws.getColumn(widen.col).width ?? 8.43, widen.width);
      // The clerk prints what was printed before: the legend stays outside the print area.
      const keep = plan.legend.keepPrintArea;
      if (keep) ws.pageSetup.printArea = rangeAddress(keep);
      legendWritten = true;
    }
  }
  return { removed, added: plan.rules.length, legendWritten };
}
