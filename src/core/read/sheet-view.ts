// Absolute-coordinate access to a Grid, with merged areas resolved the way a reader of the sheet sees them.
import type { CellValue, Grid, MergeArea } from "../types";

export interface SheetView {
  grid: Grid;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  /** The raw value at an absolute cell (null outside the grid). */
  raw(row: number, col: number): CellValue;
  /** The value a reader sees: inside a merged area, the area's top-left value. */
  seen(row: number, col: number): CellValue;
  /** The merged area holding the cell, if any. */
  mergeAt(row: number, col: number): MergeArea | null;
  isHiddenRow(row: number): boolean;
  isHiddenCol(col: number): boolean;
}

export function makeSheetView(grid: Grid): SheetView {
  const firstRow = grid.origin.row;
  const firstCol = grid.origin.col;
  const lastRow = firstRow + grid.values.length - 1;
  let width = 0;
  for (const line of grid.values) if (line.length > width) width = line.length;
  const lastCol = firstCol + width - 1;
  // A numeric key per cell (Excel has at most 16,384 columns): no string built per lookup.
  const key = (row: number, col: number) => row * 16384 + col;
  const mergeIndex = new Map<number, MergeArea>();
  for (const m of grid.merges) {
    // Merges are small (header cells, total labels): indexing every covered cell is cheap.
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) mergeIndex.set(key(r, c), m);
    }
  }
  const hiddenRows = new Set(grid.hiddenRows);
  const hiddenCols = new Set(grid.hiddenCols);
  const raw = (row: number, col: number): CellValue => {
    const line = grid.values[row - firstRow];
    if (!line) return null;
    const v = line[col - firstCol];
    return v === undefined ? null : v;
  };
  const mergeAt = (row: number, col: number) => (mergeIndex.size === 0 ? null : mergeIndex.get(key(row, col)) ?? null);
  return {
    grid,
    firstRow,
    lastRow,
    firstCol,
    lastCol,
    raw,
    seen: (row, col) => {
      const m = mergeAt(row, col);
      return m ? raw(m.top, m.left) : raw(row, col);
    },
    mergeAt,
    isHiddenRow: (row) => hiddenRows.has(row),
    isHiddenCol: (col) => hiddenCols.has(col),
  };
}

/** True for an empty cell or one holding only spaces. */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export function isCellError(v: CellValue): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Text of a cell for matching; numbers and booleans give "" because they are never header words. */
export function cellText(v: CellValue): string {
  return typeof v === "string" ? v : "";
}
