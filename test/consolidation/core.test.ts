// Consolidation in the engine: names matched as a clerk reads them, figures added or kept with a finding,
// old names folded by the mapping; then generated variety of names over thousands of cases.
import fc from "fast-check";
import { consolidate, readUnitMapping, unitIndex } from "../../src/core/consolidation";
import { measureIdentityKey as measureKey } from "../../src/core/vocabulary/measure-identity";
import { readQuotaTable } from "../../src/core/read";
import type { CellValue, Grid, QuotaTable } from "../../src/core/types";

function grid(sheet: string, values: CellValue[][]): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
}
function table(sheet: string, values: CellValue[][]): QuotaTable {
  const r = readQuotaTable(grid(sheet, values));
  if (!r.ok) throw new Error(r.msg.key);
  return r.table;
}

describe("unit names", () => {
  const index = unitIndex(["Thị trấn", "An Hòa", "Đồng Thái", "Lê Lợi"]);
  test.each([
    ["Xã An Hoà", "An Hòa", "same"],
    ["XÃ  AN   HÒA", "An Hòa", "same"],
    ["an hoa", "An Hòa", "mark-free"],
    ["Xã Đồng Thái", "Đồng Thái", "same"],
    ["Xa Dong Thai", "Đồng Thái", "mark-free"],
  ])("%s → %s (%s)", (name, matched, how) => {
    expect(index.find(name)).toEqual({ name: matched, how });
  });
  test.each([
    ["Xã An H0a", "An Hòa", "look-alike"],
    ["Xã Pồng Thái", "Đồng Thái", "look-alike"],
    ["Đồng Tbái", "Đồng Thái", "one-letter"],
    ["Lê Lơi", "Lê Lợi", "other-marks"],
    ["Thị trấn An Dương", "Thị trấn", "kind-only"],
  ])("%s → %s only loosely (%s), never as typed", (name, matched, how) => {
    expect(index.find(name)).toBeNull();
    expect(index.findLoose(name, new Set())).toEqual({ name: matched, how });
  });
  test("a loose match never reaches a unit another name took as typed", () => {
    expect(index.findLoose("Lê Lơi", new Set(["Lê Lợi"]))).toBeNull();
    expect(index.findLoose("Xã Pồng Thái", new Set(["Đồng Thái"]))).toBeNull();
  });
  test("one tone mark apart is another commune; a mark-free name between them is not guessed", () => {
    const both = unitIndex(["Tân Hòa", "Tân Hóa", "An Hồng", "An Hưng", "Hồng Thái", "Đồng Thái", "Bình Lâm", "Vĩnh Lâm"]);
    for (const name of ["Tân Hòa", "Tân Hóa", "An Hồng", "An Hưng", "Hồng Thái", "Đồng Thái", "Bình Lâm", "Vĩnh Lâm"]) {
      expect(both.find(`Xã ${name}`)).toEqual({ name, how: "same" });
    }
    expect(both.find("Xã Tân Hoà")).toEqual({ name: "Tân Hòa", how: "same" });
    expect(both.find("Tan Hoa")).toEqual({ ambiguous: ["Tân Hòa", "Tân Hóa"] });
    expect(both.find("An Hong")).toEqual({ name: "An Hồng", how: "mark-free" });
    expect(both.findLoose("Tân Hõa", new Set())).toEqual({ ambiguous: ["Tân Hòa", "Tân Hóa"] });
  });
  test("a commune and a town of the same name stay two units; a bare name between them is not guessed", () => {
    const both = unitIndex(["Xã Thanh Hà", "Thị trấn Thanh Hà"]);
    expect(both.find("Thị trấn Thanh Hà")).toEqual({ name: "Thị trấn Thanh Hà", how: "same" });
    expect(both.find("XA THANH HA")).toEqual({ name: "Xã Thanh Hà", how: "mark-free" });
    expect(both.find("Thanh Hà")).toEqual({ ambiguous: ["Xã Thanh Hà", "Thị trấn Thanh Hà"] });
  });
  test("a different commune is not taken for another", () => {
    expect(index.find("An Hồng")).toBeNull();
    expect(index.findLoose("Lê Thiện", new Set())).toBeNull();
    expect(unitIndex(["An Đông"]).findLoose("An Dương", new Set())).toBeNull();
    expect(unitIndex(["Đồng Thái"]).findLoose("Đông Hải", new Set())).toBeNull();
  });

  const syllable = fc.constantFrom("An", "Hòa", "Đông", "Thái", "Hồng", "Phong", "Tiến", "Lợi", "Sơn", "Quốc", "Tuấn", "Cương", "Nguyễn", "Kim");
  const nameArb = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((w) => w.join(" "));
  const prefix = fc.constantFrom("", "Xã ", "Phường ", "Thị trấn ", "Công an xã ", "xa ", "XÃ ");
  const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"));
  test("a name with any prefix, case, accents dropped and spacing finds itself among generated names", () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 2, maxLength: 12 }), fc.nat(), prefix, fc.boolean(), fc.boolean(), fc.boolean(), (names, pick, pre, upper, bare, spaced) => {
        const name = names[pick % names.length];
        let typed = pre + name;
        if (bare) typed = strip(typed);
        if (upper) typed = typed.toLocaleUpperCase("vi");
        if (spaced) typed = `  ${typed.replace(/ /g, "   ")} `;
        const hit = unitIndex(names).find(typed);
        expect(hit && "name" in hit ? hit.name : hit).toBe(name);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("measure words", () => {
  test("age groups written many ways are one measure", () => {
    const keys = ["Tổng số › Từ 0 đến dưới 6 tuổi", "0 - dưới 6 tuổi", "Tu 0 den duoi 6 tuoi", "Trẻ em 0-6 tuổi"].map(measureKey);
    expect(new Set(keys).size).toBe(1);
    expect(measureKey("Dưới 14 tuổi")).not.toBe(measureKey("Trên 14 tuổi"));
    expect(measureKey("Tổng số › Tổng")).toBe(measureKey("Tổng cộng"));
    expect(measureKey("Cấp CCCD")).toBe(measureKey("Đã cấp CCCD"));
    expect(measureKey("Thu nhận hồ sơ › Dưới 14 tuổi")).not.toBe(measureKey("Kích hoạt › Dưới 14 tuổi"));
    expect(measureKey("Hồ sơ đăng ký thường trú")).not.toBe(measureKey("Hồ sơ đăng ký tạm trú"));
  });
});

describe("consolidate", () => {
  const head = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  test("figures gathered, a conflict named with both sources and cells, a missing unit named", () => {
    const a = table("A", [head, [1, "Xã An Hòa", 100, 40]]);
    const b = table("B", [["Đơn vị", "Chi tieu", "Da thuc hien"], ["AN HOA", 100, 45], ["Lê Lợi", 80, 20]]);
    const c = consolidate([{ label: "a.xlsx", table: a }, { label: "b.xlsx", table: b }], { units: ["An Hòa", "Lê Lợi", "Đồng Thái"] });
    expect(c.units.map((u) => [u.name, u.values[c.measures[0].id].target, u.values[c.measures[0].id].done])).toEqual([
      ["An Hòa", 100, 40], ["Lê Lợi", 80, 20], ["Đồng Thái", null, null],
    ]);
    const conflict = c.findings.find((f) => f.code === "unit-conflict")!;
    expect(conflict.msg.key).toBe("merge.unit.conflict.done");
    expect(conflict.msg.params).toMatchObject({ unit: "An Hòa", kept: 40, keptAt: "a.xlsx (A!D2)", other: 45, otherAt: "b.xlsx (B!C2)" });
    expect(conflict).toMatchObject({ source: "b.xlsx", cell: "C2", review: "conflict" });
    expect(c.findings.filter((f) => f.code === "unit-missing").map((f) => f.msg.params?.unit)).toEqual(["Đồng Thái"]);
  });

  test("the mapping folds old communes into the new one, with the sum and a note", () => {
    const a = table("A", [head, [1, "Xã Đông Sơn", 100, 40], [2, "Xã Đông Hải", 50, 10]]);
    const map = readUnitMapping(grid("Sáp nhập", [["Tên cũ", "Tên mới"], ["Đông Sơn", "An Đông"], ["Đông Hải", "An Đông"]])).mapping;
    const c = consolidate([{ label: "a.xlsx", table: a }], { units: ["An Đông"], mapping: map });
    expect(c.units).toHaveLength(1);
    expect(c.units[0].values[c.measures[0].id]).toMatchObject({ target: 150, done: 50 });
    expect(c.notes).toEqual([expect.objectContaining({ key: "merge.note.folded", params: expect.objectContaining({ unit: "An Đông", count: 2 }) })]);
  });

  test("rate columns are not added, and that is said", () => {
    const a = table("A", [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Tỷ lệ (%)"], [1, "An Hòa", 100, 40, 40], [2, "Lê Lợi", 100, 50, 50]]);
    const c = consolidate([{ label: "a.xlsx", table: a }]);
    expect(c.measures[0].roles).toEqual(["target", "done"]);
    expect(c.findings.filter((f) => f.code === "rate-recomputed")).toHaveLength(1);
  });

  test("a figure only some sources have: the others stay empty, never 0", () => {
    const a = table("A", [head, [1, "An Hòa", 100, 40]]);
    const b = table("B", [["STT", "Đơn vị", "Chỉ tiêu"], [1, "Lê Lợi", 80]]);
    const c = consolidate([{ label: "a.xlsx", table: a }, { label: "b.xlsx", table: b }]);
    expect(c.measures.map((m) => m.roles)).toEqual([["target", "done"]]);
    expect(c.units.map((u) => u.values[c.measures[0].id].done)).toEqual([40, null]);
  });
});

describe("merger and rename", () => {
  const head = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  const plan = () => ({ label: "ke-hoach.xlsx", table: table("KH", [head, [1, "Thị trấn", 1016, null], [2, "An Đông", 300, null]]) });
  const map = (lines: string[][]) => readUnitMapping(grid("Sáp nhập", [["Tên cũ", "Tên mới"], ...lines])).mapping;

  test("a rename is the unit itself: its target is not added to the plan's (1,016, not 2,032)", () => {
    const report = table("R", [head, [1, "TT An Dương", 1016, 400]]);
    const c = consolidate([{ label: "tt.xlsx", table: report }], { plan: plan(), mapping: map([["TT An Dương", "Thị trấn"]]) });
    const v = c.units.find((u) => u.name === "Thị trấn")!.values[c.measures[0].id];
    expect([v.target, v.done]).toEqual([1016, 400]);
    expect(c.findings.filter((f) => f.review)).toEqual([]);
  });

  test("a merger sums its old communes' results within the reports; the plan's target stays the plan's", () => {
    const a = table("A", [head, [1, "Xã Đông Sơn", 150, 40]]);
    const b = table("B", [head, [1, "Xã Đông Hải", 150, 25]]);
    const c = consolidate([{ label: "a.xlsx", table: a }, { label: "b.xlsx", table: b }], { plan: plan(), mapping: map([["Đông Sơn", "An Đông"], ["Đông Hải", "An Đông"]]) });
    const u = c.units.find((x) => x.name === "An Đông")!;
    expect([u.values[c.measures[0].id].target, u.values[c.measures[0].id].done]).toEqual([300, 65]);
    expect(u.origins[c.measures[0].id]?.done?.map((o) => `${o.source}!${o.cell}`)).toEqual(["a.xlsx!D2", "b.xlsx!D2"]);
    expect(c.findings.filter((f) => f.review)).toEqual([]);
  });

  test("a merger not every old commune has reported is a review line; the new name's own report wins over the parts", () => {
    const a = table("A", [head, [1, "Xã Đông Sơn", 150, 40]]);
    const partial = consolidate([{ label: "a.xlsx", table: a }], { plan: plan(), mapping: map([["Đông Sơn", "An Đông"], ["Đông Hải", "An Đông"]]) });
    expect(partial.findings.filter((f) => f.review).map((f) => [f.review, f.unit, f.msg.params?.sent, f.msg.params?.count])).toEqual([["merger", "An Đông", 1, 2]]);
    const own = table("C", [head, [1, "Xã An Đông", 300, 70]]);
    const both = consolidate([{ label: "a.xlsx", table: a }, { label: "c.xlsx", table: own }], { plan: plan(), mapping: map([["Đông Sơn", "An Đông"], ["Đông Hải", "An Đông"]]) });
    expect(both.units.find((x) => x.name === "An Đông")!.values[both.measures[0].id].done).toBe(70);
    expect([...new Set(both.findings.filter((f) => f.review).map((f) => `${f.review} ${f.unit}`))]).toEqual(["conflict An Đông"]);
  });

  test("a plan still listing the old communes: their targets add up into the new unit", () => {
    const old = { label: "kh-cu.xlsx", table: table("KH", [head, [1, "Đông Sơn", 120, null], [2, "Đông Hải", 180, null]]) };
    const report = table("R", [head, [1, "An Đông", 300, 90]]);
    const c = consolidate([{ label: "r.xlsx", table: report }], { plan: old, mapping: map([["Đông Sơn", "An Đông"], ["Đông Hải", "An Đông"]]) });
    expect(c.units.map((u) => [u.name, u.values[c.measures[0].id].target, u.values[c.measures[0].id].done])).toEqual([["An Đông", 300, 90]]);
  });
});
