// The one run planner: what each face gets for a sheet whose title states its data date, its plan's days and
// its phases. Expectations come from the sheet as written here (the dates and figures typed below), never from
// the planner's output.
import { serialFromYMD } from "../../../src/core/dates";
import { gatherHistory } from "../../../src/core/history/gather";
import { readQuotaTable } from "../../../src/core/read";
import { planRun, type RunRequest } from "../../../src/core/run/plan";
import { choosePeriod, namedPhases } from "../../../src/core/run/period-choice";
import type { CellValue, DaySerial, Grid, QuotaTable } from "../../../src/core/types";

const day = (d: number, m: number, y = 2024) => serialFromYMD(y, m, d) as DaySerial;

function sheet(title: string, units: [string, number, number][], name = "15-9"): { grid: Grid; table: QuotaTable } {
  const values: CellValue[][] = [
    [title],
    ["Kế hoạch cao điểm 90 ngày đêm. Đợt 1: từ 01/8/2024 đến 31/8/2024; Đợt 2: từ 01/9/2024 đến 29/10/2024"],
    [],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...units.map(([unit, target, done], i) => [i + 1, unit, target, done]),
    [null, "Tổng", units.reduce((s, u) => s + u[1], 0), units.reduce((s, u) => s + u[2], 0)],
  ];
  const grid: Grid = { sheet: name, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
  const read = readQuotaTable(grid);
  if (!read.ok) throw new Error("the test sheet must read");
  return { grid, table: read.table };
}

const UNITS: [string, number, number][] = [["Xã An Bình", 900, 450], ["Xã Tân Phong", 600, 200]];
const NOW = new Date(2024, 8, 20, 15, 0);

function request(over: Partial<RunRequest> = {}): RunRequest {
  const { grid, table } = sheet("BÁO CÁO KẾT QUẢ CẤP CCCD NGÀY 15/9/2024", UNITS);
  return {
    table, grid, sheetNames: ["15-9"], campaign: { from: day(1, 8) }, fromSheet: true,
    asOf: { given: null, fallback: day(20, 9) }, lang: "vi", now: NOW, ...over,
  };
}

describe("planRun: the day and the campaign", () => {
  it("takes the sheet's data date and plan's days when the clerk gives none (the command line)", async () => {
    const plan = await planRun(request());
    if (!plan.ok) throw new Error("planned");
    expect(plan.asOf).toBe(day(15, 9));
    expect(plan.campaign.nominalDays).toBe(90);
    expect(plan.campaign.from).toBe(day(1, 8));
    expect(plan.phases.map((p) => [p.from, p.to])).toEqual([[day(1, 8), day(31, 8)], [day(1, 9), day(29, 10)]]);
    // 450 of 900: half done.
    const an = plan.analysis.units.find((u) => u.name === "Xã An Bình");
    expect(an && Object.values(an.values)[0]?.completion).toBeCloseTo(0.5, 6);
  });

  it("lets the clerk's day and campaign win, and keeps a saved campaign whole (the pane and the ribbon)", async () => {
    const given = await planRun(request({ asOf: { given: day(10, 9), fallback: day(20, 9) } }));
    expect(given.ok && given.asOf).toBe(day(10, 9));
    const saved = await planRun(request({ campaign: { from: day(1, 8), to: day(30, 10) }, fromSheet: false }));
    if (!saved.ok) throw new Error("planned");
    expect(saved.campaign.nominalDays).toBeNull();
    expect(saved.campaign.to).toBe(day(30, 10));
    // The data date is still the sheet's.
    expect(saved.asOf).toBe(day(15, 9));
  });

  it("falls back to the face's default day, and says so, when neither the clerk nor the sheet gives one", async () => {
    const { grid, table } = sheet("BÁO CÁO KẾT QUẢ CẤP CCCD", UNITS, "Tổng hợp");
    const plan = await planRun(request({ grid, table, asOf: { given: null, fallback: day(20, 9) } }));
    if (!plan.ok) throw new Error("planned");
    expect(plan.asOf).toBe(day(20, 9));
    expect(plan.analysis.warnings.some((w) => w.code === "as-of-default")).toBe(true);
  });
});

describe("planRun: week and phase reports", () => {
  it("reports the phase the as-of day falls in, named as the plan numbers it, with the period's warnings", async () => {
    const plan = await planRun(request({ period: { kind: "phase" }, report: {} }));
    if (!plan.ok) throw new Error("planned");
    expect(plan.period).toEqual({ kind: "phase", name: "Đợt 2", from: day(1, 9), to: day(29, 10) });
    // One day of figures only: no period results, and the clerk is told, in the findings and the analysis.
    expect(plan.periodFindings.map((f) => f.code)).toEqual(["period-no-history"]);
    expect(plan.analysis.warnings.some((w) => w.code === "period-no-history")).toBe(true);
    expect(plan.report?.sheetName).toBe("Báo cáo đợt 15-09-2024");
  });

  it("refuses, with the clerk's message, a phase the plan does not have or a day before every phase", async () => {
    const missing = await planRun(request({ period: { kind: "phase", number: 3 } }));
    expect(missing.ok ? null : missing.msg.key).toBe("history.period.noPhase");
    const early = await planRun(request({ asOf: { given: day(20, 7), fallback: day(20, 9) }, period: { kind: "phase" } }));
    expect(early.ok ? null : early.msg.key).toBe("phase.none");
  });

  it("reports a week's results from the workbook's history", async () => {
    const earlier = sheet("BÁO CÁO NGÀY 8/9/2024", [["Xã An Bình", 900, 380], ["Xã Tân Phong", 600, 150]], "8-9");
    const today = request();
    const sheets = [{ name: "8-9", grid: earlier.grid, table: earlier.table }, { name: "15-9", grid: today.grid as Grid, table: today.table }];
    const dated = [{ index: 0, name: "8-9", day: day(8, 9), dateFrom: "name" as const, yearFrom: "name" as const }, { index: 1, name: "15-9", day: day(15, 9), dateFrom: "name" as const, yearFrom: "name" as const }];
    const plan = await planRun({
      ...today, sheetNames: ["8-9", "15-9"], period: { kind: "week" }, report: {},
      history: (asOf) => gatherHistory({ grid: today.grid as Grid, table: today.table, sheets, dated, asOf, lang: "vi" }),
    });
    if (!plan.ok || !plan.periodAnalysis) throw new Error("planned");
    expect(plan.period?.from).toBe(day(9, 9));
    const id = today.table.measures[0].id;
    // The week 9/9–15/9: 450 − 380 and 200 − 150 done.
    expect(plan.periodAnalysis.units.map((u) => u.values[id].done)).toEqual([70, 50]);
    expect(plan.historySheet?.sheetName).toBe("Lịch sử tiến độ");
  });
});

describe("planRun: the report and the colours", () => {
  it("names the report sheet so that no existing sheet is overwritten, in any case", async () => {
    const plan = await planRun(request({ sheetNames: ["15-9", "BÁO CÁO 15-09-2024"], report: {}, colour: true }));
    if (!plan.ok) throw new Error("planned");
    expect(plan.report?.sheetName).toBe("Báo cáo 15-09-2024 (2)");
    expect(plan.colour?.sheet).toBe("15-9");
    expect(plan.colour?.rules.length).toBeGreaterThan(0);
  });

  it("draws a named unit in the chart, and refuses a unit the table does not have", async () => {
    const named = await planRun(request({ report: { chartUnit: { name: "TÂN PHONG" } } }));
    expect(named.ok).toBe(true);
    const unknown = await planRun(request({ report: { chartUnit: { name: "Xã Không Có" } } }));
    expect(unknown.ok ? null : unknown.msg.key).toBe("history.cli.unknownUnit");
  });

  it("matches the named unit as typed: a name without marks that fits two communes picks neither", async () => {
    const { grid, table } = sheet("BÁO CÁO KẾT QUẢ CẤP CCCD NGÀY 15/9/2024", [["Xã Tân Hòa", 900, 450], ["Xã Tân Hóa", 600, 200]]);
    const twoCommunes = (name: string) => request({ table, grid, report: { chartUnit: { name } } });
    expect((await planRun(twoCommunes("Tân Hóa"))).ok).toBe(true);
    expect((await planRun(twoCommunes("tân hoá"))).ok).toBe(true);
    const either = await planRun(twoCommunes("Tan Hoa"));
    expect(either.ok ? null : either.msg.key).toBe("history.cli.unknownUnit");
  });

  it("falls back to every measure, with a note, when a saved measure is gone", async () => {
    const plan = await planRun(request({ measureId: "no-such-measure" }));
    if (!plan.ok) throw new Error("planned");
    expect(plan.measureId).toBeUndefined();
    expect(plan.notes.map((m) => m.key)).toEqual(["excel.measure.gone"]);
  });
});

describe("choosePeriod and namedPhases", () => {
  const phases = [{ name: "", from: day(1, 8), to: day(31, 8) }, { name: "Giai đoạn II", from: day(1, 9), to: day(29, 10) }];
  it("names a phase as the plan writes it, else 'Đợt n' / 'Phase n'", () => {
    expect(namedPhases(phases, "vi").map((p) => p.name)).toEqual(["Đợt 1", "Giai đoạn II"]);
    expect(namedPhases(phases, "en")[0].name).toBe("Phase 1");
  });
  it("between phases takes the last one ended; given days replace the plan's", () => {
    const between = choosePeriod({ kind: "phase" }, day(31, 10), phases, "vi");
    expect(between.ok && between.period.name).toBe("Giai đoạn II");
    const custom = choosePeriod({ kind: "phase", number: 1, to: day(20, 8) }, day(31, 10), phases, "vi");
    expect(custom.ok && [custom.period.from, custom.period.to]).toEqual([day(1, 8), day(20, 8)]);
  });
});
