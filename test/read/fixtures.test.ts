// Every workbook of the corpus (scripts/make-fixtures.ts) read back: units, figures, measures, warnings.
// Expected figures are copied from shared/domain.md and from the fixture layouts, not from the reader.
import { readFixture, tableOf } from "./fixture-helpers";
import type { QuotaTable } from "../../src/core/types";

function measureByLabel(table: QuotaTable, label: string) {
  const m = table.measures.find((x) => x.label === label);
  if (!m) throw new Error(`no measure "${label}" in ${table.measures.map((x) => x.label).join(" | ")}`);
  return m;
}
const codes = (t: QuotaTable) => t.warnings.map((w) => `${w.code}@${w.cell}`);

describe("domain.md table 1 (90-day plan, title above, thousands as text)", () => {
  it("reads seven units, three group measures, the daily column and the total row", async () => {
    const t = await tableOf("01-table1-90-days.xlsx");
    expect(t.units.map((u) => u.name)).toEqual(["Quyết Thắng", "Tân Phong", "Quyết Tiến", "Đoàn Kết", "Sùng Phài", "Đông Phong", "San Thàng"]);
    expect(t.units.map((u) => u.row)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    const total = measureByLabel(t, "Tổng");
    expect(total.columns).toEqual({ target: 5, daily: 6 });
    expect(t.units.map((u) => u.values[total.id].target)).toEqual([497, 3903, 1294, 2107, 1485, 2513, 1377]);
    expect(t.units.map((u) => u.values[total.id].daily)).toEqual([6, 43, 14, 23, 17, 28, 15]);
    expect(t.units.map((u) => u.values[measureByLabel(t, "Dưới 14 tuổi").id].target)).toEqual([481, 3741, 1246, 1990, 1384, 2431, 1294]);
    expect(t.units.map((u) => u.values[measureByLabel(t, "Trên 14 tuổi").id].target)).toEqual([16, 162, 48, 117, 101, 82, 83]);
    expect(t.totals.map((x) => [x.name, x.row, x.values[total.id].target])).toEqual([["Tổng", 14, 13176]]);
    expect(t.headerRows).toEqual([6]);
    expect(t.warnings).toEqual([]);
  });
});

describe("domain.md table 2 (two-row merged header, 9-day phase)", () => {
  it("makes each age group a measure and joins the daily column to the 0-6 group", async () => {
    const t = await tableOf("02-table2-two-row-header.xlsx");
    expect(t.headerRows).toEqual([5, 6]);
    expect(t.units).toHaveLength(16);
    expect(t.units[0].name).toBe("Thị trấn");
    expect(t.units[15].name).toBe("Hồng Thái");
    const young = measureByLabel(t, "Tổng số › Từ 0 đến dưới 6 tuổi");
    const older = measureByLabel(t, "Tổng số › Từ 6 đến dưới 14 tuổi");
    const all = measureByLabel(t, "Tổng số › Tổng");
    expect(young.columns).toEqual({ target: 4, daily: 6 });
    expect(older.columns).toEqual({ target: 5 });
    expect(t.units.map((u) => u.values[young.id].daily)).toEqual([113, 103, 174, 152, 117, 100, 103, 116, 82, 111, 66, 77, 122, 65, 236, 93]);
    expect(t.units.find((u) => u.name === "An Đông")?.values[all.id].target).toBe(5819);
    expect(t.totals[0].values[young.id]).toMatchObject({ target: 16460, daily: 1829 });
    expect(t.totals[0].values[all.id].target).toBe(46743);
    expect(t.warnings).toEqual([]);
  });
});

describe("the progress table (three blocks: done / remaining / rate)", () => {
  it("groups the blocks under their merged parents; a later block counts out of the earlier block's done (its remaining = that done − its done)", async () => {
    const t = await tableOf("03-progress-blocks.xlsx");
    expect(t.measures.map((m) => m.label)).toEqual(["Cấp CCCD", "Tài khoản ĐDDT mức 2", "Kích hoạt ĐDDT"]);
    expect(t.measures.map((m) => m.id)).toEqual(["cap-cccd", "tai-khoan-dddt-muc-2", "kich-hoat-dddt"]);
    // Column D ("Đã cấp CCCD") is both the cards' done and the level-2 accounts' base (domain.md, shape 3).
    expect(t.measures[1].columns).toEqual({ target: 4, done: 7, remaining: 8, rate: 9 });
    // Said in an info line naming both columns: D is the level-2 accounts' base, G the activations'.
    expect(t.diagnostics.filter((d) => d.code === "chained-base").map((d) => d.msg.params?.base)).toEqual(["D", "G"]);
    const anBinh = t.units[0];
    expect(anBinh.name).toBe("Xã An Bình");
    expect(anBinh.values["cap-cccd"]).toMatchObject({ target: 4000, done: 3880, remaining: 120 });
    expect(anBinh.values["tai-khoan-dddt-muc-2"]).toMatchObject({ target: 3880, done: 3000 });
    expect(anBinh.values["kich-hoat-dddt"]).toMatchObject({ target: 3000, done: 2700 });
    expect(anBinh.values["cap-cccd"].rate).toBeCloseTo(0.97, 6);
    expect(t.units.map((u) => u.name)).toEqual(["Xã An Bình", "Xã An Phú", "Phường Bắc Hà", "Thị trấn Chợ Chu"]);
    expect(t.warnings).toEqual([]);
  });

  it("reads the flat one-row layout of domain.md with rates typed as '97,00', 77 and '90,0'", async () => {
    const t = await tableOf("04-progress-flat.xlsx");
    expect(t.measures).toHaveLength(3);
    const [cards, level2, active] = t.measures.map((m) => t.units[0].values[m.id]);
    expect(cards).toMatchObject({ target: 4000, done: 3880, remaining: 120 });
    expect(level2).toMatchObject({ target: 3880, done: 3000, remaining: 880 });
    expect(active).toMatchObject({ target: 3000, done: 2700, remaining: 300 });
    expect(active.rate).toBeCloseTo(0.9, 6);
    expect(t.warnings).toEqual([]);
  });
});

describe("messy sheets", () => {
  it("single target with a 'Tổng cộng' merged over STT and unit", async () => {
    const t = await tableOf("05-single-target.xlsx");
    expect(t.units.map((u) => u.name)).toEqual(["Đội Cảnh sát QLHC", "Công an xã Kim Phượng", "Công an thị trấn Chợ Chu"]);
    expect(t.totals.map((x) => x.name)).toEqual(["Tổng cộng"]);
    expect(t.totals[0].values[t.measures[0].id]).toMatchObject({ target: 14009, done: 6750 });
  });

  it("headers without diacritics", async () => {
    const t = await tableOf("06-no-diacritics.xlsx");
    expect(t.measures).toHaveLength(1);
    expect(t.measures[0].columns).toEqual({ target: 3, done: 4, rate: 5 });
    expect(t.units.map((u) => [u.name, u.values[t.measures[0].id].target, u.values[t.measures[0].id].done])).toEqual([
      ["Xa Kim Phuong", 1200, 600], ["Xa Nong Ha", 800, 200], ["Thi tran Cho Moi", 1500, 1500],
    ]);
    expect(t.totals.map((x) => x.name)).toEqual(["Tong cong"]);
  });

  it("OCR damage: 'Pon vi', 'Chi tiéu', 'Ðã', 'Tỉ lệ', 'Tong', numbers with spaces", async () => {
    const t = await tableOf("07-ocr-damaged.xlsx");
    expect(t.unitCol).toBe(2);
    expect(t.measures[0].columns).toEqual({ target: 3, done: 4, rate: 5 });
    expect(t.units.map((u) => [u.name, u.values[t.measures[0].id].target, u.values[t.measures[0].id].done])).toEqual([["Xã Yên Đĩnh", 2400, 1200], ["Xã Thanh Vận", 1000, 250]]);
    expect(t.totals.map((x) => x.name)).toEqual(["Tong"]);
  });

  it("total right under the header; communes named Tông Lạnh and Cộng Hòa stay units", async () => {
    const t = await tableOf("08-total-on-top.xlsx");
    expect(t.totals.map((x) => [x.name, x.row])).toEqual([["Toàn huyện", 2]]);
    expect(t.units.map((u) => u.name)).toEqual(["Xã Tông Lạnh", "Xã Cộng Hòa", "Phường Tân Thịnh"]);
    expect(t.warnings).toEqual([]);
  });

  it("blank rows inside, a column-number row, a notes column, notes and signatures under", async () => {
    const t = await tableOf("09-blank-rows-notes.xlsx");
    expect(t.units.map((u) => [u.name, u.row])).toEqual([["Xã Hòa Bình", 4], ["Xã Hòa Lạc", 6], ["Xã Hòa An", 7]]);
    expect(t.totals.map((x) => x.name)).toEqual(["Cộng"]);
    expect(t.measures[0].columns).toEqual({ target: 3, done: 4 });
    const diag = t.diagnostics.map((d) => d.code);
    expect(diag).toEqual(expect.arrayContaining(["numbering-row", "notes-below", "blank-row", "ignored-column"]));
    expect(t.lastRow).toBe(9);
  });

  it("ignores hidden columns and says so", async () => {
    const t = await tableOf("10-hidden-columns.xlsx");
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 4, done: 5 }]);
    expect(t.diagnostics.find((d) => d.code === "hidden-column")?.cell).toBe("C1");
    expect(t.warnings).toEqual([]);
  });

  it("ignores hidden rows", async () => {
    const t = await tableOf("18-hidden-row.xlsx");
    expect(t.units.map((u) => u.name)).toEqual(["Xã Vĩnh Lộc", "Xã Vĩnh Hùng"]);
  });

  it("#REF!, #DIV/0! and text in number cells become warnings with their cells, never a stop", async () => {
    const t = await tableOf("11-errors.xlsx");
    expect(t.units).toHaveLength(4);
    expect(codes(t)).toEqual(["cell-error@C3", "cell-error@E3", "cell-error@E4", "not-a-number@D5"]);
    expect(t.units[1].values[t.measures[0].id].target).toBeNull();
    expect(t.units[0].values[t.measures[0].id].rate).toBeCloseTo(0.5, 6);
  });

  it("keeps the prefixes Xã / Phường / Thị trấn / Đặc khu and reads '1 246' and '3.903'", async () => {
    const t = await tableOf("12-unit-prefixes.xlsx");
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([
      ["Xã Kim Phượng", 1246, 300], ["Phường Phan Thiết", 2431, 1000], ["Thị trấn Chợ Chu", 512, 128], ["Đặc khu Phú Quốc", 3903, 3903],
    ]);
    expect(t.totals.map((x) => x.name)).toEqual(["Cộng"]);
    expect(t.warnings).toEqual([]);
  });

  it("flags a duplicated unit at its second row", async () => {
    const t = await tableOf("13-duplicate-unit.xlsx");
    expect(codes(t)).toEqual(["duplicate-unit@B4"]);
  });

  it("flags a total that disagrees with the units and done + remaining ≠ target", async () => {
    const t = await tableOf("14-total-mismatch.xlsx");
    expect(codes(t)).toEqual(expect.arrayContaining(["total-mismatch@C4", "done-remaining-mismatch@E3"]));
    expect(codes(t)).not.toContain("total-mismatch@D4");
  });

  it("three header rows, rich text, formulas read through their cached results", async () => {
    const t = await tableOf("15-three-row-header-formulas.xlsx");
    expect(t.headerRows).toEqual([2, 3, 4]);
    expect(t.measures.map((m) => m.label)).toEqual([
      "Thu nhận hồ sơ cấp Căn cước › Dưới 14 tuổi",
      "Thu nhận hồ sơ cấp Căn cước › Từ đủ 14 tuổi trở lên",
    ]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, rate: 5 }, { target: 6, done: 7, rate: 8 }]);
    expect(t.totals[0].values[t.measures[1].id]).toMatchObject({ target: 2000, done: 1330 });
    expect(t.warnings).toEqual([]);
  });

  it("a sheet with no table gives a reason, not a table", async () => {
    const r = await readFixture("17-no-table.xlsx");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.msg.key).toBe("reader.no-header");
  });
});

