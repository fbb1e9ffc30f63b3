// What the history analysis says about names: a unit of today's table with no earlier figure is listed as new, a
// name of an earlier day that stands for no unit of today's is listed as unmatched; the others are neither, and the
// total of each day adds every name's figures (matched or not).
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { gatherHistory, withHistory } from "../../src/core/history";
import { chooseQuotaSheet, type WorkbookSheet } from "../../src/core/workbook";
import { serialFromYMD } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/types";

const TITLE = "Đợt cao điểm từ ngày 01/9/2024 đến ngày 30/9/2024";
const HEAD = ["STT", "Đơn vị", "Chỉ tiêu", "Lũy kế"];
const grid = (name: string, values: CellValue[][]): Grid => ({ sheet: name, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
const sheet = (g: Grid): WorkbookSheet => {
  const r = readQuotaTable(g);
  return { name: g.sheet, grid: g, table: r.ok ? r.table : null };
};
const rows = (units: [string, number | null][]) => units.map(([name, done], i) => [i + 1, name, 500, done] as CellValue[]);

test("a unit without figures is listed as new, a name gone since is listed as unmatched, and the total counts both", () => {
  const yesterday: [string, number][] = [["Xã An Bình", 50], ["Xã Tân Hòa", 100], ["Xã Đã Sáp Nhập", 70]];
  // Tân Hóa has no figure yet, on either day (a unit with today's figure only is not listed: it has a series).
  const today: [string, number | null][] = [["Xã An Bình", 60], ["Xã Tân Hòa", 130], ["Xã Tân Hóa", null]];
  const sheets = [sheet(grid("14-9", [[TITLE], HEAD, ...rows(yesterday)])), sheet(grid("15-9", [[TITLE], HEAD, ...rows(today)]))];
  const choice = chooseQuotaSheet(sheets, undefined, null);
  const chosen = sheets[choice.index as number];
  expect(chosen.grid.sheet).toBe("15-9");
  const asOf = serialFromYMD(2024, 9, 15) as number;
  const gathered = gatherHistory({ grid: chosen.grid, table: chosen.table!, sheets, dated: choice.dated, asOf, lang: "vi" });
  const analysis = withHistory(analyzeTable(chosen.table!, makeCampaign({ from: serialFromYMD(2024, 9, 1), to: serialFromYMD(2024, 9, 30) }), asOf), gathered.records, gathered.typed);
  const codes = (code: string) => analysis.warnings.filter((w) => w.code === code).map((w) => w.msg.params);
  expect(codes("history-new-units")).toEqual([{ count: 1, names: "Xã Tân Hóa" }]);
  expect(analysis.history?.unmatched).toEqual(["Xã Đã Sáp Nhập"]);
  const id = chosen.table!.measures[0].id;
  // 14/9: 50 + 100 + 70; 15/9: 60 + 130.
  expect(analysis.history?.totalSeries[id].map((p) => [p.day, p.done])).toEqual([[asOf - 1, 220], [asOf, 190]]);
  const today15 = Object.fromEntries(analysis.units.map((u) => [u.name, analysis.history?.units.get(u.row as number)?.[id]?.today ?? null]));
  expect(today15).toEqual({ "Xã An Bình": 10, "Xã Tân Hòa": 30, "Xã Tân Hóa": null });
});
