// The colour rules' two shortcuts on a province's table: unit rows already in order are taken as they come (rows
// in any other order are sorted first, with the same runs), and figures typed as text are counted while only the
// first three are named. Cases made by hand: which rows, which cells.
import { buildColourRules } from "../../../src/core/colour";
import { readQuotaTable } from "../../../src/core/read";
import { analyzeTable } from "../../../src/core/analyze";
import { makeCampaign } from "../../../src/core/campaign";
import { serialFromYMD } from "../../../src/core/dates";
import type { CellValue, Grid, TableAnalysis } from "../../../src/core/types";

const HEAD = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thu nhận"];

/** Title, header on row 2, then the rows given (a section row between units splits them into runs). */
function analysed(rows: CellValue[][]): { grid: Grid; analysis: TableAnalysis } {
  const grid: Grid = { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values: [["BÁO CÁO TIẾN ĐỘ"], HEAD, ...rows], merges: [], hiddenRows: [], hiddenCols: [] };
  const read = readQuotaTable(grid);
  if (!read.ok) throw new Error("not read");
  const from = serialFromYMD(2024, 9, 1) as number;
  return { grid, analysis: analyzeTable(read.table, makeCampaign({ from, to: from + 29 }), from + 14) };
}

const unit = (i: number, done: CellValue): CellValue[] => [i, `Xã Số ${i}`, 1000, done];

test("figures typed as text: all counted, the first three named", () => {
  // Rows 3–9 are units; D4, D6, D7 and D9 hold text figures.
  const { grid, analysis } = analysed([unit(1, 500), unit(2, "1.650"), unit(3, 300), unit(4, "1.294"), unit(5, "12"), unit(6, 7), unit(7, "2.001")]);
  const plan = buildColourRules(analysis, { lang: "vi", grid });
  expect(plan.messages.find((m) => m.key === "report.colour.textFigures")?.params).toEqual({ count: "4", cells: "D4, D6, D7" });
});

test("unit rows in order or not: the same runs, split where a row between is no unit", () => {
  const { grid, analysis } = analysed([unit(1, 5), unit(2, 6), ["I. KHỐI XÃ"], unit(3, 7), unit(4, 8)]);
  const runsOf = (a: TableAnalysis) => [...new Set(buildColourRules(a, { lang: "vi", grid }).rules.map((r) => `${r.range.top}-${r.range.bottom}`))];
  expect(analysis.table.units.map((u) => u.row)).toEqual([3, 4, 6, 7]);
  expect(runsOf(analysis)).toEqual(["3-4", "6-7"]);
  // The same units listed out of order, one twice (a table a face put together): the same runs.
  const shuffled = { ...analysis, table: { ...analysis.table, units: [3, 1, 0, 2, 1].map((k) => analysis.table.units[k]) } };
  expect(runsOf(shuffled)).toEqual(["3-4", "6-7"]);
});
