// A shared formula, written once on its first cell, read as Excel reads it in another cell of its range: relative
// references move by the offset, $-anchored parts stay, function names and sheet names are left alone.
import { slideFormula } from "../../../src/cli/formats/shared-formula";

test.each([
  ["relative references move by rows and columns", "D7/E7", [7, 8], [9, 8], "D9/E9"],
  ["a column to the right", "C7+D7", [7, 5], [7, 6], "D7+E7"],
  ["$-anchored parts stay", "$C$4*D7+C$4+$C7", [7, 4], [10, 6], "$C$4*F10+E$4+$C10"],
  ["a range's both ends", "SUM(C7:C22)", [23, 3], [23, 5], "SUM(E7:E22)"],
  ["a sheet-qualified reference keeps its sheet", "Data!B2*2", [3, 1], [5, 1], "Data!B4*2"],
  ["function names that look like cells are not references", "ROUND(LOG10(D7),2)", [7, 8], [8, 8], "ROUND(LOG10(D8),2)"],
  ["a name past column XFD is not a reference", "ABCD1+A1", [1, 1], [2, 1], "ABCD1+A2"],
] as const)("%s", (_what, formula, from, to, expected) => {
  expect(slideFormula(formula, from[0], from[1], to[0], to[1])).toBe(expected);
});
