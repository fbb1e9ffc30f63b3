// The grid builder counts a sheet's values row by row (SparseSheet.valueCounts) and fills the grid row by row
// over the kept area's columns (SparseSheet.row), not cell by cell through forEachCell; the formula step skips
// its walk when no formula without a result was stored. Each is compared with the cell-by-cell way on generated
// sheets: tables with title rows, strays far below or right, rows reaching XFD, empty texts and nulls, number
// formats, deleted cells, cells written in any order, and areas past the grid's cell budget.
import { SparseSheet, type SheetCell } from "../../src/core/input/sparse-sheet";
import { blockGrid, keptArea, MAX_GRID_CELLS } from "../../src/core/input/block";
import { computeMissingResults } from "../../src/core/input/missing-results";
import { cellAddress } from "../../src/core/address";
import type { CellValue, MergeArea } from "../../src/core/types";
import { makeRng, type Rng } from "../../scripts/corpus/prng";

const isEmpty = (v: CellValue) => v === null || v === "";

/** The counts as a walk of every cell gives them. */
function countsByWalk(sheet: SparseSheet): { byRow: Map<number, number>; byCol: number[] } {
  const byRow = new Map<number, number>();
  const byCol: number[] = [];
  sheet.forEachCell((row, col, cell) => {
    if (isEmpty(cell.value)) return;
    byRow.set(row, (byRow.get(row) ?? 0) + 1);
    byCol[col] = (byCol[col] ?? 0) + 1;
  });
  return { byRow, byCol };
}

/** The grid's values, formats and far cells as a walk of every cell fills them. */
function fillByWalk(sheet: SparseSheet, area: MergeArea) {
  const width = area.right - area.left + 1;
  const values = Array.from({ length: area.bottom - area.top + 1 }, () => new Array<CellValue>(width).fill(null));
  const formats = values.map(() => new Array<string>(width).fill(""));
  const outside: string[] = [];
  let count = 0;
  sheet.forEachCell((row, col, cell) => {
    if (row < area.top || row > area.bottom || col < area.left || col > area.right) {
      if (!isEmpty(cell.value)) {
        count += 1;
        if (outside.length < 3) outside.push(cellAddress(row, col));
      }
      return;
    }
    values[row - area.top][col - area.left] = cell.value;
    if (cell.numberFormat) formats[row - area.top][col - area.left] = cell.numberFormat;
  });
  return { values, formats, count, outside: [...outside].sort() };
}

function valueOf(rng: Rng): CellValue {
  const kind = rng.next();
  return kind < 0.35 ? rng.int(0, 5000) : kind < 0.6 ? `Xã Số ${rng.int(1, 99)}` : kind < 0.7 ? "" : kind < 0.78 ? null : kind < 0.85 ? " " : kind < 0.9 ? true : kind < 0.95 ? { error: "#N/A" } : "3.903";
}

function generatedSheet(rng: Rng): SparseSheet {
  const cells: [number, number, SheetCell][] = [];
  const put = (row: number, col: number) => cells.push([row, col, rng.chance(0.15) ? { value: valueOf(rng), numberFormat: rng.pick(["0.0%", "dd/mm/yyyy", "#,##0"]) } : { value: valueOf(rng) }]);
  const top = rng.int(1, 8);
  const left = rng.int(1, 6);
  const rows = rng.int(0, 60);
  const cols = rng.int(1, 14);
  if (rng.chance(0.5)) put(rng.int(1, top), left);
  for (let r = top; r < top + rows; r++) {
    if (rng.chance(0.1)) continue;
    for (let c = left; c < left + cols; c++) if (rng.chance(0.8)) put(r, c);
  }
  // Strays: far below, far right, at XFD, a long row; a second block far away.
  if (rng.chance(0.3)) put(top + rows + rng.int(1, 2000), rng.int(1, 60));
  if (rng.chance(0.3)) put(rng.int(1, top + rows), left + cols + rng.int(90, 400));
  // At XFD: a stray beside a table of some rows (beside a lone cell it would be kept, and the grid 16,384 wide).
  if (rng.chance(0.2) && rows >= 5) put(rng.int(1, top + rows + 1), 16384);
  if (rng.chance(0.15)) for (let c = 1; c <= 20; c++) put(top + rows + 2, c * 13);
  if (rng.chance(0.15)) for (let c = 1; c <= 4; c++) put(top + rows + 700, c * 3);
  if (rng.chance(0.05)) for (let r = 1; r <= 12; r++) put(r * 520, 100 + r);
  const sheet = new SparseSheet("S");
  for (const [r, c, cell] of rng.chance(0.5) ? cells : rng.shuffle(cells)) sheet.set(r, c, cell);
  if (rng.chance(0.3) && cells.length > 0) {
    const [r, c] = rng.pick(cells);
    sheet.delete(r, c);
  }
  return sheet;
}

