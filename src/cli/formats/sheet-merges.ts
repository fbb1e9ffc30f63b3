// A worksheet's merged areas as the sheet reader keeps them: each <mergeCell ref="B3:D4"> read as an area, and
// the values some writers leave under a merged area's other cells dropped, as Excel shows them.
import { cellRefNumbers } from "../../core/address";
import type { SparseSheet } from "../../core/input/sparse-sheet";

/** "B3:D4" (or "B3") → a merge area; null when unreadable. */
export function parseArea(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.replace(/\$/g, "").trim().split(":");
  const p = cellRefNumbers(a);
  const q = cellRefNumbers(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** Excel keeps a merged area's value at its top-left cell; values some writers leave under the rest are not shown. */
export function dropMergedCopies(sheet: SparseSheet): void {
  for (const m of sheet.merges) {
    for (const e of sheet.within(m.top, m.left, m.bottom, m.right)) {
      if (e.row !== m.top || e.col !== m.left) sheet.delete(e.row, e.col);
    }
  }
}
