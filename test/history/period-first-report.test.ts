// A week's or a phase's report on the first day the add-in is used: no history saved yet. What the sheet itself
// gives (each unit's cumulative on the as-of day) is shown; what needs an earlier day (the week's results) is not.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { analyzePeriod, weekEndingOn } from "../../src/core/history/period";
import type { CellValue, DaySerial, Grid } from "../../src/core/types";

const day = (d: number, m: number) => serialFromYMD(2024, m, d) as DaySerial;
const UNITS: [string, number, number | null][] = [["Xã An Bình", 900, 450], ["Xã Tân Phong", 600, 210], ["Xã Hồng Thái", 300, null]];

function analysis() {
  const values: CellValue[][] = [
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...UNITS.map(([unit, target, done], i) => [i + 1, unit, target, done]),
  ];
  const grid: Grid = { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
  const read = readQuotaTable(grid);
  if (!read.ok) throw new Error("the test sheet must read");
  return analyzeTable(read.table, makeCampaign({ from: day(1, 8), to: day(29, 10) }), day(15, 9));
}

test("a week with no saved history: each unit's cumulative is the sheet's, its week's result is not known", () => {
  const a = analysis();
  const pa = analyzePeriod(a, weekEndingOn(a.asOf));
  const id = a.table.measures[0].id;
  expect(pa.units.map((u) => u.values[id].cumulative)).toEqual(UNITS.map((u) => u[2]));
  expect(pa.units.map((u) => u.values[id].done)).toEqual([null, null, null]);
  expect(pa.findings.map((f) => f.code)).toContain("period-no-history");
});

test("a period that opens the campaign: its result so far is the cumulative, even on the first report", () => {
  const a = analysis();
  const pa = analyzePeriod(a, { kind: "phase", name: "Đợt 1", from: day(1, 8), to: day(30, 9) });
  const id = a.table.measures[0].id;
  expect(pa.units.map((u) => u.values[id].done)).toEqual(UNITS.map((u) => u[2]));
});

test("a period that ended before the as-of day: the sheet's figure of today is not that day's cumulative", () => {
  const a = analysis();
  const pa = analyzePeriod(a, { kind: "phase", name: "Đợt 1", from: day(1, 8), to: day(31, 8) });
  const id = a.table.measures[0].id;
  expect(pa.units.map((u) => u.values[id].cumulative)).toEqual([null, null, null]);
});
