// read + compute: grid → readQuotaTable → analyzeTable, at 1,000 / 10,000 / 50,000 units × 12 columns.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { command, median, round, timeRuns, type Family, type Figure } from "./figure";
import { benchCampaign, quotaGrid } from "./quota-grid";
import { floorAndEngine, FLOOR_RATIO_GOAL } from "./read-floor";

const SIZES = [1000, 10000, 50000];
const GOAL_MS_10000 = 100;

function readAndCompute(units: number): () => void {
  const grid = quotaGrid(units);
  const { campaign, asOf } = benchCampaign();
  return () => {
    const result = readQuotaTable(grid);
    if (!result.ok || result.table.units.length !== units) throw new Error(`bench sheet of ${units} units not read`);
    analyzeTable(result.table, campaign, asOf);
  };
}

export const readFamily: Family = {
  name: "read",
  method: [
    "read: a Grid built in memory (title, header, N units × 12 columns, every other row's counts typed as text \"3.903\"),",
    "  then readQuotaTable + analyzeTable; untimed warm-up runs, then 9 timed runs per size (5 at 50,000), gc() between runs.",
    "  floor: one pass over the same 10,000-unit grid doing NFC + number reading per cell, 15 runs alternating with the engine;",
    "  the ratio of the medians is the figure (the machine's load cancels out).",
  ],
  async run(scale) {
    readAndCompute(scale.units(1000))(); // warm the JIT on a small sheet
    const figures: Figure[] = [];
    const medians: number[] = [];
    for (const size of SIZES) {
      const units = scale.units(size);
      const runs = timeRuns(readAndCompute(units), size >= 50000 ? 5 : 9, size >= 50000 ? 1 : 3);
      const best = Math.min(...runs);
      const med = median(runs);
      medians.push(med);
      const goal = size === 10000 ? `; goal < ${GOAL_MS_10000} ms: ${med < GOAL_MS_10000 ? "met" : "NOT met"}` : "";
      figures.push({
        key: `read_ms_${size}`,
        label: `read + compute, ${units.toLocaleString("en")} units × 12 cols`,
        value: round(med),
        unit: "ms",
        note: `median of ${runs.length}, best ${round(best)} ms${goal}`,
        command: command("read"),
      });
      figures.push({ key: `read_ms_${size}_best`, label: `  (best of ${runs.length})`, value: round(best), unit: "ms", command: command("read") });
    }
    // Against the floor: the same 10,000-unit grid, one pass of NFC + number reading, alternating runs.
    const floorUnits = scale.units(10000);
    const { floorMs, engineMs } = floorAndEngine(quotaGrid(floorUnits), 15);
    const ratio = engineMs / floorMs;
    figures.push({
      key: "read_floor_ms_10000",
      label: `one-pass floor (NFC + number per cell), ${floorUnits.toLocaleString("en")} units`,
      value: round(floorMs, 2),
      unit: "ms",
      note: "median of 15, alternating with the engine",
      command: command("read"),
    });
    figures.push({
      key: "read_vs_floor_10000",
      label: "read + compute ÷ floor, same run",
      value: round(ratio, 1),
      unit: "ratio",
      note: `engine median ${round(engineMs)} ms; goal ≤ ${FLOOR_RATIO_GOAL}×: ${ratio <= FLOOR_RATIO_GOAL ? "met" : "NOT met"}`,
      command: command("read"),
    });
    // Linear growth: ms per unit at 50,000 over ms per unit at 1,000 stays near 1.
    const perUnit = medians.map((ms, i) => ms / scale.units(SIZES[i]));
    figures.push({
      key: "read_growth_50000_vs_1000",
      label: "read growth: ms/unit at 50,000 ÷ ms/unit at 1,000",
      value: round(perUnit[2] / perUnit[0], 2),
      unit: "ratio",
      note: `1.0 = linear; 10,000 ÷ 1,000 per unit: ${round(perUnit[1] / perUnit[0], 2)}`,
      command: command("read"),
    });
    return figures;
  },
};
