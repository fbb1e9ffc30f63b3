// ReportCells → the 2-D arrays Office.js writes in one call, and style runs for the formats it cannot take as arrays.
import type { CellRange, CellStyle, ReportCell } from "../core/report/model";

export interface CellBlock {
  area: CellRange;
  /** What range.formulas takes: formulas with "=", numbers, text with a leading apostrophe, "" for empty. */
  formulas: (string | number)[][];
  numberFormats: string[][];
}

/** The bounding block of the cells, filled in; text always as text (a leading "'" stops "=1+1" being a formula). */
export function cellBlock(cells: ReportCell[], styles: Record<string, CellStyle>): CellBlock | null {
  if (cells.length === 0) return null;
  // A loop, not Math.min(...cells): spreading 150,000 cells (a 10,000-unit report) overflows the call stack.
  const area = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const c of cells) {
    area.top = Math.min(area.top, c.row);
    area.left = Math.min(area.left, c.col);
    area.bottom = Math.max(area.bottom, c.row);
    area.right = Math.max(area.right, c.col);
  }
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  const formulas: (string | number)[][] = Array.from({ length: height }, () => Array<string | number>(width).fill(""));
  const numberFormats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill("General"));
  for (const cell of cells) {
    const r = cell.row - area.top;
    const c = cell.col - area.left;
    formulas[r][c] = cellInput(cell);
    const numFmt = cell.style ? styles[cell.style]?.numFmt : undefined;
    if (numFmt) numberFormats[r][c] = numFmt;
  }
  return { area, formulas, numberFormats };
}

function cellInput(cell: ReportCell): string | number {
  switch (cell.kind) {
    case "text":
      return "'" + cell.value;
    case "number":
    case "date":
      return cell.value;
    case "formula":
      return "=" + cell.formula;
    case "empty":
      return "";
  }
}

/** A rectangle of cells sharing one style. */
export interface StyleRun {
  style: string;
  area: CellRange;
}

/**
 * Cells grouped into rectangles of one style: vertical runs per column, then neighbouring columns with the
 * same run merged, so a table column costs one format call, not one per unit.
 */
export function styleRuns(cells: ReportCell[]): StyleRun[] {
  const byStyleCol = new Map<string, number[]>();
  for (const c of cells) {
    if (!c.style) continue;
    const key = `${c.style}\u0000${c.col}`;
    const rows = byStyleCol.get(key) ?? [];
    rows.push(c.row);
    byStyleCol.set(key, rows);
  }
  const columnRuns: StyleRun[] = [];
  for (const [key, rows] of byStyleCol) {
    const [style, colText] = key.split("\u0000");
    const col = Number(colText);
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
        columnRuns.push({ style, area: { top: start, bottom: rows[i - 1], left: col, right: col } });
        start = rows[i];
      }
    }
  }
  columnRuns.sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
  const merged: StyleRun[] = [];
  for (const run of columnRuns) {
    const prev = merged.find(
      (m) =>
        m.style === run.style &&
        m.area.top === run.area.top &&
        m.area.bottom === run.area.bottom &&
        m.area.right === run.area.left - 1,
    );
    if (prev) prev.area.right = run.area.right;
    else merged.push({ style: run.style, area: { ...run.area } });
  }
  return merged;
}

const utf8 = new TextEncoder();

/** Size in bytes of what a write sends (UTF-8: Vietnamese letters take 2-3 bytes), for the 5 MB request limit. */
export function payloadBytes(block: CellBlock): number {
  return utf8.encode(JSON.stringify(block.formulas)).length + utf8.encode(JSON.stringify(block.numberFormats)).length;
}

/** Row slices of a block, each under the byte budget (one slice when it fits). */
export function splitBlock(block: CellBlock, budget: number): CellBlock[] {
  const total = payloadBytes(block);
  if (total <= budget) return [block];
  const rowsPerSlice = Math.max(1, Math.floor(block.formulas.length * (budget / total)));
  const slices: CellBlock[] = [];
  for (let r = 0; r < block.formulas.length; r += rowsPerSlice) {
    const formulas = block.formulas.slice(r, r + rowsPerSlice);
    slices.push({
      area: { ...block.area, top: block.area.top + r, bottom: block.area.top + r + formulas.length - 1 },
      formulas,
      numberFormats: block.numberFormats.slice(r, r + rowsPerSlice),
    });
  }
  return slices;
}
