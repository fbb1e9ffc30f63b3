// Reading a model's cells whether they are held (model.cells) or made on demand (model.runs). A writer walks
// modelRows: each row's cells are made as it is reached and dropped once written, so a province's report never
// holds its unit rows as cell objects (at 50,000 units they were 1.5 million cells, some 200 MB of heap).
import type { ReportCell, ReportModel, RowRun } from "./model";

export interface ModelRow {
  row: number;
  /** In column order, one cell per column. */
  cells: ReportCell[];
}

/** Sheet rows top…bottom of a run. */
function bottomOf(run: RowRun): number {
  return run.top + run.count - 1;
}

/**
 * A row's cells in column order. A row already in order (the usual case) is taken as it is: no sort, no copy.
 * Two cells at one place: the later one wins, as in Excel (a stable sort keeps their order); a row holding the
 * same cell twice is a file Excel calls damaged.
 */
export function inColumnOrder(list: ReportCell[]): ReportCell[] {
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) ordered = list[i - 1].col < list[i].col;
  if (ordered) return list;
  const sorted = [...list].sort((a, b) => a.col - b.col);
  return sorted.filter((c, i) => i + 1 >= sorted.length || sorted[i + 1].col !== c.col);
}

/** model.cells bucketed by row, in their order; a row with a height of its own is there even when empty. */
function bucketed(model: ReportModel): ReportCell[][] {
  const byRow: ReportCell[][] = [];
  for (const c of model.cells) {
    const list = byRow[c.row];
    if (list) list.push(c);
    else byRow[c.row] = [c];
  }
  for (const { row } of model.rowHeights) byRow[row] ??= [];
  return byRow;
}

/**
 * Every row holding something, ascending: model.cells and every run covering the row, in that order (a later
 * cell at one place wins: model.cells first, then the runs in their list's order, as allCells lists them).
 * Runs are few (one or two per measure block), so each row asks each of them.
 */
export function* modelRows(model: ReportModel): Generator<ModelRow> {
  const byRow = bucketed(model);
  const held: number[] = [];
  byRow.forEach((_, row) => held.push(row));
  const runs = (model.runs ?? []).filter((run) => run.count > 0);
  let k = 0;
  let row = -Infinity;
  for (;;) {
    let next = k < held.length ? held[k] : Infinity;
    for (const run of runs) if (bottomOf(run) > row) next = Math.min(next, Math.max(run.top, row + 1));
    if (next === Infinity) return;
    row = next;
    if (k < held.length && held[k] === row) k++;
    let list: ReportCell[] | undefined = byRow[row];
    // The bucket is ours to extend; a run's array is the producer's: copied before anything is added to it.
    let own = list !== undefined;
    for (const run of runs) {
      if (row < run.top || row > bottomOf(run)) continue;
      const made = run.cellsAt(row - run.top);
      if (list === undefined) {
        list = made;
        own = false;
      } else {
        if (!own) list = [...list];
        own = true;
        for (const c of made) list.push(c);
      }
    }
    // A run's row with no cell is no row (as if its cells were held); a row with a height is one, even empty.
    if (list === undefined || (list.length === 0 && byRow[row] === undefined)) continue;
    yield { row, cells: inColumnOrder(list) };
  }
}

/** Every cell as one list: model.cells, then each run's rows in order (for Office.js, small models and tests). */
export function allCells(model: ReportModel): ReportCell[] {
  const out = model.cells.slice();
  for (const run of model.runs ?? []) {
    for (let i = 0; i < run.count; i++) for (const c of run.cellsAt(i)) out.push(c);
  }
  return out;
}

/** The last row and column holding a cell (0 when the model has none), without making any run's rows. */
export function modelExtent(model: ReportModel): { maxRow: number; maxCol: number } {
  let maxRow = 0;
  let maxCol = 0;
  for (const c of model.cells) {
    if (c.col > maxCol) maxCol = c.col;
    if (c.row > maxRow) maxRow = c.row;
  }
  for (const run of model.runs ?? []) {
    if (run.count <= 0) continue;
    maxRow = Math.max(maxRow, bottomOf(run));
    maxCol = Math.max(maxCol, run.right);
  }
  return { maxRow, maxCol };
}
