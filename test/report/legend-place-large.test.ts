// A stray cell at the sheet's last row (A1048576) makes the grid a million rows long: placing the colour legend
// must not spread those rows into one call (it overflowed the stack: issue 11).
import { findLegendPlace } from "../../src/core/colour/legend-place";
import type { Grid } from "../../src/core/types";

test("a grid of 1,048,576 rows: the legend is placed right of the table, no stack overflow", () => {
  const values: Grid["values"] = Array.from({ length: 1048576 }, () => []);
  values[0] = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  values[1] = [1, "Xã An Bình", 1000, 600];
  values[1048575] = ["x"];
  const grid: Grid = { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
  const place = findLegendPlace(grid, { top: 1, right: 4, bottom: 2, left: 1 }, () => []);
  expect(place).toEqual({ top: 1, left: 6 });
});
