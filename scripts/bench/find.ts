// find: the table read alone, as the command line does it after loading — a sheet's cells (a SparseSheet, as
// the file reader fills it) → formulas without result computed → the Grid around the table → the QuotaTable,
// through findQuotaSheet, at 5,000 and 50,000 units × 12 columns. The `cli` family times the whole command.
import { SparseSheet } from "../../src/core/input/sparse-sheet";
import { findQuotaSheet } from "../../src/cli/read-xlsx";
import { collectGarbage, command, median, msSince, round, type Family, type Figure } from "./figure";
import { quotaRows } from "./quota-grid";

const SIZES = [5000, 50000];
/** The goals of issue #16 item 8 for this phase. */
const GOAL_MS: Record<number, number> = { 5000: 30, 50000: 250 };

/**
 * The bench sheet's cells, its unit names made new for each run: unit keys are kept per name across a process
 * (history asks again), and the command line meets each name for the first time.
 */
function sheetOf(units: number, run: number): SparseSheet {
  const sheet = new SparseSheet("Tiến độ");
  quotaRows(units).forEach((line, r) => line.forEach((value, c) => {
    if (value === null) return;
    sheet.set(r + 1, c + 1, { value: r >= 2 && c === 1 ? `${String(value)} ${run}` : value });
  }));
  return sheet;
}

/** Wall and CPU ms of one find over a fresh sheet. */
function timeFind(units: number, run: number): { wall: number; cpu: number } {
  const sheet = sheetOf(units, run);
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const found = findQuotaSheet({ worksheets: [{ name: sheet.name, sparse: () => sheet }] });
  const wall = msSince(start);
  const cpu = process.cpuUsage(cpu0);
  if (!found.ok || found.table.units.length !== units) throw new Error(`bench sheet of ${units} units not found`);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

export const findFamily: Family = {
  name: "find",
  method: [
    "find: the bench sheet (title, header, N units × 12 columns, every other row's counts typed as text) as a SparseSheet,",
    "  through findQuotaSheet (formulas, grid, header, rows, measures, figures, checks); new unit names each run (keys cold,",
    "  as in the command line); 2 untimed warm-up runs at 1,000 units, then 7 timed runs (5 at 50,000), gc() before each.",
  ],
  async run(scale) {
    for (let i = 0; i < 2; i++) timeFind(scale.units(1000), 100 + i);
    const figures: Figure[] = [];
    for (const size of SIZES) {
      const units = scale.units(size);
      const runs = Array.from({ length: size >= 50000 ? 5 : 7 }, (_, i) => timeFind(units, i));
      const wall = median(runs.map((r) => r.wall));
      const cpu = median(runs.map((r) => r.cpu));
      const goal = GOAL_MS[size];
      figures.push({
        key: `find_ms_${size}`,
        label: `find (sparse sheet → QuotaTable), ${units.toLocaleString("en")} units × 12 cols`,
        value: round(wall),
        unit: "ms",
        note: `median of ${runs.length}, best ${round(Math.min(...runs.map((r) => r.wall)))} ms; CPU median ${round(cpu)} ms; goal ≤ ${goal} ms: ${wall <= goal ? "met" : "NOT met"}`,
        command: command("find"),
      });
    }
    return figures;
  },
};
