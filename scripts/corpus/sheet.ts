// A sheet being written cell by cell (1-based rows and columns), then handed over as the engine's Grid.
import type { CellValue, Grid, MergeArea } from "../../src/core/types";

export class SheetDraft {
  private cells = new Map<string, CellValue>();
  private formats = new Map<string, string>();
  readonly merges: MergeArea[] = [];
  private hiddenCols = new Set<number>();
  rows = 0;
  cols = 0;

  set(row: number, col: number, value: CellValue, format?: string): void {
    if (value === null || value === "") return;
    this.cells.set(`${row},${col}`, value);
    if (format) this.formats.set(`${row},${col}`, format);
    this.rows = Math.max(this.rows, row);
    this.cols = Math.max(this.cols, col);
  }

  get(row: number, col: number): CellValue {
    return this.cells.get(`${row},${col}`) ?? null;
  }

  /** Merges an area; a 1×1 area is no merge. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  hideColumn(col: number): void {
    this.hiddenCols.add(col);
  }

  toGrid(sheet: string): Grid {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 1; r <= this.rows; r++) {
      const line: CellValue[] = [];
      const formats: string[] = [];
      for (let c = 1; c <= this.cols; c++) {
        line.push(this.get(r, c));
        formats.push(this.formats.get(`${r},${c}`) ?? "");
      }
      values.push(line);
      numberFormats.push(formats);
    }
    return { sheet, origin: { row: 1, col: 1 }, values, merges: [...this.merges], hiddenRows: [], hiddenCols: [...this.hiddenCols].sort((a, b) => a - b), numberFormats };
  }
}
