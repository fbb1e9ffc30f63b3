// A model's rows read through report/row-runs.ts: the rows a writer walks (modelRows) are the rows of every cell
// held or made (allCells) bucketed by row, a later cell at one place winning, a row with a height of its own kept
// even when empty. Generated models hold each run's rows as plain arrays too, so the expected rows are built from
// how the case was made. Then every producer's runs keep the run's contract (a row's cells on its own row, in
// column order, within `right`, the same when asked twice).
import { makeRng } from "../../scripts/corpus/prng";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import type { HistoryFigures, HistoryRecord } from "../../src/core/history/types";
import { historySheetModel } from "../../src/core/history/sheet";
import { analyzePeriod, weekEndingOn } from "../../src/core/history/period";
import { buildReport } from "../../src/core/report/build";
import { buildPeriodReport } from "../../src/core/report/period-report";
import type { ReportCell, ReportModel, RowRun } from "../../src/core/report/model";
import { allCells, modelExtent, modelRows } from "../../src/core/report/row-runs";
import type { TableAnalysis } from "../../src/core/types";
import { FIRST_UNIT_ROW, UNITS, sampleAnalysis, sampleTable } from "./sample-analysis";
import { shareAnalysis } from "./share-table";

const NOW = new Date(2024, 8, 16, 7, 30);

function model(cells: ReportCell[], runs: RowRun[] = [], heights: number[] = []): ReportModel {
  return {
    sheetName: "Báo cáo", cells, runs, styles: {}, merges: [], columnWidths: [], rowHeights: heights.map((row) => ({ row, height: 30 })),
    rules: [], freeze: { rows: 0, cols: 0 }, charts: [], chatText: "",
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: 1, repeatRows: null, printArea: { top: 1, left: 1, bottom: 1, right: 1 }, margins: { left: 0, right: 0, top: 0, bottom: 0 }, centerHorizontally: false },
  };
}

/** A run over rows made beforehand (each asked row is a fresh copy, as a producer's would be). */
function runOf(top: number, rows: ReportCell[][]): RowRun {
  const right = Math.max(0, ...rows.flat().map((c) => c.col));
  return { top, count: rows.length, right, cellsAt: (i) => rows[i].map((c) => ({ ...c })) };
}

/** The rows as the writer wrote them before runs: every cell bucketed by row, later wins, columns ascending. */
function bucketRows(cells: ReportCell[], heights: number[]): { row: number; cells: ReportCell[] }[] {
  const byRow = new Map<number, Map<number, ReportCell>>();
  for (const h of heights) if (!byRow.has(h)) byRow.set(h, new Map());
  for (const c of cells) {
    const row = byRow.get(c.row) ?? new Map<number, ReportCell>();
    row.set(c.col, c);
    byRow.set(c.row, row);
  }
  return [...byRow.keys()].sort((a, b) => a - b).map((row) => ({ row, cells: [...(byRow.get(row) as Map<number, ReportCell>).values()].sort((a, b) => a.col - b.col) }));
}

const TEXTS = ["Xã Đồng Tâm", "Phường Hòa Bình", "=1+1", " Thôn Bản ", "Tổng cộng", "Ngõ 5 <&>"];

function randomCell(r: () => number, row: number): ReportCell {
  const col = 1 + Math.floor(r() * 9);
  const k = r();
  if (k < 0.35) return { row, col, kind: "text", value: TEXTS[Math.floor(r() * TEXTS.length)], style: "unit" };
  if (k < 0.6) return { row, col, kind: "number", value: Math.round(r() * 1e4) / 10, style: "count" };
  if (k < 0.8) return { row, col, kind: "formula", formula: `SUM(C${row}:D${row})`, value: Math.floor(r() * 100) };
  return { row, col, kind: "empty", style: "count" };
}

