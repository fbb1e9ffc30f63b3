// The unit keys are kept per name as typed (history keys every record by them): a kept key must be the key of
// that very name, never of a name met earlier that folds alike.
import { unitBareKey, unitNameKey } from "../../../src/core/units/unit-key";
import { mergeRecordLists } from "../../../src/core/history/import";
import type { HistoryRecord } from "../../../src/core/history/types";
import { historyUnitKeys } from "../../../src/core/history/unit-keys";

/** Today's table: the units the records are matched to. */
const TODAY = historyUnitKeys(["Xã An Bình", "Xã An Phú"]);

describe("keys kept per name", () => {
  test("a tone-mark pair: one bare key, two name keys, whichever is asked first and however often", () => {
    for (let round = 0; round < 2; round++) {
      expect(unitBareKey("Xã Tân Hóa")).toBe("tan hoa");
      expect(unitBareKey("Xã Tân Hòa")).toBe("tan hoa");
      // The tone placement is unified (hóa = hoá), the tone itself never (hóa ≠ hòa).
      expect(unitNameKey("Xã Tân Hóa")).toBe(unitNameKey("Tân Hoá"));
      expect(unitNameKey("Xã Tân Hòa")).toBe(unitNameKey("Tân Hoà"));
      expect(unitNameKey("Xã Tân Hóa")).not.toBe(unitNameKey("Xã Tân Hòa"));
    }
  });
  test("the old and new tone placement stay one name", () => {
    expect(unitNameKey("Xã Hoà Bình")).toBe(unitNameKey("Hòa Bình"));
    expect(unitBareKey("Xã Hoà Bình")).toBe("hoa binh");
  });
});

describe("merged records come in day order", () => {
  const rec = (day: number, unit: string, done: number): HistoryRecord => ({ day, unit, measure: "Thu nhận CCCD", target: 100, done });
  test("lists already in day order keep their order; a later list's earlier day is sorted in, ties as they came", () => {
    const inOrder = mergeRecordLists([[rec(1, "An Bình", 1), rec(1, "An Phú", 2), rec(2, "An Bình", 3)]], TODAY.keyOf);
    expect(inOrder.map((r) => [r.day, r.unit])).toEqual([[1, "An Bình"], [1, "An Phú"], [2, "An Bình"]]);
    const late = mergeRecordLists([[rec(3, "An Bình", 5), rec(3, "An Phú", 6)], [rec(2, "An Phú", 4), rec(2, "An Bình", 3)]], TODAY.keyOf);
    expect(late.map((r) => [r.day, r.unit])).toEqual([[2, "An Phú"], [2, "An Bình"], [3, "An Bình"], [3, "An Phú"]]);
  });
  test("a newer record of the same day, unit and measure takes the older one's place; another day stays", () => {
    const merged = mergeRecordLists([
      [rec(1, "Xã An Bình", 1), rec(1, "Xã An Phú", 2), rec(2, "Xã An Bình", 3)],
      [rec(1, "An Bình", 9)],
    ], TODAY.keyOf);
    expect(merged.map((r) => [r.day, r.unit, r.done])).toEqual([[1, "An Bình", 9], [1, "Xã An Phú", 2], [2, "Xã An Bình", 3]]);
  });
});
