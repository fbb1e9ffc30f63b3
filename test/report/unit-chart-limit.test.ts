// The per-unit bar chart stops at REPORT_LIMITS.unitChartMaxUnits units: at the limit the daily report draws it
// over every unit row; one unit more, it draws none and says so on the line above the table, naming the limit and
// the table's count. The burn-up chart (days, not units) is drawn either way.
import { buildReport } from "../../src/core/report/build";
import { withHistory } from "../../src/core/history";
import type { HistoryRecord } from "../../src/core/history/types";
import type { ReportModel } from "../../src/core/report/model";
import { REPORT_LIMITS } from "../../src/core/vocabulary/report-limits";
import type { TableAnalysis } from "../../src/core/types";
import { AS_OF, sampleAnalysis } from "./sample-analysis";
import { generatedUnits } from "./picture-units";
import { shareGrid } from "./share-table";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";

const LIMIT = REPORT_LIMITS.unitChartMaxUnits;
const NOW = new Date(2024, 8, 16, 7, 30);
const LABEL = "Thu nhận hồ sơ CCCD";

/** The sample table with `count` units, and three days of history ending on the as-of day (done rising to today's). */
function withDays(count: number): { analysis: TableAnalysis; units: [string, number, number][] } {
  const units = generatedUnits(count, 4242);
  const records: HistoryRecord[] = [];
  for (const back of [2, 1, 0]) {
    for (const [name, target, done] of units) records.push({ day: AS_OF - back, unit: name, measure: LABEL, target, done: Math.floor(done * (1 - back / 10)) });
  }
  return { analysis: withHistory(sampleAnalysis(units), records), units };
}

const build = (a: TableAnalysis, lang: "vi" | "en" = "vi"): ReportModel => buildReport(a, { lang, now: NOW, existingSheetNames: [] });
const textRow = (m: ReportModel, text: string) => m.cells.find((c) => c.kind === "text" && c.value === text)?.row;
const leftOutLines = (m: ReportModel) => m.cells.filter((c) => c.kind === "text" && /biểu đồ theo từng đơn vị|per-unit chart/.test(c.value));

describe(`the per-unit chart up to ${LIMIT} units`, () => {
  test(`${LIMIT} units: one bar per unit, beside the table; no line about a chart left out`, () => {
    const { analysis, units } = withDays(LIMIT);
    const m = build(analysis);
    const bars = m.charts.filter((c) => c.kind === "bar");
    expect(bars).toHaveLength(1);
    const header = textRow(m, "Đơn vị") as number;
    expect(bars[0].categories).toMatchObject({ top: header + 1, bottom: header + units.length });
    expect(leftOutLines(m)).toHaveLength(0);
    expect(m.charts.filter((c) => c.kind === "line")).toHaveLength(1);
  });

  test(`${LIMIT + 1} units: no bar chart, the line says why (limit and count) above the header, the burn-up still drawn`, () => {
    const { analysis } = withDays(LIMIT + 1);
    const m = build(analysis);
    expect(m.charts.filter((c) => c.kind === "bar")).toHaveLength(0);
    expect(m.charts.filter((c) => c.kind === "line")).toHaveLength(1);
    const lines = leftOutLines(m);
    expect(lines).toHaveLength(1);
    const header = textRow(m, "Đơn vị") as number;
    expect(lines[0]).toMatchObject({ row: header - 1, col: 1 });
    expect((lines[0] as { value: string }).value).toBe(
      `Không vẽ biểu đồ theo từng đơn vị khi bảng có hơn ${LIMIT} đơn vị (bảng này có ${LIMIT + 1}); thanh màu trong cột tỷ lệ đạt thể hiện từng đơn vị.`,
    );
    // The line sits on a row no other cell uses: it covers no figure and moves no row of the table.
    expect(m.cells.filter((c) => c.row === header - 1)).toHaveLength(1);
    // Every unit is still in the table, with the completion column's data bar over all of them.
    const bar = m.rules.find((r) => r.kind === "dataBar");
    expect(bar && bar.range.bottom - bar.range.top + 1).toBe(LIMIT + 1);
    // The line is in the print area, the style it names exists.
    expect(lines[0].row).toBeGreaterThanOrEqual(m.print.printArea.top);
    expect(m.styles[lines[0].style as string]).toBeDefined();
  });

  test("the line in English names the limit and the count too", () => {
    const m = build(withDays(LIMIT + 1).analysis, "en");
    expect(leftOutLines(m).map((c) => (c as { value: string }).value)).toEqual([
      `No per-unit chart is drawn for more than ${LIMIT} units (this table has ${LIMIT + 1}); the bars in the completion column show each unit.`,
    ]);
  });

  test.each([LIMIT, LIMIT + 1])("a target share over %i units follows the same limit", (count) => {
    const m = build(shareOver(count));
    expect(m.charts.filter((c) => c.kind === "bar")).toHaveLength(count <= LIMIT ? 1 : 0);
    expect(leftOutLines(m)).toHaveLength(count <= LIMIT ? 0 : 1);
    if (count > LIMIT) expect(leftOutLines(m)[0].row).toBe((textRow(m, "Đơn vị") as number) - 1);
  });
});

/** share-table.ts's target share (30 %, said in the title) over `count` generated units. */
function shareOver(count: number): TableAnalysis {
  const grid = shareGrid();
  const head = grid.values.slice(0, 4);
  const rows = generatedUnits(count, 77).map(([name, base, all], i) => {
    const done = Math.floor(all / 4);
    return [i + 1, name, base, done, Math.round((done / base) * 1000) / 10];
  });
  const read = readQuotaTable({ ...grid, values: [...head, ...rows] });
  if (!read.ok) throw new Error(read.msg.key);
  expect(read.table.measures[0].kind).toBe("rate");
  expect(read.table.units).toHaveLength(count);
  return analyzeTable(read.table, makeCampaign(), 45550);
}
