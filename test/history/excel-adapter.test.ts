// The campaign over days through the Office.js adapter against the mock: the day sheets and the history sheet
// read, the report's history columns and burn-up chart, today's figures saved in the history table; and the
// number of context.sync() calls the same for 8 or 300 units, 5 or 30 days.
import { analyseAndWrite } from "../../src/excel/actions";
import { capabilities } from "../../src/excel/requirements";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { readQuotaTable } from "../../src/core/read";
import { buildHistoryCampaign, expectedAt, sheetNameOf, type BuiltUnit } from "../../scripts/fixtures/history";
import { mockExcel } from "../excel/mock/workbook";
import type { SourceSheet } from "../excel/mock/source";
import { written } from "../support/written-cells";

const sept = (d: number) => serialFromYMD(2024, 9, d) as number;
type Row = (string | number | null)[];

function dayValues(units: BuiltUnit[], d: number): Row[] {
  return [
    [`BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC NGÀY ${d}/9/2024`, null, null, null],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...units.map((u, i) => [i + 1, u.nameOn(d), u.target, u.cumulative[d]]),
  ];
}

/** A synthetic campaign of n units (steady, different paces) when the scripted 8 are not enough. */
function manyUnits(n: number): BuiltUnit[] {
  return Array.from({ length: n }, (_, k) => {
    const cumulative = [0];
    for (let d = 1; d <= 30; d++) cumulative.push(cumulative[d - 1] + 5 + (k % 7));
    return { name: `Xã Số ${k + 1}`, target: 400, cumulative, nameOn: () => `Xã Số ${k + 1}` };
  });
}

async function run(units: BuiltUnit[], day: number, extra: { history?: Row[]; historyTables?: string[] } = {}, save = true) {
  const sheets: SourceSheet[] = [];
  for (let d = 1; d < day; d++) sheets.push({ name: sheetNameOf(d), origin: { row: 1, col: 1 }, values: dayValues(units, d) });
  if (extra.history) sheets.push({ name: "Lịch sử tiến độ", origin: { row: 1, col: 1 }, values: extra.history, tables: extra.historyTables, addins: true });
  const m = mockExcel({ name: sheetNameOf(day), origin: { row: 1, col: 1 }, values: dayValues(units, day) }, { sheets });
  (global as any).Excel = m.excel;
  const result = await analyseAndWrite({
    source: "used", campaign: makeCampaign({ from: sept(1), to: sept(30) }), asOf: sept(day), lang: "vi",
    colour: false, report: true, now: new Date(2024, 8, day, 7, 30), history: { save, chartUnitRow: 3 + 2 },
  }, capabilities(() => true));
  return { m, result };
}

