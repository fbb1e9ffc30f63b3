// The campaign over days: importing 90 day sheets × 1,000 units into history (read every sheet, date it,
// gather the records) and the daily report from it; and the same 90,000 records read back from the history
// sheet. Ratios are against the plain daily report of the same last sheet, in the same run.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { gatherHistory, withHistory } from "../../src/core/history";
import { historySheetModel, recordsFromHistoryGrid } from "../../src/core/history/sheet";
import { buildReport } from "../../src/core/report/build";
import { chooseQuotaSheet, type WorkbookSheet } from "../../src/core/workbook";
import type { CellValue, Grid, QuotaTable } from "../../src/core/types";
import { command, median, round, timeRuns, type Family, type Figure } from "./figure";
import { historyDayFigures } from "./history-day";

const DAYS = 90;
const FROM = serialFromYMD(2024, 8, 1) as number;
const campaign = makeCampaign({ from: FROM, to: FROM + DAYS - 1 });

function dayGrid(day: number, units: number): Grid {
  const values: CellValue[][] = [[`BÁO CÁO KẾT QUẢ NGÀY ${day}/8/2024`], ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"]];
  for (let i = 0; i < units; i++) values.push([i + 1, `Xã Số ${i + 1}`, 900 + (i % 50) * 10, day * (5 + (i % 7))]);
  return { sheet: "", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

function sheetName(k: number): string {
  const d = FROM + k;
  const day = new Date(Date.UTC(1899, 11, 30 + d));
  return `${day.getUTCDate()}-${day.getUTCMonth() + 1}-${day.getUTCFullYear()}`;
}

export const historyFamily: Family = {
  name: "history",
  method: [
    "history: 90 day sheets (\"1-8-2024\" …) × N units built in memory; import = readQuotaTable of every sheet + dating",
    "  them + gathering the records (what `analyze` does on such a workbook); report = analyzeTable + history figures",
    "  + buildReport; history-sheet read = the 90 × N rows parsed back from the history sheet's grid. Median of 5.",
    "history day: the cli family's sheet (50,000 units × 3 measures, one day) in memory; gatherHistory, then",
    "  historySheetModel of its records (median of 5 after a warm run), and the heap that model keeps (after gc,",
    "  before a writer makes the records' cells).",
  ],
  async run(scale) {
    const units = scale.units(1000);
    const grids = Array.from({ length: DAYS }, (_, k) => ({ ...dayGrid(k + 1, units), sheet: sheetName(k) }));
    let sheets: WorkbookSheet[] = [];
    let last: { grid: Grid; table: QuotaTable } | null = null;
    let records: ReturnType<typeof gatherHistory> | null = null;
    const asOf = FROM + DAYS - 1;
    const importRuns = timeRuns(() => {
      sheets = grids.map((grid) => {
        const r = readQuotaTable(grid);
        return { name: grid.sheet, grid, table: r.ok ? r.table : null };
      });
      const choice = chooseQuotaSheet(sheets, undefined, null);
      const chosen = sheets[choice.index as number];
      last = { grid: chosen.grid, table: chosen.table as QuotaTable };
      records = gatherHistory({ ...last, sheets, dated: choice.dated, asOf, lang: "vi" });
    }, 5, 1);
    if (!last || !records || (records as { records: unknown[] }).records.length !== DAYS * units) throw new Error("history not imported");
    const table = (last as { table: QuotaTable }).table;
    const gathered = records as ReturnType<typeof gatherHistory>;
    const plainRuns = timeRuns(() => {
      buildReport(analyzeTable(table, campaign, asOf), { lang: "vi", now: new Date(), existingSheetNames: [] });
    }, 5, 1);
    const historyRuns = timeRuns(() => {
      buildReport(withHistory(analyzeTable(table, campaign, asOf), gathered.records, gathered.typed), { lang: "vi", now: new Date(), existingSheetNames: [], chartUnitRow: 3 });
    }, 5, 1);
    // The same records as the history sheet holds them, read back.
    const model = historySheetModel(gathered.records, "vi");
    const rows: CellValue[][] = [["Ngày", "Đơn vị", "Nội dung", "Chỉ tiêu", "Lũy kế đã thực hiện"]];
    for (const r of gathered.records) rows.push([r.day, r.unit, r.measure, r.target, r.done]);
    const historyGrid: Grid = { sheet: model.sheetName, origin: { row: 1, col: 1 }, values: rows, merges: [], hiddenRows: [], hiddenCols: [] };
    const sheetRuns = timeRuns(() => {
      if (recordsFromHistoryGrid(historyGrid).length !== DAYS * units) throw new Error("history sheet not read");
    }, 5, 1);
    const label = `${DAYS} days × ${units.toLocaleString("en")} units`;
    const f = (key: string, text: string, runs: number[]): Figure => ({ key, label: `${text}, ${label}`, value: round(median(runs)), unit: "ms", note: `median of ${runs.length}, best ${round(Math.min(...runs))} ms`, command: command("history") });
    return [
      f("history_import_ms_90x1000", "import day sheets into history (read + date + gather)", importRuns),
      f("history_report_ms_90x1000", "daily report with history (analyse + figures over time + model)", historyRuns),
      f("history_sheet_read_ms_90x1000", "history sheet read back (90 × N rows)", sheetRuns),
      { key: "history_report_vs_plain", label: "report with history ÷ report without, same sheet", value: round(median(historyRuns) / median(plainRuns), 2), unit: "ratio", note: `plain report ${round(median(plainRuns))} ms`, command: command("history") },
      { key: "history_import_per_sheet_ms", label: "import per day sheet", value: round(median(importRuns) / DAYS, 2), unit: "ms", command: command("history") },
      ...(await historyDayFigures(scale)),
    ];
  },
};
