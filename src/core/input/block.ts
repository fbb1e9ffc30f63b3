// The Grid the engine reads, cut from a sparse sheet around the cells that hold data. A stray value at
// A1048576 or XFD1048576, far from everything else, is left out (and said), so the Grid is as large as the
// table, never as large as the sheet's extent.
import type { CellValue, Finding, Grid, MergeArea } from "../types";
import { cellAddress, rangeAddress } from "../address";
import type { SparseSheet } from "./sparse-sheet";

/** Blank rows (columns) that cut a sheet into separate blocks; tables have a few blank rows, never hundreds. */
const ROW_GAP = 500;
const COL_GAP = 100;
/** A block this small (fewer cells than this, and at most a quarter of the largest) is a stray. */
const STRAY_CELLS = 10;
/** The most cells a Grid may span (rows × columns): a province's 50,000 units × 40 columns fit twice over. */
export const MAX_GRID_CELLS = 4_000_000;

interface Run {
  first: number;
  last: number;
  cells: number;
}

/** Positions (sorted) cut into runs wherever more than `gap` empty positions separate two occupied ones. */
function runs(counts: Map<number, number>, gap: number): Run[] {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const out: Run[] = [];
  for (const k of keys) {
    const last = out[out.length - 1];
    if (last && k - last.last <= gap + 1) {
      last.last = k;
      last.cells += counts.get(k) as number;
    } else out.push({ first: k, last: k, cells: counts.get(k) as number });
  }
  return out;
}

/** The runs worth reading: the largest, and every other one that is not a stray. */
function kept(all: Run[]): Run[] {
  let largest = 0;
  for (const r of all) if (r.cells > largest) largest = r.cells;
  return all.filter((r) => r.cells === largest || !(r.cells < STRAY_CELLS && r.cells * 4 <= largest));
}

export interface Block {
  grid: Grid;
  /** An info finding when cells far from the table were left out. */
  findings: Finding[];
}

function largestOf(all: Run[]): Run[] {
  return [all.reduce((a, b) => (b.cells > a.cells ? b : a))];
}

function count(map: Map<number, number>, k: number): void {
  map.set(k, (map.get(k) ?? 0) + 1);
}

const isEmpty = (v: CellValue) => v === null || v === "";

/** The area worth reading: the runs of rows and columns that hold data, strays left out; null when empty. */
export function keptArea(sheet: SparseSheet): MergeArea | null {
  return areaOf(sheet, sheet.valueCounts());
}

/** keptArea, from the sheet's counts of cells holding a value. */
function areaOf(sheet: SparseSheet, counts: { byRow: Map<number, number>; byCol: number[] }): MergeArea | null {
  const rowCounts = counts.byRow;
  const allCols = counts.byCol;
  const allRuns = runs(rowCounts, ROW_GAP);
  let rowRuns = kept(allRuns);
  const cellsIn = (rs: Run[]) => rs.reduce((sum, r) => sum + r.cells, 0);
  const colCounts = new Map<number, number>();
  if (cellsIn(rowRuns) === cellsIn(allRuns)) {
    // No row was left out (most sheets): the columns counted over every cell are those of the kept rows.
    allCols.forEach((n, col) => colCounts.set(col, n));
  } else {
    const inRows = (row: number) => rowRuns.some((r) => row >= r.first && row <= r.last);
    sheet.forEachCell((row, col, cell) => {
      if (!isEmpty(cell.value) && inRows(row)) count(colCounts, col);
    });
  }
  let colRuns = kept(runs(colCounts, COL_GAP));
  if (rowRuns.length === 0 || colRuns.length === 0) return null;
  const span = (rs: Run[]) => rs[rs.length - 1].last - rs[0].first + 1;
  // Blocks far apart in both directions would make a vast, empty Grid: the largest block alone is read.
  if (span(rowRuns) * span(colRuns) > MAX_GRID_CELLS) {
    rowRuns = largestOf(rowRuns);
    colRuns = largestOf(colRuns);
  }
  const area: MergeArea = {
    top: rowRuns[0].first, bottom: rowRuns[rowRuns.length - 1].last, left: colRuns[0].first, right: colRuns[colRuns.length - 1].last,
  };
  // A merged header that starts above or left of the first value (its text sits at its top-left) widens the area.
  for (const m of sheet.merges) {
    const overlaps = m.bottom >= area.top && m.top <= area.bottom && m.right >= area.left && m.left <= area.right;
    if (!overlaps) continue;
    if (m.top < area.top && area.top - m.top <= 3) area.top = m.top;
    if (m.left < area.left && area.left - m.left <= 3) area.left = m.left;
  }
  // Still too vast (data scattered thinly over the whole sheet): the rows past the budget are not read, and
  // the info line names the area that was.
  const width = area.right - area.left + 1;
  if ((area.bottom - area.top + 1) * width > MAX_GRID_CELLS) area.bottom = area.top + Math.max(1, Math.floor(MAX_GRID_CELLS / width)) - 1;
  return area;
}

