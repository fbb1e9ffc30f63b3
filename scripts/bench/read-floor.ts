// The floor under read + compute: one pass over the same cells doing only what no reader can skip (NFC
// normalisation of each text and reading it as a number). The engine is measured against it in the same run,
// alternating, so the ratio holds on a busy machine where milliseconds do not.
import type { CellValue, Grid } from "../../src/core/types";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { benchCampaign } from "./quota-grid";
import { collectGarbage, median } from "./figure";

/** The goal set when the reader became data-driven: read + compute within 8 times the floor. */
export const FLOOR_RATIO_GOAL = 8;

function onePass(values: CellValue[][]): number {
  let sum = 0;
  for (const row of values) {
    for (const v of row) {
      if (typeof v === "number") sum += v;
      else if (typeof v === "string") {
        const text = v.normalize("NFC");
        const n = Number(text.replace(/\./g, ""));
        sum += Number.isNaN(n) ? text.length : n;
      }
    }
  }
  return sum;
}

function time(fn: () => unknown): number {
  collectGarbage();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median ms of the floor and of the engine over `runs` alternating runs on the same grid. */
export function floorAndEngine(grid: Grid, runs: number): { floorMs: number; engineMs: number } {
  const { campaign, asOf } = benchCampaign();
  const engine = () => {
    const result = readQuotaTable(grid);
    if (!result.ok) throw new Error("bench sheet not read");
    analyzeTable(result.table, campaign, asOf);
  };
  for (let i = 0; i < 3; i++) {
    onePass(grid.values);
    engine();
  }
  const floors: number[] = [];
  const engines: number[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(time(() => onePass(grid.values)));
    engines.push(time(engine));
  }
  return { floorMs: median(floors), engineMs: median(engines) };
}
