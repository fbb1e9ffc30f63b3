// One picture laid out as shapes: the heading lines, the table (header, unit rows, the total on the last part)
// and the colour legend, top to bottom at 1080 px wide. Column widths come from what the cells hold, measured
// with the font's own widths; the unit name wraps rather than shrinks.
import { BASELINE_SHIFT, LOOK } from "./look";
import type { PictureCell, PictureColumn } from "./columns";
import type { Shape } from "./svg";
import { textWidth, wrapText } from "./text-width";

export interface HeadingLine {
  text: string;
  px: number;
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
}

export interface TableRow {
  cells: PictureCell[];
  total?: boolean;
}

export interface LegendEntry {
  label: string;
  description: string;
  fill: string;
  color: string;
  bold?: boolean;
}

export interface Legend {
  title: string;
  entries: LegendEntry[];
}

export interface TableShape {
  columns: PictureColumn[];
  headers: string[];
  widths: number[];
}

const INNER = LOOK.width - 2 * LOOK.margin;
const lineStep = (px: number) => px * LOOK.lineHeight;

/**
 * Widths for the columns, from the widest cell of every row the measure has (all its parts alike), and
 * whether an optional column had to go so the unit names keep room.
 */
export function fitColumns(columns: PictureColumn[], headers: string[], rows: TableRow[]): TableShape {
  const naturalWidths = (withTotal: boolean) => columns.map((col, i) => {
    if (col.flexible) return 0;
    // A header is as wide as its longest word, or its longest line when the message breaks it ("Kết quả /\nChỉ tiêu").
    const pieces = headers[i].includes("\n") ? headers[i].split("\n") : headers[i].split(/\s+/);
    let w = Math.max(...pieces.map((piece) => textWidth(piece, LOOK.headerPx, true)));
    for (const row of rows) if (withTotal || !row.total) w = Math.max(w, textWidth(row.cells[i].text, LOOK.textPx, !!(row.total || row.cells[i].bold)));
    return Math.ceil(w + 2 * LOOK.cellPadX);
  });
  const sum = (ws: number[]) => ws.reduce((s, w) => s + w, 0);
  const withTotal = naturalWidths(true);
  const withoutTotal = naturalWidths(false);
  const keep = columns.map(() => true);
  const used = (ws: number[]) => sum(ws.filter((_, i) => keep[i]));
  for (let i = columns.length - 1; i >= 0 && INNER - used(withoutTotal) < LOOK.minUnitWidth; i--) if (columns[i].optional) keep[i] = false;
  // The total row's figures are the largest: when the names need the room, they wrap ("427.576/" over "770.535").
  const natural = INNER - used(withTotal) >= LOOK.minUnitWidth ? withTotal : withoutTotal;
  const widths = natural.filter((_, i) => keep[i]);
  const flexible = columns.filter((_, i) => keep[i]).findIndex((c) => c.flexible);
  widths[flexible] = Math.max(LOOK.minUnitWidth, INNER - used(natural));
  return { columns: columns.filter((_, i) => keep[i]), headers: headers.filter((_, i) => keep[i]), widths };
}

/** The cells a row shows once optional columns are gone (kept in step with fitColumns). */
export function keptCells(all: PictureColumn[], shape: TableShape, row: TableRow): TableRow {
  return { ...row, cells: row.cells.filter((_, i) => shape.columns.includes(all[i])) };
}

function cellLines(text: string, width: number, px: number, bold: boolean): string[] {
  return wrapText(text, width - 2 * LOOK.cellPadX, px, bold);
}

function rowHeightOf(lines: number, px: number): number {
  return Math.ceil(lines * lineStep(px) + 2 * LOOK.cellPadY);
}

export function headerRowHeight(shape: TableShape): number {
  const lines = Math.max(...shape.headers.map((h, i) => cellLines(h, shape.widths[i], LOOK.headerPx, true).length));
  return rowHeightOf(lines, LOOK.headerPx);
}

export function tableRowHeight(shape: TableShape, row: TableRow): number {
  const lines = Math.max(...row.cells.map((c, i) => cellLines(c.text, shape.widths[i], LOOK.textPx, !!(row.total || c.bold)).length));
  return rowHeightOf(lines, LOOK.textPx);
}

function headingLines(lines: HeadingLine[]): { line: HeadingLine; text: string }[] {
  return lines.flatMap((line) => wrapText(line.text, INNER, line.px, line.bold).map((text) => ({ line, text })));
}

export function headingHeight(lines: HeadingLine[]): number {
  return Math.ceil(headingLines(lines).reduce((h, l) => h + lineStep(l.line.px), 0)) + LOOK.gap;
}

const SWATCH_WIDTH = 250;

function legendRows(legend: Legend): { entry: LegendEntry; lines: string[] }[] {
  return legend.entries.map((entry) => ({ entry, lines: wrapText(entry.description, INNER - SWATCH_WIDTH - LOOK.gap, LOOK.headerPx) }));
}

