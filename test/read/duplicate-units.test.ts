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
