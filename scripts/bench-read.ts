// Time to read and compute a quota sheet of 1,000 and 10,000 units × 12 columns (goal: < 100 ms for 10,000).
// Run: npx tsx scripts/bench-read.ts
import { readQuotaTable } from "../src/core/read";
import { analyzeTable } from "../src/core/analyze";
import { makeCampaign } from "../src/core/campaign";
import { parseDayText } from "../src/core/dates";
import type { CellValue, Grid } from "../src/core/types";

function sheet(units: number): Grid {
  const header = ["STT", "Đơn vị", "Công dân từ 14 tuổi trở lên", "Đã cấp CCCD", "Chưa cấp", "Tỷ lệ (%)", "ĐDDT mức 2 đã cấp", "Chưa cấp", "Tỷ lệ (%)", "Đã kích hoạt", "Chưa kích hoạt", "Tỷ lệ kích hoạt đạt (%)"];
  const values: CellValue[][] = [["BÁO CÁO TIẾN ĐỘ"], header];
  for (let i = 0; i < units; i++) {
    const base = 1000 + (i % 997) * 7;
    const cards = Math.floor(base * 0.9);
    const level2 = Math.floor(cards * 0.8);
    const active = Math.floor(level2 * 0.7);
    // Half the figures typed as text with thousands dots, as offices do.
    const n = (x: number) => (i % 2 ? String(x).replace(/\B(?=(\d{3})+$)/g, ".") : x);
    values.push([i + 1, `Xã Số ${i + 1}`, n(base), n(cards), n(base - cards), Math.round((cards / base) * 10000) / 100, n(level2), n(cards - level2), Math.round((level2 / cards) * 100), n(active), n(level2 - active), Math.round((active / level2) * 1000) / 10]);
  }
  return { sheet: "Bench", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

function time(units: number, rounds: number): number {
  const grid = sheet(units);
  const campaign = makeCampaign({ from: parseDayText("01/08/2024"), to: parseDayText("30/10/2024"), nominalDays: 90 });
  const asOf = parseDayText("20/08/2024") as number;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    const result = readQuotaTable(grid);
    if (!result.ok || result.table.units.length !== units) throw new Error("bench sheet not read");
    analyzeTable(result.table, campaign, asOf);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

time(1000, 3); // warm-up
for (const units of [1000, 10000]) console.log(`${units} units × 12 columns: read + compute ${time(units, 5).toFixed(1)} ms (best of 5)`);
