// The formula evaluator on the shapes quota sheets use, with expectations worked out by hand from Excel's rules.
import { SparseSheet } from "../../src/core/input/sparse-sheet";
import { computeMissingResults } from "../../src/core/input/missing-results";
import { blockGrid, MAX_GRID_CELLS } from "../../src/core/input/block";
import { formulaFindings } from "../../src/core/input/formula-findings";
import type { CellValue } from "../../src/core/types";

/** A sheet from rows of values; strings starting with "=" are formulas saved without a result. */
function sheetOf(rows: (CellValue | string)[][], top = 1, name = "S"): SparseSheet {
  const s = new SparseSheet(name);
  rows.forEach((line, i) => line.forEach((v, j) => {
    if (v === null) return;
    if (typeof v === "string" && v.startsWith("=")) s.set(top + i, j + 1, { value: null, formula: v.slice(1), noResult: true });
    else s.set(top + i, j + 1, { value: v as CellValue });
  }));
  return s;
}

const value = (s: SparseSheet, row: number, col: number) => s.get(row, col)?.value;

test("SUM, arithmetic, ROUND half away from zero, IF, cell references", () => {
  const s = sheetOf([
    [1485, 90, "=ROUND(A1/B1,0)", "=ROUND(-2.5,0)", "=ROUND(2.675,2)"],
    [13176, 90, "=ROUND(A2/B2,0)", "=IF(A2>A1,\"lớn\",\"nhỏ\")", "=A1+A2*2-B1/3"],
    ["=SUM(A1:A2)", "=SUM(B1:B2,10)", "=AVERAGE(A1:B2)", "=MAX(A1:A2)-MIN(A1:A2)", "=2^3%"],
  ]);
  const r = computeMissingResults(s);
  expect(r.failed).toEqual([]);
  expect(value(s, 1, 3)).toBe(17); // 16.5 → 17
  expect(value(s, 1, 4)).toBe(-3);
  expect(value(s, 1, 5)).toBe(2.68);
  expect(value(s, 2, 3)).toBe(146); // 146.4 → 146
  expect(value(s, 2, 4)).toBe("lớn");
  expect(value(s, 2, 5)).toBe(1485 + 13176 * 2 - 30);
  expect(value(s, 3, 1)).toBe(14661);
  expect(value(s, 3, 2)).toBe(190);
  expect(value(s, 3, 3)).toBe((1485 + 90 + 13176 + 90) / 4);
  expect(value(s, 3, 4)).toBe(13176 - 1485);
  expect(value(s, 3, 5)).toBeCloseTo(2 ** 0.03, 12);
  expect(r.computed).toHaveLength(11);
});

test("SUBTOTAL 9 skips nested subtotals; 109 also skips hidden rows; text in a range is skipped", () => {
  const s = sheetOf([[100], [200], ["=SUBTOTAL(9,A1:A2)"], [50], ["ghi chú"], ["=SUBTOTAL(9,A4:A5)"], ["=SUBTOTAL(9,A1:A6)"], ["=SUBTOTAL(109,A1:A6)"], ["=SUM(A1:A2)"]]);
  s.hiddenRows.add(2);
  computeMissingResults(s);
  expect(value(s, 3, 1)).toBe(300);
  expect(value(s, 6, 1)).toBe(50);
  expect(value(s, 7, 1)).toBe(350);
  expect(value(s, 8, 1)).toBe(150);
  expect(value(s, 9, 1)).toBe(300);
});

test("a formula depending on another formula without a result, in any order, and on another sheet", () => {
  const other = sheetOf([[7000]], 1, "Số liệu");
  const s = sheetOf([["=A2*2"], ["=A3+1"], ["='Số liệu'!A1"]]);
  const r = computeMissingResults(s, (n) => (n === "Số liệu" ? other : undefined));
  expect(r.failed).toEqual([]);
  expect([value(s, 1, 1), value(s, 2, 1), value(s, 3, 1)]).toEqual([14002, 7001, 7000]);
});

