import { analyseAndWrite, detectTable } from "../../src/excel/actions";
import { capabilities } from "../../src/excel/requirements";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { COLOUR_MARKER } from "../../src/core/colour";
import { mockExcel } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { t } from "../../src/core/messages";
import { parseArea } from "../../src/excel/a1";
import { REPORT_LIMITS } from "../../src/core/vocabulary/report-limits";

const all = capabilities(() => true);
const from = serialFromYMD(2024, 8, 1)!;
const to = serialFromYMD(2024, 10, 30)!;
const asOf = serialFromYMD(2024, 9, 15)!;

function quotaSheet(units: number, rules: SourceSheet["rules"] = []): SourceSheet {
  const values: (string | number | null)[][] = [
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...Array.from({ length: units }, (_, i) => [i + 1, `Xã ${i + 1}`, 1000, 100 + ((i * 37) % 900)]),
  ];
  return { name: "Tiến độ", origin: { row: 1, col: 1 }, values, rules };
}

function request(colour: boolean, report: boolean) {
  return {
    source: "used" as const,
    campaign: makeCampaign({ from, to, nominalDays: 90 }),
    asOf,
    lang: "vi" as const,
    colour,
    report,
    now: new Date(2024, 8, 15, 7, 30),
  };
}

async function runWith(units: number, colour: boolean, report: boolean, rules?: SourceSheet["rules"]) {
  const m = mockExcel(quotaSheet(units, rules));
  (global as any).Excel = m.excel;
  const result = await analyseAndWrite(request(colour, report), all);
  return { m, result };
}

describe("round trips do not depend on the number of units", () => {
  test.each([
    // locate, the values (one slice), the merged cells
    ["detect", 3],
  ])("%s takes %i syncs at 10 and 2,000 units", async (_, syncs) => {
    const counts: number[] = [];
    for (const units of [10, 2000]) {
      const m = mockExcel(quotaSheet(units));
      (global as any).Excel = m.excel;
      const found = await detectTable({ source: "used" }, all);
      expect(found.read.ok).toBe(true);
      if (found.read.ok) expect(found.read.table.units).toHaveLength(units);
      counts.push(m.syncCount());
    }
    expect(counts).toEqual([syncs, syncs]);
  });

  test("analyse + colour + report: the same count at 10 units and at the chart limit (with the per-unit chart), and one above it and at 2,000 (without it)", async () => {
    const small = await runWith(10, true, true);
    const atLimit = await runWith(REPORT_LIMITS.unitChartMaxUnits, true, true);
    const over = await runWith(REPORT_LIMITS.unitChartMaxUnits + 1, true, true);
    const large = await runWith(2000, true, true);
    expect(small.result.ok && atLimit.result.ok && over.result.ok && large.result.ok).toBe(true);
    expect(small.m.syncCount()).toBe(atLimit.m.syncCount());
    expect(over.m.syncCount()).toBe(large.m.syncCount());
    // locate, values (+ the rules' formulas), merges, colours + report, then freeze, print setup, chart, activate
    expect(small.m.syncCount()).toBeLessThanOrEqual(8);
    // Above the limit the chart's round trip is the one left out.
    expect(large.m.syncCount()).toBe(small.m.syncCount() - 1);
    // the large report really holds every unit: one block written as a single 2-D array
    const sheet = large.m.added[0];
    const block = sheet.ranges.find((r) => r.formulas)!;
    const text = JSON.stringify(block.formulas);
    expect(text).toContain("'Xã 2000");
  });
});

