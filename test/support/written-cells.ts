// What the Office.js adapter wrote, read back from the stand-in Excel's record (test/excel/mock/record.ts) cell by cell.
import { parseArea } from "../../src/excel/a1";
import type { RecordedSheet } from "../excel/mock/record";

/** A cell as the adapter wrote it (the formulas arrays of the recorded ranges), or undefined. */
export function written(sheet: RecordedSheet, row: number, col: number): unknown {
  for (const r of sheet.ranges) {
    if (!r.formulas) continue;
    const a = parseArea(r.address);
    if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return r.formulas[row - a.top][col - a.left];
  }
  return undefined;
}
