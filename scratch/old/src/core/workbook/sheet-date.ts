// The day a sheet holds: from its name, else from its title lines; the year from elsewhere when it has none.
import { serialFromYMD } from "../dates";
import type { DaySerial, Grid } from "../types";
import { type DatePattern, NOT_A_DATA_DATE, SHEET_NAME_DATES, TITLE_DATES } from "./date-words";

/** A day and month, with the year when the text gave one. */
export interface PartialDate {
  day: number;
  month: number;
  year: number | null;
}

/** Lower case, no diacritics, single spaces; date separators kept and tightened ("15 / 9" → "15/9"). */
function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐÐð]/g, "d").toLowerCase()
    .replace(/\s+/g, " ").replace(/\s*([/.-])\s*/g, "$1").trim();
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function matchFirst(text: string, patterns: readonly DatePattern[]): PartialDate | null {
  for (const p of patterns) {
    const m = p.pattern.exec(text);
    if (!m) continue;
    const day = Number(m[p.day]);
    const month = Number(m[p.month]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    return { day, month, year: p.year ? fullYear(m[p.year]) : null };
  }
  return null;
}

/** "13-9", "15.9", "Ngay 15-9", "15-9-2024", "T9-15" → the date; a name that is not a date → null. */
export function dateFromSheetName(name: string): PartialDate | null {
  return matchFirst(fold(name), SHEET_NAME_DATES);
}

/** Rows looked at for a title: those above the table, at most this many. */
const TITLE_ROWS = 10;

/** Text cells of the first rows (the title block), in order. */
export function titleTexts(grid: Grid, lastRow?: number): string[] {
  const rows = Math.min(grid.values.length, lastRow === undefined ? TITLE_ROWS : Math.max(0, lastRow - grid.origin.row), TITLE_ROWS);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) for (const v of grid.values[r] ?? []) if (typeof v === "string" && v.trim()) out.push(v);
  return out;
}

/** "BÁO CÁO … NGÀY 15/9/2024", "tính đến ngày 15/9": the data date of a title line, or null. */
export function dateFromTitle(texts: string[]): PartialDate | null {
  for (const text of texts) {
    const folded = fold(text);
    if (NOT_A_DATA_DATE.some((re) => re.test(folded))) continue;
    const found = matchFirst(folded, TITLE_DATES);
    if (found) return found;
  }
  return null;
}

/** Every full date (with a year) written in the texts: the campaign period, a document's date… */
export function yearsSeen(texts: string[]): DaySerial[] {
  const out: DaySerial[] = [];
  const re = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      const s = serialFromYMD(Number(m[3]), Number(m[2]), Number(m[1]));
      if (s !== null) out.push(s);
    }
  }
  return out;
}

/**
 * A day without a year gets the year that puts it nearest the dates seen elsewhere in the workbook (a campaign
 * from 01/12/2024 to 28/02/2025 dates "15-1" in 2025); the fallback year when nothing was seen.
 */
export function completeDate(d: PartialDate, seen: DaySerial[], fallbackYear: number | null): { serial: DaySerial | null; yearFrom: "name" | "workbook" | "fallback" | null } {
  if (d.year !== null) return { serial: serialFromYMD(d.year, d.month, d.day), yearFrom: "name" };
  if (seen.length > 0) {
    const min = Math.min(...seen);
    const max = Math.max(...seen);
    let best: DaySerial | null = null;
    let bestDistance = Infinity;
    const years = new Set(seen.map((s) => new Date(Date.UTC(1899, 11, 30 + s)).getUTCFullYear()));
    for (const y of [...years].flatMap((y) => [y - 1, y, y + 1])) {
      const s = serialFromYMD(y, d.month, d.day);
      if (s === null) continue;
      const distance = s < min ? min - s : s > max ? s - max : 0;
      if (distance < bestDistance) {
        best = s;
        bestDistance = distance;
      }
    }
    if (best !== null) return { serial: best, yearFrom: "workbook" };
  }
  if (fallbackYear !== null) return { serial: serialFromYMD(fallbackYear, d.month, d.day), yearFrom: "fallback" };
  return { serial: null, yearFrom: null };
}