describe("writing the report and the colours", () => {
  test("the report goes to a new, active sheet with merges, widths, rules, freeze, print setup and a chart", async () => {
    const { m, result } = await runWith(10, false, true);
    expect(result.ok).toBe(true);
    expect(m.added).toHaveLength(1);
    const sheet = m.added[0];
    expect(sheet.name).toBe("Báo cáo 15-09-2024");
    expect(sheet.activated).toBe(true);
    expect(sheet.ranges.some((r) => r.merged)).toBe(true);
    expect(sheet.ranges.some((r) => typeof r.format.columnWidth === "number")).toBe(true);
    expect(sheet.rules.some((r) => r.type === "DataBar")).toBe(true);
    expect(sheet.freeze.length).toBe(1);
    expect(sheet.page).toMatchObject({ paperSize: "A4", orientation: "Landscape" });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].type).toBe("BarClustered");
    // text is written as text, never as a formula; formulas start with "="
    const cells = sheet.ranges.filter((r) => r.formulas).flatMap((r) => r.formulas!.flat());
    expect(cells).toContain("'Xã 1");
    for (const c of cells) if (typeof c === "string" && c.startsWith("=")) expect(c).not.toMatch(/^='/);
    // the source sheet got no values
    expect(m.source.ranges.filter((r) => r.formulas && r.address.startsWith("A1"))).toHaveLength(0);
  });

  test(`above ${REPORT_LIMITS.unitChartMaxUnits} units the sheet gets no per-unit chart and the line saying why`, async () => {
    const max = REPORT_LIMITS.unitChartMaxUnits;
    const at = await runWith(max, false, true);
    const over = await runWith(max + 1, false, true);
    expect(at.m.added[0].charts).toHaveLength(1);
    expect(over.m.added[0].charts).toHaveLength(0);
    const written = (m: typeof at.m) => JSON.stringify(m.added[0].ranges.filter((r) => r.formulas).map((r) => r.formulas));
    const line = t("vi", "report.chart.leftOut", { max, count: max + 1 });
    expect(line).toContain(`hơn ${max} đơn vị (bảng này có ${max + 1})`);
    expect(written(over.m)).toContain(line);
    expect(written(at.m)).not.toContain("Không vẽ biểu đồ");
  });

  test("a sheet with yesterday's report gets a fresh name", async () => {
    const m = mockExcel({ ...quotaSheet(5), existingSheets: ["Báo cáo 15-09-2024"] });
    (global as any).Excel = m.excel;
    await analyseAndWrite(request(false, true), all);
    expect(m.added[0].name).toBe("Báo cáo 15-09-2024 (2)");
  });

  test("colouring replaces only the add-in's own rules", async () => {
    const clerkRule = "=$D2>500";
    const oldAddin = `=AND($D2<$C2,${COLOUR_MARKER})`;
    const { m, result } = await runWith(10, true, false, [
      { type: "Custom", formula: clerkRule },
      { type: "Custom", formula: oldAddin },
      { type: "DataBar" },
    ]);
    expect(result.ok).toBe(true);
    expect(m.deletedRules).toEqual([oldAddin]);
    const added = m.source.rules;
    expect(added.length).toBeGreaterThan(0);
    for (const r of added) expect(r.formula).toContain(COLOUR_MARKER);
    expect(m.added).toHaveLength(0);
    if (result.ok) expect(result.colour).toMatchObject({ removed: 1, added: added.length });
    // Every rule sits on the table's own unit rows (2-11) and columns (A-D).
    for (const r of added) {
      const a = parseArea(r.address);
      expect([a.top >= 2, a.bottom <= 11, a.left >= 1, a.right <= 4]).toEqual([true, true, true, true]);
    }
  });

  test("a protected sheet is not coloured, the clerk is told how to unprotect it, and the report is still written", async () => {
    const m = mockExcel({ ...quotaSheet(10), protected: true });
    (global as any).Excel = m.excel;
    const result = await analyseAndWrite(request(true, true), all);
    expect(result.ok).toBe(true);
    expect(m.source.rules).toHaveLength(0);
    expect(m.added).toHaveLength(1);
    if (!result.ok) return;
    expect(result.colour?.added).toBe(0);
    const text = t("vi", result.colour!.messages[0]);
    expect(text).toContain("Tiến độ");
    expect(text).toContain("Bỏ bảo vệ");
  });
});

