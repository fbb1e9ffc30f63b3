// The history part of `report` on one day's province sheet (the cli family's sheet: N units × 3 measures, no
// earlier day): gathering the records (today's table, keyed by unit and measure) and the history sheet's model
// (its records a run of rows the writer makes when it writes them), with the heap that model keeps until then. Times are per run after a warm
// run (the unit keys of the table are then remembered, as in one run's second ask); the heap is measured
// after a full collection (node --expose-gc, as `npm run bench` runs).
import { readQuotaTable } from "../../src/core/read";
import { gatherHistory } from "../../src/core/history";
import { historySheetModel } from "../../src/core/history/sheet";
import { allCells } from "../../src/core/report/row-runs";
import type { QuotaTable } from "../../src/core/types";
import { benchCampaign, quotaGrid } from "./quota-grid";
import { collectGarbage, command, median, nullFigure, round, timeRuns, type Figure, type Scale } from "./figure";

export async function historyDayFigures(scale: Scale): Promise<Figure[]> {
  const units = scale.units(50000);
  const grid = quotaGrid(units);
  const read = readQuotaTable(grid);
  if (!read.ok) throw new Error("bench sheet not read");
  const table: QuotaTable = read.table;
  const { asOf } = benchCampaign();
  const sheets = [{ name: grid.sheet, grid, table }];
  let gathered: ReturnType<typeof gatherHistory> | null = null;
  const gatherRuns = timeRuns(() => {
    gathered = gatherHistory({ grid, table, sheets, dated: [], asOf, lang: "vi" });
  }, 5, 1);
  const snapshot = (gathered as ReturnType<typeof gatherHistory> | null)?.snapshot ?? [];
  if (snapshot.length !== units * table.measures.length) throw new Error("history records not gathered");
  const modelRuns = timeRuns(() => void historySheetModel(snapshot, "vi"), 5, 1);
  const label = `${units.toLocaleString("en")} units × ${table.measures.length} measures, one day`;
  const f = (key: string, text: string, runs: number[]): Figure => ({ key, label: `${text}, ${label}`, value: round(median(runs)), unit: "ms", note: `median of ${runs.length}, best ${round(Math.min(...runs))} ms`, command: command("history") });
  const figures = [
    f("history_day_gather_ms_50000", "gather a day's history (records keyed by unit and measure)", gatherRuns),
    f("history_day_sheet_model_ms_50000", "history sheet model (the records as a run of rows)", modelRuns),
  ];
  if (!(globalThis as { gc?: unknown }).gc) {
    return [...figures, nullFigure("history_day_sheet_model_mb_50000", "heap the history sheet model keeps", "MB", "node runs without --expose-gc", "history")];
  }
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const model = historySheetModel(snapshot, "vi");
  collectGarbage();
  const kept = Math.max(0, (process.memoryUsage().heapUsed - before) / 2 ** 20);
  // Counted after the heap is measured: the writer makes the run's cells only as it writes them.
  const cells = allCells(model).length;
  return [...figures, {
    key: "history_day_sheet_model_mb_50000", label: `heap the history sheet model keeps, ${label}`, value: round(kept, 2), unit: "MB",
    note: `${cells.toLocaleString("en")} cells when written`, command: command("history"),
  }];
}
