// A1-style addresses, the way a clerk finds a cell in Excel: one home for every face.
import type { MergeArea } from "./types";

/** Column number (1-based) to letters: 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let n = Math.floor(col);
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Absolute 1-based row and column to "C7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** An area to "A1:J30" ("B3" for one cell): for writers and messages. */
export function rangeAddress(area: MergeArea): string {
  const a = cellAddress(area.top, area.left);
  const b = cellAddress(area.bottom, area.right);
  return a === b ? a : `${a}:${b}`;
}