describe("an older Excel: what its ExcelApi set lacks is skipped, never sent (one missing API fails the whole batch)", () => {
  const minor = (v: string) => Number(v.split(".")[1]);
  test.each([
    [6, "no freeze panes (1.7), no axis format (1.8), no print setup (1.9)"],
    [7, "no axis number format (1.8), no print setup (1.9)"],
    [8, "no print setup, visible cells or screen updating (1.9)"],
  ])("ExcelApi 1.%i (%s): colours and writes the report", async (apiMinor) => {
    const m = mockExcel(quotaSheet(10), { apiMinor });
    (global as any).Excel = m.excel;
    const caps = capabilities((v) => minor(v) <= apiMinor);
    const result = await analyseAndWrite(request(true, true), caps);
    expect(result.ok).toBe(true);
    expect(m.source.rules.length).toBeGreaterThan(0);
    expect(m.added).toHaveLength(1);
    expect(m.added[0].charts).toHaveLength(1);
    expect(m.added[0].freeze).toHaveLength(apiMinor >= 7 ? 1 : 0);
    expect(m.added[0].page).toEqual({});
  });
});

describe("the stand-in Excel is as strict as the real one", () => {
  test("a property read before its load and sync throws, as Excel's PropertyNotLoaded does", () => {
    const m = mockExcel(quotaSheet(3));
    const range = m.context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  test("a 2-D array that is not exactly the range's size is refused", () => {
    const m = mockExcel(quotaSheet(3));
    const sheet = m.context.workbook.worksheets.add("X");
    expect(() => { sheet.getRange("A1:B2").formulas = [["a", "b"]]; }).toThrow(/2×2/);
    expect(() => { sheet.getRange("A1:B2").numberFormat = [["0", "0", "0"], ["0", "0", "0"]]; }).toThrow(/2×2/);
  });
});

describe("the write within Excel's rules", () => {
  test("no formula of the report is left uncalculated: calculation is never left suspended over the writes", async () => {
    const { m, result } = await runWith(2000, false, true);
    expect(result.ok).toBe(true);
    const formulas = m.added[0].ranges.flatMap((r) => r.formulas?.flat() ?? []).filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas.length).toBeGreaterThan(0);
    expect(m.staleFormulas()).toBe(0);
  });

  test("print setup asks only for documented zoom values, and the report has it", async () => {
    const { m, result } = await runWith(30, false, true);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.notes).toEqual([]);
    const zoom = m.added[0].page.zoom as { horizontalFitToPages: number; verticalFitToPages: number };
    expect(zoom.horizontalFitToPages).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(zoom.verticalFitToPages) && zoom.verticalFitToPages >= 1).toBe(true);
  });

  test("a host that refuses the chart still gets the report, frozen panes and print setup, and the clerk is told", async () => {
    const m = mockExcel(quotaSheet(10));
    (global as any).Excel = m.excel;
    const realAdd = m.context.workbook.worksheets.add;
    m.context.workbook.worksheets.add = (name: string) => {
      const sheet = realAdd(name);
      const addChart = sheet.charts.add;
      sheet.charts.add = (...args: unknown[]) => {
        m.failNextSync(Object.assign(new Error("InvalidArgument"), { code: "InvalidArgument" }));
        return addChart(...args);
      };
      return sheet;
    };
    const result = await analyseAndWrite(request(false, true), all);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(m.added).toHaveLength(1);
    expect(m.added[0].ranges.some((r) => r.formulas)).toBe(true);
    expect(m.added[0].freeze).toHaveLength(1);
    expect(m.added[0].page).toMatchObject({ paperSize: "A4" });
    expect(result.notes.map((n) => t("vi", n))).toEqual([expect.stringContaining("biểu đồ")]);
  });

  test("a measure saved yesterday that the table no longer has: every measure is used, and the clerk is told", async () => {
    const m = mockExcel(quotaSheet(10));
    (global as any).Excel = m.excel;
    const result = await analyseAndWrite({ ...request(true, true), measureId: "cot-da-doi-ten" }, all);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(m.added).toHaveLength(1);
    expect(m.source.rules.length).toBeGreaterThan(0);
    expect(result.notes.map((n) => n.key)).toEqual(["excel.measure.gone"]);
    expect(t("vi", result.notes[0])).toContain("cot-da-doi-ten");
  });
});

