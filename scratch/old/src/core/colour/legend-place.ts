// Where the colour legend goes beside the clerk's table: only into empty cells (or cells holding our own
// previous legend), never over anything the clerk typed.
import type { CellValue, Grid } from "../types";
import { LEGEND_ROWS } from "../report/legend";
import type { CellRange, ReportCell } from "../report/model";

/** Columns the legend needs free: the swatch and the description (which then overflows to the right). */
const LEGEND_COLS = 2;

function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  if (r < 0 || c < 0 || r >= grid.values.length) return null;
  return grid.values[r]?.[c] ?? null;
}

function isFree(grid: Grid, row: number, col: number, planned: Map<string, string>): boolean {
  if (grid.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)) return false;
  const v = valueAt(grid, row, col);
  if (v === null || v === "") return true;
  return typeof v === "string" && planned.get(`${row},${col}`) === v;
}

/** The grid's last column (absolute). */
function gridRight(grid: Grid): number {
  // A loop, not Math.max(...rows): a sheet with a stray cell at row 1,048,576 has that many rows.
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return grid.origin.col + width - 1;
}

/** The cells the grid holds anything in (its used range), or null for an empty grid. */
export function usedRange(grid: Grid): CellRange | null {
  let bottom = -1;
  let right = -1;
  grid.values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== "") {
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
  }));
  if (bottom < 0) return null;
  return { top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row + bottom, right: grid.origin.col + right };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The top-left of the first free place among: right of the table (one column gap), right of everything on
 * the sheet, below the table, right of the clerk's print area. `cellsAt(top, left)` gives the legend cells for
 * a position, to compare texts. A place inside the clerk's print area is never taken: the legend must not
 * change what the clerk prints.
 */
export function findLegendPlace(
  grid: Grid,
  table: { top: number; right: number; bottom: number; left: number },
  cellsAt: (top: number, left: number) => ReportCell[],
  printArea: CellRange | null = null,
): { top: number; left: number } | null {
  const candidates = [
    { top: table.top, left: table.right + 2 },
    { top: table.top, left: Math.max(table.right, gridRight(grid)) + 2 },
    { top: table.bottom + 2, left: table.left },
    ...(printArea ? [{ top: table.top, left: Math.max(table.right, gridRight(grid), printArea.right) + 2 }] : []),
  ];
  for (const place of candidates) {
    const box = { top: place.top, left: place.left, bottom: place.top + LEGEND_ROWS - 1, right: place.left + LEGEND_COLS - 1 };
    if (printArea && overlaps(box, printArea)) continue;
    const planned = new Map<string, string>();
    for (const cell of cellsAt(place.top, place.left)) {
      if (cell.kind === "text") planned.set(`${cell.row},${cell.col}`, cell.value);
    }
    let free = true;
    for (let r = place.top; r < place.top + LEGEND_ROWS && free; r++) {
      if (grid.hiddenRows.includes(r)) free = false;
      for (let c = place.left; c < place.left + LEGEND_COLS && free; c++) {
        if (grid.hiddenCols.includes(c) || !isFree(grid, r, c, planned)) free = false;
      }
    }
    if (free) return place;
  }
  return null;
}