describe.each(Array.from({ length: 60 }, (_, i) => 7000 + i))("a generated model, seed %i", (seed) => {
  const r = makeRng(seed).next;
  const cells = Array.from({ length: Math.floor(r() * 25) }, () => randomCell(r, 1 + Math.floor(r() * 20)));
  const runRows: { top: number; rows: ReportCell[][] }[] = Array.from({ length: Math.floor(r() * 4) }, () => {
    const top = 1 + Math.floor(r() * 18);
    // A run's rows in column order most of the time; some out of order or with a place twice, as cells may be.
    const rows = Array.from({ length: Math.floor(r() * 7) }, (_, i) => {
      const row = Array.from({ length: Math.floor(r() * 5) }, () => randomCell(r, top + i));
      return r() < 0.7 ? row.sort((a, b) => a.col - b.col) : row;
    });
    return { top, rows };
  });
  const heights = Array.from({ length: Math.floor(r() * 3) }, () => 1 + Math.floor(r() * 26));
  const m = model(cells, runRows.map((x) => runOf(x.top, x.rows)), heights);
  const eager = [...cells, ...runRows.flatMap((x) => x.rows.flat())];

  test("allCells lists the held cells, then each run's rows in order", () => {
    expect(allCells(m)).toEqual(eager);
  });

  test("modelRows gives every row's cells as bucketing them all would, later wins, heights kept", () => {
    expect([...modelRows(m)]).toEqual(bucketRows(eager, heights));
  });

  test("modelExtent is the last row and column of any cell, held or made", () => {
    expect(modelExtent(m)).toEqual({
      maxRow: Math.max(0, ...eager.map((c) => c.row), ...runRows.filter((x) => x.rows.length > 0).map((x) => x.top + x.rows.length - 1)),
      maxCol: Math.max(0, ...eager.map((c) => c.col)),
    });
  });
});

describe("row runs, by hand", () => {
  const text = (row: number, col: number, value: string): ReportCell => ({ row, col, kind: "text", value });

  test("a run's cell replaces a held cell at the same place; a later run's replaces an earlier run's", () => {
    const m = model([text(5, 2, "giữ"), text(5, 1, "STT")], [runOf(4, [[text(4, 1, "a")], [text(5, 2, "run 1"), text(5, 3, "x")]]), runOf(5, [[text(5, 3, "run 2")]])]);
    expect([...modelRows(m)]).toEqual([
      { row: 4, cells: [text(4, 1, "a")] },
      { row: 5, cells: [text(5, 1, "STT"), text(5, 2, "run 1"), text(5, 3, "run 2")] },
    ]);
  });

  test("two held cells at one place: the later one is written", () => {
    expect([...modelRows(model([text(2, 2, "trước"), text(2, 1, "A"), text(2, 2, "sau")]))]).toEqual([{ row: 2, cells: [text(2, 1, "A"), text(2, 2, "sau")] }]);
  });

  test("a row with a height and nothing in it is still a row; a height on a run's row adds no second row", () => {
    const m = model([text(1, 1, "Tiêu đề")], [runOf(3, [[text(3, 1, "Xã A")]])], [2, 3]);
    expect([...modelRows(m)]).toEqual([{ row: 1, cells: [text(1, 1, "Tiêu đề")] }, { row: 2, cells: [] }, { row: 3, cells: [text(3, 1, "Xã A")] }]);
  });

  test("the extent is known without making a run's rows", () => {
    const never: RowRun = { top: 10, count: 50000, right: 14, cellsAt: () => { throw new Error("made"); } };
    expect(modelExtent(model([text(3, 2, "x")], [never]))).toEqual({ maxRow: 50009, maxCol: 14 });
    expect(modelExtent(model([]))).toEqual({ maxRow: 0, maxCol: 0 });
  });
});

