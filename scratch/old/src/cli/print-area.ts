// The print area of a sheet as exceljs holds it ("A1:H16", "$A$1:$H$16", "'Sheet'!A1:H16", several joined
// by "&&"), as a range the engine understands: null when the sheet has none.
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/report/model";

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The sheet's print area (the first one when there are several; their union is rare), or null when none. */
export function printAreaOf(ws: ExcelJS.Worksheet): CellRange | null {
  const text = ws.pageSetup?.printArea;
  if (typeof text !== "string" || text.trim() === "") return null;
  const first = text.split("&&")[0].replace(/^.*!/, "").replace(/\$/g, "");
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(first.trim());
  if (!m) return null;
  const a = { row: Number(m[2]), col: columnNumber(m[1]) };
  const b = m[3] ? { row: Number(m[4]), col: columnNumber(m[3]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
