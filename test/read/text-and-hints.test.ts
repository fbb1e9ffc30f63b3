// Header-word normalisation, addresses, campaign hints from titles, explicit mappings and analyzeTable.
import { normalizeText, cleanName } from "../../src/core/text";
import { cellAddress, rangeAddress } from "../../src/core/address";
import { isTotalLabel, readQuotaTable } from "../../src/core/read";
import { analyzeTable, detectCampaignHints } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { parseDayText } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/types";
import { fixtureGrid, tableOf } from "./fixture-helpers";

const grid = (values: CellValue[][]): Grid => ({ sheet: "S", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
const day = (s: string) => parseDayText(s) as number;

describe("normalizeText", () => {
  it.each([
    ["Đơn vị", "don vi"], ["Don vi", "don vi"], ["Pon vi", "don vi"], ["ĐƠN  VỊ", "don vi"], ["Ðơn vị", "don vi"],
    ["Chi tiéu", "chi tieu"], ["Tỉ lệ (%)", "ty le %"], ["Tỷ lệ", "ty le"], ["Tong", "tong"],
  ])("%s → %s", (input, expected) => expect(normalizeText(input)).toBe(expected));

  it("keeps unit names as written, only trimmed and NFC", () => {
    expect(cleanName("  Xã Kim Phu\u031Bo\u031Bng ")).toBe("Xã Kim Phương");
    expect(cleanName("Thị trấn  Chợ Chu")).toBe("Thị trấn Chợ Chu");
  });
});

it("cellAddress", () => {
  expect([cellAddress(7, 3), cellAddress(1, 26), cellAddress(12, 27), cellAddress(5, 703)]).toEqual(["C7", "Z1", "AA12", "AAA5"]);
});

it("rangeAddress: a block as Excel writes it, one cell without a colon", () => {
  expect(rangeAddress({ top: 1, left: 1, bottom: 30, right: 10 })).toBe("A1:J30");
  expect(rangeAddress({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("B3");
});

it("total labels, but not communes whose names look alike", () => {
  for (const s of ["Tổng", "Tổng cộng", "TỔNG CỘNG:", "Cộng", "Toàn huyện", "Toàn tỉnh", "Toàn thành phố", "Tong cong", "Tổng số (16 xã)"]) expect(isTotalLabel(s)).toBe(true);
  for (const s of ["Tông Lạnh", "Xã Tổng Bạt", "Cộng Hòa", "Toàn Thắng", "Đoàn Kết"]) expect(isTotalLabel(s)).toBe(false);
});

describe("detectCampaignHints", () => {
  it("reads '90 ngày đêm' and 'từ ngày 01/8/2024 đến ngày 30/10/2024' from table 1's title", async () => {
    expect(detectCampaignHints(await fixtureGrid("01-table1-90-days.xlsx"))).toEqual({ nominalDays: 90, from: day("01/08/2024"), to: day("30/10/2024") });
  });
  it("reads 'Đợt 2: từ 21/8 đến 29/8/2024' (start without year) from table 2's title, as the campaign and its phase", async () => {
    const period = { from: day("21/08/2024"), to: day("29/08/2024") };
    expect(detectCampaignHints(await fixtureGrid("02-table2-two-row-header.xlsx"))).toEqual({ ...period, phases: [{ name: "Đợt 2", ...period }] });
  });
  it("takes the year before for a period across New Year, and nothing from a sheet without hints", () => {
    expect(detectCampaignHints(grid([["Đợt từ 20/12 đến 10/1/2025"], ["STT", "Đơn vị", "Chỉ tiêu"]]))).toEqual({ from: day("20/12/2024"), to: day("10/01/2025") });
    expect(detectCampaignHints(grid([["STT", "Đơn vị", "Chỉ tiêu TB 01 ngày"]]))).toEqual({});
  });
});

describe("explicit mapping", () => {
  const values: CellValue[][] = [
    ["Tên", "Số giao", "Số làm được"],
    ["Xã A", 100, 40],
    ["Xã B", 200, 50],
  ];
  it("reads a sheet that detection cannot (no 'Đơn vị' header) once the clerk says which is which", () => {
    expect(readQuotaTable(grid(values)).ok).toBe(false);
    const r = readQuotaTable(grid(values), { headerRows: [1], unitCol: 1, measures: [{ id: "cccd", columns: { target: 2, done: 3 } }] });
    if (!r.ok) throw new Error(r.msg.key);
    expect(r.table.measures).toEqual([{ id: "cccd", label: "Số giao", columns: { target: 2, done: 3 } }]);
    expect(r.table.units.map((u) => [u.name, u.values.cccd.target, u.values.cccd.done])).toEqual([["Xã A", 100, 40], ["Xã B", 200, 50]]);
  });
  it("columnRoles move or drop a column on top of detection", () => {
    const v: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Số liệu khác"], [1, "Xã A", 100, 40]];
    const r = readQuotaTable(grid(v), { columnRoles: { 4: { measureId: "chi-tieu", role: "done" } } });
    if (!r.ok) throw new Error(r.msg.key);
    expect(r.table.measures).toEqual([{ id: "chi-tieu", label: "Chỉ tiêu", columns: { target: 3, done: 4 } }]);
    const dropped = readQuotaTable(grid(v), { columnRoles: { 4: null } });
    if (!dropped.ok) throw new Error(dropped.msg.key);
    expect(dropped.table.measures.map((m) => m.columns)).toEqual([{ target: 3 }]);
  });
});

describe("analyzeTable", () => {
  it("computes per unit and measure, sums the units for the total, and reports a reversed campaign", async () => {
    const table = await tableOf("03-progress-blocks.xlsx");
    const campaign = makeCampaign({ from: day("01/08/2024"), to: day("30/08/2024") });
    const a = analyzeTable(table, campaign, day("15/08/2024"));
    expect(a.days).toBe(30);
    expect(a.elapsed).toBe(15);
    expect(a.units[0].values["cap-cccd"]).toMatchObject({ target: 4000, done: 3880, remaining: 120, completion: 0.97, dailyTarget: 133 });
    expect(a.total?.values["cap-cccd"]).toMatchObject({ target: 4000 + 3500 + 6200 + 2900, done: 3880 + 3150 + 6138 + 2610 });
    expect(a.total?.row).toBeNull();
    const reversed = analyzeTable(table, makeCampaign({ from: day("30/08/2024"), to: day("01/08/2024") }), day("15/08/2024"));
    expect(reversed.warnings.map((w) => w.code)).toContain("campaign-reversed");
  });
});