test("errors propagate as Excel shows them; unknown functions, cycles and syntax are named, not guessed", () => {
  const s = sheetOf([[1, 0, "=A1/B1", "=SUM(C1,1)", "=IFERROR(C1,0)"], ["=VLOOKUP(A1,A1:B1,2)", "=B2", "=SUM(A1", "=1E308*10", "=IF(A1>0,5,VLOOKUP(1,A1:B1,2))"]]);
  const r = computeMissingResults(s);
  expect(value(s, 1, 3)).toEqual({ error: "#DIV/0!" });
  expect(value(s, 1, 4)).toEqual({ error: "#DIV/0!" });
  expect(value(s, 1, 5)).toBe(0);
  expect(value(s, 2, 4)).toEqual({ error: "#NUM!" });
  expect(value(s, 2, 5)).toBe(5); // the branch not taken is never evaluated
  expect(r.failed.map((f) => f.cell)).toEqual(["A2", "B2", "C2"]);
  expect(value(s, 2, 1)).toBeNull();
});

test("a range over a whole column costs what it holds", () => {
  const s = sheetOf([[5, "=SUM(A1:A1048576)"], [6]]);
  s.set(1048576, 1, { value: 1 });
  const started = process.hrtime.bigint();
  computeMissingResults(s);
  expect(value(s, 1, 2)).toBe(12);
  // A generous bound, not a speed claim: visiting a million empty cells would take far longer.
  expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
});

test("the grid is the block around the table: a stray cell at XFD1048576 is left out and said", () => {
  const s = sheetOf([["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã A", 100], [2, "Xã B", 200]], 3);
  s.set(1048576, 16384, { value: 7 });
  s.set(1, 1, { value: "BÁO CÁO" });
  const { grid, findings } = blockGrid(s);
  expect(grid.origin).toEqual({ row: 1, col: 1 });
  expect(grid.values).toHaveLength(5);
  expect(grid.values[0]).toHaveLength(3);
  expect(findings.map((f) => [f.code, f.cell])).toEqual([["far-cells-ignored", "XFD1048576"]]);
});

test("many formulas that cannot be computed: twenty named, the rest counted in one more line", () => {
  const rows = Array.from({ length: 45 }, (_, i) => [i, `=VLOOKUP(A${i + 1},A1:A2,1)`]);
  const r = computeMissingResults(sheetOf(rows));
  const findings = formulaFindings(r);
  expect(r.failed).toHaveLength(45);
  expect(findings).toHaveLength(21);
  expect(findings[20].msg).toEqual({ key: "reader.input.formulas-not-computed-more", params: { count: 25, cells: "B21, B22, B23, B24, B25" } });
});

test("a chain of 50,000 formulas each waiting on the next: no crash, every cell computed", () => {
  const n = 50000;
  const rows = Array.from({ length: n }, (_, i) => [i === n - 1 ? 1 : `=A${i + 2}+1`]);
  const s = sheetOf(rows);
  const r = computeMissingResults(s);
  expect(r.failed).toEqual([]);
  expect(r.computed).toHaveLength(n - 1);
  expect(value(s, 1, 1)).toBe(n);
  expect(value(s, 25000, 1)).toBe(n - 25000 + 1);
});

test("values scattered thinly over the whole sheet: the Grid stays within its budget, and says what it left out", () => {
  const s = new SparseSheet("S");
  // One value every 300 rows and 80 columns, across the whole sheet: no gap is wide enough to cut it.
  for (let r = 1; r <= 1048576; r += 300) for (let c = 1; c <= 16384; c += 80) s.set(r, c, { value: 1 });
  const { grid, findings } = blockGrid(s);
  expect(grid.values.length * (grid.values[0]?.length ?? 0)).toBeLessThanOrEqual(MAX_GRID_CELLS);
  expect(findings.map((f) => f.code)).toEqual(["far-cells-ignored"]);
});

test("a small table above a large list 600 rows below: both kept, the table is not taken for a stray", () => {
  const s = sheetOf([["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã A", 100], [2, "Xã B", 200], [3, "Xã C", 300]]);
  for (let r = 700; r < 2700; r++) s.set(r, 1, { value: `mục ${r}` });
  const { grid } = blockGrid(s);
  expect(grid.origin).toEqual({ row: 1, col: 1 });
  expect(grid.values.length).toBe(2699);
});
