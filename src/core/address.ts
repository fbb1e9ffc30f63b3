// A1-style addresses and sheet names, the way a clerk finds a cell in Excel: one home for every face. Writing
// ("C7", "A1:J30") and reading ("$B$3", "'Báo cáo'!A1:H16") the same letters, and Excel's own rules for a sheet's
// name (compared without case; at most 31 characters; a new one never takes an existing name).
import type { MergeArea } from "./types";

/** Excel's last row and column, for whole-row ("3:5") and whole-column ("B:D") references. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** Column number (1-based) to letters: 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  // The first columns' letters are made once: a report writes a dozen addresses per row of a province's table.
  if (col >= 1 && col < FIRST_COLUMNS && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

const FIRST_COLUMNS = 128;
const LETTERS: string[] = [];

function lettersOf(col: number): string {
  let n = Math.floor(col);
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column letters to their number: "A" → 1, "ab" → 28; null when the text is not one to three letters A–Z. */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COL ? n : null;
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

/** An address without its sheet part ("'Báo cáo'!$A$1" → "A1"): Excel puts the sheet before the last "!". */
function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
}

/** "C7", "$C$7", "Sheet1!C7" → { row: 7, col: 3 }; null when it is not one cell. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(withoutSheet(address));
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  return col === null || row < 1 || row > MAX_ROW ? null : { row, col };
}

/**
 * "AB12" → [12, 28] by char codes, without a regex or a string per part: the streaming reader's path for every
 * cell of a province's sheet. Null when it is no cell reference within Excel's grid.
 */
export function cellRefNumbers(ref: string): [row: number, col: number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROW && col <= MAX_COL ? [row, col] : null;
}

/**
 * A cell reference inside a longer text (text[start, end)), packed as row × width + col, without a string or an
 * array: the streaming reader's path for every cell of a province's sheet. -1 when it is no cell within Excel's
 * grid; -2 when its digits are not plain ("B 17", "B1e3"), for cellRefNumbers to read as Number() does.
 */
export function packedCellRef(text: string, start: number, end: number, width: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === start || i === end) return -1;
  let row = 0;
  for (let k = i; k < end; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -2;
    row = row * 10 + d;
  }
  return row >= 1 && row <= MAX_ROW && col <= MAX_COL ? row * width + col : -1;
}

/** One end of a range: a cell, a whole row ("3") or a whole column ("B"). */
function rangeEnd(ref: string, side: "start" | "end"): { row: number; col: number } | null {
  const m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(ref);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnNumber(m[1]) : side === "start" ? 1 : MAX_COL;
  const row = m[2] ? Number(m[2]) : side === "start" ? 1 : MAX_ROW;
  return col === null || row < 1 || row > MAX_ROW ? null : { row, col };
}

/**
 * "B3:F20", "'Sheet 1'!$B$3:$F$20", "B3" (one cell), "3:5" (whole rows), "B:D" (whole columns) → the area, its
 * corners in order; null when the text is no range.
 */
export function parseRangeAddress(address: string): MergeArea | null {
  const parts = withoutSheet(address).split(":");
  if (parts.length > 2) return null;
  const a = rangeEnd(parts[0], "start");
  const b = rangeEnd(parts[1] ?? parts[0], "end");
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/**
 * What Excel compares when it refuses a second sheet of the same name: case does not count ("BÁO CÁO" = "Báo cáo").
 * Composed and decomposed accents are taken as one (NFC), so a name is never thought free when it only looks new.
 */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** True when Excel would take the two names for the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** Excel's rules: at most 31 characters, none of \ / ? * [ ] :, not starting or ending with an apostrophe. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN_IN_SHEET_NAME, "-").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trim();
}

/**
 * A sheet name no existing sheet has, so nothing is ever overwritten: the wanted one made safe ("Báo cáo
 * 15-09-2024"), else "… (2)", "… (3)", shortened to stay within 31 characters.
 */
export function freshSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(sheetNameKey));
  const stem = safeSheetName(wanted);
  if (!taken.has(sheetNameKey(stem))) return stem;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = stem.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/**
 * A table name Excel accepts (letters, digits, "_" and "."; starting with a letter or "_"; not like "A1" or
 * "R1C1") that no table or defined name in `taken` has, case aside (table names are workbook-wide): the wanted
 * name, else "…_2", "…_3".
 */
export function freshTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  let base = wanted.normalize("NFC").replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/^[^\p{L}_]/u, "_$&").slice(0, 200) || "Table";
  if (/^[A-Za-z]{1,3}\d+$|^[RrCc]\d*([Cc]\d*)?$/.test(base)) base = `_${base}`;
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
