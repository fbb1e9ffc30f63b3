// Days as Excel serial numbers (days since 1899-12-30), read from serials, JS dates and day-first text.
// All arithmetic is on integers from the proleptic Gregorian calendar: no Date maths, no timezone drift.
import type { CellValue, DaySerial, Lang } from "./types";
import { normalizeText } from "./text";

/** Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Serial of 1970-01-01: 25569. */
const UNIX_EPOCH_SERIAL = 25569;
/** Excel's last date, 31/12/9999. */
const MAX_SERIAL = 2958465;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** The serial of a day, or null when the day does not exist (31/2/2024) or is outside 1900…9999. */
export function serialFromYMD(y: number, m: number, d: number): DaySerial | null {
  if (![y, m, d].every(Number.isInteger)) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d) + UNIX_EPOCH_SERIAL;
}

/** Year, month (1–12) and day of a serial (Hinnant's civil_from_days). */
export function ymdFromSerial(s: DaySerial): { y: number; m: number; d: number } {
  const z = Math.floor(s) - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2024-08-21". */
export function isoDate(s: DaySerial): string {
  const { y, m, d } = ymdFromSerial(s);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** "21/08/2024": day first in both languages, as the offices write it. */
export function formatDate(s: DaySerial, _lang: Lang): string {
  const { y, m, d } = ymdFromSerial(s);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** 0 = Sunday … 6 = Saturday. Serial 0 (30/12/1899) was a Saturday. */
export function weekdayOf(s: DaySerial): number {
  return (((Math.floor(s) + 6) % 7) + 7) % 7;
}

/** Today as the office's clock says it (local date), as a serial. */
export function todaySerial(now: Date = new Date()): DaySerial {
  return serialFromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate()) as DaySerial;
}

/**
 * A text folded for reading dates: the one normaliser (lower case, no diacritics, words and figures only),
 * with a date's own separators kept as "x" so that "21/8/2024" stays one token ("21x8x2024") and is never
 * confused with three figures: "Số liệu đến 17h00 ngày 15/09/2024" → "so lieu den 17h00 ngay 15x09x2024".
 */
export function foldDateText(text: string): string {
  // "21 / 8 / 2024" keeps its spaces around slashes; a dash or dot with spaces is a range ("21/8 - 29/8"), not a date.
  return normalizeText(String(text).replace(/(\d)(?:[ \u00A0]*\/[ \u00A0]*|[.-])(?=\d)/g, "$1x"));
}

/**
 * A day in folded text: "21x8x2024", "21x8" (no year), "2024x08x21", "15 thang 04 nam 2024", "15 thang 4".
 * Written as a regex source without capturing groups, so that phrase patterns can embed it.
 */
export const DATE_SOURCE =
  "(?<![a-z0-9%])(?:\\d{4}x\\d{1,2}x\\d{1,2}|\\d{1,2}x\\d{1,2}(?:x(?:\\d{4}|\\d{2}))?|\\d{1,2} thang \\d{1,2}(?: (?:nam )?\\d{4})?)(?![a-z0-9%])";

/** Day, month and year (null when the text leaves it out) of a date matched by DATE_SOURCE. */
export interface DayParts {
  d: number;
  m: number;
  y: number | null;
}

export function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

export function dayParts(token: string): DayParts {
  const n = token.split(/x| thang | nam | /).filter((p) => p !== "");
  if (n[0].length === 4) return { y: Number(n[0]), m: Number(n[1]), d: Number(n[2]) };
  return { d: Number(n[0]), m: Number(n[1]), y: n[2] === undefined ? null : fullYear(n[2]) };
}

/** The serial of day parts, in `year` when the parts have none; null for a day that does not exist. */
export function serialOfParts(p: DayParts, year: number | null = null): DaySerial | null {
  const y = p.y ?? year;
  return y === null ? null : serialFromYMD(y, p.m, p.d);
}

const WHOLE_DATE = new RegExp(`^(?:ngay )?(${DATE_SOURCE})$`);
const ANY_DATE = new RegExp(DATE_SOURCE, "g");

/**
 * A cell's text as a day, when the whole text is one date (optionally "ngày …"): "21/8/2024",
 * "21-08-2024", "1.7.2023", "2024-08-21", "ngày 14 tháng 6 năm 2023", "14 tháng 6, 2023". Else null.
 */
export function parseDayText(text: string): DaySerial | null {
  const m = WHOLE_DATE.exec(foldDateText(text));
  return m ? serialOfParts(dayParts(m[1])) : null;
}

/** Every full date written in a longer text ("Từ 21/8/2024 đến 29/8/2024"), in order; invalid ones skipped. */
export function findDatesInText(text: string): DaySerial[] {
  const out: DaySerial[] = [];
  for (const m of foldDateText(text).matchAll(ANY_DATE)) {
    const s = serialOfParts(dayParts(m[0]));
    if (s !== null) out.push(s);
  }
  return out;
}

/**
 * A cell (or a JS date) as a day. Serials with a time of day keep the day. A Date exactly at UTC midnight
 * (how exceljs hands dates over) is read in UTC, any other Date by the local clock.
 */
export function toDaySerial(v: CellValue | Date | undefined): DaySerial | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const utcMidnight = v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0 && v.getUTCMilliseconds() === 0;
    return utcMidnight
      ? serialFromYMD(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate())
      : serialFromYMD(v.getFullYear(), v.getMonth() + 1, v.getDate());
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v >= MAX_SERIAL + 1) return null;
    return Math.floor(v);
  }
  if (typeof v === "string") return parseDayText(v);
  return null;
}
