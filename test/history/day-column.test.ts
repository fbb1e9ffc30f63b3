// The "trong ngày" column is checked against the day sheets: a typed figure that disagrees with the rise of the
// cumulative is a warning naming the unit; the figures of the sheets are used.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { gatherHistory, withHistory } from "../../src/core/history";
import { chooseQuotaSheet, type WorkbookSheet } from "../../src/core/workbook";
import { serialFromYMD } from "../../src/core/dates";
import { t } from "../../src/core/messages";
import type { CellValue, Grid } from "../../src/core/types";

const TITLE = "Đợt cao điểm từ ngày 01/9/2024 đến ngày 30/9/2024";
const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
const sheet = (g: Grid): WorkbookSheet => {
  const r = readQuotaTable(g);
  return { name: g.sheet, grid: g, table: r.ok ? r.table : null };
};

test("a typed day's result that disagrees with the day sheets is said, naming the unit", () => {
  const head = ["STT", "Đơn vị", "Chỉ tiêu", "Kết quả trong ngày", "Lũy kế"];
  const day14 = grid("14-9", [[TITLE], head, [1, "Xã An Bình", 500, 20, 200], [2, "Xã Tân Phong", 400, 10, 150]]);
  // 15/9: An Bình rose by 30 and says 30; Tân Phong rose by 25 but says 20.
  const day15 = grid("15-9", [[TITLE], head, [1, "Xã An Bình", 500, 30, 230], [2, "Tân Phong", 400, 20, 175]]);
  const sheets = [sheet(day14), sheet(day15)];
  const choice = chooseQuotaSheet(sheets, undefined, null);
  const chosen = sheets[choice.index as number];
  expect(chosen.name).toBe("15-9");
  const asOf = serialFromYMD(2024, 9, 15) as number;
  const gathered = gatherHistory({ grid: chosen.grid, table: chosen.table!, sheets, dated: choice.dated, asOf, lang: "vi" });
  const analysis = withHistory(analyzeTable(chosen.table!, makeCampaign({ from: serialFromYMD(2024, 9, 1), to: serialFromYMD(2024, 9, 30) }), asOf), gathered.records, gathered.typed);
  const id = chosen.table!.measures[0].id;
  const today = analysis.units.map((u) => analysis.history?.units.get(u.row as number)?.[id]?.today);
  expect(today).toEqual([30, 25]);
  const mismatch = analysis.warnings.filter((w) => w.code === "history-today-mismatch");
  expect(mismatch).toHaveLength(1);
  expect(t("vi", mismatch[0].msg)).toContain("Tân Phong");
  expect(t("vi", mismatch[0].msg)).toContain("20");
});
