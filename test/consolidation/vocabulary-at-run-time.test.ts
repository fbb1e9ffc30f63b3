// Next month's wording is one line in the vocabulary: added at run time, consolidation, history and allocation
// all follow it, as they all key a measure by its identity (vocabulary/measure-identity.ts).
import { consolidate } from "../../src/core/consolidation";
import { readQuotaTable } from "../../src/core/read";
import { groupSeries } from "../../src/core/history/series";
import { findBase } from "../../src/core/allocation/plan";
import { MEASURE_DRESSING, MEASURE_SUBJECTS } from "../../src/core/vocabulary/measure-subjects";
import { UNIT_MERGERS } from "../../src/core/vocabulary/mergers";
import type { CellValue, QuotaTable } from "../../src/core/types";

function table(sheet: string, values: CellValue[][]): QuotaTable {
  const r = readQuotaTable({ sheet, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
  if (!r.ok) throw new Error(r.msg.key);
  return r.table;
}

const receive = MEASURE_SUBJECTS.find((s) => s.key === "receive")!;
const plan = () => table("KH", [["STT", "Đơn vị", "Thu nhận hồ sơ", null], [null, null, "Chỉ tiêu", "Đã thực hiện"], [1, "An Hòa", 100, null], [2, "Lê Lợi", 80, null]]);
// "TNHS" is how one commune abbreviates "thu nhận hồ sơ"; a second measure keeps the plain one from being a lone match.
const report = () => table("BC", [["STT", "Đơn vị", "TNHS", null, "Kích hoạt", null], [null, null, "Chỉ tiêu", "Đã thực hiện", "Chỉ tiêu", "Đã thực hiện"], [1, "An Hòa", 100, 40, 50, 10]]);
const days = (label: string, day: number) => ({ day, unit: "An Hòa", measure: label, done: day, target: 100 });
const allocation = () => table("PB", [["STT", "Đơn vị", "Trên 14 tuổi", "Dưới 14 tuổi", "TSCT"], [1, "An Hòa", 10, 20, 30], [2, "Lê Lợi", 5, 15, 20]]);

afterEach(() => {
  receive.phrases = receive.phrases.filter((p) => p !== "tnhs");
  for (const word of ["tnhs", "tsct"]) if (MEASURE_DRESSING.includes(word)) MEASURE_DRESSING.splice(MEASURE_DRESSING.indexOf(word), 1);
});
const extra = (c: ReturnType<typeof consolidate>) => c.findings.filter((f) => f.review === "measure").map((f) => String(f.msg.params?.measure).split(" › ")[0]);

test("before the line: 'TNHS' is another measure, its own series, and 'TSCT' is not the total", () => {
  const c = consolidate([{ label: "bc.xlsx", table: report() }], { plan: { label: "kh.xlsx", table: plan() } });
  expect(extra(c)).toEqual(["TNHS", "Kích hoạt"]);
  expect(groupSeries([days("Thu nhận hồ sơ", 1), days("TNHS", 2)]).size).toBe(2);
  expect(findBase(allocation())?.label).toBe("Trên 14 tuổi");
});

test("after one line in measure-subjects.ts: the same measure everywhere", () => {
  receive.phrases.push("tnhs");
  MEASURE_DRESSING.push("tnhs", "tsct");
  const c = consolidate([{ label: "bc.xlsx", table: report() }], { plan: { label: "kh.xlsx", table: plan() } });
  const m = c.measures.find((x) => x.label.startsWith("Thu nhận hồ sơ"))!;
  expect(c.units.map((u) => [u.name, u.values[m.id].target, u.values[m.id].done])).toEqual([["An Hòa", 100, 40], ["Lê Lợi", 80, null]]);
  expect(extra(c)).toEqual(["Kích hoạt"]);
  expect(groupSeries([days("Thu nhận hồ sơ", 1), days("TNHS", 2)]).size).toBe(1);
  expect(findBase(allocation())?.label).toBe("TSCT");
});

test("a province's merger lines in the vocabulary apply when that province is named, and only then", () => {
  const lines = [{ province: "Tỉnh Mẫu", old: "Đông Sơn", new: "An Đông" }, { province: "Tỉnh Mẫu", old: "Đông Hải", new: "An Đông" }];
  UNIT_MERGERS.push(...lines);
  try {
    const head = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
    const plan = { label: "kh.xlsx", table: table("KH", [head, [1, "An Đông", 300, null]]) };
    const reports = [{ label: "r.xlsx", table: table("R", [head, [1, "Xã Đông Sơn", 150, 40], [2, "Xã Đông Hải", 150, 25]]) }];
    const named = consolidate(reports, { plan, province: "tinh mau" });
    expect(named.units.map((u) => [u.name, u.values[named.measures[0].id].done])).toEqual([["An Đông", 65]]);
    const unnamed = consolidate(reports, { plan });
    expect(unnamed.units.map((u) => u.name)).toEqual(["An Đông", "Xã Đông Sơn", "Xã Đông Hải"]);
  } finally {
    UNIT_MERGERS.splice(UNIT_MERGERS.length - lines.length, lines.length);
  }
});
