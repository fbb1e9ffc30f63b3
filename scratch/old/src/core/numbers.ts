// Reading numbers as clerks type them ("46.743", "46 743", "96,28", "97,00%") and writing them back
// the Vietnamese or English way. Pure: no Intl, so the result never depends on the machine's locale data.
import type { CellValue, Lang } from "./types";

export type NumberKind = "count" | "rate" | "any";

export interface ParseNumberOptions {
  /** "count": a lone "." or "," followed by three digits groups thousands; "rate": it is a decimal mark. */
  kind?: NumberKind;
  /** The workbook's decimal separator when known. */
  decimalSeparator?: "," | ".";
}

export type NumberProblem = null | "empty" | "error" | "not-a-number";

export interface ParsedNumber {
  value: number | null;
  problem: NumberProblem;
  /** True when the text ended with "%": the value is then a fraction (Excel's reading of "97%" is 0.97). */
  percent: boolean;
}

// Spaces people (and Word, and OCR) put between thousands: normal, no-break, thin, narrow no-break, figure.
const SPACE_CLASS = "[ \\u00A0\\u2007\\u2009\\u202F]";
const GROUPING_SPACE = new RegExp(`(\\d)${SPACE_CLASS}+(?=\\d{3}(?:\\D|$))`, "g");
const EXCEL_ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;
const DASHES = /^[-\u2013\u2014]$/;
// Built once: parseNumberDetailed runs for every text cell of a sheet (half a million on a big one).
const EDGE_SPACES = new RegExp(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`, "g");
const TRAILING_SPACES = new RegExp(`${SPACE_CLASS}+$`);
const GROUPED: Record<string, RegExp> = {
  ".": /^[1-9]\d{0,2}(?:\.\d{3})+$/,
  ",": /^[1-9]\d{0,2}(?:,\d{3})+$/,
};

function result(value: number | null, problem: NumberProblem, percent = false): ParsedNumber {
  return { value, problem, percent };
}

function isCellError(v: unknown): boolean {
  return typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";
}

/** Digits grouped by threes with `sep`, the first group 1–3 digits and not a lone leading zero. */
function isGrouped(body: string, sep: string): boolean {
  return GROUPED[sep].test(body);
}

/** Reads the digits-and-separators part (no sign, no %, no spaces): a number, or null when it is not one. */
function readDigits(body: string, opts: ParseNumberOptions): number | null {
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return null;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  if (dots === 0 && commas === 0) return Number(body);

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const grouping = decimal === "." ? "," : ".";
    const at = body.lastIndexOf(decimal);
    const intPart = body.slice(0, at);
    const fracPart = body.slice(at + 1);
    if (body.split(decimal).length - 1 !== 1 || !/^\d+$/.test(fracPart) || !isGrouped(intPart, grouping)) return null;
    return Number(intPart.split(grouping).join("") + "." + fracPart);
  }

  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return isGrouped(body, sep) ? Number(body.split(sep).join("")) : null;

  // One mark: grouping or decimal?
  const [intPart, fracPart] = body.split(sep);
  if (fracPart === "") return intPart === "" ? null : Number(intPart); // "12." → 12
  if (isGrouped(body, sep) && groupsThousands(sep, opts)) return Number(intPart + fracPart);
  return Number((intPart === "" ? "0" : intPart) + "." + fracPart);
}

/** For a lone mark followed by exactly three digits ("46.743", "1,234"): does it group thousands? */
function groupsThousands(sep: "." | ",", opts: ParseNumberOptions): boolean {
  const kind = opts.kind ?? "any";
  if (kind === "rate") return false;
  // Counts are whole numbers, so a point before three digits is a thousands point whatever the workbook says.
  if (kind === "count" && sep === ".") return true;
  return opts.decimalSeparator !== sep;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOT = 46;
const CODE_COMMA = 44;
const CODE_SPACE = 32;

/**
 * The common case without a regex: plain ASCII digits, possibly grouped by one kind of mark ("3903", "3.903",
 * "1.234.567"), with ordinary spaces around. Anything else (signs, %, both marks, odd groups, other spaces)
 * returns undefined and takes the general path, which gives the same answers more slowly.
 */
export function readPlainDigits(text: string, opts: ParseNumberOptions): number | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === CODE_SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) === CODE_SPACE) end--;
  if (start === end) return undefined;
  let value = 0;
  let marks = 0;
  let mark = 0;
  let sinceMark = 0;
  let firstGroup = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= CODE_0 && c <= CODE_9) {
      value = value * 10 + (c - CODE_0);
      sinceMark++;
      continue;
    }
    if (c !== CODE_DOT && c !== CODE_COMMA) return undefined;
    if (marks === 0) {
      mark = c;
      firstGroup = sinceMark;
    } else if (c !== mark || sinceMark !== 3) return undefined;
    marks++;
    sinceMark = 0;
  }
  if (marks === 0) return end - start <= 15 ? value : undefined;
  // Only thousands groups are handled here: a first group of 1-3 digits not starting with 0, then groups of 3.
  const grouped = sinceMark === 3 && firstGroup >= 1 && firstGroup <= 3 && text.charCodeAt(start) !== CODE_0 && end - start <= 19;
  if (!grouped) return undefined;
  if (marks > 1 || groupsThousands(mark === CODE_DOT ? "." : ",", opts)) return value;
  return undefined;
}

/** Reads a cell as a number and says why not when it cannot. Never returns NaN or Infinity. */
export function parseNumberDetailed(v: CellValue | undefined, opts: ParseNumberOptions = {}): ParsedNumber {
  if (v === null || v === undefined) return result(null, "empty");
  if (typeof v === "number") return Number.isFinite(v) ? result(v, null) : result(null, "not-a-number");
  if (typeof v === "boolean") return result(null, "not-a-number");
  if (isCellError(v)) return result(null, "error");
  if (typeof v !== "string") return result(null, "not-a-number");
  const plain = readPlainDigits(v, opts);
  return plain !== undefined ? result(plain, null) : parseTextNumber(v, opts);
}

/** The general reading of a text cell; parseNumberDetailed's fast path must agree with it (a test holds it to that). */
export function parseTextNumber(v: string, opts: ParseNumberOptions = {}): ParsedNumber {

  let text = v.normalize("NFC").replace(EDGE_SPACES, "");
  text = text.replace(/^[\s]+|[\s]+$/g, "");
  if (text === "" || DASHES.test(text)) return result(null, "empty");
  if (EXCEL_ERROR_TEXT.test(text)) return result(null, "error");

  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).replace(TRAILING_SPACES, "");
  }
  let sign = 1;
  const signMatch = /^([-+\u2212])\s*/.exec(text);
  if (signMatch) {
    sign = signMatch[1] === "+" ? 1 : -1;
    text = text.slice(signMatch[0].length);
  }
  text = text.replace(GROUPING_SPACE, "$1");
  const value = readDigits(text, opts);
  if (value === null || !Number.isFinite(value)) return result(null, "not-a-number", percent);
  const signed = sign * (percent ? value / 100 : value);
  return result(signed === 0 ? 0 : signed, null, percent);
}

/** A cell as a number, or null when it is empty, an error or not a number. */
export function parseNumber(v: CellValue | undefined, opts: ParseNumberOptions = {}): number | null {
  return parseNumberDetailed(v, opts).value;
}

/**
 * n × 10^places through the decimal text, so 0.145 × 100 is 14.5 and not 14.4999…; numbers JavaScript writes
 * with an exponent (1.7e+308, 1e-7) shift their exponent, never "1e-7e2" (NaN).
 */
export function shiftDecimal(n: number, places: number): number {
  const [mantissa, exponent] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent ?? 0) + places}`);
}

/** Round half away from zero at `decimals` places, without the binary surprises of toFixed (1.005 → 1.01). */
export function roundHalfUp(n: number, decimals = 0): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const shifted = shiftDecimal(Math.abs(n), decimals);
  const rounded = Math.round(shifted);
  const back = shiftDecimal(rounded, -decimals);
  return back === 0 ? 0 : sign * back;
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** 46743 → "46.743" (vi) / "46,743" (en); 96.28 with 2 decimals → "96,28" / "96.28". Non-finite → "". */
export function formatNumber(n: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(n)) return "";
  const places = Math.max(0, Math.min(10, Math.floor(decimals)));
  const rounded = roundHalfUp(n, places);
  const { group, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(rounded).toFixed(places);
  const [intPart, fracPart] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = rounded < 0 ? "-" : "";
  return sign + grouped + (fracPart ? decimal + fracPart : "");
}

/** 0.9628 → "96,28%" (vi) / "96.28%" (en). */
export function formatPercent(fraction: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(fraction)) return "";
  // Shift by the decimal exponent, not "* 100", so 0.145 stays 14.5 and not 14.4999….
  return formatNumber(shiftDecimal(fraction, 2), lang, decimals) + "%";
}
