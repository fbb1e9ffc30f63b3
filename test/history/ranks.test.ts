// Ranks of a province's units (ranksOf sorts places, not objects): ties share the rank of the first of them and
// the next rank counts every unit above, whatever order the units come in; a unit without a figure gets none.
import { ranksOf } from "../../src/core/history/figures";

test("three tied at the top, one, then two tied: ranks 1, 4, 5, in any order, blanks and non-figures aside", () => {
  // [value, rank expected]: made by hand from the groups (3 × 0.9, 1 × 0.5, 2 × 0.2).
  const made: [number | null, number | null][] = [
    [0.2, 5], [0.9, 1], [null, null], [0.5, 4], [0.9, 1], [NaN, null], [0.2, 5], [0.9, 1], [Infinity, null],
  ];
  expect(ranksOf(made.map((m) => m[0]))).toEqual(made.map((m) => m[1]));
  const reversed = [...made].reverse();
  expect(ranksOf(reversed.map((m) => m[0]))).toEqual(reversed.map((m) => m[1]));
});

test("ten thousand units with every figure twice: each pair shares a rank, the next pair's is two lower", () => {
  const n = 5000;
  // Unit k and k + n have figure (n - k) / n: the pair ranked p-th from the top has ranks 2p - 1.
  const values = Array.from({ length: 2 * n }, (_, i) => (n - (i % n)) / n);
  const ranks = ranksOf(values);
  expect(ranks).toEqual(Array.from({ length: 2 * n }, (_, i) => 2 * (i % n) + 1));
});
