// Three families of tables the reader learned later (a data date under a label of its own, subtotal rows,
// reference columns), each by its general rule, and the look-alikes the rule must leave alone. Expectations come
// from how each sheet is made.
import { readQuotaTable } from "../../src/core/read";
import { readCampaignHints } from "../../src/core/campaign-hints";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { formatDate, serialFromYMD } from "../../src/core/dates";
import type { CellValue, Grid, QuotaTable } from "../../src/core/types";

const grid = (values: CellValue[][], sheet = "S"): Grid => ({ sheet, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });

function table(values: CellValue[][]): QuotaTable {
  const r = readQuotaTable(grid(values));
  if (!r.ok) throw new Error(r.msg.key);
  return r.table;
}

const BODY: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 900, 300], [2, "Xã B", 450, 100]];

describe("a date under a label of its own is the data date", () => {
  const day = serialFromYMD(2024, 9, 15) as number;
  // Labels made of a lead noun and words about the report or the data, none of them a listed phrase.
  const labels = ["Ngày báo cáo", "Thời điểm chốt số liệu", "Số liệu cập nhật", "Ngày lập báo cáo", "Kỳ tổng hợp kết quả", "Mốc thống kê", "Ngày chốt dữ liệu",
    "Số liệu lũy kế tính", "Thời gian cập nhật tiến độ", "NGÀY BÁO CÁO"];
  const dates = ["15/9/2024", "15/09/2024", "15-9-2024", "17h00 ngày 15/9/2024", "ngày 15 tháng 9 năm 2024"];
  const cases = labels.flatMap((label, i) => [[label, dates[i % dates.length], ":"], [label, dates[(i + 2) % dates.length], " :"]] as const);
  test.each(cases)("%s%s %s", (label, date, colon) => {
    const hints = readCampaignHints(grid([[`${label}${colon} ${date}`], [], ...BODY]), 45000);
    expect([hints.dataDate === null ? null : formatDate(hints.dataDate, "vi"), hints.dataDateSource]).toEqual([formatDate(day, "vi"), "stated"]);
  });

  test("the date in the next cell, alone with its label on the row (a date cell, or text)", () => {
    for (const date of [day, "15/9/2024"]) {
      const hints = readCampaignHints(grid([["Ngày báo cáo:", date], [], ...BODY]), 45000);
      expect(hints.dataDate).toBe(day);
    }
  });

  test("look-alikes: a label about something else, another document, a period, a date with more words", () => {
    for (const line of ["Ngày ban hành: 16/9/2024", "Kèm theo báo cáo: 16/9/2024", "Ngày: 15/9/2024", "Kỳ báo cáo: 15/9/2024 đến 20/9/2024", "Số liệu: 15/9/2024 (chưa đủ)"]) {
      const hints = readCampaignHints(grid([[line], [], ...BODY]), 45000);
      expect([line, hints.dataDateSource === "stated" && hints.dataDate === day]).toEqual([line, false]);
    }
  });
});

