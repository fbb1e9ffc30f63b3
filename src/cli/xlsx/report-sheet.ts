// A ReportModel written straight to a worksheet part: rows in order, one shared cell format per style, inline
// strings (a text is never taken for a formula), formulas with their cached results. A number that is not
// finite never reaches the file: the cell is left blank and named, so the clerk hears of it.
import { cellAddress, columnLetters, rangeAddress } from "../../core/address";
import type { CellRange, ConditionalRule, ReportCell, ReportModel } from "../../core/report/model";
import { modelExtent, modelRows } from "../../core/report/row-runs";
import type { StylesPart } from "./styles-part";
import { SPELLING, type Dialect } from "./namespaces";
import { attrs, escapeXml, xmlNumber } from "./xml";

export const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetExtras {
  /** r:id of the drawing holding the charts, in the sheet's rels. */
  drawingRelId?: string;
  /** r:ids of the sheet's tables. */
  tableRelIds?: string[];
  /** The workbook's spelling of the namespaces (Strict workbooks get Strict sheets). */
  dialect?: Dialect;
}

/** The inline string of a text cell; spaces at the ends kept. */
function inlineString(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${space}>${escapeXml(text)}</t></is>`;
}

/** Column letters, computed once per column. */
const LETTERS: string[] = [];
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/** ` s="3"` for a cell format (none for format 0), computed once per format. */
const STYLE_ATTRS: string[] = [];
function styleAttr(s: number): string {
  return (STYLE_ATTRS[s] ??= s ? ` s="${s}"` : "");
}

/** One cell; `rowText` is its row number as text (made once per row). */
function cellXml(c: ReportCell, s: number, rowText: string, blanked: string[]): string {
  const r = letters(c.col) + rowText;
  const head = `<c r="${r}"${styleAttr(s)}`;
  switch (c.kind) {
    case "text":
      return `${head} t="inlineStr">${inlineString(c.value)}</c>`;
    case "number":
    case "date": {
      const v = xmlNumber(c.value);
      if (v === null) blanked.push(r);
      return v === null ? `${head}/>` : `${head}><v>${v}</v></c>`;
    }
    case "formula": {
      const f = `<f>${escapeXml(c.formula)}</f>`;
      if (typeof c.value === "string") return `${head} t="str">${f}<v>${escapeXml(c.value)}</v></c>`;
      if (c.value === null) return `${head}>${f}</c>`;
      const v = xmlNumber(c.value);
      if (v === null) blanked.push(r);
      return v === null ? `${head}>${f}</c>` : `${head}>${f}<v>${v}</v></c>`;
    }
    case "empty":
      return `${head}/>`;
  }
}

/** The rules of one range as <conditionalFormatting>; priorities continue from `priority`. */
export function conditionalXml(rule: ConditionalRule, priority: number, styles: StylesPart, prefix = ""): string {
  const p = prefix;
  const sqref = rangeAddress(rule.range);
  if (rule.kind === "dataBar") {
    return `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="dataBar" priority="${priority}"><${p}dataBar>` +
      `<${p}cfvo type="num" val="${xmlNumber(rule.min) ?? 0}"/><${p}cfvo type="num" val="${xmlNumber(rule.max) ?? 1}"/>` +
      `<${p}color rgb="FF${rule.color.replace("#", "").toUpperCase()}"/></${p}dataBar></${p}cfRule></${p}conditionalFormatting>`;
  }
  return `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="expression" dxfId="${styles.dxf(rule.style)}" priority="${priority}">` +
    `<${p}formula>${escapeXml(rule.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
}

function sheetViewXml(model: ReportModel): string {
  const { rows, cols } = model.freeze;
  const pane = rows || cols
    ? `<pane${attrs({ xSplit: cols || undefined, ySplit: rows || undefined, topLeftCell: cellAddress(rows + 1, cols + 1),
      activePane: rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight", state: "frozen" })}/>`
    : "";
  return `<sheetViews><sheetView showGridLines="0" workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function colsXml(model: ReportModel): string {
  if (model.columnWidths.length === 0) return "";
  const byCol = new Map<number, number>();
  for (const { col, width } of model.columnWidths) if (Number.isFinite(width) && width > 0) byCol.set(col, Math.min(width, 255));
  const list = [...byCol].sort((a, b) => a[0] - b[0]).map(([col, width]) => `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`);
  return list.length ? `<cols>${list.join("")}</cols>` : "";
}

function printXml(model: ReportModel): string {
  const p = model.print;
  const m = p.margins;
  return (p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "") +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight ?? 0}"/>` +
    // A manual break's id is the last row of the page before it.
    (p.rowBreaks?.length ? `<rowBreaks count="${p.rowBreaks.length}" manualBreakCount="${p.rowBreaks.length}">${p.rowBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>` : "");
}

/**
 * The sheet part as a sequence of text pieces, rows produced only as they are asked for, so a province's
 * report (hundreds of thousands of cells) is deflated as it is written and never held as one string. Every
 * style is registered with `styles` before the first piece, so styles.xml can be written first.
 * `blanked` fills as the rows are produced.
 */
export function reportSheetPieces(model: ReportModel, styles: StylesPart, extras: SheetExtras = {}): { pieces: Iterable<string>; blanked: string[] } {
  const blanked: string[] = [];
  const xfOf = new Map<string | undefined, number>([[undefined, styles.cellXf(undefined, model.font)]]);
  for (const key of Object.keys(model.styles)) xfOf.set(key, styles.cellXf(model.styles[key], model.font));
  const xf = (key: string | undefined) => xfOf.get(key) ?? (xfOf.get(undefined) as number);
  const extent = modelExtent(model);
  const maxCol = Math.max(extent.maxCol, 1);
  const maxRow = Math.max(extent.maxRow, 1);
  const merges = model.merges.map((m: CellRange) => `<mergeCell ref="${rangeAddress(m)}"/>`);
  const rules = model.rules.map((rule, i) => conditionalXml(rule, i + 1, styles));
  const tables = extras.tableRelIds ?? [];
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${SPELLING[extras.dialect ?? "transitional"].main}" xmlns:r="${SPELLING[extras.dialect ?? "transitional"].relationships}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetters(maxCol)}${maxRow}"/>` +
    sheetViewXml(model) +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    colsXml(model) +
    "<sheetData>";
  const tail =
    "</sheetData>" +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    rules.join("") +
    printXml(model) +
    (extras.drawingRelId ? `<drawing r:id="${extras.drawingRelId}"/>` : "") +
    (tables.length ? `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "") +
    "</worksheet>";
  const heights = new Map(model.rowHeights.map((h) => [h.row, h.height]));
  function* pieces(): Generator<string> {
    yield head;
    let batch = "";
    for (const { row: r, cells } of modelRows(model)) {
      const ht = heights.get(r);
      const rowText = String(r);
      batch += `<row r="${rowText}"${ht ? ` ht="${ht}" customHeight="1"` : ""}>`;
      for (const c of cells) batch += cellXml(c, xf(c.style), rowText, blanked);
      batch += "</row>";
      if (batch.length > 1 << 16) {
        yield batch;
        batch = "";
      }
    }
    yield batch + tail;
  }
  return { pieces: pieces(), blanked };
}

/** What the cells of some columns show (a formula's cached result), keyed row * 16384 + col: for chart caches. */
export function shownValues(model: ReportModel, columns: Set<number>): Map<number, string | number | null> {
  const out = new Map<number, string | number | null>();
  if (columns.size === 0) return out;
  // Row by row as the sheet is written (a unit's row is made, read and dropped), one cell per place.
  for (const { row, cells } of modelRows(model)) {
    for (const c of cells) {
      if (!columns.has(c.col)) continue;
      const v = c.kind === "empty" ? null : c.value;
      out.set(row * 16384 + c.col, typeof v === "number" && !Number.isFinite(v) ? null : v);
    }
  }
  return out;
}
