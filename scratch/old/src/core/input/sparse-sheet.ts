// A sheet as the cells that hold something, keyed by position: what a file reader fills and what the formula
// evaluator and the grid builder read. Its cost is the number of cells written, never the sheet's extent.
import type { CellValue } from "../types";

export interface SheetCell {
  value: CellValue;
  /** The formula as the file stores it (no "="), when the cell has one. */
  formula?: string;
  /** The file saved no result for the formula (web systems and scripts write such files). */
  noResult?: boolean;
  numberFormat?: string;
}

/** Columns per row in the key: Excel's 16,384 columns fit. */
const WIDTH = 16384;

export class SparseSheet {
  private readonly cells = new Map<number, SheetCell>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  /** Merged areas as written in the file. */
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, cell: SheetCell): void {
    if (row < 1 || col < 1 || col > WIDTH) return;
    this.cells.set(row * WIDTH + (col - 1), cell);
  }

  get(row: number, col: number): SheetCell | undefined {
    return this.cells.get(row * WIDTH + (col - 1));
  }

  get size(): number {
    return this.cells.size;
  }

  /** Every stored cell with its position, in no particular order. */
  *entries(): IterableIterator<{ row: number; col: number; cell: SheetCell }> {
    for (const [key, cell] of this.cells) yield { row: Math.floor(key / WIDTH), col: (key % WIDTH) + 1, cell };
  }

  /** The stored cells of an area: by visiting the area when it is small, else by filtering the stored cells. */
  within(top: number, left: number, bottom: number, right: number): { row: number; col: number; cell: SheetCell }[] {
    const out: { row: number; col: number; cell: SheetCell }[] = [];
    const area = (bottom - top + 1) * (right - left + 1);
    if (area <= this.cells.size * 4) {
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const cell = this.get(r, c);
          if (cell) out.push({ row: r, col: c, cell });
        }
      }
      return out;
    }
    for (const e of this.entries()) if (e.row >= top && e.row <= bottom && e.col >= left && e.col <= right) out.push(e);
    // Row by row, left to right, as Excel reads a range.
    out.sort((a, b) => a.row - b.row || a.col - b.col);
    return out;
  }
}