describe("the grid builder row by row gives what the cell-by-cell walk gives", () => {
  test("generated sheets: counts, area, values, formats and far cells", () => {
    const rng = makeRng(31);
    let withFinding = 0;
    let empty = 0;
    for (let i = 0; i < 600; i++) {
      const sheet = generatedSheet(rng);
      const counts = sheet.valueCounts();
      const walked = countsByWalk(sheet);
      expect([...counts.byRow].sort((a, b) => a[0] - b[0])).toEqual([...walked.byRow].sort((a, b) => a[0] - b[0]));
      expect(Object.entries(counts.byCol)).toEqual(Object.entries(walked.byCol));
      const area = keptArea(sheet);
      const { grid, findings } = blockGrid(sheet);
      if (!area) {
        empty++;
        expect(grid.values).toEqual([]);
        continue;
      }
      const expected = fillByWalk(sheet, area);
      expect(grid.origin).toEqual({ row: area.top, col: area.left });
      // As JSON: a grid may be some thousands of cells, and a deep comparison of each is slow.
      expect(JSON.stringify(grid.values)).toBe(JSON.stringify(expected.values));
      expect(JSON.stringify(grid.numberFormats)).toBe(JSON.stringify(expected.formats));
      if (expected.count === 0) expect(findings).toEqual([]);
      else {
        withFinding++;
        expect(findings).toHaveLength(1);
        expect(findings[0].msg.params).toMatchObject({ count: expected.count, cells: expected.outside.join(", ") });
      }
    }
    // The shapes that leave cells out, and the empty sheets, were met often enough to mean something.
    expect(withFinding).toBeGreaterThan(100);
    expect(empty).toBeGreaterThan(2);
  });

  test("an area past the cell budget is cut, and the rows below it are far cells", () => {
    const sheet = new SparseSheet("S");
    const width = 40;
    const rows = Math.ceil(MAX_GRID_CELLS / width) + 50;
    for (let r = 1; r <= rows; r += 7) {
      sheet.set(r, 1, { value: r });
      sheet.set(r, width, { value: "x" });
    }
    const area = keptArea(sheet) as MergeArea;
    expect(area.right - area.left + 1).toBe(width);
    expect(area.bottom).toBeLessThan(rows - 7);
    const expected = fillByWalk(sheet, area);
    const { grid, findings } = blockGrid(sheet);
    expect(JSON.stringify(grid.values)).toBe(JSON.stringify(expected.values));
    expect(findings[0].msg.params).toMatchObject({ count: expected.count, cells: expected.outside.join(", ") });
  });
});

describe("the formula step skips its walk only when no formula without a result was stored", () => {
  test("a sheet with such a formula, stored among others, is computed; one without has nothing to compute", () => {
    const rng = makeRng(32);
    for (let i = 0; i < 200; i++) {
      const sheet = generatedSheet(rng);
      const pending = rng.chance(0.5);
      if (pending) sheet.set(rng.int(1, 80), rng.int(1, 20), { value: null, formula: "1+1", noResult: true });
      expect(sheet.mayHoldFormulasWithoutResult).toBe(pending);
      const result = computeMissingResults(sheet);
      expect(result.computed.length + result.failed.length).toBe(pending ? 1 : 0);
    }
  });
});
