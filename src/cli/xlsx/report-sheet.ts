// A ReportModel written straight to a worksheet part: rows in order, one shared cell format per style, inline
// strings (a text is never taken for a formula), formulas with their cached results. A number that is not
// finite never reaches the file: the cell is left blank and named, so the clerk hears of it.
import { cellAddress, columnLetters, rangeAddress } from "../../core/address";
import type { CellRange, ConditionalRule, ReportCell, ReportModel } from "../../core/report/model";
import { modelExtent, modelRows } from "../../core/report/row-runs";
import type { StylesPart } from "./styles-part";
import { SPELLING, type Dialect } from "./namespaces";
import { attrs, escapeXml, xmlNumber } from "./xml";
import { InlineTexts } from "./inline-texts";
import { asciiPiece, type Piece, XmlBytes } from "./xml-bytes";

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

/** `<c r="` and a column's letters, as bytes, made once per column. */
const CELL_OPEN: Piece[] = [];
const cellOpen = (col: number) => (CELL_OPEN[col] ??= asciiPiece(`<c r="${columnLetters(col)}`));

/**
 * The bytes of a cell from the end of its reference to its value, by cell format (` s="3"`, none for format 0)
 * and kind: a text's inline opening comes with the text (InlineTexts), the others' here. Made once per format.
 */
interface CellHeads {
  text: Piece;
  value: Piece;
  formula: Piece;
  strFormula: Piece;
  empty: Piece;
}
const HEADS: CellHeads[] = [];
function headsOf(s: number): CellHeads {
  const attr = s ? `" s="${s}"` : '"';
  return (HEADS[s] ??= {
    text: asciiPiece(attr),
    value: asciiPiece(`${attr}><v>`),
    formula: asciiPiece(`${attr}><f>`),
    strFormula: asciiPiece(`${attr} t="str"><f>`),
    empty: asciiPiece(`${attr}/>`),
  });
}

const B = {
  valueEnd: asciiPiece("</v></c>"),
  formulaEnd: asciiPiece("</f></c>"),
  formulaValue: asciiPiece("</f><v>"),
  rowOpen: asciiPiece('<row r="'),
  rowOpenEnd: asciiPiece('">'),
  rowEnd: asciiPiece("</row>"),
};

/** A number's text, or a blank cell named in `blanked` when it is not finite (no cell may hold NaN, ±Infinity). */
function finite(n: number, c: ReportCell, blanked: string[]): boolean {
  if (Number.isFinite(n)) return true;
  blanked.push(columnLetters(c.col) + String(c.row));
  return false;
}

/** One cell, written as bytes; its row number's digits are already in `w` at [digits, digitsEnd). */
function writeCell(w: XmlBytes, c: ReportCell, heads: CellHeads, texts: InlineTexts, digits: number, digitsEnd: number, blanked: string[]): void {
  w.put(cellOpen(c.col));
  w.again(digits, digitsEnd);
  switch (c.kind) {
    case "text":
      w.put(heads.text);
      return texts.write(c.col, c.value);
    case "number":
    case "date":
      if (!finite(c.value, c, blanked)) return w.put(heads.empty);
      w.put(heads.value);
      w.number(c.value);
      return w.put(B.valueEnd);
    case "formula": {
      const v = c.value;
      w.put(typeof v === "string" ? heads.strFormula : heads.formula);
      w.escaped(c.formula);
      if (typeof v === "string") {
        w.put(B.formulaValue);
        w.escaped(v);
        return w.put(B.valueEnd);
      }
      if (v === null || !finite(v, c, blanked)) return w.put(B.formulaEnd);
      w.put(B.formulaValue);
      w.number(v);
      return w.put(B.valueEnd);
    }
    case "empty":
      return w.put(heads.empty);
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
export function reportSheetPieces(model: ReportModel, styles: StylesPart, extras: SheetExtras = {}): { pieces: Iterable<string | Buffer>; blanked: string[] } {
  const blanked: string[] = [];
  const headsOfStyle = new Map<string | undefined, CellHeads>([[undefined, headsOf(styles.cellXf(undefined, model.font))]]);
  for (const key of Object.keys(model.styles)) headsOfStyle.set(key, headsOf(styles.cellXf(model.styles[key], model.font)));
  const headsOfKey = (key: string | undefined) => headsOfStyle.get(key) ?? (headsOfStyle.get(undefined) as CellHeads);
  // A column's cells mostly share a style: the last one's heads are kept per column, for a compare instead of
  // a lookup per cell.
  const lastStyle: (string | undefined)[] = [];
  const lastHeads: CellHeads[] = [];
  const heads = (col: number, key: string | undefined) => {
    if (lastStyle[col] !== key || lastHeads[col] === undefined) {
      lastStyle[col] = key;
      lastHeads[col] = headsOfKey(key);
    }
    return lastHeads[col];
  };
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
  function* pieces(): Generator<string | Buffer> {
    yield head;
    // Rows written as bytes into one reusable buffer, handed on every 64 KB (the deflater copies them into
    // its chunk before asking for more).
    const w = new XmlBytes();
    const texts = new InlineTexts(w);
    for (const { row: r, cells } of modelRows(model)) {
      const ht = heights.get(r);
      w.put(B.rowOpen);
      const digits = w.pos;
      w.number(r);
      const digitsEnd = w.pos;
      if (ht) w.text(`" ht="${ht}" customHeight="1">`);
      else w.put(B.rowOpenEnd);
      for (const c of cells) writeCell(w, c, heads(c.col, c.style), texts, digits, digitsEnd, blanked);
      w.put(B.rowEnd);
      if (w.pos >= 1 << 16) yield w.take();
    }
    yield w.take();
    yield tail;
  }
  return { pieces: pieces(), blanked };
}

/**
 * What the cells of the charts' ranges show (a formula's cached result), per column, indexed by row: for chart
 * caches. Arrays by row, not one map keyed row * 16384 + col: those keys pass 2^31 past row 131,072 and
 * every lookup of a province's table then hashed a heap number. Only the runs whose rows a range reaches are
 * made: a burn-up's day-by-day figures never make a province's unit rows again.
 */
export function shownValues(model: ReportModel, ranges: CellRange[]): Map<number, (string | number | null)[]> {
  const out = new Map<number, (string | number | null)[]>();
  for (const r of ranges) out.set(r.left, []);
  if (ranges.length === 0) return out;
  const reached = (top: number, bottom: number) => ranges.some((r) => r.top <= bottom && r.bottom >= top);
  const runs = (model.runs ?? []).filter((run) => reached(run.top, run.top + run.count - 1));
  // Row by row as the sheet is written (a unit's row is made, read and dropped), one cell per place.
  for (const { row, cells } of modelRows({ ...model, runs })) {
    for (const c of cells) {
      const list = out.get(c.col);
      if (!list) continue;
      const v = c.kind === "empty" ? null : c.value;
      list[row] = typeof v === "number" && !Number.isFinite(v) ? null : v;
    }
  }
  return out;
}
