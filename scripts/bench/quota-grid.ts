// The bench's quota sheet: a title, one header row and N units × 12 columns, as district offices type them:
// half the counts are text with thousands dots ("3.903"), rates typed as percentages with decimals.
import type { CellValue, Grid } from "../../src/core/types";
import { makeCampaign } from "../../src/core/campaign";
import { parseDayText } from "../../src/core/dates";

export const HEADER = [
  "STT", "Đơn vị", "Công dân từ 14 tuổi trở lên", "Đã cấp CCCD", "Chưa cấp", "Tỷ lệ (%)",
  "ĐDDT mức 2 đã cấp", "Chưa cấp", "Tỷ lệ (%)", "Đã kích hoạt", "Chưa kích hoạt", "Tỷ lệ kích hoạt đạt (%)",
];
export const TITLE = "BÁO CÁO TIẾN ĐỘ CẤP CCCD VÀ ĐỊNH DANH ĐIỆN TỬ";

/** The campaign every family uses: 01/08/2024 – 30/10/2024, the plan's 90 days, data as of 20/08/2024. */
export const CAMPAIGN_TEXT = { from: "01/08/2024", to: "30/10/2024", days: 90, asOf: "20/08/2024" };

export function benchCampaign() {
  const from = parseDayText(CAMPAIGN_TEXT.from) as number;
  const to = parseDayText(CAMPAIGN_TEXT.to) as number;
  return { campaign: makeCampaign({ from, to, nominalDays: CAMPAIGN_TEXT.days }), asOf: parseDayText(CAMPAIGN_TEXT.asOf) as number };
}

export const withDots = (x: number) => String(x).replace(/\B(?=(\d{3})+$)/g, ".");

/** Row i (0-based) of the data block: numbers, with every other row's counts typed as text. */
export function unitRow(i: number): CellValue[] {
  const base = 1000 + (i % 997) * 7;
  const cards = Math.floor(base * (0.55 + (i % 41) / 100));
  const level2 = Math.floor(cards * 0.8);
  const active = Math.floor(level2 * 0.7);
  const n = (x: number) => (i % 2 ? withDots(x) : x);
  return [
    i + 1, `Xã Số ${i + 1}`, n(base), n(cards), n(base - cards), Math.round((cards / base) * 10000) / 100,
    n(level2), n(cards - level2), Math.round((level2 / cards) * 100), n(active), n(level2 - active),
    Math.round((active / level2) * 1000) / 10,
  ];
}

/** All rows: title, header, units. */
export function quotaRows(units: number): CellValue[][] {
  const rows: CellValue[][] = [[TITLE], HEADER];
  for (let i = 0; i < units; i++) rows.push(unitRow(i));
  return rows;
}

export function quotaGrid(units: number): Grid {
  return { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values: quotaRows(units), merges: [], hiddenRows: [], hiddenCols: [] };
}
