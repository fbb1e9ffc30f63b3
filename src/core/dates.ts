// Days as Excel serial numbers (days since 1899-12-30), read from serials, JS dates and day-first text.
// All arithmetic is on integers from the proleptic Gregorian calendar: no Date maths, no timezone drift.
import type { CellValue, DaySerial, Lang } from "./types";

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

/** Lower case, no diacritics, đ → d: "Ngày 14 Tháng 6" → "ngay 14 thang 6". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

// Day-first numeric dates: 21/8/2024, 21-08-2024, 1.7.2023, 21/08/24.
const DAY_FIRST = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/.-])/;
// ISO: 2024-08-21 (also 2024/08/21).
const ISO = /(?<![\d/.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/;
// "ngày 14 tháng 6 năm 2023", "14 tháng 6, 2023", "14 tháng 06 năm 2023" (after fold()).
const WORDS = /(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,|\s)\s*(?:nam\s+)?(\d{4})(?!\d)/;

type Found = { serial: DaySerial | null; index: number; length: number };

function findFirst(folded: string): Found | null {
  const candidates: Found[] = [];
  const iso = ISO.exec(folded);
  if (iso) candidates.push({ serial: serialFromYMD(+iso[1], +iso[3], +iso[4]), index: iso.index, length: iso[0].length });
  const dayFirst = DAY_FIRST.exec(folded);
  if (dayFirst) {
    const serial = serialFromYMD(fullYear(dayFirst[4]), +dayFirst[3], +dayFirst[1]);
    candidates.push({ serial, index: dayFirst.index, length: dayFirst[0].length });
  }
  const words = WORDS.exec(folded);
  if (words) candidates.push({ serial: serialFromYMD(+words[3], +words[2], +words[1]), index: words.index, length: words[0].length });
  if (!candidates.length) return null;
  return candidates.sort((a, b) => a.index - b.index)[0];
}

/**
 * A cell's text as a day, when the whole text is one date (optionally "ngày …"): "21/8/2024",
 * "21-08-2024", "1.7.2023", "2024-08-21", "ngày 14 tháng 6 năm 2023", "14 tháng 6, 2023". Else null.
 */
export function parseDayText(text: string): DaySerial | null {
  const folded = fold(text.normalize("NFC")).replace(/[\s\u00A0]+/g, " ").trim();
  const withoutPrefix = folded.replace(/^ngay\s+/, "").replace(/[.,;]$/, "");
  const found = findFirst(withoutPrefix);
  if (!found || found.index !== 0 || found.length !== withoutPrefix.length) return null;
  return found.serial;
}

/** Every full date written in a longer text ("Từ 21/8/2024 đến 29/8/2024"), in order; invalid ones skipped. */
export function findDatesInText(text: string): DaySerial[] {
  let rest = fold(text.normalize("NFC")).replace(/[\s\u00A0]+/g, " ");
  const out: DaySerial[] = [];
  for (let found = findFirst(rest); found; found = findFirst(rest)) {
    if (found.serial !== null) out.push(found.serial);
    rest = rest.slice(found.index + found.length);
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