/** Today's results and rank changes by hand for the sample's units, so the history columns have runs to make. */
function withHistory(a: TableAnalysis): TableAnalysis {
  const figures = (i: number): HistoryFigures => ({
    today: i * 10, previousDay: null, todayTyped: null, avg7: i * 1.5, forecastRecent: i % 2 ? 45600 + i : null,
    forecastSinceStart: null, rank: i + 1, rankChange: i - 3, stalledDays: 0,
  });
  const units = new Map(UNITS.map((_, i) => [FIRST_UNIT_ROW + i, { m1: figures(i) }]));
  return { ...a, history: { days: [45549, 45550], units, total: { m1: figures(2) }, totalSeries: { m1: [] }, unitSeries: new Map(), unmatched: [], warnings: [] } };
}

function allocationAnalysis(): TableAnalysis {
  const table = sampleTable();
  table.measures = [{ id: "m1", label: "Giao chỉ tiêu", columns: { target: 3 } }];
  for (const u of table.units) u.values.m1.done = null;
  return analyzeTable(table, makeCampaign({ nominalDays: 90 }), 45550);
}

const records: HistoryRecord[] = [
  { day: 45549, unit: "Xã Quyết Thắng", measure: "Thu nhận", target: 497, done: 280 },
  { day: 45550, unit: "Xã Quyết Thắng", measure: "Thu nhận", target: null, done: 300 },
  { day: 45550, unit: "Phường Tân Phong", measure: "Thu nhận", target: 3903, done: null },
];

/** Each producer, with how many runs it makes (the daily report with history: the table's and the history columns'). */
const PRODUCED: [string, () => ReportModel, number][] = [
  ["the daily report with history columns", () => buildReport(withHistory(sampleAnalysis()), { lang: "vi", now: NOW, existingSheetNames: [] }), 2],
  ["the daily report in English", () => buildReport(sampleAnalysis(), { lang: "en", now: NOW, existingSheetNames: [] }), 1],
  ["a share's report", () => buildReport(shareAnalysis(), { lang: "vi", now: NOW, existingSheetNames: [] }), 1],
  ["an allocation", () => buildReport(allocationAnalysis(), { lang: "vi", now: NOW, existingSheetNames: [] }), 1],
  ["a share's weekly report", () => { const a = shareAnalysis(); return buildPeriodReport(a, analyzePeriod(a, weekEndingOn(a.asOf)), { lang: "vi", existingSheetNames: [] }); }, 1],
  ["the history sheet", () => historySheetModel(records, "vi"), 1],
];

describe.each(PRODUCED)("%s", (_, make, runs) => {
  const m = make();

  test("has its unit rows as runs, each row's cells on its own row, in column order, within the run's right", () => {
    expect(m.runs?.length).toBe(runs);
    for (const run of m.runs ?? []) {
      for (let i = 0; i < run.count; i++) {
        const row = run.cellsAt(i);
        expect(row.length).toBeGreaterThan(0);
        expect(row.every((c) => c.row === run.top + i && c.col >= 1 && c.col <= run.right)).toBe(true);
        expect(row.map((c) => c.col)).toEqual([...new Set(row.map((c) => c.col))].sort((a, b) => a - b));
        expect(run.cellsAt(i)).toEqual(row);
      }
    }
  });

  test("its rows are every cell's, bucketed", () => {
    expect([...modelRows(m)]).toEqual(bucketRows(allCells(m), m.rowHeights.map((h) => h.row)));
  });
});

test("the history sheet's cells are the header and each record's five cells, as written before runs", () => {
  const m = historySheetModel(records, "vi");
  const eager: ReportCell[] = [...m.cells];
  records.forEach((r, i) => {
    const row = i + 2;
    eager.push({ row, col: 1, kind: "date", value: r.day, style: "date" }, { row, col: 2, kind: "text", value: r.unit }, { row, col: 3, kind: "text", value: r.measure },
      r.target === null ? { row, col: 4, kind: "empty" } : { row, col: 4, kind: "number", value: r.target, style: "count" },
      r.done === null ? { row, col: 5, kind: "empty" } : { row, col: 5, kind: "number", value: r.done, style: "count" });
  });
  expect(m.cells.map((c) => c.row)).toEqual([1, 1, 1, 1, 1]);
  expect(allCells(m)).toEqual(eager);
});
