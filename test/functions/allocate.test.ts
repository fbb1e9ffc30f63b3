// =CT.ALLOCATE(total, weights, [minimum]) as Excel calls it: a range in, the same shape out, adding up exactly.
import { ALLOCATE } from "../../src/functions/functions";
import { FallbackFunctionError } from "../../src/functions/errors";
import { TABLE2 } from "../../scripts/fixtures/domain-tables";

test("An Dương's 0–6 column, daily over 9 days: 1,829 given out over the column adds up to 1,829", () => {
  const column = TABLE2.map(([, young]) => [young]);
  const out = ALLOCATE([[1829]], column) as number[][];
  expect(out).toHaveLength(16);
  expect(out.flat().reduce((s, x) => s + x, 0)).toBe(1829);
  out.forEach((row, i) => expect(Math.abs(row[0] - (1829 * column[i][0]) / 16460)).toBeLessThan(1));
});

test("text figures, blanks kept blank, a minimum", () => {
  expect(ALLOCATE([["10"]], [["2"], [null], ["99"], ["99"]], [[2]])).toEqual([[2], [""], [4], [4]]);
});

test("a total that is not whole: #VALUE! naming the total in Vietnamese", () => {
  let error: unknown;
  try {
    ALLOCATE([[10.5]], [[1], [2]]);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(FallbackFunctionError);
  expect((error as FallbackFunctionError).message).toContain("tổng chỉ tiêu");
});