describe("a table in sections (I. Khối xã, II. Khối thị trấn) with subtotals", () => {
  it("subtotals are neither units nor the total, each is checked against its own section", async () => {
    const t = await tableOf("19-sections-subtotals.xlsx");
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([
      ["Xã An Bình", 1000, 600], ["Xã Cộng Hòa", 800, 300], ["Thị trấn Chợ Chu", 1200, 1000],
    ]);
    expect(t.subtotals?.map((x) => [x.name, x.row])).toEqual([["Cộng khối xã", 7], ["Cộng khối thị trấn", 10]]);
    expect(t.totals.map((x) => [x.name, x.values[id].target])).toEqual([["Tổng cộng", 3000]]);
    // The second subtotal says 1.100 done where its one unit has 1.000: that cell, and nothing else, is flagged.
    expect(codes(t)).toEqual(["total-mismatch@D10"]);
  });
});

describe("one merged parent per role (Chỉ tiêu | Đã thực hiện) over the same age groups", () => {
  it("the measures are the age groups, each with its target and its done", async () => {
    const t = await tableOf("20-role-blocks-by-age.xlsx");
    expect(t.measures.map((m) => [m.label, m.columns])).toEqual([
      ["Dưới 14 tuổi", { target: 3, done: 6 }],
      ["Từ 14 tuổi trở lên", { target: 4, done: 7 }],
      ["Tổng", { target: 5, done: 8 }],
    ]);
    const all = t.measures[2].id;
    expect(t.units.map((u) => [u.name, u.values[all].target, u.values[all].done])).toEqual([["Xã An Bình", 1000, 600], ["Xã Kim Phượng", 800, 300]]);
    expect(t.warnings).toEqual([]);
  });
});

