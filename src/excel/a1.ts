// A1-style addresses as Office.js returns them ("Sheet1!B3:F20", "'Báo cáo'!A1") to 1-based numbers. Writing
// addresses is src/core/address (cellAddress, rangeAddress, columnLetters), shared with the other faces.
import type { MergeArea } from "../core/types";
import { parseRangeAddress } from "../core/address";

export type Area = MergeArea;

/** "Sheet1!B3:F20" → { top: 3, left: 2, bottom: 20, right: 6 }. Whole rows ("3:5") and columns ("B:D") too. */
export function parseArea(address: string): Area {
  const area = parseRangeAddress(address);
  // Office.js hands back only addresses it made; one it could not have made is a bug, not the clerk's input.
  if (!area) throw new Error(`Not an A1 reference: ${address}`);
  return area;
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