describe("a row whose figures are its section's sums is a subtotal, whatever its words", () => {
  const groups = ["Cộng Tiên Lãng", "Huyện Vĩnh Bảo (cũ)", "Tổng An Lão", "Địa bàn Kiến Thụy", "Cụm Thủy Nguyên", "Kiến An"];
  test.each(groups)("a group closed by “%s”, with the clerk's total under it", (label) => {
    const t = table([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
      [1, "Xã A", 900, 300], [2, "Xã B", 450, 100], [null, label, 1350, 400],
      [3, "Xã C", 270, 150], [4, "Xã D", 300, 100], [5, "Xã E", 100, 20], [null, "Cộng Đồ Sơn", 670, 270],
      [null, "Tổng cộng", 2020, 670],
    ]);
    expect(t.units.map((u) => u.name)).toEqual(["Xã A", "Xã B", "Xã C", "Xã D", "Xã E"]);
    expect((t.subtotals ?? []).map((u) => u.name)).toEqual([label, "Cộng Đồ Sơn"]);
    // The clerk's correct total is confirmed: no warning offers to "fix" it.
    expect(t.warnings.map((w) => w.code)).toEqual([]);
    const a = analyzeTable(t, makeCampaign(), 45550);
    expect(a.total?.values[t.measures[0].id].target).toBe(2020);
    expect(a.warnings.filter((w) => w.code.startsWith("allocation-offer") || w.code === "total-mismatch")).toEqual([]);
  });

  test("a subtotal numbered like the units, when the clerk's total row is confirmed once it is out", () => {
    const t = table([
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
      [1, "Xã A", 900, 300], [2, "Xã B", 450, 100], [3, "Tiên Lãng", 1350, 400], [4, "Xã C", 270, 150], [5, "Xã D", 300, 100], [6, "Vĩnh Bảo", 570, 250],
      [null, "Tổng cộng", 1920, 650],
    ]);
    expect(t.units.map((u) => u.name)).toEqual(["Xã A", "Xã B", "Xã C", "Xã D"]);
    expect(t.warnings.map((w) => w.code)).toEqual([]);
  });

  test("look-alike: a unit equal to the units above in one column only stays a unit", () => {
    const t = table([["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 100, 30], [2, "Xã B", 200, 50], [3, "Xã C", 300, 70], [null, "Tổng", 600, 150]]);
    expect(t.units.map((u) => u.name)).toEqual(["Xã A", "Xã B", "Xã C"]);
  });

  test("look-alike: a numbered unit is a unit even when its figures add up", () => {
    const t = table([["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 100, 30], [2, "Xã B", 200, 50], [3, "Xã C", 300, 80], [4, "Xã D", 50, 5], [null, "Tổng", 650, 165]]);
    expect(t.units.map((u) => u.name)).toEqual(["Xã A", "Xã B", "Xã C", "Xã D"]);
  });
});

describe("reference columns are not measures", () => {
  const HEAD = ["STT", "Đơn vị"];
  const rows = (extra: (u: number) => CellValue[]) => [[1, "Xã A", 900, 300, 600], [2, "Xã B", 450, 100, 350], [3, "Xã C", 270, 150, 120]].map((r, u) => [...r, ...extra(u)]);
  test.each([
    ["Dân số", [24173, 18000, 9000]], ["Số hộ", [6000, 4100, 2200]], ["Tổng số nhân khẩu", [24173, 18000, 9000]], ["Số hộ gia đình", [6000, 4100, 2200]],
    ["Định mức/ngày", [12, 12, 12]], ["Định mức mỗi ngày", [15, 15, 15]],
  ] as const)("“%s” beside Chỉ tiêu | Đã thực hiện | Còn lại", (label, figures) => {
    const t = table([[...HEAD, "Chỉ tiêu", "Đã thực hiện", "Còn lại", label], ...rows((u) => [figures[u]])]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, remaining: 5 }]);
    expect(t.diagnostics.some((d) => d.code === "reference-column" && d.cell === "F1")).toBe(true);
  });

  test("a per-day column belongs to the measure whose target it divides, wherever it stands", () => {
    // 900/30 = 30, 450/30 = 15, 270/30 = 9: the typed daily divides Chỉ tiêu, not the population before it.
    const t = table([[...HEAD, "Chỉ tiêu", "Đã thực hiện", "Còn lại", "Dân số", "CT/ngày"], ...rows((u) => [[24173, 18000, 9000][u], [30, 15, 9][u]])]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, remaining: 5, daily: 7 }]);
  });

  test("look-alike: a population tied to results by its figures stays the target (remaining = population − done)", () => {
    const t = table([[...HEAD, "Dân số", "Đã cấp", "Chưa cấp"], [1, "Xã A", 900, 300, 600], [2, "Xã B", 450, 100, 350], [3, "Xã C", 270, 150, 120]]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, remaining: 5 }]);
  });

  test("look-alike: in an allocation table (no results) the base population is the target", () => {
    const t = table([[...HEAD, "Số công dân trong độ tuổi", "Chỉ tiêu TB 01 ngày"], [1, "Xã A", 900, 10], [2, "Xã B", 450, 5], [3, "Xã C", 270, 3]]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, daily: 4 }]);
  });
});

describe("target shares: look-alikes that stay counts", () => {
  test("a count table under a title aiming at 100% of its target", () => {
    const t = table([["Phấn đấu đạt 100% chỉ tiêu được giao"], [], ...BODY]);
    expect(t.measures.map((m) => m.kind ?? "count")).toEqual(["count"]);
  });

  test("“Tỷ lệ đạt so với chỉ tiêu (%)” is the share reached, not a target share", () => {
    const t = table([["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Tỷ lệ đạt so với chỉ tiêu (%)"], [1, "Xã A", 900, 300, 33.3], [2, "Xã B", 450, 100, 22.2]]);
    expect(t.measures.map((m) => [m.kind ?? "count", m.columns])).toEqual([["count", { target: 3, done: 4, rate: 5 }]]);
  });

  test("a title share with a count target named as such (Chỉ tiêu) keeps the count", () => {
    const t = table([["Tối thiểu 30% hồ sơ trực tuyến"], [], ...BODY]);
    expect(t.measures.map((m) => m.kind ?? "count")).toEqual(["count"]);
  });
});