describe("the daily report: the day's results beside the cumulative ones (lũy kế)", () => {
  it.each([
    ["21-daily-and-cumulative.xlsx", { target: 3, done: 5, rate: 6, remaining: 7 }],
    ["22-results-parent-over-cumulative.xlsx", { target: 3, done: 5, rate: 6 }],
  ])("%s: one measure whose done is the cumulative column; the day's column is set aside and said so", async (file, columns) => {
    const t = await tableOf(file);
    expect(t.measures).toHaveLength(1);
    expect(t.measures[0].columns).toEqual(columns);
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([["Xã An Bình", 1000, 600], ["Xã Kim Phượng", 800, 300]]);
    expect(t.diagnostics.filter((d) => d.code === "period-column").map((d) => d.cell)).toEqual([expect.stringMatching(/^D\d$/)]);
    expect(t.warnings).toEqual([]);
  });
});

describe("two tables on one sheet", () => {
  it("reads the first, never mixes in the second, and tells the clerk where the second starts", async () => {
    const t = await tableOf("23-two-tables-one-sheet.xlsx");
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target])).toEqual([["Xã An Bình", 1000], ["Xã Kim Phượng", 800]]);
    expect(t.totals.map((x) => x.row)).toEqual([5]);
    expect(codes(t)).toEqual(["next-table@B8"]);
  });
});
