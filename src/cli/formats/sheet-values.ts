// A cell's saved value by its type, and the two attributes every cell has (its reference and its style) read
// in place from the part's text: a sheet of 50,000 rows has 600,000 cells, and cutting "B17" and "3" out of
// the text for each, to parse them at once, is most of what reading those attributes costs. The in-place
// readers take only the plain spellings and hand anything else to the general parse, which decides as before.
import type { CellValue } from "../../core/types";
import { cellRefNumbers, packedCellRef } from "../../core/address";
import { serialFromYMD, toDaySerial } from "../../core/dates";
import type { XmlAttributes } from "./xml-attributes";

export const TRUE = new Set(["1", "true", "on"]);
/** Days between 1899-12-30 (day 0 of the 1900 system) and 1970-01-01; 1904's day 0 is 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

/** A cell position packed in one number (no array per cell): row × COLS + column. */
export const COLS = 32768;

/** "B17" (letters, then digits) → packed position, or -1; as cellRefNumbers reads it. */
export function refAt(xml: string, start: number, end: number): number {
  const packed = packedCellRef(xml, start, end, COLS);
  // Anything but plain digits ("B 17", "B1e3"): the general parse, which reads it as Number() does.
  return packed === -2 ? refOf(xml.slice(start, end)) : packed;
}

/** The general parse of a reference, packed; -1 when it is none. */
export function refOf(ref: string): number {
  const at = cellRefNumbers(ref);
  return at ? at[0] * COLS + at[1] : -1;
}

/** An attribute holding a cell reference, packed; -1 unreadable, -2 absent. */
export function refAttribute(attrs: XmlAttributes, key: string): number {
  const i = attrs.indexOf(key);
  if (i < 0) return -2;
  return attrs.isRaw(i) ? refAt(attrs.xml, attrs.start(i), attrs.end(i)) : refOf(attrs.get(key)!);
}

/** An attribute read as Number() reads it (digits in place); undefined when absent. */
export function numberAttribute(attrs: XmlAttributes, key: string): number | undefined {
  const i = attrs.indexOf(key);
  if (i < 0) return undefined;
  const start = attrs.start(i);
  const end = attrs.end(i);
  if (attrs.isRaw(i) && end > start && end - start < 10) {
    let n = 0;
    let k = start;
    for (; k < end; k++) {
      const d = attrs.xml.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === end) return n;
  }
  return Number(attrs.get(key));
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A saved number ("-12.5", "3903") read in place, as parseFloat reads it; NaN for any other spelling (an
 * exponent, spaces, more than 15 digits), which the caller hands to parseFloat. Why it is exact: with at most
 * 15 digits the digits are an exact integer and the power of ten is exact, so the one division rounds once,
 * to the double nearest the decimal, which is what parseFloat gives.
 */
export function decimalAt(xml: string, start: number, end: number): number {
  let k = start;
  const negative = xml.charCodeAt(k) === 45;
  if (negative) k++;
  let digits = 0;
  let mantissa = 0;
  let point = -1;
  for (; k < end; k++) {
    const c = xml.charCodeAt(k);
    if (c === 46 && point < 0) point = k;
    else if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const n = point < 0 ? mantissa : mantissa / POWERS[end - point - 1];
  return negative ? -n : n;
}

/** A date-formatted serial as its day, through the same Date the previous reader made (times keep the day). */
function dateSerial(v: number, date1904: boolean): CellValue {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * 86400000);
  return toDaySerial(new Date(ms));
}

/** Strict Open XML's t="d" (an ISO 8601 date) as its day. */
function isoDay(text: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return m ? serialFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) : text;
}

/** A saved value written plainly at [start, end) of the part: a number or a shared string read in place. */
export function typedValueAt(t: string | undefined, xml: string, start: number, end: number, sharedStrings: string[], isDate: boolean, date1904: boolean): CellValue {
  if (t === undefined || t === "n") {
    const n = decimalAt(xml, start, end);
    if (!Number.isNaN(n)) return isDate ? dateSerial(n, date1904) : n;
  } else if (t === "s" && end - start < 10) {
    let index = 0;
    let k = start;
    for (; k < end; k++) {
      const d = xml.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      index = index * 10 + d;
    }
    if (k === end) return sharedStrings[index] ?? null;
  }
  return typedValue(t, xml.slice(start, end), sharedStrings, isDate, date1904);
}

/**
 * A text of its own: a slice of the sheet's XML would keep the whole part (21 MB at 50,000 units) alive as long
 * as the cell's value is, through the report's writing (V8 shares a slice's characters with its parent).
 */
function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** A saved value by its type attribute; `isDate` says whether the cell's number format shows a date. */
export function typedValue(t: string | undefined, text: string, sharedStrings: string[], isDate: boolean, date1904: boolean): CellValue {
  switch (t) {
    case "s": {
      const s = sharedStrings[Number(text)];
      return s === undefined ? null : s;
    }
    case "str":
    case "inlineStr":
      return detached(text);
    case "b":
      return TRUE.has(text.trim().toLowerCase()) || (Number(text) !== 0 && !Number.isNaN(Number(text)));
    case "e":
      return { error: text };
    case "d":
      return isoDay(text);
    default: {
      const n = parseFloat(text);
      // Not a number at all: kept as the text it is, never NaN.
      if (Number.isNaN(n)) return text;
      return isDate ? dateSerial(n, date1904) : n;
    }
  }
}
