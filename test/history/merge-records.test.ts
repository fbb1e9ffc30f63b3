// The merge of history sources keys records by day, measure (its meaning, not its wording) and unit (which of
// today's units the name stands for). It numbers units and looks a day's places up once per run of records of one
// day and measure; these cases are made so that both shortcuts meet what real workbooks hold: lists grouped by
// day and measure, lists that change measure on every record, days out of order, names written another way,
// communes one tone mark apart, and names that stand for no unit.
import { mergeRecordLists } from "../../src/core/history/import";
import { groupSeries, indexSeries } from "../../src/core/history/series";
import { historyUnitKeys } from "../../src/core/history/unit-keys";
import type { HistoryRecord } from "../../src/core/history/types";

const DAYS = [45550, 45551, 45552];
// Two wordings of each measure: the later sources write them another way (measure-identity.ts makes them one).
const MEASURES = [["Thu nhận hồ sơ CCCD", "Thu nhận CCCD"], ["Đã cấp CCCD", "Cấp CCCD"]];
// Today's units: many plain communes, and a tone pair that must stay two.
const UNITS = [...Array.from({ length: 240 }, (_, i) => `Xã Bình Minh ${i + 1}`), "Xã Tân Hòa", "Xã Tân Hóa"];
/** How a later source writes a unit: without the kind word, capitals, the old tone placement. */
const otherSpelling = (name: string) => name.replace(/^Xã /, "").replace("Hòa", "Hoà").toUpperCase();

const rec = (day: number, unit: string, measure: string, done: number): HistoryRecord => ({ day, unit, measure, target: 1000, done });
const base = (d: number, m: number, u: number) => 10 * d + m + 100 * u;

/** The day sheets: day by day, measure by measure, unit by unit (the order a sheet gives them). */
function daySheets(): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (const [d, day] of DAYS.entries()) for (const [m, words] of MEASURES.entries()) UNITS.forEach((u, i) => out.push(rec(day, u, words[0], base(d, m, i))));
  return out;
}

/** A later source: every third unit again, measures alternating on every record, the days newest first. */
function laterSource(): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (const [d, day] of [...DAYS.entries()].reverse()) {
    UNITS.forEach((u, i) => {
      if (i % 3 !== 0) return;
      for (const [m, words] of MEASURES.entries()) out.push(rec(day, otherSpelling(u), words[1], base(d, m, i) + 5000));
    });
  }
  return out;
}

test("each day, measure and unit keeps one record: the latest source's, at the first one's place", () => {
  const keys = historyUnitKeys(UNITS);
  const expected: [number, string, number][] = [];
  for (const [d, day] of DAYS.entries()) {
    for (const [m] of MEASURES.entries()) {
      UNITS.forEach((u, i) => expected.push(i % 3 === 0 ? [day, otherSpelling(u), base(d, m, i) + 5000] : [day, u, base(d, m, i)]));
    }
  }
  // The keys as the analysis asks for them (remembered per name) and as the merge does (it remembers them itself).
  for (const keyOf of [keys.keyOf, keys.keyFor]) {
    expect(mergeRecordLists([daySheets(), laterSource()], keyOf).map((r) => [r.day, r.unit, r.done])).toEqual(expected);
  }
});

test("Tân Hòa and Tân Hóa keep a record each on every day, replaced only by their own later figures", () => {
  const keys = historyUnitKeys(UNITS);
  const merged = mergeRecordLists([daySheets(), laterSource()], keys.keyOf);
  const written = ["Xã Tân Hòa", "Xã Tân Hóa", otherSpelling("Xã Tân Hòa"), otherSpelling("Xã Tân Hóa")];
  const pair = merged.filter((r) => written.includes(r.unit) && MEASURES[0].includes(r.measure));
  const hoa = UNITS.indexOf("Xã Tân Hòa");
  const hoaAcute = UNITS.indexOf("Xã Tân Hóa");
  // 240 is a multiple of 3: Tân Hòa (index 240) is written again by the later source, Tân Hóa (241) is not.
  expect(pair.map((r) => [r.day, r.done])).toEqual(DAYS.flatMap((day, d) => [[day, base(d, 0, hoa) + 5000], [day, base(d, 0, hoaAcute)]]));
});

test("names that stand for no unit, or for either of two, keep records of their own", () => {
  const keys = historyUnitKeys(UNITS);
  const day = DAYS[0];
  const merged = mergeRecordLists([
    [rec(day, "Xã Tân Hòa", "Thu nhận CCCD", 1), rec(day, "Xã Tân Hóa", "Thu nhận CCCD", 2)],
    // "Tan Hoa" fits both: it replaces neither; "Xã Mới" is no unit of today's, twice written: one record, the later.
    [rec(day, "Tan Hoa", "Thu nhận CCCD", 3), rec(day, "Xã Mới", "Thu nhận CCCD", 4), rec(day, "xã  mới", "Thu nhận hồ sơ CCCD", 5)],
  ], keys.keyOf);
  expect(merged.map((r) => [r.unit, r.done])).toEqual([["Xã Tân Hòa", 1], ["Xã Tân Hóa", 2], ["Tan Hoa", 3], ["xã  mới", 5]]);
});

