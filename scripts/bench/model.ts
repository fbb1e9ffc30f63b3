// The report model at province scale: buildReport (the ranked blocks, the chat text) on the bench's quota sheet
// (3 measures) read and analysed once; CPU time of the call, the heap its model keeps, and the CPU time of making
// every unit row a writer asks for (allCells: the cells and formulas of the row runs).
// Goal (issue 16, item 8): buildReport ≤ 150 ms at 50,000 units.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { buildReport } from "../../src/core/report/build";
import type { ReportModel } from "../../src/core/report/model";
import { allCells } from "../../src/core/report/row-runs";
import { benchCampaign, quotaGrid } from "./quota-grid";
import { collectGarbage, command, median, round, type Family, type Figure } from "./figure";

const GOAL_MS_50000 = 150;

function cpuOf(fn: () => unknown, runs: number): number[] {
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return cpu;
}

function measure(units: number, runs: number): { cpu: number[]; rowsCpu: number[]; heapMb: number; cells: number } {
  const read = readQuotaTable(quotaGrid(units));
  if (!read.ok) throw new Error("bench sheet not read");
  const { campaign, asOf } = benchCampaign();
  const analysis = analyzeTable(read.table, campaign, asOf);
  const build = (): ReportModel => buildReport(analysis, { lang: "vi", now: new Date(2024, 7, 20, 8, 0), existingSheetNames: [] });
  build();
  const cpu = cpuOf(build, runs);
  const made = build();
  const rowsCpu = cpuOf(() => allCells(made), runs);
  // The heap one model keeps: measured with the model alive, after a collection (needs --expose-gc, as `npm run bench` runs).
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  const model = build();
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - base) / 2 ** 20;
  return { cpu, rowsCpu, heapMb, cells: allCells(model).length };
}

export const modelFamily: Family = {
  name: "model",
  method: [
    "model: the bench's quota sheet (3 measures) read and analysed once; buildReport timed alone, CPU time of the call",
    "  (the collector's threads included), median of 5 after one warm-up; heap = what one model keeps after a collection;",
    "  rows = allCells over the model (every run's rows made, as a writer asks for them), median of 5.",
  ],
  async run(scale) {
    const figures: Figure[] = [];
    for (const n of [5000, 50000]) {
      const units = scale.units(n);
      const r = measure(units, 5);
      const cpu = round(median(r.cpu));
      const goal = n === 50000 ? `; goal ≤ ${GOAL_MS_50000} ms ${cpu <= GOAL_MS_50000 ? "met" : "not met"}` : "";
      figures.push(
        { key: `model_build_cpu_ms_${n}`, label: `buildReport CPU, ${units.toLocaleString("en")} units × 3 measures`, value: cpu, unit: "ms", note: `best ${round(Math.min(...r.cpu))} ms, ${r.cells.toLocaleString("en")} cells${goal}`, command: command("model") },
        { key: `model_rows_cpu_ms_${n}`, label: `every row made for a writer (allCells), ${units.toLocaleString("en")} units`, value: round(median(r.rowsCpu)), unit: "ms", note: `best ${round(Math.min(...r.rowsCpu))} ms`, command: command("model") },
        { key: `model_heap_mb_${n}`, label: `heap one report model keeps, ${units.toLocaleString("en")} units`, value: round(r.heapMb), unit: "MB", command: command("model") },
      );
    }
    return figures;
  },
};
