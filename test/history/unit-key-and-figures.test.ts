// The rules under the history, on cases a clerk recognises: names across days, the recent rate, stalls,
// negative days, ranks; and the history sheet written and read back.
import { unitBareKey as unitKey } from "../../src/core/units/unit-key";
import { forecastAt, ranksOf, recentRate, stalledDays } from "../../src/core/history/figures";
import { historySheetModel, recordsFromHistoryGrid } from "../../src/core/history/sheet";
import { mergeRecordLists } from "../../src/core/history/import";
import { historyUnitKeys } from "../../src/core/history/unit-keys";
import type { DayPoint, HistoryRecord } from "../../src/core/history/types";
import type { CellValue } from "../../src/core/types";
import { allCells } from "../../src/core/report/row-runs";

describe("one unit across days", () => {
  test.each([
    ["Xã Tân Phong", "Tân Phong"], ["Xã Tân Phong", "xa tan phong"], ["Xã  Tân   Phong", "TÂN PHONG"],
    ["Phường Bắc Hà", "P. Bắc Hà"], ["Thị trấn Chợ Chu", "TT Chợ Chu"], ["Xã Hoà Bình", "Hòa Bình"], ["Công an xã Kim Phượng", "Kim Phượng"],
  ])("%s = %s", (a, b) => expect(unitKey(a)).toBe(unitKey(b)));
  test.each([["Xã An Bình", "Xã An Phú"], ["Thị trấn", "Xã Trấn"], ["Đông Phong", "Dong Phong 2"]])("%s ≠ %s", (a, b) => {
    expect(unitKey(a)).not.toBe(unitKey(b));
  });
  test("a unit named only by its kind keeps a key", () => expect(unitKey("Thị trấn")).toBe("thi tran"));
});

const pts = (...v: [number, number][]): DayPoint[] => v.map(([day, done]) => ({ day, done, target: null }));

describe("figures of a series", () => {
  test("the 7-day rate uses the snapshot 7 days back, or the first one; gaps divide by the real days", () => {
    const daily = pts(...Array.from({ length: 10 }, (_, i) => [100 + i, 10 * (i + 1)] as [number, number]));
    expect(recentRate(daily, 109)).toBe(10);
    expect(recentRate(pts([100, 0], [103, 30]), 103)).toBe(10);
    // A week with one report missing: from day 100 (30) to 108 (110): 80 over 8 days.
    expect(recentRate(pts([100, 30], [102, 50], [108, 110]), 108)).toBe(10);
    expect(recentRate(pts([100, 30]), 100)).toBeNull();
    expect(recentRate(pts([100, 30], [101, 40]), 102)).toBeNull(); // no snapshot on the as-of day
  });
  test("stalled days count from the last rise; 0 when it rose today", () => {
    expect(stalledDays(pts([1, 5], [2, 9], [3, 9], [4, 9]), 4)).toBe(2);
    expect(stalledDays(pts([1, 5], [2, 9]), 2)).toBe(0);
    expect(stalledDays(pts([1, 5], [2, 5], [3, 5]), 3)).toBe(2);
    expect(stalledDays(pts([1, 5]), 1)).toBeNull();
  });
  test("forecast: none when nothing is left or nothing moves", () => {
    expect(forecastAt(100, 30, 10)).toBe(103);
    expect(forecastAt(100, 31, 10)).toBe(104);
    expect(forecastAt(100, 0, 10)).toBeNull();
    expect(forecastAt(100, 30, 0)).toBeNull();
  });
  test("ranks: ties share, nulls get none", () => expect(ranksOf([0.5, 0.9, 0.5, null, 0.1])).toEqual([2, 1, 2, null, 4]));
});

describe("the history sheet", () => {
  const records: HistoryRecord[] = [
    { day: 45550, unit: "Xã An Bình", measure: "Thu nhận CCCD", target: 100, done: 10 },
    { day: 45551, unit: "Xã An Bình", measure: "Thu nhận CCCD", target: 100, done: 25 },
  ];
  test("written as an Excel table and read back to the same records", () => {
    const model = historySheetModel(records, "vi");
    expect(model.table).toEqual({ name: "LichSuTienDo", ref: "A1:E3", columns: ["Ngày", "Đơn vị", "Nội dung", "Chỉ tiêu", "Lũy kế đã thực hiện"] });
    const values: CellValue[][] = [[], [], []];
    for (const c of allCells(model)) values[c.row - 1][c.col - 1] = "value" in c ? (c.value as CellValue) : null;
    expect(recordsFromHistoryGrid({ sheet: model.sheetName, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] })).toEqual(records);
  });
  test("a day's newest figures replace that day's, whatever the unit's spelling; nothing else is replaced", () => {
    const merged = mergeRecordLists([records, [{ day: 45551, unit: "An Bình", measure: "Thu nhận CCCD", target: 100, done: 30 }]], historyUnitKeys(["Xã An Bình"]).keyOf);
    expect(merged.map((r) => [r.day, r.done])).toEqual([[45550, 10], [45551, 30]]);
  });
});
