// The two allocation tables of shared/domain.md, reproduced to the unit from their own cells (as text,
// with the thousands dots the sheets have) and the campaign's dates.
import { parseNumber } from "../../../src/core/numbers";
import { parseDayText } from "../../../src/core/dates";
import { makeCampaign, campaignDays } from "../../../src/core/campaign";
import { dailyTarget } from "../../../src/core/progress";

// STT · Đơn vị · Trên 14 tuổi · Dưới 14 tuổi · Tổng · Chỉ tiêu TB 01 ngày (90 days)
const table1: [string, string, string, string, string][] = [
  ["Quyết Thắng", "16", "481", "497", "6"],
  ["Tân Phong", "162", "3.741", "3.903", "43"],
  ["Quyết Tiến", "48", "1.246", "1.294", "14"],
  ["Đoàn Kết", "117", "1.990", "2.107", "23"],
  ["Sùng Phài", "101", "1.384", "1.485", "17"],
  ["Đông Phong", "82", "2.431", "2.513", "28"],
  ["San Thàng", "83", "1.294", "1.377", "15"],
];
const table1Total = ["609", "12.567", "13.176", "146"];

// STT · Đơn vị · Tổng · 0 đến dưới 6 · 6 đến dưới 14 · Theo ngày (0 đến dưới 6)
const table2: [string, number, number, number, number][] = [
  ["Thị trấn", 2786, 1016, 1770, 113],
  ["Lê Thiện", 2818, 927, 1891, 103],
  ["Đại Bản", 4484, 1563, 2921, 174],
  ["An Hòa", 3490, 1365, 2125, 152],
  ["Hồng Phong", 3035, 1052, 1983, 117],
  ["Tân Tiến", 2778, 903, 1875, 100],
  ["An Hưng", 2667, 927, 1740, 103],
  ["An Hồng", 2971, 1043, 1928, 116],
  ["Bắc Sơn", 2189, 737, 1452, 82],
  ["Nam Sơn", 2906, 999, 1907, 111],
  ["Lê Lợi", 1558, 592, 966, 66],
  ["Đặng Cương", 1961, 696, 1265, 77],
  ["Đồng Thái", 2985, 1095, 1890, 122],
  ["Quốc Tuấn", 1799, 583, 1216, 65],
  ["An Đông", 5819, 2128, 3691, 236],
  ["Hồng Thái", 2497, 834, 1663, 93],
];
const table2Total = ["46.743", "16.460", "30.283", "1.829"];

const count = (s: string) => parseNumber(s, { kind: "count" }) as number;

describe("table 1: 90 ngày đêm from 01/8/2024 to 30/10/2024", () => {
  const from = parseDayText("01/8/2024");
  const to = parseDayText("30/10/2024");

  it("the calendar says 91 days, the plan 90", () => {
    expect(campaignDays(makeCampaign({ from, to }))).toBe(91);
    expect(campaignDays(makeCampaign({ from, to, nominalDays: 90 }))).toBe(90);
  });

  const plan = makeCampaign({ from, to, nominalDays: 90 });
  it.each(table1)("%s: the total adds up and the daily target over 90 days is the sheet's", (_unit, over14, under14, total, daily) => {
    expect(count(over14) + count(under14)).toBe(count(total));
    expect(dailyTarget(count(total), campaignDays(plan), plan.rounding)).toBe(count(daily));
  });

  it("the total row: sums and 13176 ÷ 90 = 146.4 → 146", () => {
    const sum = (i: number) => table1.reduce((acc, row) => acc + count(row[i]), 0);
    expect([sum(1), sum(2), sum(3)]).toEqual(table1Total.slice(0, 3).map(count));
    expect(dailyTarget(count(table1Total[2]), 90, "half-up")).toBe(count(table1Total[3]));
  });

  it("Sùng Phài's 1485 ÷ 90 = 16.5 rounds half up to 17, and rounding up gives 17 too", () => {
    expect(dailyTarget(1485, 90, "half-up")).toBe(17);
    expect(dailyTarget(1485, 90, "up")).toBe(17);
  });

  it("counted on the calendar (91 days) the daily targets change, computed by hand", () => {
    const calendar = makeCampaign({ from, to });
    const n = campaignDays(calendar);
    const byHand: Record<string, number> = {
      "Quyết Thắng": 5, // 497 / 91 = 5.46
      "Tân Phong": 43, // 3903 / 91 = 42.89
      "Quyết Tiến": 14, // 1294 / 91 = 14.22
      "Đoàn Kết": 23, // 2107 / 91 = 23.15
      "Sùng Phài": 16, // 1485 / 91 = 16.32
      "Đông Phong": 28, // 2513 / 91 = 27.62
      "San Thàng": 15, // 1377 / 91 = 15.13
    };
    for (const [unit, , , total] of table1) expect([unit, dailyTarget(count(total), n, "half-up")]).toEqual([unit, byHand[unit]]);
    expect(dailyTarget(13176, n, "half-up")).toBe(145); // 144.79
    expect(dailyTarget(1294, n, "up")).toBe(15); // 14.22 rounded up
  });
});

describe("table 2: a 9-day phase from 21/8/2024 to 29/8/2024, both days counted", () => {
  const phase = makeCampaign({ from: parseDayText("21/8/2024"), to: parseDayText("29/8/2024") });

  it("has 9 days", () => expect(campaignDays(phase)).toBe(9));

  it.each(table2)("%s: total = both groups, daily (0 to under 6) as the sheet has it", (_unit, total, under6, from6, daily) => {
    expect(under6 + from6).toBe(total);
    expect(dailyTarget(under6, campaignDays(phase), phase.rounding)).toBe(daily);
  });

  it("the total row: 46.743 · 16.460 · 30.283, and 16460 ÷ 9 = 1828.9 → 1.829", () => {
    const sum = (i: 1 | 2 | 3) => table2.reduce((acc, row) => acc + row[i], 0);
    expect([sum(1), sum(2), sum(3)]).toEqual(table2Total.slice(0, 3).map(count));
    expect(dailyTarget(count(table2Total[1]), 9, "half-up")).toBe(count(table2Total[3]));
  });
});