test("30 day sheets: the report's today column holds what the script computed; history saved as a table; burn-up drawn", async () => {
  const units = buildHistoryCampaign();
  const { m, result } = await run(units, 30);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const expected = expectedAt(units, 30);
  const report = m.added.find((s) => s.name.startsWith("Báo cáo"))!;
  for (let row = 9; row < 9 + units.length; row++) {
    const name = String(written(report, row, 2)).replace(/^'/, "");
    const u = units.find((x) => x.name.replace(/\s+/g, " ").toLowerCase() === name.toLowerCase())!;
    expect([name, written(report, row, 11)]).toEqual([name, expected.units[u.name].today]);
  }
  const lines = report.charts.filter((c) => c.type === "Line");
  expect(lines).toHaveLength(2); // the total and the chosen unit
  expect(lines[0].series).toEqual(["Thực hiện lũy kế", "Dự kiến", "Chỉ tiêu"]);
  const history = m.added.find((s) => s.name === "Lịch sử tiến độ")!;
  // The table's address names its sheet: without it Excel puts the table on the active sheet, often the clerk's own.
  expect(history.tables).toEqual([{ ref: `'Lịch sử tiến độ'!A1:E${1 + 30 * units.length}`, name: "LichSuTienDo" }]);
  expect(result.historySheet).toBe("Lịch sử tiến độ");
  expect(result.chatText).toContain(`Trong ngày: +${expected.total.today}`);
});

test("an existing history sheet is read, kept and its table stretched over the new day", async () => {
  const units = buildHistoryCampaign();
  // Days 1 to 4 only in the history table (no day sheets for them), day 5 is the sheet read today.
  // The measure as the add-in labels it when it saves a day (the history sheet holds its own words).
  const read = readQuotaTable({ sheet: "x", origin: { row: 1, col: 1 }, values: dayValues(units, 1), merges: [], hiddenRows: [], hiddenCols: [] });
  const label = read.ok ? read.table.measures[0].label : "";
  const history: Row[] = [["Ngày", "Đơn vị", "Nội dung", "Chỉ tiêu", "Lũy kế đã thực hiện"]];
  for (let d = 1; d <= 4; d++) for (const u of units) history.push([sept(d), u.nameOn(d), label, u.target, u.cumulative[d]]);
  const m = mockExcel(
    { name: "Tiến độ", origin: { row: 1, col: 1 }, values: dayValues(units, 5) },
    // The add-in's own sheet (addins): rewriting its cells is how the history grows, not a write over the clerk's.
    { sheets: [{ name: "Lịch sử tiến độ", origin: { row: 1, col: 1 }, values: history, tables: ["LichSuTienDo"], addins: true }] },
  );
  (global as any).Excel = m.excel;
  const result = await analyseAndWrite({
    source: "used", campaign: makeCampaign({ from: sept(1), to: sept(30) }), asOf: sept(5), lang: "vi",
    colour: false, report: false, history: { save: true },
  }, capabilities(() => true));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const expected = expectedAt(units, 5);
  expect(result.analysis.history?.days).toHaveLength(5);
  const id = result.analysis.table.measures[0].id;
  expect(result.analysis.history?.total[id]?.today).toBe(expected.total.today);
  // The sheet lists the units in the order they were built.
  result.analysis.units.forEach((u, i) => {
    expect([u.name, result.analysis.history?.units.get(u.row as number)?.[id]?.today]).toEqual([u.name, expected.units[units[i].name].today]);
  });
  const sheet = m.sources.find((s) => s.name === "Lịch sử tiến độ")!;
  expect(sheet.tables).toEqual([{ ref: "", name: "LichSuTienDo", resizedTo: `'Lịch sử tiến độ'!A1:E${1 + 5 * units.length}` }]);
  expect(m.added).toHaveLength(0);
});

test("a clerk's defined name called like the history table: the table takes the next free name and the day is saved", async () => {
  const units = buildHistoryCampaign();
  // Excel refuses a table named as a workbook-level defined name (the mock too, see mock-lint.test.ts).
  const names = [{ name: "LichSuTienDo", formula: `'${sheetNameOf(3)}'!$A$1:$D$9` }];
  const m = mockExcel({ name: sheetNameOf(3), origin: { row: 1, col: 1 }, values: dayValues(units, 3) }, { names });
  (global as any).Excel = m.excel;
  const result = await analyseAndWrite({
    source: "used", campaign: makeCampaign({ from: sept(1), to: sept(30) }), asOf: sept(3), lang: "vi",
    colour: false, report: false, history: { save: true },
  }, capabilities(() => true));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.historySheet).toBe("Lịch sử tiến độ");
  expect(m.tables()).toEqual([{ name: "LichSuTienDo_2", sheet: "Lịch sử tiến độ", ref: `A1:E${1 + units.length}` }]);
});

test("context.sync() calls do not grow with units or days", async () => {
  const counts: number[] = [];
  for (const [units, days] of [[buildHistoryCampaign(), 5], [buildHistoryCampaign(), 30], [manyUnits(300), 5], [manyUnits(300), 30]] as const) {
    const { m, result } = await run(units, days);
    expect(result.ok).toBe(true);
    counts.push(m.syncCount());
  }
  expect(new Set(counts).size).toBe(1);
  // The report's own (test/excel/actions.test.ts: locate, values, merges, report, freeze, print, chart, activate)
  // plus one for the day sheets' and the history sheet's cells and one for saving the day in a batch of its own.
  expect(counts[0]).toBeLessThanOrEqual(10);
});