export function legendHeight(legend: Legend | null): number {
  if (!legend) return 0;
  const title = wrapText(legend.title, INNER, LOOK.headerPx, true).length * lineStep(LOOK.headerPx);
  return Math.ceil(LOOK.gap + title + legendRows(legend).reduce((h, r) => h + rowHeightOf(r.lines.length, LOOK.headerPx) + 4, 0));
}

/** Baseline of line `k` of `count` lines centred in a box from `top`, `height` high. */
function baseline(top: number, height: number, count: number, k: number, px: number): number {
  const step = lineStep(px);
  return top + (height - count * step) / 2 + step * (k + 0.5) + px * BASELINE_SHIFT;
}

/** Where a cell's lines sit: centred (headers, legend) or from the top, level with a wrapped name's first line. */
type VPlace = "middle" | "top";

function drawCell(shapes: Shape[], cell: PictureCell, col: PictureColumn, box: { x: number; y: number; w: number; h: number }, bold: boolean, px: number, place: VPlace = "middle"): void {
  const { x, y, w, h } = box;
  if (cell.fill) shapes.push({ kind: "rect", x, y, w, h, fill: cell.fill });
  // Rules between the rows only: no vertical lines, which a reader (and OCR) can take for a "1" beside a figure.
  shapes.push({ kind: "rect", x, y: y + h - 1, w, h: 1, fill: LOOK.grid });
  const lines = cellLines(cell.text, w, px, bold);
  const tx = col.align === "start" ? x + LOOK.cellPadX : col.align === "end" ? x + w - LOOK.cellPadX : x + w / 2;
  const boxHeight = place === "top" ? rowHeightOf(lines.length, px) : h;
  lines.forEach((text, k) => shapes.push({ kind: "text", x: tx, y: baseline(y, boxHeight, lines.length, k, px), text, px, bold, color: cell.color, anchor: col.align }));
}

export interface PartDrawing {
  heading: HeadingLine[];
  shape: TableShape;
  rows: TableRow[];
  legend: Legend | null;
}

/** The shapes of one picture and its height. */
export function drawPart(part: PartDrawing): { shapes: Shape[]; height: number } {
  const shapes: Shape[] = [];
  let y: number = LOOK.margin;
  for (const { line, text } of headingLines(part.heading)) {
    const step = lineStep(line.px);
    shapes.push({ kind: "text", x: line.center ? LOOK.width / 2 : LOOK.margin, y: y + step / 2 + line.px * BASELINE_SHIFT, text, px: line.px, bold: line.bold, italic: line.italic, anchor: line.center ? "middle" : "start" });
    y += step;
  }
  y += LOOK.gap;
  const { shape } = part;
  const headerH = headerRowHeight(shape);
  let x = LOOK.margin;
  shape.headers.forEach((text, i) => {
    drawCell(shapes, { text, fill: LOOK.headerFill, bold: true }, { ...shape.columns[i], align: "middle" }, { x, y, w: shape.widths[i], h: headerH }, true, LOOK.headerPx);
    x += shape.widths[i];
  });
  y += headerH;
  for (const row of part.rows) {
    const h = tableRowHeight(shape, row);
    x = LOOK.margin;
    row.cells.forEach((cell, i) => {
      const filled = row.total && !cell.fill ? { ...cell, fill: LOOK.totalFill } : cell;
      drawCell(shapes, filled, shape.columns[i], { x, y, w: shape.widths[i], h }, !!(row.total || cell.bold), LOOK.textPx, "top");
      x += shape.widths[i];
    });
    y += h;
  }
  if (part.legend) y = drawLegend(shapes, part.legend, y);
  return { shapes, height: Math.ceil(y + LOOK.margin) };
}

function drawLegend(shapes: Shape[], legend: Legend, top: number): number {
  let y = top + LOOK.gap;
  for (const text of wrapText(legend.title, INNER, LOOK.headerPx, true)) {
    shapes.push({ kind: "text", x: LOOK.margin, y: y + lineStep(LOOK.headerPx) / 2 + LOOK.headerPx * BASELINE_SHIFT, text, px: LOOK.headerPx, bold: true, italic: true });
    y += lineStep(LOOK.headerPx);
  }
  for (const { entry, lines } of legendRows(legend)) {
    const h = rowHeightOf(lines.length, LOOK.headerPx);
    drawCell(shapes, { text: entry.label, fill: entry.fill, color: entry.color, bold: entry.bold }, { header: "report.col.status", align: "middle", cell: () => ({ text: "" }) }, { x: LOOK.margin, y, w: SWATCH_WIDTH, h }, !!entry.bold, LOOK.headerPx);
    lines.forEach((text, k) => shapes.push({ kind: "text", x: LOOK.margin + SWATCH_WIDTH + LOOK.gap, y: baseline(y, h, lines.length, k, LOOK.headerPx), text, px: LOOK.headerPx, color: LOOK.muted }));
    y += h + 4;
  }
  return y;
}