test("a measure met again after another keeps its own records (lists not grouped by measure)", () => {
  const keys = historyUnitKeys(["Xã An Bình", "Xã An Phú"]);
  const day = DAYS[1];
  const merged = mergeRecordLists([
    [rec(day, "Xã An Bình", "Thu nhận CCCD", 1), rec(day, "Xã An Bình", "Cấp CCCD", 2), rec(day, "Xã An Phú", "Thu nhận CCCD", 3), rec(day, "Xã An Phú", "Cấp CCCD", 4)],
    [rec(day, "An Phú", "Đã cấp CCCD", 40), rec(day - 1, "An Phú", "Đã cấp CCCD", 39), rec(day, "An Bình", "Thu nhận hồ sơ CCCD", 10)],
  ], keys.keyOf);
  // The earlier day's record goes first (sorted by day); the others keep their places with the later figures.
  expect(merged.map((r) => [r.day, r.unit, r.done])).toEqual([
    [day - 1, "An Phú", 39], [day, "An Bình", 10], [day, "Xã An Bình", 2], [day, "Xã An Phú", 3], [day, "An Phú", 40],
  ]);
});

describe("series of one unit and measure", () => {
  const points = (records: HistoryRecord[]) => [...groupSeries(records, historyUnitKeys(["Xã An Bình", "Xã Tân Hòa", "Xã Tân Hóa"]).keyOf).values()]
    .map((s) => [s.names, s.points.map((p) => [p.day, p.done])]);

  test("records in day order give their points as they are", () => {
    expect(points([rec(1, "Xã An Bình", "Cấp CCCD", 5), rec(2, "An Bình", "Đã cấp CCCD", 7), rec(3, "Xã An Bình", "Cấp CCCD", 9)]))
      .toEqual([[["Xã An Bình", "An Bình"], [[1, 5], [2, 7], [3, 9]]]]);
  });

  test("records out of order, or twice on one day, give one point a day, the later record's, oldest first", () => {
    expect(points([rec(3, "Xã An Bình", "Cấp CCCD", 9), rec(1, "Xã An Bình", "Cấp CCCD", 5), rec(1, "An Bình", "Cấp CCCD", 6)]))
      .toEqual([[["Xã An Bình", "An Bình"], [[1, 6], [3, 9]]]]);
  });

  test("measures alternating on every record, and a tone pair, keep a series each", () => {
    expect(points([
      rec(1, "Xã Tân Hòa", "Cấp CCCD", 1), rec(1, "Xã Tân Hòa", "Thu nhận CCCD", 2), rec(1, "Xã Tân Hóa", "Cấp CCCD", 3),
      rec(2, "Xã Tân Hòa", "Đã cấp CCCD", 4), rec(2, "Tân Hoà", "Thu nhận hồ sơ CCCD", 5), rec(2, "Xã Tân Hóa", "Đã cấp CCCD", 6),
    ])).toEqual([
      [["Xã Tân Hòa"], [[1, 1], [2, 4]]], [["Xã Tân Hòa", "Tân Hoà"], [[1, 2], [2, 5]]], [["Xã Tân Hóa"], [[1, 3], [2, 6]]],
    ]);
  });

  test("series are listed in the order first met, across measures, and found by measure then unit", () => {
    const keys = historyUnitKeys(["Xã An Bình", "Xã Tân Hòa"]);
    const records = [rec(1, "Xã Tân Hòa", "Cấp CCCD", 1), rec(1, "Xã Lạ", "Thu nhận CCCD", 2), rec(2, "Xã An Bình", "Đã cấp CCCD", 3), rec(2, "Xã Tân Hòa", "Thu nhận hồ sơ CCCD", 4)];
    const { byMeasure, all } = indexSeries(records, keys.keyOf);
    expect(all.map((s) => [s.names[0], s.points.map((p) => p.done)])).toEqual([["Xã Tân Hòa", [1]], ["Xã Lạ", [2]], ["Xã An Bình", [3]], ["Xã Tân Hòa", [4]]]);
    expect([...byMeasure.values()].map((m) => [...m.values()].map((s) => s.names[0]))).toEqual([["Xã Tân Hòa", "Xã An Bình"], ["Xã Lạ", "Xã Tân Hòa"]]);
    expect([...groupSeries(records, keys.keyOf).values()]).toEqual(all);
  });
});
