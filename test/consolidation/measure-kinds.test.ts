// "Cấp mới", "Cấp đổi" and "Cấp lại" CCCD are three measures with targets of their own: their words are
// dressing elsewhere ("còn lại", "đối tượng"), so without the kinds table they were one key, and a report with
// only "Cấp đổi" had its figures put in the plan's "Cấp mới" column.
import { matchMeasures } from "../../src/core/consolidation/measures";
import { measureIdentityKey } from "../../src/core/vocabulary/measure-identity";

const KINDS = [
  ["Cấp mới CCCD", "Đã cấp mới CCCD", "CAP MOI CAN CUOC"],
  ["Cấp đổi CCCD", "Đã cấp đổi CCCD", "Đổi thẻ CCCD"],
  ["Cấp lại CCCD", "Đã cấp lại CCCD", "cap lai the can cuoc"],
];

test("each kind of issuing is one measure however it is worded, and never another kind", () => {
  const keys = KINDS.map((wordings) => new Set(wordings.map(measureIdentityKey)));
  for (const k of keys) expect(k.size).toBe(1);
  expect(new Set(keys.map((k) => [...k][0])).size).toBe(3);
  // "Còn lại" is the remaining column, not a reissue: it stays the plain card measure.
  expect(measureIdentityKey("Cấp CCCD › Còn lại")).toBe(measureIdentityKey("Cấp CCCD"));
});

test("a report with only 'Cấp đổi' fills the plan's 'Cấp đổi', not its first card measure", () => {
  const plan = { label: "ke-hoach.xlsx", measures: [
    { id: "m1", label: "Cấp mới CCCD", columns: { target: 3 } },
    { id: "m2", label: "Cấp đổi CCCD", columns: { target: 4 } },
  ] };
  const report = { label: "xa-an-binh.xlsx", measures: [{ id: "r1", label: "Đã cấp đổi CCCD", columns: { done: 3 } }] };
  const match = matchMeasures([plan, report], 1);
  expect(match.local[1].get("r1")).toBe(match.local[0].get("m2"));
  expect(match.extra).toEqual([]);
});
