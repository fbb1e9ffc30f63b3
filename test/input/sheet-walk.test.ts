// forEachCell visits what entries() lists; the grid builder (which counts and fills row by row, compared with
// the cell-by-cell walk in grid-rows.test.ts) keeps the area of the cell-by-cell reading (columns counted in the
// kept rows only).
import { SparseSheet } from "../../src/core/input/sparse-sheet";
import { blockGrid } from "../../src/core/input/block";

test("forEachCell visits every stored cell once, as entries() lists them: short rows, a row reaching XFD, a deleted cell", () => {
  const s = new SparseSheet("S");
  s.set(3, 2, { value: "Xã Tân Hòa" });
  s.set(3, 5, { value: 12 });
  s.set(7, 1, { value: null, formula: "SUM(A1:A2)", noResult: true });
  s.set(9, 300, { value: "xa" });
  s.set(9, 16384, { value: 1 });
  s.set(9, 4, { value: "" });
  s.set(3, 9, { value: 5 });
  s.delete(3, 9);
  const walked: string[] = [];
  s.forEachCell((row, col, cell) => walked.push(`${row},${col},${String(cell.value)}`));
  const listed = [...s.entries()].map((e) => `${e.row},${e.col},${String(e.cell.value)}`);
  expect(walked).toEqual(listed);
  expect([...walked].sort()).toEqual(["3,2,Xã Tân Hòa", "3,5,12", "7,1,null", "9,16384,1", "9,300,xa", "9,4,"].sort());
});

test("a stray row far below is left out, and its cell does not join the table's columns to a stray column block", () => {
  const s = new SparseSheet("S");
  const header = ["STT", "Đơn vị", "Chỉ tiêu"];
  header.forEach((h, i) => s.set(1, i + 1, { value: h }));
  for (let r = 2; r <= 20; r++) {
    s.set(r, 1, { value: r - 1 });
    s.set(r, 2, { value: `Xã Số ${r - 1}` });
    s.set(r, 3, { value: 100 + r });
  }
  // Three notes far right of the title row: a stray column block (147 columns from the table).
  for (let c = 150; c <= 152; c++) s.set(1, c, { value: "ghi chú" });
  // One value 5,000 rows down, in column 60: counted with the table's columns, it would bridge both gaps.
  s.set(5000, 60, { value: 7 });
  const { grid, findings } = blockGrid(s);
  expect(grid.origin).toEqual({ row: 1, col: 1 });
  expect(grid.values).toHaveLength(20);
  expect(grid.values.every((line) => line.length === 3)).toBe(true);
  expect(findings).toHaveLength(1);
  expect(findings[0].msg.params?.count).toBe(4);
});

test("one block of rows: the same grid and no finding, whichever order the cells were written in", () => {
  const cells: [number, number, string | number][] = [];
  for (let r = 1; r <= 30; r++) for (let c = 1; c <= 5; c++) if ((r * c) % 7 !== 0) cells.push([r, c, c === 2 ? `Phường ${r}` : r * c]);
  const forward = new SparseSheet("S");
  for (const [r, c, v] of cells) forward.set(r, c, { value: v });
  const backward = new SparseSheet("S");
  for (const [r, c, v] of [...cells].reverse()) backward.set(r, c, { value: v });
  const a = blockGrid(forward);
  const b = blockGrid(backward);
  expect(a.findings).toEqual([]);
  expect(b.grid.values).toEqual(a.grid.values);
  expect(a.grid.values).toHaveLength(30);
  expect(a.grid.values[0]).toEqual([1, "Phường 1", 3, 4, 5]);
  expect(a.grid.values[6]).toEqual([null, null, null, null, null]);
});

test("number formats: the grid's formats have the values' shape, a format only in its own cell", () => {
  const s = new SparseSheet("S");
  for (let r = 1; r <= 6; r++) for (let c = 1; c <= 4; c++) s.set(r, c, { value: r * 10 + c });
  s.set(3, 4, { value: 0.975, numberFormat: "0.0%" });
  s.set(5, 2, { value: 45500, numberFormat: "dd/mm/yyyy" });
  const { grid } = blockGrid(s);
  const formats = grid.numberFormats as string[][];
  expect(formats.map((line) => line.length)).toEqual(grid.values.map((line) => line.length));
  const expected = Array.from({ length: 6 }, () => ["", "", "", ""]);
  expected[2][3] = "0.0%";
  expected[4][1] = "dd/mm/yyyy";
  expect(formats).toEqual(expected);
});
