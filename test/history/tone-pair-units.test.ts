// Two communes one tone mark apart ("Xã Tân Hòa" and "Xã Tân Hóa" are both real) keep a history each: their day
// sheets' figures are never merged into one record, each unit's "today" is its own rise, and the history sheet's
// snapshot keeps both. A name typed without marks stands for a unit only when exactly one unit fits.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { gatherHistory, withHistory } from "../../src/core/history";
import { chooseQuotaSheet, type WorkbookSheet } from "../../src/core/workbook";
import { serialFromYMD } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/types";

const TITLE = "Đợt cao điểm từ ngày 01/9/2024 đến ngày 30/9/2024";
const HEAD = ["STT", "Đơn vị", "Chỉ tiêu", "Lũy kế"];
const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
const sheet = (g: Grid): WorkbookSheet => {
  const r = readQuotaTable(g);
  return { name: g.sheet, grid: g, table: r.ok ? r.table : null };
};

/** Day sheets 14-9 and 15-9 with the given units as [name, cumulative on 14/9, cumulative on 15/9]. */
function run(units: [string, number, number][], yesterdayNames?: string[]) {
  const rows = (day: 0 | 1) => units.map((u, i) => [i + 1, day === 0 ? yesterdayNames?.[i] ?? u[0] : u[0], 500, u[1 + day]] as CellValue[]);
  const sheets = [sheet(grid("14-9", [[TITLE], HEAD, ...rows(0)])), sheet(grid("15-9", [[TITLE], HEAD, ...rows(1)]))];
  const choice = chooseQuotaSheet(sheets, undefined, null);
  const chosen = sheets[choice.index as number];
  const asOf = serialFromYMD(2024, 9, 15) as number;
  const gathered = gatherHistory({ grid: chosen.grid, table: chosen.table!, sheets, dated: choice.dated, asOf, lang: "vi" });
  const analysis = withHistory(analyzeTable(chosen.table!, makeCampaign({ from: serialFromYMD(2024, 9, 1), to: serialFromYMD(2024, 9, 30) }), asOf), gathered.records, gathered.typed);
  const id = chosen.table!.measures[0].id;
  const today = Object.fromEntries(analysis.units.map((u) => [u.name, analysis.history?.units.get(u.row as number)?.[id]?.today ?? null]));
  return { gathered, analysis, today };
}

test("Tân Hòa and Tân Hóa: two units, two histories, each day's rise its own", () => {
  const { gathered, today, analysis } = run([["Xã Tân Hòa", 100, 130], ["Xã Tân Hóa", 200, 205], ["Xã An Bình", 50, 60]]);
  expect(today).toEqual({ "Xã Tân Hòa": 30, "Xã Tân Hóa": 5, "Xã An Bình": 10 });
  // The snapshot the history sheet keeps: three units on each of two days.
  expect(gathered.snapshot).toHaveLength(6);
  expect(analysis.history?.unmatched).toEqual([]);
});

test("the old tone placement and the kind word aside, a unit's yesterday is still its own", () => {
  // Yesterday's sheet wrote "Tân Hoà" (mark on the a) without "Xã": the same commune as today's "Xã Tân Hòa".
  const { today } = run([["Xã Tân Hòa", 100, 130], ["Xã Tân Hóa", 200, 205]], ["Tân Hoà", "Xã Tân Hóa"]);
  expect(today).toEqual({ "Xã Tân Hòa": 30, "Xã Tân Hóa": 5 });
});

test("a name without marks stands for the one unit it fits, and for neither of two", () => {
  const alone = run([["Xã Tân Hòa", 100, 130], ["Xã An Bình", 50, 60]], ["Tan Hoa", "Xã An Bình"]);
  expect(alone.today).toEqual({ "Xã Tân Hòa": 30, "Xã An Bình": 10 });
  const two = run([["Xã Tân Hòa", 100, 130], ["Xã Tân Hóa", 200, 205]], ["Tan Hoa", "Xã Tân Hóa"]);
  // "Tan Hoa" could be either: Tân Hòa gets no yesterday (no rise computed), and the name is listed, not merged.
  expect(two.today).toEqual({ "Xã Tân Hòa": null, "Xã Tân Hóa": 5 });
  expect(two.analysis.history?.unmatched).toEqual(["Tan Hoa"]);
});