/** The info line for cells left out of the area (the first few named). */
export function farCellsFinding(count: number, cells: string[], area: MergeArea): Finding {
  const sorted = [...cells].sort();
  return {
    code: "far-cells-ignored", severity: "info", cell: sorted[0] ?? null,
    msg: { key: "reader.input.far-cells-ignored", params: { count, cells: sorted.join(", "), area: rangeAddress(area) } },
  };
}

export function blockGrid(sheet: SparseSheet): Block {
  const counts = sheet.valueCounts();
  const area = areaOf(sheet, counts);
  if (!area) {
    return { grid: { sheet: sheet.name, origin: { row: 1, col: 1 }, values: [], merges: [], hiddenRows: [], hiddenCols: [] }, findings: [] };
  }
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  const values: CellValue[][] = [];
  // Rows without a number format (General: most rows of most sheets) share one frozen row of "": a province's
  // 50,000 rows are 50,000 arrays fewer to make and for the garbage collector to copy. A row gets its own
  // array when a cell of it has a format.
  const noFormats = Object.freeze(new Array<string>(width).fill("")) as string[];
  const numberFormats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(noFormats);
  }
  // The area's rows, each over the area's columns only (a row reaching XFD is not walked past them).
  let valuesInside = 0;
  for (let r = 0; r < height; r++) {
    const cells = sheet.row(area.top + r);
    if (cells === undefined) continue;
    const line = values[r];
    const last = Math.min(area.right, cells.length - 1);
    for (let col = area.left; col <= last; col++) {
      const cell = cells[col];
      if (cell === undefined) continue;
      line[col - area.left] = cell.value;
      if (!isEmpty(cell.value)) valuesInside += 1;
      if (cell.numberFormat) {
        if (numberFormats[r] === noFormats) numberFormats[r] = new Array<string>(width).fill("");
        numberFormats[r][col - area.left] = cell.numberFormat;
      }
    }
  }
  let valuesInAll = 0;
  for (const n of counts.byRow.values()) valuesInAll += n;
  const findings: Finding[] = valuesInAll > valuesInside ? [outsideFinding(sheet, area)] : [];
  // Merges that start inside the area are kept, cut at its right and bottom edges (a title merged across
  // empty columns); those starting outside it hold nothing the area shows.
  const merges = sheet.merges
    .filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right)
    .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, area.bottom), right: Math.min(m.right, area.right) }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
  const hiddenRows = [...sheet.hiddenRows].filter((r) => r >= area.top && r <= area.bottom).sort((a, b) => a - b);
  const hiddenCols = [...sheet.hiddenCols].filter((c) => c >= area.left && c <= area.right).sort((a, b) => a - b);
  const grid: Grid = { sheet: sheet.name, origin: { row: area.top, col: area.left }, values, merges, hiddenRows, hiddenCols, numberFormats };
  return { grid, findings };
}

/** The info line for the cells holding a value outside the area (the first few met named), when there are some. */
function outsideFinding(sheet: SparseSheet, area: MergeArea): Finding {
  const outside: string[] = [];
  let outsideCount = 0;
  sheet.forEachCell((row, col, cell) => {
    if (row < area.top || row > area.bottom || col < area.left || col > area.right) {
      if (!isEmpty(cell.value)) {
        outsideCount += 1;
        if (outside.length < 3) outside.push(cellAddress(row, col));
      }
    }
  });
  return farCellsFinding(outsideCount, outside, area);
}
