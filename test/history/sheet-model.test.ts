// The history sheet as a model (its records' rows made when a writer asks): a header, then five cells per record
// in order, a blank figure as an empty cell, dates and counts with their formats; read back, it gives the records.
import { historySheetModel, recordsFromHistoryGrid } from "../../src/core/history/sheet";
import { allCells } from "../../src/core/report/row-runs";
import type { HistoryRecord } from "../../src/core/history/types";
import type { CellValue } from "../../src/core/types";

const records: HistoryRecord[] = [
  { day: 45550, unit: "Xã Tân Hòa", measure: "Thu nhận hồ sơ CCCD", target: 500, done: 120 },
  { day: 45550, unit: "Xã Tân Hóa", measure: "Thu nhận hồ sơ CCCD", target: null, done: 7 },
  { day: 45551, unit: "Phường Đông Thái", measure: "Cấp CCCD › Đã cấp", target: 300, done: null },
];

test("five cells a record, in order, with nothing left out", () => {
  const model = historySheetModel(records, "vi");
  const cells = allCells(model);
  expect(cells).toHaveLength(5 + 5 * records.length);
  expect(cells.slice(0, 5).map((c) => [c.row, c.col, c.style])).toEqual([1, 2, 3, 4, 5].map((col) => [1, col, "head"]));
  expect(cells.slice(5)).toEqual([
    { row: 2, col: 1, kind: "date", value: 45550, style: "date" }, { row: 2, col: 2, kind: "text", value: "Xã Tân Hòa" },
    { row: 2, col: 3, kind: "text", value: "Thu nhận hồ sơ CCCD" }, { row: 2, col: 4, kind: "number", value: 500, style: "count" },
    { row: 2, col: 5, kind: "number", value: 120, style: "count" },
    { row: 3, col: 1, kind: "date", value: 45550, style: "date" }, { row: 3, col: 2, kind: "text", value: "Xã Tân Hóa" },
    { row: 3, col: 3, kind: "text", value: "Thu nhận hồ sơ CCCD" }, { row: 3, col: 4, kind: "empty" },
    { row: 3, col: 5, kind: "number", value: 7, style: "count" },
    { row: 4, col: 1, kind: "date", value: 45551, style: "date" }, { row: 4, col: 2, kind: "text", value: "Phường Đông Thái" },
    { row: 4, col: 3, kind: "text", value: "Cấp CCCD › Đã cấp" }, { row: 4, col: 4, kind: "number", value: 300, style: "count" },
    { row: 4, col: 5, kind: "empty" },
  ]);
  expect(model.table?.ref).toBe("A1:E4");
});

test("the sheet's cells, read back as a grid, give the records", () => {
  const model = historySheetModel(records, "vi");
  const values: CellValue[][] = Array.from({ length: records.length + 1 }, () => [null, null, null, null, null]);
  for (const c of allCells(model)) values[c.row - 1][c.col - 1] = c.kind === "empty" || c.kind === "formula" ? null : c.value;
  const grid = { sheet: model.sheetName, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
  expect(recordsFromHistoryGrid(grid)).toEqual(records);
});
