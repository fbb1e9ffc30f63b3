// A clerk's sheet as Excel would show it to the adapter, built from a sheet of a real .xlsx (the corpora's files).
import { cellAddress } from "../../../src/core/address";
import type { Grid } from "../../../src/core/types";
import { typeOf, type SourceSheet } from "./source";

/**
 * A source sheet as Excel would show it to the adapter, from a Grid read from a real .xlsx: the used range
 * trimmed to the filled cells, errors as Error values, merges and hidden rows as Excel's area lists.
 * null when the sheet has no value at all (Excel's used range is then a null object).
 */
export function sourceSheetFromGrid(grid: Grid, existingSheets: string[] = []): SourceSheet | null {
  const filled = (v: unknown) => v !== null && v !== undefined && v !== "";
  let top = Infinity, bottom = -Infinity, left = Infinity, right = -Infinity;
  grid.values.forEach((line, i) => line.forEach((v, j) => {
    if (!filled(v)) return;
    top = Math.min(top, i); bottom = Math.max(bottom, i); left = Math.min(left, j); right = Math.max(right, j);
  }));
  if (top === Infinity) return null;
  const values: (string | number | boolean | null)[][] = [];
  const valueTypes: string[][] = [];
  for (let i = top; i <= bottom; i++) {
    const line: (string | number | boolean | null)[] = [];
    const types: string[] = [];
    for (let j = left; j <= right; j++) {
      const v = grid.values[i]?.[j] ?? null;
      if (v !== null && typeof v === "object") { line.push(v.error); types.push("Error"); }
      else { line.push(v); types.push(typeOf(v)); }
    }
    values.push(line);
    valueTypes.push(types);
  }
  const origin = { row: grid.origin.row + top, col: grid.origin.col + left };
  const last = { row: grid.origin.row + bottom, col: grid.origin.col + right };
  const area = (r1: number, c1: number, r2: number, c2: number) => `${grid.sheet}!${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;
  const merged = grid.merges.map((m) => area(m.top, m.left, m.bottom, m.right)).join(", ");
  // Visible cells: runs of rows that are not hidden, across every column of the used range.
  const hidden = new Set(grid.hiddenRows);
  const runs: string[] = [];
  for (let r = origin.row; r <= last.row; r++) {
    if (hidden.has(r)) continue;
    let end = r;
    while (end + 1 <= last.row && !hidden.has(end + 1)) end++;
    runs.push(area(r, origin.col, end, last.col));
    r = end;
  }
  return { name: grid.sheet, origin, values, valueTypes, merged, visible: runs.join(", "), existingSheets };
}
