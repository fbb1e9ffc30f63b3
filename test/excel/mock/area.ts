// Rectangles of the grid as the stand-in Excel compares them (1-based rows and columns, as src/excel/a1.ts parses them).
import type { Area } from "../../../src/excel/a1";
import { cellAddress } from "../../../src/core/address";

export const overlap = (a: Area, b: Area) => a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
export const inside = (r: number, c: number, a: Area) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
/** "B2:D9", always with both corners (Excel's own addresses do, even for one cell). */
export const areaA1 = (a: Area) => `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
