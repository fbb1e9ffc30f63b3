// When a workbook holds no history yet (no history sheet, no dated sheets, no "trong ngày" column), today's
// records are the gathered snapshot as they are, without keying each record, provided no two can share a key
// (gather.ts). Compared with the general merge on generated tables: units one tone mark apart, the same name
// twice, a name in capitals or with the old tone placement, with and without its kind word or its marks;
// measures worded two ways for one meaning; units without a result. Tables where two keys meet must take the
// merge, and still give what it gives.
import { gatherHistory, mergeRecordLists, recordsFromTable } from "../../src/core/history";
import { historyUnitKeys, forgetHistoryUnitKeys } from "../../src/core/history/unit-keys";
import type { Grid, Measure, QuotaTable, UnitRow } from "../../src/core/types";
import { makeRng, type Rng } from "../../scripts/corpus/prng";

const DAY = 45550;
const PLACES = ["Tân Hòa", "Tân Hóa", "An Bình", "Bình Minh", "Đông Thái", "Hòa Lạc", "Kim Sơn", "Lê Lợi"];
/** A place written as another unit of the same table might write it: some of these share a unit's key. */
const SPELLINGS: ((name: string) => string)[] = [
  (n) => n, (n) => `Xã ${n}`, (n) => `Phường ${n}`, (n) => n.toUpperCase(), (n) => n.replace("Hòa", "Hoà"),
  (n) => n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D"), (n) => `  ${n} `,
];
const MEASURE_LABELS = [["Thu nhận hồ sơ CCCD", "Thu nhận CCCD"], ["Đã cấp CCCD", "Cấp CCCD"], ["Kích hoạt tài khoản", "Đã kích hoạt"]];

function generatedTable(rng: Rng, distinct: boolean): QuotaTable {
  const measures: Measure[] = [];
  const meanings = rng.shuffle(MEASURE_LABELS).slice(0, rng.int(1, 3));
  meanings.forEach((words, i) => measures.push({ id: `m${i + 1}`, label: words[0], columns: { target: 3 + 2 * i, done: 4 + 2 * i } }));
  // One meaning worded twice in one table (two measures of one identity).
  if (!distinct && rng.chance(0.3)) measures.push({ id: `m${measures.length + 1}`, label: meanings[0][1], columns: { target: 20, done: 21 } });
  const names = new Set<string>();
  const count = rng.int(0, 60);
  for (let i = 0; i < count; i++) names.add(`Xã Số ${i + 1}`);
  for (const place of rng.shuffle(PLACES).slice(0, rng.int(0, PLACES.length))) {
    names.add(distinct ? place : rng.pick(SPELLINGS)(place));
    if (!distinct && rng.chance(0.4)) names.add(rng.pick(SPELLINGS)(place));
  }
  const list = [...names];
  // The same name twice.
  if (!distinct && list.length > 0 && rng.chance(0.3)) list.push(rng.pick(list));
  const units: UnitRow[] = rng.shuffle(list).map((name, i) => ({
    name, row: 4 + i,
    values: Object.fromEntries(measures.map((m) => [m.id, { target: 100, done: rng.chance(0.1) ? null : rng.int(0, 100), remaining: null, rate: null, daily: null }])),
  }));
  return { sheet: "BC", headerRows: [3], unitCol: 2, indexCol: 1, measures, units, totals: [], subtotals: [], firstRow: 4, lastRow: 4 + units.length, diagnostics: [], warnings: [] };
}

const grid = (table: QuotaTable): Grid => ({ sheet: table.sheet, origin: { row: 1, col: 1 }, values: [], merges: [], hiddenRows: [], hiddenCols: [] });

function merged(table: QuotaTable) {
  forgetHistoryUnitKeys();
  const records = mergeRecordLists([[], [], [], recordsFromTable(table, DAY)], historyUnitKeys(table.units.map((u) => u.name)).keyFor);
  forgetHistoryUnitKeys();
  return records;
}

describe("today's records alone are the snapshot the merge would make", () => {
  test("generated tables, with and without names or measures that share a key", () => {
    const rng = makeRng(51);
    let changedByMerge = 0;
    for (let i = 0; i < 500; i++) {
      const table = generatedTable(rng, rng.chance(0.4));
      const expected = merged(table);
      const gathered = gatherHistory({ grid: grid(table), table, sheets: [{ name: table.sheet, grid: grid(table), table }], dated: [], asOf: DAY, lang: "vi" });
      forgetHistoryUnitKeys();
      expect(gathered.snapshot).toEqual(expected);
      expect(gathered.records).toEqual([]);
      if (expected.length !== recordsFromTable(table, DAY).length) changedByMerge++;
    }
    // Tables where the merge keeps one record of two met often enough for the comparison to mean something.
    expect(changedByMerge).toBeGreaterThan(50);
  });
});
