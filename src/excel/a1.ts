// A1-style addresses as Office.js returns them ("Sheet1!B3:F20", "'Báo cáo'!A1") to 1-based numbers. Writing
// addresses is src/core/address (cellAddress, rangeAddress, columnLetters), shared with the other faces.
import type { MergeArea } from "../core/types";

export type Area = MergeArea;

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}


/** An address without its sheet part; Excel puts the sheet before the last "!". */
function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
}

/** "Sheet1!B3:F20" → { top: 3, left: 2, bottom: 20, right: 6 }. Whole rows ("3:5") and columns ("B:D") too. */
export function parseArea(address: string): Area {
  const [a, b = a] = stripSheet(address).split(":");
  const start = parseCell(a, "start");
  const end = parseCell(b, "end");
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

// Excel's limits, for whole-row / whole-column references.
const MAX_ROW = 1048576;
const MAX_COL = 16384;

function parseCell(ref: string, side: "start" | "end"): { row: number; col: number } {
  const m = /^([A-Za-z]*)(\d*)$/.exec(ref);
  if (!m || (!m[1] && !m[2])) throw new Error(`Not an A1 reference: ${ref}`);
  const col = m[1] ? columnNumber(m[1]) : side === "start" ? 1 : MAX_COL;
  const row = m[2] ? Number(m[2]) : side === "start" ? 1 : MAX_ROW;
  return { row, col };
}

/** A list of areas as RangeAreas.address gives it ("Sheet1!A1:B2, Sheet1!D4"). */
export function parseAreas(address: string | null | undefined): Area[] {
  if (!address) return [];
  // Sheet names may hold commas only when quoted; split on commas outside quotes.
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => parseArea(p));
}

/** 'Lịch sử tiến độ'!A1:E241: an address with its sheet (TableCollection.add resolves one without it against the active sheet). */
export function onSheet(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
