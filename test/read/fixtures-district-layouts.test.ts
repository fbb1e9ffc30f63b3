// District and commune layouts the reader once read wrong (fixtures 24–29 of scripts/make-fixtures.ts).
// Expected units, figures and columns are written from each layout by hand, not copied from the reader.
import { tableOf } from "./fixture-helpers";

describe("a district police sheet: 'Công an xã, phường, thị trấn', report date, CT/ngày, ranking, notes", () => {
  it("reads one measure with its daily target and what remains; the date, ranking and notes are set aside", async () => {
    const t = await tableOf("24-police-unit-column-rank-date.xlsx");
    expect([t.headerRows, t.unitCol, t.indexCol]).toEqual([[4], 2, 1]);
    expect(t.measures.map((m) => [m.label, m.columns])).toEqual([["Chỉ tiêu giao", { target: 4, daily: 5, done: 6, remaining: 7, rate: 8 }]]);
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id]])).toEqual([
      ["Xã La Hiên", { target: 900, daily: 10, done: 720, remaining: 180, rate: 0.8 }],
      ["Xã Tràng Xá", { target: 1800, daily: 20, done: 810, remaining: 990, rate: 0.45 }],
      ["Đội CSQLHC", { target: 270, daily: 3, done: 162, remaining: 108, rate: 0.6 }],
    ]);
    expect(t.totals.map((x) => [x.name, x.row, x.values[id].target, x.values[id].done])).toEqual([["Cộng toàn huyện", 8, 2970, 1692]]);
    const ignored = t.diagnostics.filter((d) => d.code === "ignored-column").map((d) => d.cell);
    expect(ignored).toEqual(["C4", "I4", "J4"]);
    expect(t.warnings).toEqual([]);
  });
});

describe("the unit column without a title (blank under STT), column numbers with formulas under the header", () => {
  it("finds the header from STT and the role columns, skips the numbering row, takes TỔNG CỘNG in STT as the total", async () => {
    const t = await tableOf("25-untitled-unit-column.xlsx");
    expect([t.headerRows, t.unitCol, t.indexCol]).toEqual([[3, 4], 2, 1]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, rate: 5 }]);
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.row, u.values[id].target, u.values[id].done, u.values[id].rate])).toEqual([
      ["Phường Phan Đình Phùng", 6, 1200, 960, 0.8],
      ["Phường Hoàng Văn Thụ", 7, 1500, 600, 0.4],
    ]);
    expect(t.totals.map((x) => [x.name, x.row, x.values[id].target, x.values[id].done])).toEqual([["TỔNG CỘNG", 8, 2700, 1560]]);
    expect(t.diagnostics.filter((d) => d.code === "numbering-row").map((d) => d.msg.params?.row)).toEqual(["5"]);
    expect(t.warnings).toEqual([]);
  });
});

describe("the unit title on another header row than STT and the measures", () => {
  it("'Đơn vị' on the second row: the header starts at STT and the parent names the measure", async () => {
    const t = await tableOf("26-unit-title-on-lower-row.xlsx");
    expect([t.headerRows, t.unitCol, t.indexCol]).toEqual([[1, 2], 2, 1]);
    expect(t.measures.map((m) => [m.label, m.columns])).toEqual([["Cấp CCCD", { target: 3, done: 4, rate: 5 }]]);
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([["Xã Hợp Thành", 500, 450], ["Xã Phúc Xuân", 400, 100]]);
    expect(t.totals.map((x) => [x.name, x.values[id].done])).toEqual([["Tổng", 550]]);
    expect(t.warnings).toEqual([]);
  });

  it("'Đơn vị' merged over the STT numbers and the names: the names' column is the unit column", async () => {
    const t = await tableOf("27-unit-title-over-number-and-name.xlsx");
    expect(t.unitCol).toBe(2);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4 }]);
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([["Xã Sơn Cẩm", 700, 350], ["Xã Cao Ngạn", 300, 270]]);
    expect(t.totals.map((x) => [x.name, x.values[id].target])).toEqual([["Tổng", 1000]]);
    expect(t.warnings).toEqual([]);
  });
});

describe("headers in capitals: 'XÃ/THỊ TRẤN', 'CẦN THỰC HIỆN', a bare 'SO VỚI CHỈ TIÊU'", () => {
  it("the unit kinds title the unit column, what is to be done is the target, the comparison is the rate", async () => {
    const t = await tableOf("28-caps-unit-kinds-to-do.xlsx");
    expect([t.unitCol, t.indexCol]).toEqual([2, 1]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, rate: 5 }]);
    const id = t.measures[0].id;
    // A district's lone town is a unit named "Thị trấn", not a second header.
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done, u.values[id].rate])).toEqual([
      ["Thị trấn", 600, 540, 0.9], ["Xã Văn Lăng", 400, 100, 0.25],
    ]);
    expect(t.totals.map((x) => [x.name, x.values[id].target, x.values[id].done])).toEqual([["TOÀN HUYỆN", 1000, 640]]);
    expect(t.warnings).toEqual([]);
  });
});

describe("a commune's own sheet: villages and residential groups under a 'CÔNG AN XÃ …' title", () => {
  it("'Thôn, tổ dân phố' titles the unit column; the title above is no header", async () => {
    const t = await tableOf("29-commune-villages.xlsx");
    expect([t.headerRows, t.unitCol]).toEqual([[4], 2]);
    expect(t.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, rate: 5 }]);
    const id = t.measures[0].id;
    expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([["Thôn Bản Mới", 120, 60], ["Tổ dân phố Đồng Tâm", 80, 80]]);
    expect(t.totals.map((x) => [x.name, x.values[id].done])).toEqual([["Tổng", 140]]);
    expect(t.warnings).toEqual([]);
  });
});
