// A sheet as the cells that hold something, keyed by position: what a file reader fills and what the formula
// evaluator and the grid builder read. Its cost is the number of cells written, never the sheet's extent.
import type { CellValue } from "../types";

export interface SheetCell {
  value: CellValue;
  /** The formula as the file stores it (no "="), when the cell has one. */
  formula?: string;
  /**
   * The file saved no result for the formula (web systems and scripts write such files). Given when the cell is
   * stored: the sheet notes it then (see mayHoldFormulasWithoutResult).
   */
  noResult?: boolean;
  numberFormat?: string;
}

/** Excel's columns. */
const WIDTH = 16384;
/** A row array up to this length is walked index by index; a longer one by its stored keys. */
const SHORT_ROW = 256;

export class SparseSheet {
  /** Row → its cells by column (a sparse array: holes cost nothing); one Map entry per row, not per cell. */
  private readonly rows = new Map<number, SheetCell[]>();
  private count = 0;
  /** The row last written to and its cells: readers write a row's cells one after another (one lookup per row). */
  private lastRow = 0;
  private lastCells: SheetCell[] = [];
  /** A cell without a saved result was stored: most sheets have none, and the formula step skips their walk. */
  private withoutResult = false;
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  /** Merged areas as written in the file. */
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, cell: SheetCell): void {
    if (row < 1 || col < 1 || col > WIDTH) return;
    let cells = row === this.lastRow ? this.lastCells : this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    this.lastRow = row;
    this.lastCells = cells;
    if (cells[col] === undefined) this.count += 1;
    if (cell.noResult) this.withoutResult = true;
    cells[col] = cell;
  }

  /** False when no cell stored was a formula without a saved result. */
  get mayHoldFormulasWithoutResult(): boolean {
    return this.withoutResult;
  }

  /** One row's stored cells by column (a sparse array: cells[col]), or undefined when the row has none. */
  row(row: number): readonly (SheetCell | undefined)[] | undefined {
    return this.rows.get(row);
  }

  /**
   * How many cells of each row (rows without any left out) and of each column (a sparse array) hold a value,
   * neither null nor "": one walk with no call per cell, for the grid builder, which counts every cell of a
   * province's sheet.
   */
  valueCounts(): { byRow: Map<number, number>; byCol: number[] } {
    const byRow = new Map<number, number>();
    const byCol: number[] = [];
    for (const [row, cells] of this.rows) {
      let inRow = 0;
      if (cells.length <= SHORT_ROW) {
        for (let col = 1; col < cells.length; col++) {
          const cell = cells[col];
          if (cell === undefined || cell.value === null || cell.value === "") continue;
          inRow += 1;
          byCol[col] = (byCol[col] ?? 0) + 1;
        }
      } else {
        for (const key of Object.keys(cells)) {
          const col = Number(key);
          const value = cells[col].value;
          if (value === null || value === "") continue;
          inRow += 1;
          byCol[col] = (byCol[col] ?? 0) + 1;
        }
      }
      if (inRow > 0) byRow.set(row, inRow);
    }
    return { byRow, byCol };
  }

  /** Takes a cell out (a reader dropping what a merged area hides). */
  delete(row: number, col: number): void {
    const cells = this.rows.get(row);
    if (!cells || cells[col] === undefined) return;
    delete cells[col];
    this.count -= 1;
  }

  get(row: number, col: number): SheetCell | undefined {
    return this.rows.get(row)?.[col];
  }

  get size(): number {
    return this.count;
  }

  /**
   * Every stored cell with its position, in no particular order (the order of entries()). A callback, not a
   * generator: a sheet of 50,000 rows has 600,000 cells, and a generator's step plus an object per cell cost
   * ten times the walk itself; the grid builder walks the sheet three times.
   */
  forEachCell(visit: (row: number, col: number, cell: SheetCell) => void): void {
    for (const [row, cells] of this.rows) {
      if (cells.length <= SHORT_ROW) {
        for (let col = 1; col < cells.length; col++) {
          const cell = cells[col];
          if (cell !== undefined) visit(row, col, cell);
        }
      } else {
        for (const key of Object.keys(cells)) visit(row, Number(key), cells[Number(key)]);
      }
    }
  }

  /** Every stored cell with its position, in no particular order. */
  *entries(): IterableIterator<{ row: number; col: number; cell: SheetCell }> {
    for (const [row, cells] of this.rows) {
      if (cells.length <= SHORT_ROW) {
        for (let col = 1; col < cells.length; col++) {
          const cell = cells[col];
          if (cell !== undefined) yield { row, col, cell };
        }
      } else {
        // A row reaching far right (a stray value at XFD): its stored columns, not its width.
        for (const key of Object.keys(cells)) yield { row, col: Number(key), cell: cells[Number(key)] };
      }
    }
  }

  /** The stored cells of an area: by visiting the area when it is small, else by filtering the stored cells. */
  within(top: number, left: number, bottom: number, right: number): { row: number; col: number; cell: SheetCell }[] {
    const out: { row: number; col: number; cell: SheetCell }[] = [];
    const area = (bottom - top + 1) * (right - left + 1);
    if (area <= this.count * 4) {
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const cell = this.get(r, c);
          if (cell) out.push({ row: r, col: c, cell });
        }
      }
      return out;
    }
    this.forEachCell((row, col, cell) => {
      if (row >= top && row <= bottom && col >= left && col <= right) out.push({ row, col, cell });
    });
    // Row by row, left to right, as Excel reads a range.
    out.sort((a, b) => a.row - b.row || a.col - b.col);
    return out;
  }
}