/** Every write on a recorded sheet other than conditional formats: cells, formats, widths, merges, page, panes, tables, charts. */
function nonRuleWrites(sheet: ReturnType<typeof mockExcel>["source"]): string[] {
  const out: string[] = [];
  for (const r of sheet.ranges) {
    const format = Object.entries(r.format).filter(([k, v]) => !((k === "font" || k === "fill") && Object.keys(v as object).length === 0));
    if (r.formulas || r.numberFormat || r.merged || format.length > 0) out.push(r.address);
  }
  if (Object.keys(sheet.page).length > 0) out.push(`page ${Object.keys(sheet.page).join(",")}`);
  return [...out, ...sheet.freeze, ...sheet.tables.map((x) => `table ${x.ref}`), ...sheet.charts.map((c) => `chart ${c.type}`)];
}

describe("on the clerk's own sheet, only the colour rules on the table's range", () => {
  // The case from the review: "Chỉ vùng đang chọn" on the table A1:D11, the clerk's notes in F1:G6 beside it.
  const notes = [["Ghi chú", "Người nhập"], ["Xã 3 báo muộn", "Lan"], ["Xã 7 thiếu hồ sơ", "Lan"], ["", ""], ["Gọi lại thứ Hai", ""], ["", "Hùng"]];
  function withNotes(extra: Partial<SourceSheet> = {}): SourceSheet {
    const table = quotaSheet(10);
    const values = table.values.map((row, i) => [...row, null, ...(notes[i] ?? [null, null])].map((v) => (v === "" ? null : v)));
    return { ...table, values, selection: "'Tiến độ'!A1:D11", ...extra };
  }

  test.each([
    ["the selection A1:D11", "selection" as const, {}],
    ["the used range", "used" as const, {}],
    ["the used range, with a print area set by the clerk", "used" as const, { printArea: "'Tiến độ'!$A$1:$G$30" }],
  ])("%s: rules written, nothing else (no legend over F1:G6, no width, no print area)", async (_label, source, extra) => {
    const m = mockExcel(withNotes(extra));
    (global as any).Excel = m.excel;
    const result = await analyseAndWrite({ ...request(true, false), source }, all);
    expect(result.ok).toBe(true);
    expect(m.source.rules.length).toBeGreaterThan(0);
    expect(nonRuleWrites(m.source)).toEqual([]);
    expect(m.intrusions()).toEqual([]);
  });

  test("with a report too: the legend is on the report sheet, the clerk's sheet still holds only rules", async () => {
    const m = mockExcel(withNotes());
    (global as any).Excel = m.excel;
    const result = await analyseAndWrite({ ...request(true, true), source: "selection" }, all);
    expect(result.ok).toBe(true);
    expect(nonRuleWrites(m.source)).toEqual([]);
    const reportCells = m.added[0].ranges.flatMap((r) => (r.formulas ?? []).flat()).map(String);
    expect(reportCells.some((v) => v.includes("Chậm tiến độ"))).toBe(true);
  });

  test("an Excel before ExcelApi 1.9: still coloured, nothing asked of the page layout", async () => {
    const m = mockExcel(quotaSheet(10), { apiMinor: 8 });
    (global as any).Excel = m.excel;
    const older = capabilities((v) => Number(v.split(".")[1]) <= 8);
    const result = await analyseAndWrite(request(true, false), older);
    expect(result.ok).toBe(true);
    expect(m.source.rules.length).toBeGreaterThan(0);
    expect(m.source.page).toEqual({});
  });
});
