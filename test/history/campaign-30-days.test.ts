// A campaign over days as a clerk keeps it: a 30-day campaign built by scripts/fixtures/history.ts (one sheet per
// day; a unit that stalls, one that goes backwards one day, one written with and without "Xã") read through the
// command line from the real .xlsx; every figure is the one the script computed from how it built the campaign.
import * as fs from "fs";
import * as path from "path";
import { isoDate, serialFromYMD } from "../../src/core/dates";
import { buildHistoryCampaign, expectedAt, expectedPeriod, BACKWARD_DAY, CAMPAIGN_DAYS } from "../../scripts/fixtures/history";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import { partsOf } from "../hostile/package-checks";
import { expectValidPackage } from "../support/package-lint";

const FIXTURE = path.resolve(__dirname, "../fixtures/30-history-30-day-sheets.xlsx");
const DAY_COLUMN = path.resolve(__dirname, "../fixtures/31-history-day-column.xlsx");
const units = buildHistoryCampaign();
const septemberDay = (iso: string | null) => (iso === null ? null : (serialFromYMD(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)) as number) - (serialFromYMD(2024, 8, 31) as number));

interface UnitJson { name: string; values: Record<string, Record<string, unknown>> }

async function analyze(...args: string[]) {
  const r = await runCli(["analyze", ...args, "--json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as { sheet: string; period: Record<string, unknown>; units: UnitJson[]; total: UnitJson; warnings: { code: string; message: string }[]; unmatchedNames: string[] };
}

function figuresOf(u: UnitJson) {
  const v = Object.values(u.values)[0];
  return { today: v.today, avg7: v.avg7, forecastDay: septemberDay(v.forecastRecent as string | null), rank: v.rank, rankChange: v.rankChange, stalledDays: v.stalledDays };
}

function close(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  for (const [k, v] of Object.entries(expected)) {
    if (typeof v === "number" && !Number.isInteger(v)) expect([k, actual[k]]).toEqual([k, expect.closeTo(v, 9)]);
    else expect([k, actual[k]]).toEqual([k, v]);
  }
}

describe("30 days of sheets, read at the last day", () => {
  test.each([CAMPAIGN_DAYS, 20, BACKWARD_DAY, BACKWARD_DAY + 1])("day %i: every unit's and the total's figures", async (day) => {
    const sheet = day === 20 ? "Ngay 20-9" : `${day}-9`;
    const out = await analyze(FIXTURE, ...(day === CAMPAIGN_DAYS ? [] : ["--sheet", sheet]));
    expect(out.sheet).toBe(sheet);
    expect(out.period.asOf).toBe(isoDate(serialFromYMD(2024, 9, day) as number));
    expect(out.period.historyDays).toBe(day);
    const expected = expectedAt(units, day);
    expect(out.units).toHaveLength(units.length);
    units.forEach((u, i) => close(figuresOf(out.units[i]), expected.units[u.name] as unknown as Record<string, unknown>));
    const { rank: _r, rankChange: _c, ...total } = expected.total;
    close(figuresOf(out.total), total);
  });

  test("the stalled unit, the unit renamed with and without \"Xã\", the day that went backwards", async () => {
    const out = await analyze(FIXTURE);
    const stalled = out.units.find((u) => u.name === "Xã Sùng Phài")!;
    expect(figuresOf(stalled).stalledDays).toBe(6);
    expect(figuresOf(stalled).today).toBe(0);
    // Tân Phong is written "Tân Phong" on odd days and "Xã  Tân phong" on even ones: one unit, 30 days.
    expect(out.unmatchedNames).toEqual([]);
    const negative = out.warnings.filter((w) => w.code === "history-negative-day");
    expect(negative).toHaveLength(1);
    expect(negative[0].message).toContain("Xã Quyết Tiến");
    expect(negative[0].message).toContain(`${BACKWARD_DAY - 1}/09/2024`);
    expect(negative[0].message).toContain(`${BACKWARD_DAY}/09/2024`);
    expect(out.warnings.some((w) => w.code === "sheet-latest")).toBe(true);
  });

  test("the \"trong ngày\" column alone gives today's results and the day before", async () => {
    const out = await analyze(DAY_COLUMN);
    expect(out.period.historyDays).toBe(2);
    const expected = expectedAt(units, CAMPAIGN_DAYS);
    units.forEach((u, i) => expect(figuresOf(out.units[i]).today).toBe(expected.units[u.name].today));
    expect(figuresOf(out.total).today).toBe(expected.total.today);
  });
});

describe("reports written to a copy", () => {
  const dir = tempDir("history-report-");

  test("the daily report gains today, 7-day average, rank change and forecast; the chat text the day's results and the stalled units; the history sheet is a table", async () => {
    const out = path.join(dir, "daily.xlsx");
    const r = await runCli(["report", FIXTURE, "-o", out]);
    expect(r.stderr).toBe("");
    const expected = expectedAt(units, CAMPAIGN_DAYS);
    expect(r.stdout).toContain(`Trong ngày: +${expected.total.today}`);
    expect(r.stdout).toMatch(/Đứng yên: Xã Sùng Phài \(6 ngày\)/);
    const wb = await openXlsx(out);
    const report = wb.getWorksheet("Báo cáo 30-09-2024")!;
    const header = report.getRow(8).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(["Trong ngày", "TB 7 ngày", "Thay đổi hạng", "Dự kiến xong (theo 7 ngày)"]));
    // Each unit's row: its "today" beside its name.
    for (let row = 9; row < 9 + units.length; row++) {
      const name = String(report.getCell(row, 2).value);
      const u = units.find((x) => x.name.replace(/\s+/g, " ").toLowerCase() === name.toLowerCase())!;
      expect(report.getCell(row, 11).value).toBe(expected.units[u.name].today);
    }
    const history = wb.getWorksheet("Lịch sử tiến độ")!;
    expect(history.rowCount).toBe(1 + CAMPAIGN_DAYS * units.length);
    expect(history.getCell(1, 5).value).toBe("Lũy kế đã thực hiện");
  });

  test("a report made again from the copy keeps one row per day, unit and measure in the history sheet", async () => {
    const first = path.join(dir, "first.xlsx");
    const again = path.join(dir, "again.xlsx");
    expect((await runCli(["report", FIXTURE, "-o", first])).stderr).toBe("");
    const r = await runCli(["report", first, "-o", again]);
    expect(r.stderr).toBe("");
    const wb = await openXlsx(again);
    expect(wb.getWorksheet("Lịch sử tiến độ")!.rowCount).toBe(1 + CAMPAIGN_DAYS * units.length);
    // The add-in's own history sheet is replaced in place, never doubled as "Lịch sử tiến độ (2)".
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith("Lịch sử tiến độ"))).toEqual(["Lịch sử tiến độ"]);
    // Its table grew in place: one table part, still a valid package (content types, relationships, names).
    await expectValidPackage(again);
    const parts = await partsOf(fs.readFileSync(again));
    expect([...parts.keys()].filter((n) => /^xl\/tables\//.test(n))).toHaveLength(1);
    // The copy's own report sheet was not taken for a day's figures.
    expect(r.stdout).toContain("Báo cáo 30-09-2024 (2)");
  });

  test("weekly report: the week's results against the week's share", async () => {
    const out = path.join(dir, "week.xlsx");
    const r = await runCli(["report", FIXTURE, "-o", out, "--week"]);
    expect(r.stderr).toBe("");
    const expected = expectedPeriod(units, CAMPAIGN_DAYS - 6, CAMPAIGN_DAYS);
    const ws = (await openXlsx(out)).getWorksheet("Báo cáo tuần 30-09-2024")!;
    checkPeriodSheet(ws, expected);
  });

  test.each([[1, 1, 15], [2, 16, 30]])("phase %i report (--phase-from/--phase-to)", async (n, from, to) => {
    const out = path.join(dir, `phase${n}.xlsx`);
    const r = await runCli(["report", FIXTURE, "-o", out, "--phase", String(n), "--phase-from", `${from}/9/2024`, "--phase-to", `${to}/9/2024`]);
    expect(r.stderr).toBe("");
    const ws = (await openXlsx(out)).getWorksheet("Báo cáo đợt 30-09-2024")!;
    expect(String(ws.getCell(1, 1).value)).toContain(`ĐỢT ${n}`);
    checkPeriodSheet(ws, expectedPeriod(units, from, to));
  });
});

function checkPeriodSheet(ws: import("exceljs").Worksheet, expected: Record<string, { done: number; share: number }>) {
  const rows = units.length;
  for (let row = 5; row < 5 + rows; row++) {
    const name = String(ws.getCell(row, 2).value);
    const u = units.find((x) => x.name.replace(/\s+/g, " ").toLowerCase() === name.toLowerCase())!;
    expect([name, ws.getCell(row, 4).value]).toEqual([name, expected[u.name].done]);
    // The period's target is whole people, rounded half up as the daily target is (149,33 → 149).
    expect(ws.getCell(row, 3).value).toBe(Math.floor(expected[u.name].share + 0.5));
  }
  // The total row is the sum of what is shown above it.
  const result = (v: unknown) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);
  expect(result(ws.getCell(5 + rows, 4).value)).toBe(expected.total.done);
  const shownTargets = units.reduce((s, u) => s + Math.floor(expected[u.name].share + 0.5), 0);
  expect(result(ws.getCell(5 + rows, 3).value)).toBe(shownTargets);
}
