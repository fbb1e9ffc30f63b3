// A unit typed twice is said, with its cells; two communes one tone mark apart are not a duplicate (the warning
// tells the clerk to delete a row: it must never point at a real commune).
import { readQuotaTable } from "../../src/core/read";
import type { CellValue, Grid } from "../../src/core/types";

function duplicates(names: string[]): string[] {
  const values: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], ...names.map((n, i) => [i + 1, n, 100 + i, 50])];
  const grid: Grid = { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
  const read = readQuotaTable(grid);
  if (!read.ok) throw new Error("the test sheet must read");
  return read.table.warnings.filter((w) => w.code === "duplicate-unit").map((w) => String(w.cell));
}

test("Tân Hòa and Tân Hóa, An Hồng and An Hưng: four communes, no duplicate", () => {
  expect(duplicates(["Xã Tân Hòa", "Xã Tân Hóa", "Xã An Hồng", "Xã An Hưng"])).toEqual([]);
});

test("the same name typed again (case, spaces and tone placement aside, or without marks) is said", () => {
  expect(duplicates(["Xã Tân Hòa", "Xã An Bình", "XÃ  TÂN HOÀ"])).toEqual(["B4"]);
  expect(duplicates(["Xã An Bình", "Xã Tân Phong", "Xa An Binh"])).toEqual(["B4"]);
  // A commune and a ward of one name are two units.
  expect(duplicates(["Xã Tân Hòa", "Phường Tân Hòa"])).toEqual([]);
});

test("many alike names, in every order: each repeat points at the first name it repeats, tone-mark pairs never", () => {
  // Groups built so the answer is known: [name, the index in the group of the name it repeats, or null].
  const groups: [string, number | null][][] = [
    [["Xã Tân Hòa", null], ["Xã Tân Hóa", null], ["XÃ  TÂN HOÀ", 0], ["Xa Tan Hoa", 0]],
    // Typed without marks first: every marked spelling after it repeats it.
    [["Xa An Binh", null], ["Xã An Bình", 0], ["Xã An Bính", 0]],
    [["Xã Tân Hóa", null], ["Xã Tân Hòa", null], ["Phường Tân Hòa", null], ["Xa Tan Hoa", 0], ["Phuong Tan Hoa", 2], ["Tan Hoa", null]],
    [["Thị trấn Hoà Bình", null], ["TT Hòa Bình", null], ["Thi tran Hoa Binh", 0], ["Thị trấn Hòa Bình", 0]],
  ];
  const names: string[] = [];
  const expected: string[] = [];
  for (let copy = 0; copy < 60; copy++) {
    for (const [g, group] of groups.entries()) {
      const start = names.length;
      for (const [name, repeats] of group) {
        // Row of the unit: header in row 1, units from row 2.
        if (repeats !== null) expected.push(`B${names.length + 2}<B${start + repeats + 2}`);
        names.push(`${name} ${copy * groups.length + g}`);
      }
    }
  }
  const values: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], ...names.map((n, i) => [i + 1, n, 100 + i, 50])];
  const read = readQuotaTable({ sheet: "Tiến độ", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
  if (!read.ok) throw new Error("the test sheet must read");
  const found = read.table.warnings.filter((w) => w.code === "duplicate-unit").map((w) => `${String(w.cell)}<B${String(w.msg.params?.first)}`);
  expect(found).toEqual(expected);
});

test("the first name typed without marks, far down a marked sheet, repeats the first marked name of its spelling", () => {
  const marked = Array.from({ length: 40 }, (_, i) => `Xã Bình Số ${i + 1}`);
  const names = ["Phường Tân Hòa", "Xã Tân Hóa", "Xã Tân Hòa", ...marked, "Xa Tan Hoa", "Phuong Tan Hoa", "Xa Binh So 7"];
  const values: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], ...names.map((n, i) => [i + 1, n, 100 + i, 50])];
  const read = readQuotaTable({ sheet: "Tiến độ", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
  if (!read.ok) throw new Error("the test sheet must read");
  const found = read.table.warnings.filter((w) => w.code === "duplicate-unit").map((w) => [w.cell, w.msg.params?.first]);
  // Rows: header 1, "Phường Tân Hòa" 2, "Xã Tân Hóa" 3, "Xã Tân Hòa" 4, "Xã Bình Số 7" 11, then 45, 46, 47.
  expect(found).toEqual([["B45", "3"], ["B46", "2"], ["B47", "11"]]);
});
